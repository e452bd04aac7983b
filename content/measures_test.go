package content_test

import (
	"testing"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/analyze"
)

// The measures that tell a game that teaches the four principles from one
// that teaches concession (content/FORMAT.md, "How the computer plays"):
//
//  1. the softest option ties for the top principle marks in at most half of
//     the decisions;
//  2. at least half of the decisions offer a firm option (stance +1 or more)
//     whose marks total is at least the softest option's;
//  3. every team's interests added up are higher when all play principled
//     than when all play hawk;
//  4. a team playing principled against hawks ends at most MaxGap interest
//     points behind them, and closer than the same team playing dove;
//  5. that principled team's mean principle score is at least the dove's.
//
// (Measure 6, the historical verdicts, is TestHistoricalPaths.)

// MaxGap is how far behind the hawks a principled side may end.
const MaxGap = 15

// measuredGames is how many games analyze plays per pairing for the
// measures: enough that a mean moves by well under a point between runs.
const measuredGames = 200

func TestPrinciplesNotConcession(t *testing.T) {
	ids := append([]string{"demo"}, content.Order...)
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			s := load(t, id)
			if n, of := s.SoftestBest(); 2*n > of {
				t.Errorf("1: the softest option ties for the top marks in %d of %d decisions (at most half)", n, of)
			}
			if n, of := s.FirmPrincipled(); 2*n < of {
				t.Errorf("2: %d of %d decisions offer a firm option that scores as well as the softest (at least half)", n, of)
			}
			games := measuredGames
			if testing.Short() {
				games = 60
			}
			r, err := analyze.Run(s, analyze.Config{Games: games, Policies: []string{"principled", "dove", "hawk"}, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			pp, _ := r.MutualInterests("principled")
			hh, _ := r.MutualInterests("hawk")
			if pp <= hh {
				t.Errorf("3: interests added up, all principled %.1f, all hawk %.1f: mutual restraint must pay more", pp, hh)
			}
			if len(r.Concession) != len(s.Teams) {
				t.Fatalf("the report compares %d teams, want %d", len(r.Concession), len(s.Teams))
			}
			for _, c := range r.Concession {
				if c.PrincipledGap > MaxGap {
					t.Errorf("4: %s principled ends %.1f interest points behind the hawks (at most %d)", c.Team, c.PrincipledGap, MaxGap)
				}
				if c.PrincipledGap >= c.DoveGap {
					t.Errorf("4: %s principled ends %.1f behind the hawks, a dove %.1f: principled must come closer", c.Team, c.PrincipledGap, c.DoveGap)
				}
				if c.PrincipledScore < c.DoveScore {
					t.Errorf("5: %s principled scores %.1f on the principles facing hawks, a dove %.1f", c.Team, c.PrincipledScore, c.DoveScore)
				}
			}
		})
	}
}
