package engine

import (
	"strings"
	"unicode"
)

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

// Clean is the input with its free text (message, rationale, reason) made
// safe to show anywhere: see CleanText. The engine applies it to every
// input, so no game, journal, report or screen carries what it removes.
func (in Input) Clean() Input {
	in.Text = CleanText(in.Text)
	in.Rationale = CleanText(in.Rationale)
	in.Reason = CleanText(in.Reason)
	return in
}

// CleanText removes from text typed by a person what could act on a
// terminal or mislead a reader: escape sequences (CSI, OSC and the like,
// 7- and 8-bit), control characters (a tab or line break becomes a space),
// line and paragraph separators, and format controls such as bidi
// overrides and zero-width characters.
func CleanText(s string) string {
	clean := true
	for _, r := range s {
		if unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b && i+1 < len(rs):
			i = skipEscape(rs, i+1)
		case r == 0x9b: // CSI
			i = skipEscape(rs, i) // rs[i] stands for "["
		case r == 0x90 || r == 0x9d || r == 0x9e || r == 0x9f: // DCS, OSC, PM, APC
			i = skipString(rs, i+1)
		case r == '\t' || r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029:
			b.WriteByte(' ')
		case unsafeRune(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == 0x2028 || r == 0x2029
}

// skipEscape skips the sequence after an ESC at rs[i-1] and returns the
// index of its last rune.
func skipEscape(rs []rune, i int) int {
	switch rs[i] {
	case '[', 0x9b:
		for j := i + 1; j < len(rs); j++ {
			if rs[j] >= 0x40 && rs[j] <= 0x7e {
				return j
			}
		}
		return len(rs) - 1
	case ']', 'P', '^', '_', 'X':
		return skipString(rs, i+1)
	}
	return i
}

// skipString skips a control string from rs[i] to its end (BEL or ST) and
// returns the index of its last rune.
func skipString(rs []rune, i int) int {
	for j := i; j < len(rs); j++ {
		switch {
		case rs[j] == 0x07 || rs[j] == 0x9c:
			return j
		case rs[j] == 0x1b && j+1 < len(rs) && rs[j+1] == '\\':
			return j + 1
		}
	}
	return len(rs) - 1
}
