package host

import (
	"errors"
	"testing"

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
