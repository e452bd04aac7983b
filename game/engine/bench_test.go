package engine

import (
	"testing"
)

// BenchmarkRounds plays whole games of the mechanics fixture with a fixed
// input script and reports rounds per second on one core.
func BenchmarkRounds(b *testing.B) {
	s := mech(b)
	rounds := 0
	seed := uint64(0)
	for b.Loop() {
		g := New(s, seed)
		seed++
		for !g.Over() {
			for _, team := range [2]string{"a", "b"} {
				if g.Over() || g.Decided(team) {
					continue
				}
				if in := g.Current(); in.Assess[team].Hypotheses != nil {
					_ = g.Apply(Input{Kind: Assess, Team: team, Hypothesis: in.Assess[team].Hypotheses[0].ID, Confidence: 70})
				}
				opts := g.Offered(team)
				_ = g.Apply(Input{Kind: Choose, Team: team, Option: opts[int(seed)%len(opts)].ID})
			}
		}
		rounds += g.RoundNumber()
	}
	b.ReportMetric(float64(rounds)/b.Elapsed().Seconds(), "rounds/s")
}
