package bot

// Playing seats by policy: whole games headless, or the computer-played seats
// of a game people are playing.

import (
	"math/rand/v2"

	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

// Seats maps each team id to the policy that plays it.
type Seats map[string]Policy

// Game is what a bot needs of a game: its own seat's view, and a way to act.
type Game interface {
	ViewFor(team string) engine.View
	Apply(in engine.Input) error
}

// RNG is the randomness a bot uses for team in round: drawn from the game's
// seed alone, so a resumed game's bots decide as they would have.
func RNG(seed uint64, teamIndex, round int) *rand.Rand {
	return rand.New(rand.NewPCG(rngSeeds(seed, teamIndex, round)))
}

// Reseed sets src to the state RNG(seed, teamIndex, round) starts from, so a
// caller playing many games can reuse one generator: rand.New(src) then
// draws exactly what RNG's would.
func Reseed(src *rand.PCG, seed uint64, teamIndex, round int) {
	src.Seed(rngSeeds(seed, teamIndex, round))
}

func rngSeeds(seed uint64, teamIndex, round int) (uint64, uint64) {
	return seed ^ uint64(round)*0x9e3779b97f4a7c15, uint64(teamIndex+1) * 0xda942042e4dd58b5
}

// Play plays one game to its end, every seat by its policy.
func Play(s *scenario.Scenario, seed uint64, seats Seats) (*engine.Game, error) {
	g := engine.New(s, seed)
	for _, t := range s.Teams {
		if seats[t.ID] == nil {
			return nil, zhMsg.Errorf("no policy for team %q", t.ID)
		}
	}
	for !g.Over() {
		for i, t := range s.Teams {
			if err := Step(g, t.ID, seats[t.ID], RNG(seed, i, g.RoundNumber())); err != nil {
				return g, err
			}
		}
	}
	return g, nil
}

// teamLines are team's stock hotline lines, when g can tell them: the
// scenario's public content, which a View does not carry.
func teamLines(g Game, team string) []scenario.Text {
	sg, ok := g.(interface{ Scenario() *scenario.Scenario })
	if !ok {
		return nil
	}
	if t := sg.Scenario().Team(team); t != nil {
		return t.Lines
	}
	return nil
}

// Step lets policy p play team's seat for the current round: an optional
// hotline message, the assessment, then the choice.
func Step(g Game, team string, p Policy, rng *rand.Rand) error {
	v := g.ViewFor(team)
	if v.Over || v.MyChoice != nil {
		return nil
	}
	d, err := DecideWith(p, v, teamLines(g, team), rng)
	if err != nil {
		return err
	}
	wrap := func(err error) error { return zhMsg.Errorf("%s (%s): %w", team, p.Name(), err) }
	if d.Message != "" {
		for _, c := range v.Channels {
			if c.Open && c.Member {
				if err := g.Apply(engine.Input{Kind: engine.Message, Team: team, Channel: c.ID, Text: d.Message}); err != nil {
					return wrap(err)
				}
				break
			}
		}
	}
	if v.Question != nil && v.MyAssess == nil {
		if err := g.Apply(engine.Input{Kind: engine.Assess, Team: team, Hypothesis: d.Hypothesis, Confidence: d.Confidence}); err != nil {
			return wrap(err)
		}
	}
	if err := g.Apply(engine.Input{Kind: engine.Choose, Team: team, Option: d.Option, Rationale: d.Rationale.String()}); err != nil {
		return wrap(err)
	}
	return nil
}
