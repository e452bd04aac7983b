package host

import (
	"net"
	"os"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

// wireConn counts the bytes a client reads off its TCP connection:
// encrypted, with the SSH protocol's own framing.
type wireConn struct {
	net.Conn
	n atomic.Int64
}

func (c *wireConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// openCounted opens a session with a terminal of 120×40 on user, as open
// does, and returns it with the count of the bytes its connection reads.
func openCounted(t testing.TB, h *Host, user string) (*screen, *wireConn) {
	t.Helper()
	raw, err := net.DialTimeout("tcp", h.Addr(), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	wc := &wireConn{Conn: raw}
	cc, chans, reqs, err := gossh.NewClientConn(wc, h.Addr(), &gossh.ClientConfig{
		User:            user,
		Auth:            []gossh.AuthMethod{gossh.Password(h.Code(user))},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         5 * time.Second,
	})
	if err != nil {
		t.Fatalf("%s: %v", user, err)
	}
	return shell(t, gossh.NewClient(cc, chans, reqs), true), wc
}

// settle waits until s has received nothing for quiet (its screen is
// drawn), at most 10 s. The reveal's frames come every 40 ms, so a quiet
// of more than that is the end of a redraw.
func settle(t testing.TB, s *screen, quiet time.Duration) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	last, since := s.size(), time.Now()
	for time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
		if n := s.size(); n != last {
			last, since = n, time.Now()
		} else if time.Since(since) >= quiet {
			return
		}
	}
	t.Fatalf("the screen never settled; it ends:\n%q", tail(s.text(), 500))
}

// press types k on s, waits until the screen answers (some bytes arrive)
// and then until it settles.
func pressKey(t testing.TB, s *screen, k string, quiet time.Duration) {
	t.Helper()
	before := s.size()
	if _, err := s.in.Write([]byte(k)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for s.size() == before {
		if time.Now().After(deadline) {
			t.Fatalf("%q changed nothing on screen; it ends:\n%q", k, tail(s.text(), 500))
		}
		time.Sleep(2 * time.Millisecond)
	}
	settle(t, s, quiet)
}

// typeText types text on s a key at a time, each redrawn before the next.
func typeText(t testing.TB, s *screen, text string) {
	t.Helper()
	for _, r := range text {
		pressKey(t, s, string(r), 50*time.Millisecond)
	}
}

// waitGame waits until cond holds of the table's game: the seat's keys
// reached the game, whatever its screen shows.
func waitGame(t testing.TB, what string, cond func() bool) {
	t.Helper()
	if !waitUntil(10*time.Second, cond) {
		t.Fatalf("the game never showed %s", what)
	}
}

// seatRound plays round 1 of the default scenario at a fresh host as the
// Chinese seat, over SSH on a 120×40 terminal, with the keys a person
// would type: the brief, the hotline (two messages of its own, two from
// the other side), the assessment (the second reading), the decision (the
// second option) and the reveal, to the end of its animation. The U.S.
// seat plays through the table, as the load benchmark's seats do, and
// decides before the Chinese seat so that its screen never waits. It
// returns the bytes the seat's session received (the channel's data, what
// the terminal is sent) and those its connection read (encrypted, SSH
// framing included, the handshake left out), and the first screen's share
// of the session's bytes.
func seatRound(b *testing.B, still bool) (data, wire, first int64) {
	name, raw, _ := content.Read(content.Default)
	s, err := scenario.Load(name, raw)
	if err != nil {
		b.Fatal(err)
	}
	h := start(b, Config{Scenario: s, Source: name, Tables: 1, Seed: 1, NoAnimation: still})
	tb := h.tables[0].Table
	must := func(in engine.Input) {
		b.Helper()
		if err := tb.Apply(in); err != nil {
			b.Fatal(err)
		}
	}
	const quiet = 150 * time.Millisecond
	cn, conn := openCounted(b, h, teamUser(1, "cn"))
	var wire0 int64
	waitUntil(10*time.Second, func() bool {
		if cn.size() == 0 {
			wire0 = conn.n.Load() // the handshake, the session's opening
		}
		// A screen of 120×40, not a terminal query before it.
		return cn.size() >= 1000
	})
	settle(b, cn, 300*time.Millisecond)
	first = int64(cn.size())

	// The brief; the other side writes first.
	must(engine.Input{Kind: engine.Message, Team: "us", Channel: "diplomatic", Text: "We want to raise a specific concern privately before it becomes public."})
	settle(b, cn, quiet)
	pressKey(b, cn, "\r", quiet) // to the hotline
	posts := func(n int) func() bool { return func() bool { return len(tb.View("cn").Posts) >= n } }
	typeText(b, cn, "We have seen the reports. Let us compare notes.")
	pressKey(b, cn, "\r", quiet)
	waitGame(b, "the first message", posts(2))
	must(engine.Input{Kind: engine.Message, Team: "us", Channel: "diplomatic", Text: "We are prepared to share technical indicators with your experts."})
	settle(b, cn, quiet)
	typeText(b, cn, "Then let experts meet first.")
	pressKey(b, cn, "\r", quiet)
	waitGame(b, "the second message", posts(4))

	// The other side decides while this seat talks.
	uq := tb.View("us").Question
	must(engine.Input{Kind: engine.Assess, Team: "us", Hypothesis: uq.Hypotheses[0].ID, Confidence: 70})
	must(engine.Input{Kind: engine.Choose, Team: "us", Option: tb.View("us").Options[0].ID})
	settle(b, cn, quiet)

	pressKey(b, cn, "\t", quiet)     // to the assessment
	pressKey(b, cn, "\x1b[B", quiet) // the second reading
	pressKey(b, cn, "\r", quiet)     // to the decision
	waitGame(b, "the assessment", func() bool { return tb.View("cn").MyAssess != nil })
	pressKey(b, cn, "\x1b[B", quiet) // the second option
	pressKey(b, cn, "\r", quiet)     // decided: the reveal
	waitGame(b, "the reveal", func() bool { return len(tb.View("cn").History) == 1 })
	settle(b, cn, 400*time.Millisecond) // the meters' animation (0.6 s) ended
	if os.Getenv("BRINK_DEBUG_BYTES") != "" {
		println(tail(cn.text(), 4000))
	}
	return int64(cn.size()), conn.n.Load() - wire0, first
}

// BenchmarkSeatRoundBytes: the bytes one team seat's SSH session receives
// over a full round of the default scenario (see seatRound), with the
// reveal's animation and without (--no-animation).
func BenchmarkSeatRoundBytes(b *testing.B) {
	for _, c := range []struct {
		name  string
		still bool
	}{{"animation", false}, {"no-animation", true}} {
		b.Run(c.name, func(b *testing.B) {
			var data, wire, first int64
			for b.Loop() {
				d, w, f := seatRound(b, c.still)
				data, wire, first = data+d, wire+w, first+f
			}
			n := float64(b.N)
			b.ReportMetric(float64(data)/n, "bytes/seat-round")
			b.ReportMetric(float64(wire)/n, "wire-bytes/seat-round")
			b.ReportMetric(float64(first)/n, "bytes/first-screen")
		})
	}
}
