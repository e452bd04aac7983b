package score

import (
	"strings"
	"testing"

	"github.com/brink-ttx/brink/game/scenario"
)

func ev(round, delta int, what string) Evidence {
	return Evidence{Round: round, Principle: "time", Delta: delta, What: scenario.Text{"en": what, "zh": what}}
}

// A descriptor says what the evidence says: a principle nobody touched is
// "not tested", one gain reads as one gain, never as "pressed deadlines".
func TestDescribeFollowsTheEvidence(t *testing.T) {
	cases := []struct {
		name   string
		ev     []Evidence
		en, zh string
	}{
		{"untouched", nil, "Not tested: no choice or read touched it.", "未经检验：没有任何选择或研判涉及此项。"},
		{"one gain", []Evidence{ev(4, 5, "Offer a package on mutual restraint")}, "Only gains: 1 gain (+5).", "只有加分：加分 1 次（+5）。"},
		{"losses", []Evidence{ev(2, -10, "Counter-hack"), ev(3, -20, "Ultimatum.")}, "Only losses: 2 losses (-30); most: R3 Ultimatum (-20).", "只有扣分：扣分 2 次（-30）；影响最大：第3轮 Ultimatum（-20）。"},
		{"mixed", []Evidence{ev(1, 8, "Ask"), ev(2, -3, "Leak"), ev(3, 0, "Hold")}, "More gained than lost: 1 gain (+8), 1 loss (-3), 1 without effect; most: R1 Ask (+8).", "得多于失：加分 1 次（+8），扣分 1 次（-3），1 次无增减；影响最大：第1轮 Ask（+8）。"},
		{"worse", []Evidence{ev(1, 2, "Ask"), ev(2, -9, "Leak")}, "More lost than gained: 1 gain (+2), 1 loss (-9); most: R2 Leak (-9).", ""},
		{"level", []Evidence{ev(1, 0, "Hold")}, "Judged, and found level: 1 without effect.", "经过检验，无增无减：1 次无增减。"},
	}
	for _, c := range cases {
		d := Describe(c.ev)
		if d.In("en") != c.en {
			t.Errorf("%s: en %q, want %q", c.name, d.In("en"), c.en)
		}
		if c.zh != "" && d.In("zh") != c.zh {
			t.Errorf("%s: zh %q, want %q", c.name, d.In("zh"), c.zh)
		}
	}
}

// The card's descriptor is Describe of its own evidence, and Tested tells
// an untouched principle from a level one.
func TestCardDescriptorAndTested(t *testing.T) {
	l := NewLedger()
	l.Add("a", Evidence{Round: 4, Principle: "time", Delta: 5, What: scenario.Text{"en": "Offer"}})
	c := l.Card("a")
	if p := c.Get("time"); !p.Tested() || !strings.HasPrefix(p.Descriptor.In("en"), "Only gains") {
		t.Errorf("time: tested %v, %q", p.Tested(), p.Descriptor.In("en"))
	}
	if p := c.Get("face"); p.Tested() || p.Descriptor.In("en") != NotTested.In("en") || p.Score != Base {
		t.Errorf("face: tested %v, %q, %d", p.Tested(), p.Descriptor.In("en"), p.Score)
	}
}
