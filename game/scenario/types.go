package scenario

import (
	"sort"
	"strings"
	"sync"
)

// Scenario is one crisis: its teams, meters, flags, channels and the injects
// that make its rounds. It is immutable once loaded; games share it.
type Scenario struct {
	ID       string    `toml:"id"`
	Title    Text      `toml:"title"`
	Summary  Text      `toml:"summary"`
	Rounds   int       `toml:"rounds"`
	Teams    []Team    `toml:"teams"`
	Meters   []Meter   `toml:"meters"`
	Flags    []Flag    `toml:"flags"`
	Channels []Channel `toml:"channels"`
	Scoring  Scoring   `toml:"scoring"`
	// Outcomes are the effects every team takes when the game ends with
	// an outcome (catastrophe, escalated, contained, resolved). Absent,
	// DefaultOutcomes apply: a crisis costs everyone.
	Outcomes map[string]Effects `toml:"outcomes"`
	// Secrets are hidden truths drawn at the start of each game.
	Secrets []Secret `toml:"secrets"`
	Injects []Inject `toml:"injects"`
	Debrief []Text   `toml:"debrief"`
	Sources []Source `toml:"sources"`

	// Minutes is how long a game takes a table of people, from the first
	// brief to the scorecard (0: not said); Difficulty is one of
	// Difficulties ("": not said). Both are for the scenario list.
	Minutes    int    `toml:"minutes"`
	Difficulty string `toml:"difficulty"`

	// Filled by the loader.
	File  string `toml:"-"`
	Hash  string `toml:"-"`
	index indexes
	memo  *sync.Map // texts games build from the scenario, shared by every game
	loc   *locator  // where each key stands in the file, for Lint
}

// Team is a delegation.
type Team struct {
	ID          string `toml:"id"`
	Name        Text   `toml:"name"`
	Short       string `toml:"short"`
	Description Text   `toml:"description"`
	// Lines are stock hotline messages a computer-played seat may send.
	Lines []Text `toml:"lines"`
}

// Meter is a bounded number: shared (tension, trust) or one per team
// (interests).
type Meter struct {
	ID          string         `toml:"id"`
	Name        Text           `toml:"name"`
	Description Text           `toml:"description"`
	PerTeam     bool           `toml:"per_team"`
	Min         int            `toml:"min"`
	Max         int            `toml:"max"`
	Start       int            `toml:"start"`
	Thresholds  map[string]int `toml:"thresholds"`

	at int // index in the file's [[meters]], or -1 for a default meter
}

// Flag is a named fact of the game, set and cleared by choices and rules.
type Flag struct {
	ID          string `toml:"id"`
	Default     bool   `toml:"default"`
	Description Text   `toml:"description"`
}

// Channel is a line of communication between teams, such as the hotline.
type Channel struct {
	ID    string   `toml:"id"`
	Name  Text     `toml:"name"`
	Open  *bool    `toml:"open"`
	Teams []string `toml:"teams"`
}

// Scoring holds the scenario's scoring constants; zero values take defaults.
type Scoring struct {
	// Hotline is the intent points for using an open channel before deciding.
	Hotline *int `toml:"hotline"`
	// Assessment scales the Brier skill of an assessment into intent points.
	Assessment *int `toml:"assessment"`
	// ExploitCap is the most a team's interests may rise in a round in
	// which it presses (stance >= 1) while another team restrains (stance
	// <= -1); nil takes DefaultExploitCap.
	ExploitCap *int `toml:"exploit_cap"`
}

// Secret is a hidden truth of the scenario: one of its truths is drawn,
// by weight, when a game starts (fixed by the seed). Conditions read it as
// secrets.ID; an assessment's truth can be "secrets.ID".
type Secret struct {
	ID          string  `toml:"id"`
	Description Text    `toml:"description"`
	Truths      []Truth `toml:"truths"`
}

// Truth is one value a secret may take.
type Truth struct {
	ID     string `toml:"id"`
	Weight int    `toml:"weight"`
	Kind   string `toml:"kind"`
	Text   Text   `toml:"text"`
}

// Hypothesis and truth kinds: whether a reading credits the other side with
// benign or hostile intent. Lint uses them to find a scenario whose truths
// are all of one kind.
const (
	Benign  = "benign"
	Hostile = "hostile"
)

// Inject is one round's event.
type Inject struct {
	ID    string `toml:"id"`
	Title Text   `toml:"title"`
	Date  Text   `toml:"date"`
	// Day is the story's day of the inject (an ordering key for Date,
	// from 1; 0 leaves it out): the story never runs backwards, so an
	// inject whose day is before one already played is passed over.
	Day    int    `toml:"day"`
	Round  int    `toml:"round"`
	When   string `toml:"when"`
	Weight int    `toml:"weight"`
	Repeat bool   `toml:"repeat"`
	Ends   bool   `toml:"ends"`
	Brief  Text   `toml:"brief"`
	// Intel is each team's private intelligence.
	Intel map[string]Text `toml:"intel"`
	// Assess is each team's intent question.
	Assess  map[string]Assess   `toml:"assess"`
	Options map[string][]Option `toml:"options"`
	Rules   []Rule              `toml:"rules"`
	// Variants replace the brief and intelligence when their condition
	// holds as the inject is drawn (the first that holds wins): the same
	// inject can tell a different story under different secrets.
	Variants []Variant `toml:"variants"`

	cond *Cond
}

// Variant is another telling of an inject's brief and intelligence.
type Variant struct {
	When  string          `toml:"when"`
	Brief Text            `toml:"brief"`
	Intel map[string]Text `toml:"intel"`

	cond *Cond
}

