package host

import (
	"errors"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// exiting opens a game session on a seat and returns its screen and what
// its Wait returns once it ends.
func exiting(t *testing.T, h *Host, user string) (*screen, <-chan error) {
	t.Helper()
	c, err := dial(h.Addr(), user, h.Code(user))
	if err != nil {
		t.Fatalf("%s: %v", user, err)
	}
	t.Cleanup(func() { c.Close() })
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	sc := &screen{client: c, sess: sess}
	sess.Stdout, sess.Stderr = sc, sc
	if sc.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	return sc, done
}

// exitStatus is the status a session's Wait reports: 0 for a clean end.
func exitStatus(t *testing.T, what string, done <-chan error) int {
	t.Helper()
	select {
	case err := <-done:
		if err == nil {
			return 0
		}
		var ee *gossh.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("%s: %v, want an exit status", what, err)
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
	a, freed := exiting(t, h, "t1-a")
	b, quits := exiting(t, h, "t1-b")
	o, recoded := exiting(t, h, "t1-observer")
	a.waitFor(t, "SECRET-A-ONE")
	b.waitFor(t, "SECRET-B-ONE")
	o.waitFor(t, "esc")
	h.FreeSeat("t1-a")
	if n := exitStatus(t, "a freed seat", freed); n != 1 {
		t.Errorf("a freed seat's session exited with %d, want 1", n)
	}
	h.NewCode("t1-observer")
	if n := exitStatus(t, "a seat given a new code", recoded); n != 1 {
		t.Errorf("the session of a seat given a new code exited with %d, want 1", n)
	}
	b.in.Write([]byte("\x03"))
	if n := exitStatus(t, "a participant who quits", quits); n != 0 {
		t.Errorf("a participant who quit exited with %d, want 0", n)
	}

	idle := start(t, Config{Tables: 1, IdleTimeout: 300 * time.Millisecond})
	_, idled := exiting(t, idle, "t1-a")
	if n := exitStatus(t, "an idle session", idled); n != 1 {
		t.Errorf("an idle session exited with %d, want 1", n)
	}
}
