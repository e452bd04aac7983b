// Package bot plays seats by policy. A bot sees only its own seat's view,
// exactly as a human player would: it cannot read another team's pending
// choice or private intelligence, because the view does not contain them.
package bot

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/brink-ttx/brink/game/engine"
)

// Decision is what a bot does in one round.
type Decision struct {
	Message    string // sent on the first open channel, if not empty
	Hypothesis string
	Confidence int
	Option     string
	Rationale  string
}

// Policy decides for one seat.
type Policy interface {
	Name() string
	Decide(v engine.View, rng *rand.Rand) (Decision, error)
}

// ErrNoHistorical is returned by the historical policy when an inject gives
// the team no option marked historical.
var ErrNoHistorical = errors.New("no option is marked historical")

// Builtin policy names, in the order they are listed.
var builtin = map[string]func() Policy{
	"historical": func() Policy { return historical{} },
	"random":     func() Policy { return random{} },
	"dove":       func() Policy { return byStance{name: "dove", sign: -1} },
	"hawk":       func() Policy { return byStance{name: "hawk", sign: +1} },
}

// Names lists the known policy names.
func Names() []string {
	out := make([]string, 0, len(builtin))
	for k := range builtin {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Get returns the policy called name.
func Get(name string) (Policy, error) {
	f, ok := builtin[name]
	if !ok {
		return nil, fmt.Errorf("unknown policy %q (known: %s)", name, strings.Join(Names(), ", "))
	}
	return f(), nil
}

// guess is a plain assessment: a hypothesis drawn at random, held at 50 or 70 %.
func guess(v engine.View, rng *rand.Rand, d *Decision) {
	if v.Question == nil || len(v.Question.Hypotheses) == 0 {
		return
	}
	h := v.Question.Hypotheses[rng.IntN(len(v.Question.Hypotheses))]
	d.Hypothesis = h.ID
	d.Confidence = []int{50, 70}[rng.IntN(2)]
}

type historical struct{}

func (historical) Name() string { return "historical" }

func (historical) Decide(v engine.View, rng *rand.Rand) (Decision, error) {
	var d Decision
	guess(v, rng, &d)
	for _, o := range v.Options {
		if o.Historical {
			d.Option = o.ID
			return d, nil
		}
	}
	return d, fmt.Errorf("round %d, inject %q, team %q: %w", v.Round, v.InjectID, v.Team, ErrNoHistorical)
}

type random struct{}

func (random) Name() string { return "random" }

func (random) Decide(v engine.View, rng *rand.Rand) (Decision, error) {
	var d Decision
	guess(v, rng, &d)
	d.Option = v.Options[rng.IntN(len(v.Options))].ID
	return d, nil
}

// byStance picks the most conciliatory (sign −1) or most coercive (sign +1)
// option, breaking ties at random.
type byStance struct {
	name string
	sign int
}

func (b byStance) Name() string { return b.name }

func (b byStance) Decide(v engine.View, rng *rand.Rand) (Decision, error) {
	var d Decision
	guess(v, rng, &d)
	best := -3
	var ties []string
	for _, o := range v.Options {
		s := o.Stance * b.sign
		switch {
		case s > best:
			best, ties = s, []string{o.ID}
		case s == best:
			ties = append(ties, o.ID)
		}
	}
	d.Option = ties[rng.IntN(len(ties))]
	return d, nil
}
