package engine_test

import (
	"testing"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

// BenchmarkReplayDefault measures the engine alone on the default scenario:
// games recorded once with random bots, then replayed from their inputs
// (messages, assessments, choices). It reports rounds per second on one core.
func BenchmarkReplayDefault(b *testing.B) {
	name, data, ok := content.Read(content.Default)
	if !ok {
		b.Skip("no default scenario")
	}
	s, err := scenario.Load(name, data)
	if err != nil {
		b.Fatal(err)
	}
	type game struct {
		seed   uint64
		inputs []engine.Input
		rounds int
	}
	var games []game
	p, _ := bot.Get("random")
	for seed := uint64(1); seed <= 64; seed++ {
		g, err := bot.Play(s, seed, bot.Seats{"cn": p, "us": p})
		if err != nil {
			b.Fatal(err)
		}
		games = append(games, game{seed, g.Inputs(), g.RoundNumber()})
	}
	rounds, i := 0, 0
	for b.Loop() {
		gm := games[i%len(games)]
		i++
		if _, err := engine.Replay(s, gm.seed, gm.inputs); err != nil {
			b.Fatal(err)
		}
		rounds += gm.rounds
	}
	b.ReportMetric(float64(rounds)/b.Elapsed().Seconds(), "rounds/s")
}
