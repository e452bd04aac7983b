package host

import (
	"errors"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// A session past a connection's cap is refused by its reason code alone,
// with no English text for a client to show a Chinese reader.
func TestSessionPastTheConnectionCapIsRefusedWithoutText(t *testing.T) {
	h := start(t, Config{Tables: 1})
	c, err := dial(h.Addr(), "t1-observer", h.Code("t1-observer"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for i := 0; i < maxChannelsPerConn; i++ {
		s, err := c.NewSession()
		if err != nil {
			t.Fatalf("session %d of %d refused: %v", i+1, maxChannelsPerConn, err)
		}
		defer s.Close()
	}
	_, err = c.NewSession()
	var oe *gossh.OpenChannelError
	if !errors.As(err, &oe) {
		t.Fatalf("session %d: %v, want a refusal", maxChannelsPerConn+1, err)
	}
	if oe.Reason != gossh.ResourceShortage || oe.Message != "" {
		t.Errorf("session %d refused with %v %q, want resource shortage and no text", maxChannelsPerConn+1, oe.Reason, oe.Message)
	}
}

// closed waits for a client's connection to be closed by the host.
func closed(c *gossh.Client, d time.Duration) bool {
	done := make(chan struct{})
	go func() { c.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

// A connection that joins and runs no session — its sessions never ask
// for a shell — is closed after the handshake timeout; one that plays is
// kept.
func TestJoinedConnectionWithoutASessionIsClosed(t *testing.T) {
	h := start(t, Config{Tables: 1, HandshakeTimeout: time.Second})
	playing := open(t, h, "t1-a")
	playing.waitFor(t, "SECRET-A-ONE")
	c, err := dial(h.Addr(), "t1-observer", h.Code("t1-observer"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for i := 0; i < maxChannelsPerConn; i++ {
		s, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if err := s.RequestPty("xterm", 40, 120, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
	}
	if !closed(c, 10*time.Second) {
		t.Fatal("a joined connection running no session was kept")
	}
	// The playing session joined first: had its connection been closed
	// too, it would be gone by now.
	if _, _, err := playing.client.SendRequest("keepalive@openssh.com", true, nil); err != nil || h.Connected()["t1-a"] != 1 {
		t.Fatalf("a playing session's connection was closed: %v", err)
	}
}

// At most MaxPendingPerAddr joined connections running no session are
// kept from one address: the oldest is closed first.
func TestJoinedConnectionsWithoutASessionAreBoundedPerAddress(t *testing.T) {
	h := start(t, Config{Tables: 1, MaxPendingPerAddr: 2})
	var cs []*gossh.Client
	for i := 0; i < 3; i++ {
		c, err := dial(h.Addr(), "t1-observer", h.Code("t1-observer"))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		cs = append(cs, c)
	}
	if !closed(cs[0], 10*time.Second) {
		t.Fatal("the oldest of 3 joined connections running no session was kept, with at most 2 allowed")
	}
	for i, c := range cs[1:] {
		if _, _, err := c.SendRequest("keepalive@openssh.com", true, nil); err != nil {
			t.Errorf("joined connection %d of 3 was closed: %v", i+2, err)
		}
	}
}
