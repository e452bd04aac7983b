package scenario

import "strings"

// Team returns the team with id, or nil.
func (s *Scenario) Team(id string) *Team { return s.index.team[id] }

// TeamIndex is the team's place in the scenario's order, or -1.
func (s *Scenario) TeamIndex(id string) int {
	if i, ok := s.index.teamIdx[id]; ok {
		return i
	}
	return -1
}

// TeamIDs lists the team ids in order.
func (s *Scenario) TeamIDs() []string { return s.teamIDs() }

// Meter returns the meter with id, or nil.
func (s *Scenario) Meter(id string) *Meter { return s.index.meter[id] }

// Flag returns the flag with id, or nil.
func (s *Scenario) Flag(id string) *Flag { return s.index.flag[id] }

// Channel returns the channel with id, or nil.
func (s *Scenario) Channel(id string) *Channel { return s.index.channel[id] }

// Inject returns the inject with id, or nil.
func (s *Scenario) Inject(id string) *Inject { return s.index.inject[id] }

// Slot lists the injects scheduled at round position n, in file order.
func (s *Scenario) Slot(n int) []*Inject { return s.index.slots[n] }

// LastSlot is the highest scheduled round position.
func (s *Scenario) LastSlot() int { return s.index.lastSlot }

// IsFollowUp reports whether some option or rule schedules the inject; such
// an inject never fires on its own.
func (s *Scenario) IsFollowUp(id string) bool { return s.index.followUp[id] }

// Conditional lists the injects that fire on their own when their condition
// holds: no round, not a follow-up, and a when.
func (s *Scenario) Conditional() []*Inject { return s.index.conditional }

// FlagRead reports whether any condition reads the flag.
func (s *Scenario) FlagRead(id string) bool { return s.index.flagsRead[id] }

// Option returns team's option id in the inject, or nil.
func (in *Inject) Option(team, id string) *Option {
	for i := range in.Options[team] {
		if in.Options[team][i].ID == id {
			return &in.Options[team][i]
		}
	}
	return nil
}

// Hypothesis returns the hypothesis with id, and its index, or nil and -1.
func (a *Assess) Hypothesis(id string) (*Hypothesis, int) {
	for i := range a.Hypotheses {
		if a.Hypotheses[i].ID == id {
			return &a.Hypotheses[i], i
		}
	}
	return nil, -1
}

// HotlinePoints is the intent points for using an open channel before
// deciding. It is 0 unless the scenario sets it: a message earns nothing by
// itself (what it asks is what options and rules mark).
func (s *Scenario) HotlinePoints() int {
	if s.Scoring.Hotline != nil {
		return *s.Scoring.Hotline
	}
	return 0
}

// DefaultExploitCap is the exploitation cap when the scenario sets none.
const DefaultExploitCap = 3

// ExploitCap is the most a team's interests may rise in a round in which it
// presses (stance >= 1) while another team restrains (stance <= -1).
func (s *Scenario) ExploitCap() int {
	if s.Scoring.ExploitCap != nil {
		return *s.Scoring.ExploitCap
	}
	return DefaultExploitCap
}

// OutcomeIDs are the outcomes [outcomes] may name, from worst to best.
var OutcomeIDs = []string{"catastrophe", "escalated", "contained", "resolved"}

// DefaultOutcomes are the outcome effects of a scenario with no [outcomes]
// table: a catastrophe costs every team 20 interest points, an escalated
// crisis 8, and a resolved one pays every team 8.
var DefaultOutcomes = map[string]Effects{
	"catastrophe": {"interests": {Shared: -20}},
	"escalated":   {"interests": {Shared: -8}},
	"resolved":    {"interests": {Shared: 8}},
}

// OutcomeEffects are the effects every team takes when the game ends with
// outcome.
func (s *Scenario) OutcomeEffects(outcome string) Effects {
	if s.Outcomes != nil {
		return s.Outcomes[outcome]
	}
	return DefaultOutcomes[outcome]
}

// Secret returns the secret with id, or nil.
func (s *Scenario) Secret(id string) *Secret {
	for i := range s.Secrets {
		if s.Secrets[i].ID == id {
			return &s.Secrets[i]
		}
	}
	return nil
}

// Truth returns the secret's truth with id, or nil.
func (sc *Secret) Truth(id string) *Truth {
	for i := range sc.Truths {
		if sc.Truths[i].ID == id {
			return &sc.Truths[i]
		}
	}
	return nil
}

// AssessmentScale scales an assessment's Brier skill into intent points.
func (s *Scenario) AssessmentScale() int {
	if s.Scoring.Assessment != nil {
		return *s.Scoring.Assessment
	}
	return 10
}

// InjectIDs lists the inject ids in file order.
func (s *Scenario) InjectIDs() []string { return s.injectIDs() }

// Memo returns the text kept under key, building it on first use. Games use
// it for the texts they compose from the scenario (an assessment's verdict),
// so that concurrent games share one copy instead of formatting it anew.
func (s *Scenario) Memo(key any, build func() Text) Text {
	if s.memo == nil {
		return build()
	}
	if t, ok := s.memo.Load(key); ok {
		return t.(Text)
	}
	t, _ := s.memo.LoadOrStore(key, build())
	return t.(Text)
}

// ReadsSecret reports whether the inject's play depends on the secret: its
// condition, a variant's, an option's or a rule's reads it, or an
// assessment's truth is it.
func (in *Inject) ReadsSecret(id string) bool {
	reads := func(c *Cond) bool { return condReads(c.Source(), "secrets."+id) }
	if reads(in.cond) {
		return true
	}
	for k := range in.Variants {
		if reads(in.Variants[k].cond) {
			return true
		}
	}
	for _, a := range in.Assess {
		if a.SecretTruth() == id {
			return true
		}
	}
	for _, opts := range in.Options {
		for k := range opts {
			if reads(opts[k].cond) {
				return true
			}
		}
	}
	for k := range in.Rules {
		if reads(in.Rules[k].cond) {
			return true
		}
	}
	return false
}

// condReads reports whether src names name whole (not as the start of a
// longer name).
func condReads(src, name string) bool {
	for i := strings.Index(src, name); i >= 0; {
		end := i + len(name)
		if end == len(src) || !isNameByte(src[end]) {
			return true
		}
		j := strings.Index(src[end:], name)
		if j < 0 {
			return false
		}
		i = end + j
	}
	return false
}

func isNameByte(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// BriefFor is the inject's brief as variant tells it (from 1; 0 is the
// inject's own).
func (in *Inject) BriefFor(variant int) Text {
	if variant > 0 && variant <= len(in.Variants) && !in.Variants[variant-1].Brief.Empty() {
		return in.Variants[variant-1].Brief
	}
	return in.Brief
}

// IntelFor is team's intelligence as variant tells it.
func (in *Inject) IntelFor(variant int, team string) Text {
	if variant > 0 && variant <= len(in.Variants) {
		if t, ok := in.Variants[variant-1].Intel[team]; ok {
			return t
		}
	}
	return in.Intel[team]
}

// SchemaID is the $id of the scenario format's JSON Schema
// (assets/scenario.schema.json, which the package's tests generate).
const SchemaID = "https://github.com/brink-ttx/brink/raw/main/assets/scenario.schema.json"
