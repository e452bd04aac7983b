// Package score keeps each team's scorecard against the four crisis-management
// principles. Every point is an Evidence line naming the round, what the team
// did and why it moved the score, so a debrief can check any score by hand.
package score

import (
	"math"

	"github.com/brink-ttx/brink/game/scenario"
)

// Base is where every principle starts.
const Base = 50

// Evidence is one change to one principle score.
type Evidence struct {
	Round     int           `json:"round"`
	Inject    string        `json:"inject"`
	Principle string        `json:"principle"`
	Delta     int           `json:"delta"`
	What      scenario.Text `json:"what"`
	Why       scenario.Text `json:"why"`
}

// Ledger collects evidence for every team.
type Ledger struct {
	lines map[string][]Evidence
}

// NewLedger makes an empty ledger.
func NewLedger() *Ledger { return &Ledger{lines: map[string][]Evidence{}} }

// Add records evidence for team. A zero delta is still a line: it shows the
// team was judged and found level.
func (l *Ledger) Add(team string, e Evidence) { l.lines[team] = append(l.lines[team], e) }

// Lines returns team's evidence in order.
func (l *Ledger) Lines(team string) []Evidence { return l.lines[team] }

// Principle is one principle's result for one team.
type Principle struct {
	ID         string        `json:"id"`
	Score      int           `json:"score"`
	Level      int           `json:"level"`
	Descriptor scenario.Text `json:"descriptor"`
	Raw        int           `json:"raw"`
	Evidence   []Evidence    `json:"evidence"`
}

// Card is one team's scorecard.
type Card struct {
	Team       string      `json:"team"`
	Principles []Principle `json:"principles"`
}

// Get returns the principle with id.
func (c Card) Get(id string) Principle {
	for _, p := range c.Principles {
		if p.ID == id {
			return p
		}
	}
	return Principle{ID: id}
}

// Card computes team's scorecard: each principle is Base plus the sum of its
// evidence deltas, clamped to 0..100 once at the end.
func (l *Ledger) Card(team string) Card {
	c := Card{Team: team}
	for _, id := range scenario.Principles {
		p := Principle{ID: id, Raw: Base, Evidence: []Evidence{}}
		for _, e := range l.lines[team] {
			if e.Principle == id {
				p.Raw += e.Delta
				p.Evidence = append(p.Evidence, e)
			}
		}
		p.Score = min(max(p.Raw, 0), 100)
		p.Level = Level(p.Score)
		p.Descriptor = Describe(p.Evidence)
		c.Principles = append(c.Principles, p)
	}
	return c
}

// Level maps a 0–100 score to a judge's level: 1 below 40, 2 below 60, 3
// below 80, 4 from 80.
func Level(score int) int {
	switch {
	case score >= 80:
		return 4
	case score >= 60:
		return 3
	case score >= 40:
		return 2
	default:
		return 1
	}
}

// Forecast is a team's probability over K hypotheses when it picks one with
// confidence p: p on the pick, the rest shared evenly.
func Forecast(k int, pick int, p float64) []float64 {
	f := make([]float64, k)
	for i := range f {
		if i == pick {
			f[i] = p
		} else if k > 1 {
			f[i] = (1 - p) / float64(k-1)
		}
	}
	return f
}

// Brier is the Brier score of forecast f when hypothesis truth is true:
// the sum of squared differences, 0 (perfect) to 2 (certain and wrong).
func Brier(f []float64, truth int) float64 {
	var b float64
	for i, x := range f {
		o := 0.0
		if i == truth {
			o = 1
		}
		b += (x - o) * (x - o)
	}
	return b
}

// AssessmentPoints scores an assessment: scale × (B₀ − B), rounded half away
// from zero, where B is its Brier score and B₀ = 1 − 1/K is the Brier score
// of having no opinion (every hypothesis equally likely). A confident right
// read earns points, a confident wrong read loses more, a shrug earns none.
func AssessmentPoints(k, pick, truth int, confidence int, scale int) (points int, brier float64) {
	if k < 2 {
		return 0, 0
	}
	p := float64(confidence) / 100
	brier = Brier(Forecast(k, pick, p), truth)
	b0 := 1 - 1/float64(k)
	return int(math.Round(float64(scale) * (b0 - brier))), brier
}
