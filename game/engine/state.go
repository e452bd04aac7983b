package engine

import (
	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// Outcome is the shared result of a game.
type Outcome string

// The outcomes, from worst to best.
const (
	Catastrophe Outcome = "catastrophe"
	Escalated   Outcome = "escalated"
	Contained   Outcome = "contained"
	Resolved    Outcome = "resolved"
)

// Name is the outcome's name, to be said in either language; the zero Msg
// for anything that is not an outcome.
func (o Outcome) Name() bilingual.Msg {
	switch o {
	case Catastrophe:
		return zhMsg.Msg("catastrophe")
	case Escalated:
		return zhMsg.Msg("escalated")
	case Contained:
		return zhMsg.Msg("contained")
	case Resolved:
		return zhMsg.Msg("resolved")
	}
	return bilingual.Msg{}
}

// Choice is a team's revealed decision.
type Choice struct {
	Team      string `json:"team"`
	Option    string `json:"option,omitempty"` // empty when the team held with no hold option
	Stance    int    `json:"stance"`
	Rationale string `json:"rationale,omitempty"`
	Held      bool   `json:"held,omitempty"`
	// HoldReason is why the team held: the hold input's reason ("time ran
	// out", "held by the facilitator"); empty for a decision.
	HoldReason string `json:"hold_reason,omitempty"`
}

// Assessment is a team's revealed read of the situation.
type Assessment struct {
	Team       string  `json:"team"`
	Hypothesis string  `json:"hypothesis"`
	Confidence int     `json:"confidence"`
	Truth      string  `json:"truth"`
	Brier      float64 `json:"brier"`
	Points     int     `json:"points"`
}

// MeterChange is one meter's value before and after a reveal.
type MeterChange struct {
	Meter  string `json:"meter"`
	Team   string `json:"team,omitempty"`
	Before int    `json:"before"`
	After  int    `json:"after"`
}

// Delta is After − Before.
func (m MeterChange) Delta() int { return m.After - m.Before }

// SecretValue is the truth a secret took in a game.
type SecretValue struct {
	ID    string `json:"id"`
	Truth string `json:"truth"`
}

// Round is the public record of one revealed round.
type Round struct {
	Number      int             `json:"round"`
	Inject      string          `json:"inject"`
	Variant     int             `json:"variant,omitempty"` // the inject's variant told, from 1; 0 for its own text
	Choices     []Choice        `json:"choices"`
	Assessments []Assessment    `json:"assessments"`
	Rules       []string        `json:"rules"`
	Narrative   []scenario.Text `json:"narrative"`
	Meters      []MeterChange   `json:"meters"`
	Notes       []scenario.Text `json:"notes,omitempty"`
	Evidence    []TeamEvidence  `json:"evidence"`
}

// TeamEvidence is a score line with the team it belongs to.
type TeamEvidence struct {
	Team string `json:"team"`
	score.Evidence
}

// Post is a hotline message.
type Post struct {
	Round   int    `json:"round"`
	Channel string `json:"channel"`
	Team    string `json:"team"`
	Text    string `json:"text"`
}

// FacilitatorAction is a logged white-cell act.
type FacilitatorAction struct {
	Round  int    `json:"round"`
	Kind   Kind   `json:"kind"`
	Meter  string `json:"meter,omitempty"`
	Team   string `json:"team,omitempty"`
	Delta  int    `json:"delta,omitempty"`
	Inject string `json:"inject,omitempty"`
	Reason string `json:"reason,omitempty"`
}

// roundBufs holds the backing arrays of the round records a game writes:
// one allocation serves many rounds.
type roundBufs struct {
	choices     []Choice
	assessments []Assessment
	evidence    []TeamEvidence
	rules       []string
	narrative   []scenario.Text
	meters      []MeterChange
}

// take returns an empty slice with room for n, cut from buf. Its capacity
// ends at n, so appending past it copies rather than overwrite the next
// record's elements.
func take[T any](buf *[]T, n, chunk int) []T {
	if cap(*buf)-len(*buf) < n {
		*buf = make([]T, 0, max(n, chunk))
	}
	l := len(*buf)
	*buf = (*buf)[:l+n]
	return (*buf)[l : l : l+n]
}
