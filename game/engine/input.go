package engine

// Kind names an input to the game.
type Kind string

// The inputs a game accepts. Every state change goes through one of them.
const (
	// Message: Team sends Text on Channel.
	Message Kind = "message"
	// Assess: Team reads the situation as Hypothesis with Confidence (%).
	Assess Kind = "assess"
	// Choose: Team chooses Option, with an optional Rationale.
	Choose Kind = "choose"
	// Hold: Team's time ran out; it holds (facilitator or timer).
	Hold Kind = "hold"
	// Adjust: the facilitator moves Meter (for Team, if per-team) by Delta, giving Reason.
	Adjust Kind = "adjust"
	// Insert: the facilitator queues Inject to be played next.
	Insert Kind = "insert"
	// End: the facilitator ends the game, giving Reason.
	End Kind = "end"
)

// Input is one explicit input. The same scenario, seed and inputs rebuild the
// same game.
type Input struct {
	Kind       Kind   `json:"kind"`
	Team       string `json:"team,omitempty"`
	Channel    string `json:"channel,omitempty"`
	Text       string `json:"text,omitempty"`
	Hypothesis string `json:"hypothesis,omitempty"`
	Confidence int    `json:"confidence,omitempty"`
	Option     string `json:"option,omitempty"`
	Rationale  string `json:"rationale,omitempty"`
	Meter      string `json:"meter,omitempty"`
	Delta      int    `json:"delta,omitempty"`
	Inject     string `json:"inject,omitempty"`
	Reason     string `json:"reason,omitempty"`
}

// Limits on free text, in runes.
const (
	MaxMessage   = 280
	MaxRationale = 200
	MaxReason    = 200
)
