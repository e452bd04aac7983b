package bot

import (
	"math/rand/v2"
	"testing"
)

func TestReseedDrawsAsRNG(t *testing.T) {
	src := &rand.PCG{}
	r := rand.New(src)
	for _, c := range []struct {
		seed        uint64
		team, round int
	}{{1, 0, 1}, {1, 1, 1}, {42, 0, 7}, {^uint64(0), 2, 30}} {
		want := RNG(c.seed, c.team, c.round)
		Reseed(src, c.seed, c.team, c.round)
		for i := range 20 {
			if a, b := want.Uint64(), r.Uint64(); a != b {
				t.Fatalf("%+v draw %d: %x, RNG gives %x", c, i, b, a)
			}
		}
	}
}
