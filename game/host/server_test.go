package host

import (
	"errors"
	"log/slog"
	"math"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// exitStatus is the status s's session ended with: 0 for a clean end.
func exitStatus(t *testing.T, what string, s *screen) int {
	t.Helper()
	select {
	case <-s.done:
		if s.ended == nil {
			return 0
		}
		var ee *gossh.ExitError
		if !errors.As(s.ended, &ee) {
			t.Fatalf("%s: %v, want an exit status", what, s.ended)
		}
		return ee.ExitStatus()
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: the session did not end", what)
		return -1
	}
}

// A session the host ends — its seat freed, its code changed, idle, the
// host shutting down — exits with status 1; a participant who quits gets 0.
func TestHostEndedSessionsExitWithStatus1(t *testing.T) {
	h := start(t, Config{Tables: 1})
	a, b, o := open(t, h, "t1-a"), open(t, h, "t1-b"), open(t, h, "t1-observer")
	a.waitFor(t, "SECRET-A-ONE")
	b.waitFor(t, "SECRET-B-ONE")
	o.waitFor(t, "esc")
	h.FreeSeat("t1-a")
	if n := exitStatus(t, "a freed seat", a); n != 1 {
		t.Errorf("a freed seat's session exited with %d, want 1", n)
	}
	h.NewCode("t1-observer")
	if n := exitStatus(t, "a seat given a new code", o); n != 1 {
		t.Errorf("the session of a seat given a new code exited with %d, want 1", n)
	}
	b.in.Write([]byte("\x03"))
	if n := exitStatus(t, "a participant who quits", b); n != 0 {
		t.Errorf("a participant who quit exited with %d, want 0", n)
	}

	idle := start(t, Config{Tables: 1, IdleTimeout: 300 * time.Millisecond})
	if n := exitStatus(t, "an idle session", open(t, idle, "t1-a")); n != 1 {
		t.Errorf("an idle session exited with %d, want 1", n)
	}
}

// One connection opening session after session on a full seat, and
// joining again and again, grows the log by a few lines a second: those
// held back are counted, and another seat's lines still pass.
func TestSessionFloodLogsAFewLinesASecond(t *testing.T) {
	log := &syncBuffer{}
	h := start(t, Config{Tables: 1, SeatSessions: 1, Logger: slog.New(slog.NewTextHandler(log, nil))})
	open(t, h, "t1-observer").waitFor(t, "esc")
	c, err := dial(h.Addr(), "t1-observer", h.Code("t1-observer"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	begin := time.Now()
	const sessions, joins = 150, 10
	for i := 0; i < sessions; i++ {
		s, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		s.RequestPty("xterm", 40, 120, gossh.TerminalModes{})
		s.Shell()
		s.Wait()
	}
	for i := 0; i < joins; i++ {
		j, err := dial(h.Addr(), "t1-observer", h.Code("t1-observer"))
		if err != nil {
			t.Fatal(err)
		}
		j.Close()
	}
	took := time.Since(begin)
	open(t, h, "t1-a").waitFor(t, "SECRET-A-ONE")
	lines := strings.Count(log.String(), "seat=t1-observer")
	most := quietBurst + int(math.Ceil(quietRate*took.Seconds())) + 1
	t.Logf("%d refused sessions and %d joins in %v: %d lines about the seat, at most %d allowed", sessions, joins, took, lines, most)
	if lines > most {
		t.Errorf("%d lines about one seat in %v, want at most %d", lines, took, most)
	}
	if !strings.Contains(log.String(), "seat=t1-a") {
		t.Error("another seat's join was held back with the flooding seat's lines")
	}
}

// The quiet log lets a burst through on each key, then a few a second, and
// counts what it held back on the key's next line.
func TestQuietLogKeepsEachKeyApart(t *testing.T) {
	now := time.Unix(1000, 0)
	q := newQuietLog()
	q.now = func() time.Time { return now }
	for i := 0; i < quietBurst; i++ {
		if ok, _ := q.next("t1-a"); !ok {
			t.Fatalf("line %d of the burst held back", i+1)
		}
	}
	for i := 0; i < 7; i++ {
		if ok, _ := q.next("t1-a"); ok {
			t.Fatal("a line past the burst passed at once")
		}
	}
	if ok, held := q.next("t1-b"); !ok || held != 0 {
		t.Fatalf("another key's first line: %v, %d held", ok, held)
	}
	now = now.Add(time.Second / quietRate)
	if ok, held := q.next("t1-a"); !ok || held != 7 {
		t.Fatalf("after %v: %v, %d held, want a line counting 7", time.Second/quietRate, ok, held)
	}
}
