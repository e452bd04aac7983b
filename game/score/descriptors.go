package score

import (
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
)

// Name is the principle's short name.
func Name(id string) scenario.Text {
	switch id {
	case "intent":
		return scenario.TextOf(zhMsg.Msg("Read intentions"))
	case "face":
		return scenario.TextOf(zhMsg.Msg("Leave a way out"))
	case "time":
		return scenario.TextOf(zhMsg.Msg("Restraint and time"))
	case "sum":
		return scenario.TextOf(zhMsg.Msg("Positive-sum"))
	}
	return nil
}

// Tested reports whether any act touched the principle: a principle with
// no evidence line sits at Base by default, and its level says nothing.
func (p Principle) Tested() bool { return len(p.Evidence) > 0 }

// NotTested is the descriptor of a principle no act touched.
var NotTested = scenario.TextOf(zhMsg.Msg("Not tested: no choice or read touched it."))

// Describe is the one-line descriptor of a principle, said from its
// evidence rather than from its score band: how many acts gained and lost
// it, by how much, and the act that moved it most. A descriptor so made
// never contradicts the lines beneath it.
func Describe(ev []Evidence) scenario.Text {
	if len(ev) == 0 {
		return NotTested
	}
	var gains, losses, level, up, down int
	top := -1
	for i, e := range ev {
		switch {
		case e.Delta > 0:
			gains++
			up += e.Delta
		case e.Delta < 0:
			losses++
			down -= e.Delta
		default:
			level++
		}
		if e.Delta != 0 && (top < 0 || abs(e.Delta) > abs(ev[top].Delta)) {
			top = i
		}
	}
	var lead bilingual.Msg
	switch {
	case gains == 0 && losses == 0:
		lead = zhMsg.Msg("Judged, and found level")
	case losses == 0:
		lead = zhMsg.Msg("Only gains")
	case gains == 0:
		lead = zhMsg.Msg("Only losses")
	case up > down:
		lead = zhMsg.Msg("More gained than lost")
	case up < down:
		lead = zhMsg.Msg("More lost than gained")
	default:
		lead = zhMsg.Msg("As much gained as lost")
	}
	var parts []bilingual.Msg
	if gains > 0 {
		parts = append(parts, plural(gains, zhMsg.Msg("%d gain (+%d)", gains, up), zhMsg.Msg("%d gains (+%d)", gains, up)))
	}
	if losses > 0 {
		parts = append(parts, plural(losses, zhMsg.Msg("%d loss (-%d)", losses, down), zhMsg.Msg("%d losses (-%d)", losses, down)))
	}
	if level > 0 {
		parts = append(parts, zhMsg.Msg("%d without effect", level))
	}
	list := parts[0]
	for _, p := range parts[1:] {
		list = zhMsg.Msg("%s, %s", list, p)
	}
	s := zhMsg.Msg("%s: %s", lead, list)
	if top >= 0 && gains+losses > 1 {
		e := ev[top]
		what := bilingual.Pair{En: strings.TrimRight(e.What.In("en"), ".。"), Zh: strings.TrimRight(e.What.In("zh"), ".。")}
		s = zhMsg.Msg("%s; most: R%d %s (%+d)", s, e.Round, what, e.Delta)
	}
	return scenario.TextOf(zhMsg.Msg("%s.", s))
}

// plural is one when n is 1, else many.
func plural(n int, one, many bilingual.Msg) bilingual.Msg {
	if n == 1 {
		return one
	}
	return many
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
