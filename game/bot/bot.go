// Package bot plays seats by policy. A bot sees only its own seat's view,
// exactly as a human player would: it cannot read another team's pending
// choice or private intelligence, because the view does not contain them.
package bot

import (
	"math/rand/v2"
	"sort"
	"strings"
	"sync"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

// Decision is what a bot does in one round.
type Decision struct {
	Message    string // sent on the first open channel, if not empty
	Hypothesis string
	Confidence int
	Option     string
	// Rationale is the reason the bot states for its choice, in either
	// language (Stated); it prints as its English, which is what the
	// engine and the journal record.
	Rationale bilingual.Msg
}

// Stated is the reason policy p states for its choices, to be said in the
// reader's language; zero when it states none. A built-in personality's has
// its Chinese in the catalogue; a personality file's stays as its author
// wrote it.
func Stated(p Policy) bilingual.Msg {
	pe, ok := p.(*Personality)
	if !ok || pe.Rationale == "" {
		return bilingual.Msg{}
	}
	if _, ok := zhMsg[pe.Rationale]; ok {
		return zhMsg.Msg(pe.Rationale)
	}
	return zhMsg.Msg("%s", pe.Rationale)
}

// Policy decides for one seat.
type Policy interface {
	Name() string
	Decide(v engine.View, rng *rand.Rand) (Decision, error)
}

// ErrNoHistorical is returned by the historical policy when an inject gives
// the team no option marked historical.
var ErrNoHistorical = bilingual.New("no option is marked historical", "没有标为历史选择（historical）的选项")

// ErrNoOption is returned when the view offers the team no option at all.
var ErrNoOption = bilingual.New("no option is offered", "没有可选的选项")

// Speaker is a policy that can speak in its team's own stock hotline lines
// (the scenario's public `teams.lines`), which a View does not carry. sim.Step
// passes them when the game it drives can tell them (an *engine.Game can).
type Speaker interface {
	Policy
	DecideWithLines(v engine.View, lines []scenario.Text, rng *rand.Rand) (Decision, error)
}

// DecideWith asks p to decide, giving a Speaker the team's stock lines.
func DecideWith(p Policy, v engine.View, lines []scenario.Text, rng *rand.Rand) (Decision, error) {
	if sp, ok := p.(Speaker); ok {
		return sp.DecideWithLines(v, lines, rng)
	}
	return p.Decide(v, rng)
}

// The policies written in Go; the rest are personalities read from
// assets/bots/*.toml (see Personality).
var coded = map[string]func() Policy{
	"historical": func() Policy { return historical{} },
	"random":     func() Policy { return random{} },
}

// personalities are the embedded ones, by name, read when first asked for
// (no command pays for them at start-up). They are immutable and safe to
// share between games and goroutines.
var personalities = sync.OnceValue(builtinPersonalities)

// Names lists the known policy names, sorted.
func Names() []string {
	out := personalityNames(personalities())
	for k := range coded {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Get returns the policy called name: a built-in name, or the path of a
// personality file (ending in .toml) an author wrote.
func Get(name string) (Policy, error) {
	if f, ok := coded[name]; ok {
		return f(), nil
	}
	if p, ok := personalities()[name]; ok {
		return p, nil
	}
	if strings.HasSuffix(name, ".toml") {
		p, err := LoadPersonality(name)
		if err != nil {
			return nil, err
		}
		return p, nil
	}
	return nil, zhMsg.Errorf("unknown policy %q (known: %s, or a personality file ending in .toml)", name, strings.Join(Names(), ", "))
}

// Describe is a policy's one-line description, for seat setup and help.
func Describe(name string) string {
	switch name {
	case "historical":
		return "Does what the real government did (holds where the record is silent)."
	case "random":
		return "Picks any offered option at random: a baseline."
	}
	if p, ok := personalities()[name]; ok {
		return p.Description
	}
	return ""
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
	return d, zhMsg.Errorf("round %d, inject %q, team %q: %w", v.Round, v.InjectID, v.Team, ErrNoHistorical)
}

type random struct{}

func (random) Name() string { return "random" }

func (random) Decide(v engine.View, rng *rand.Rand) (Decision, error) {
	var d Decision
	if len(v.Options) == 0 {
		return d, zhMsg.Errorf("round %d, inject %q, team %q: %w", v.Round, v.InjectID, v.Team, ErrNoOption)
	}
	guess(v, rng, &d)
	d.Option = v.Options[rng.IntN(len(v.Options))].ID
	return d, nil
}