// Condition is the variant's compiled `when`.
func (va *Variant) Condition() *Cond { return va.cond }

// Condition is the inject's compiled `when`; nil always holds.
func (in *Inject) Condition() *Cond { return in.cond }

// Assess asks a team to read the situation.
type Assess struct {
	Question Text `toml:"question"`
	// Truth is the id of the true hypothesis; "choice": the hypothesis
	// whose stances contain the stance team About actually chooses this
	// round; or "secrets.ID": the hypothesis named like the secret's drawn
	// truth.
	Truth      string       `toml:"truth"`
	About      string       `toml:"about"`
	Hypotheses []Hypothesis `toml:"hypotheses"`
}

// TruthIsChoice is the Truth value that makes the other team's choice the truth.
const TruthIsChoice = "choice"

// SecretTruth returns the secret an assessment's truth names ("secrets.ID"),
// or "".
func (a *Assess) SecretTruth() string {
	if id, ok := strings.CutPrefix(a.Truth, "secrets."); ok {
		return id
	}
	return ""
}

// Hypothesis is one possible read of the other side's intent.
type Hypothesis struct {
	ID   string `toml:"id"`
	Text Text   `toml:"text"`
	// Stances is [low, high]: with truth = "choice", the hypothesis is true
	// when the About team's chosen stance is within it.
	Stances []int `toml:"stances"`
	// Kind is "benign" or "hostile": what the reading credits the other
	// side with. Optional; lint asks for it where the truth is fixed.
	Kind string `toml:"kind"`
}

// Option is one response a team may choose.
type Option struct {
	ID          string          `toml:"id"`
	Label       Text            `toml:"label"`
	Description Text            `toml:"description"`
	Stance      int             `toml:"stance"`
	Visibility  string          `toml:"visibility"`
	When        string          `toml:"when"`
	Effects     Effects         `toml:"effects"`
	Marks       map[string]Mark `toml:"marks"`
	Set         []string        `toml:"set"`
	Clear       []string        `toml:"clear"`
	Follow      []string        `toml:"follow"`
	Open        []string        `toml:"open"`
	Close       []string        `toml:"close"`
	Historical  bool            `toml:"historical"`
	Hold        bool            `toml:"hold"`
	Result      Text            `toml:"result"`

	cond *Cond
}

// Condition is the option's compiled `when`; nil always holds.
func (o *Option) Condition() *Cond { return o.cond }

// Public reports whether the option is done in public.
func (o *Option) Public() bool { return o.Visibility == "public" }

// Mark is an option's or rule's weight on one principle, with its reason.
type Mark struct {
	Weight int  `toml:"weight"`
	Reason Text `toml:"reason"`
}

// Rule is a combination rule: it fires at the reveal when its condition over
// every team's choice holds.
type Rule struct {
	ID        string                     `toml:"id"`
	When      string                     `toml:"when"`
	Narrative Text                       `toml:"narrative"`
	Effects   Effects                    `toml:"effects"`
	Marks     map[string]map[string]Mark `toml:"marks"`
	Set       []string                   `toml:"set"`
	Clear     []string                   `toml:"clear"`
	Follow    []string                   `toml:"follow"`
	Open      []string                   `toml:"open"`
	Close     []string                   `toml:"close"`
	Stop      bool                       `toml:"stop"`

	cond *Cond
}

// Condition is the rule's compiled `when`.
func (r *Rule) Condition() *Cond { return r.cond }

// Source is a citation.
type Source struct {
	Title Text   `toml:"title"`
	Where string `toml:"where"`
	URL   string `toml:"url"`
}

// Effects maps a meter id to a change. A shared meter takes a number; a
// per-team meter takes a number (in an option: the acting team; in a rule or
// an outcome: every team) or a table of team id, "self", "others" or "all"
// to a number.
type Effects map[string]Effect

// Effect is the change to one meter.
type Effect struct {
	Shared  int
	PerTeam map[string]int // keys: team ids, "self", "others"
	IsTable bool
}

// UnmarshalTOML decodes an effects table.
func (e *Effects) UnmarshalTOML(v any) error {
	m, ok := v.(map[string]any)
	if !ok {
		return zhMsg.Errorf("effects must be a table like { tension = 5 }, not %s", tomlTypeName(v))
	}
	out := Effects{}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch x := m[k].(type) {
		case int64:
			out[k] = Effect{Shared: int(x)}
		case map[string]any:
			ef := Effect{PerTeam: map[string]int{}, IsTable: true}
			for tk, tv := range x {
				n, ok := tv.(int64)
				if !ok {
					return zhMsg.Errorf("effect on %s.%s must be a whole number, not %s", k, tk, tomlTypeName(tv))
				}
				ef.PerTeam[tk] = int(n)
			}
			out[k] = ef
		default:
			return zhMsg.Errorf("effect on %s must be a whole number or a table of teams, not %s", k, tomlTypeName(x))
		}
	}
	*e = out
	return nil
}

// Principles are the four crisis-management principles Brink scores.
var Principles = []string{"intent", "face", "time", "sum"}

// IsPrinciple reports whether id names one of the four principles.
func IsPrinciple(id string) bool {
	for _, p := range Principles {
		if p == id {
			return true
		}
	}
	return false
}

// IsOpen reports whether the channel starts open (the default).
func (c *Channel) IsOpen() bool { return c.Open == nil || *c.Open }

// Serves reports whether team may use the channel (every team by default).
func (c *Channel) Serves(team string) bool {
	if len(c.Teams) == 0 {
		return true
	}
	for _, t := range c.Teams {
		if t == team {
			return true
		}
	}
	return false
}
