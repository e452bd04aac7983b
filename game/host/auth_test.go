package host

import "testing"

// Wrong codes for one seat from an address spend that seat's attempts
// only: a participant sharing the address (one NAT, one IPv6 /64) still
// joins another seat with its right code, while the guessed seat stays
// limited even for its right code.
func TestAttemptsAreLimitedPerSeatAndAddress(t *testing.T) {
	h := start(t, Config{Tables: 1})
	for i := 0; i < attemptBurst+1; i++ {
		if c, err := dial(h.Addr(), "t1-b", "wrong-code"); err == nil {
			c.Close()
			t.Fatal("a wrong code was accepted")
		}
	}
	c, err := dial(h.Addr(), "t1-a", h.Code("t1-a"))
	if err != nil {
		t.Fatalf("t1-a's right code was refused after wrong codes for t1-b from the same address: %v", err)
	}
	c.Close()
	if c, err := dial(h.Addr(), "t1-b", h.Code("t1-b")); err == nil {
		c.Close()
		t.Fatal("t1-b's attempts from this address were not limited")
	}
}
