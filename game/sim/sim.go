// Package sim plays whole games headless, every seat by a bot policy.
package sim

import (
	"fmt"
	"math/rand/v2"

	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

// Seats maps each team id to the policy that plays it.
type Seats map[string]bot.Policy

// Play plays one game to its end. The bots' randomness is drawn from the
// seed, so the same arguments give the same game.
func Play(s *scenario.Scenario, seed uint64, seats Seats) (*engine.Game, error) {
	g := engine.New(s, seed)
	rngs := map[string]*rand.Rand{}
	for i, t := range s.Teams {
		if seats[t.ID] == nil {
			return nil, fmt.Errorf("no policy for team %q", t.ID)
		}
		rngs[t.ID] = rand.New(rand.NewPCG(seed, uint64(i+1)*0xda942042e4dd58b5))
	}
	for !g.Over() {
		for _, t := range s.Teams {
			if err := Step(g, t.ID, seats[t.ID], rngs[t.ID]); err != nil {
				return g, err
			}
		}
	}
	return g, nil
}

// Step lets policy p play team's seat for the current round: an optional
// hotline message, the assessment, then the choice.
func Step(g *engine.Game, team string, p bot.Policy, rng *rand.Rand) error {
	v := g.ViewFor(team)
	if v.Over || v.MyChoice != nil {
		return nil
	}
	d, err := p.Decide(v, rng)
	if err != nil {
		return err
	}
	if d.Message != "" {
		for _, c := range v.Channels {
			if c.Open && c.Member {
				if err := g.Apply(engine.Input{Kind: engine.Message, Team: team, Channel: c.ID, Text: d.Message}); err != nil {
					return fmt.Errorf("%s (%s): %w", team, p.Name(), err)
				}
				break
			}
		}
	}
	if v.Question != nil && v.MyAssess == nil {
		if err := g.Apply(engine.Input{Kind: engine.Assess, Team: team, Hypothesis: d.Hypothesis, Confidence: d.Confidence}); err != nil {
			return fmt.Errorf("%s (%s): %w", team, p.Name(), err)
		}
	}
	if err := g.Apply(engine.Input{Kind: engine.Choose, Team: team, Option: d.Option, Rationale: d.Rationale}); err != nil {
		return fmt.Errorf("%s (%s): %w", team, p.Name(), err)
	}
	return nil
}
