package score

import (
	"fmt"
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
)

// Names are the principles' short names.
var Names = map[string]scenario.Text{
	"intent": {"en": "Read intentions", "zh": "判明意图"},
	"face":   {"en": "Leave a way out", "zh": "留有余地"},
	"time":   {"en": "Restraint and time", "zh": "克制与时间"},
	"sum":    {"en": "Positive-sum", "zh": "正和思维"},
}

// Name is the principle's short name.
func Name(id string) scenario.Text { return Names[id] }

// Tested reports whether any act touched the principle: a principle with
// no evidence line sits at Base by default, and its level says nothing.
func (p Principle) Tested() bool { return len(p.Evidence) > 0 }

// NotTested is the descriptor of a principle no act touched.
var NotTested = scenario.Text{
	"en": "Not tested: no choice or read touched it.",
	"zh": "未经检验：没有任何选择或研判涉及此项。",
}

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
	out := scenario.Text{}
	for _, lang := range bilingual.Langs {
		w := describeWords[lang]
		var lead string
		switch {
		case gains == 0 && losses == 0:
			lead = w.none
		case losses == 0:
			lead = w.onlyGains
		case gains == 0:
			lead = w.onlyLosses
		case up > down:
			lead = w.moreGained
		case up < down:
			lead = w.moreLost
		default:
			lead = w.even
		}
		var parts []string
		if gains > 0 {
			parts = append(parts, fmt.Sprintf(w.gains(gains), gains, up))
		}
		if losses > 0 {
			parts = append(parts, fmt.Sprintf(w.losses(losses), losses, down))
		}
		if level > 0 {
			parts = append(parts, fmt.Sprintf(w.level(level), level))
		}
		s := lead + w.colon + strings.Join(parts, w.list)
		if top >= 0 && gains+losses > 1 {
			e := ev[top]
			s += fmt.Sprintf(w.most, e.Round, strings.TrimRight(e.What.In(lang), ".。"), e.Delta)
		}
		out[lang] = s + w.stop
	}
	return out
}

// describeWords are Describe's words in each language.
var describeWords = map[bilingual.Lang]struct {
	none, onlyGains, onlyLosses, moreGained, moreLost, even string
	colon, list, stop, most                                 string
	gains, losses, level                                    func(n int) string
}{
	"en": {
		none: "Judged, and found level", onlyGains: "Only gains", onlyLosses: "Only losses",
		moreGained: "More gained than lost", moreLost: "More lost than gained", even: "As much gained as lost",
		colon: ": ", list: ", ", stop: ".", most: "; most: R%d %s (%+d)",
		gains:  func(n int) string { return plural(n, "%d gain (+%d)", "%d gains (+%d)") },
		losses: func(n int) string { return plural(n, "%d loss (-%d)", "%d losses (-%d)") },
		level:  func(n int) string { return plural(n, "%d without effect", "%d without effect") },
	},
	"zh": {
		none: "经过检验，无增无减", onlyGains: "只有加分", onlyLosses: "只有扣分",
		moreGained: "得多于失", moreLost: "失多于得", even: "得失相当",
		colon: "：", list: "，", stop: "。", most: "；影响最大：第%d轮 %s（%+d）",
		gains:  func(int) string { return "加分 %d 次（+%d）" },
		losses: func(int) string { return "扣分 %d 次（-%d）" },
		level:  func(int) string { return "%d 次无增减" },
	},
}

func plural(n int, one, many string) string {
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
