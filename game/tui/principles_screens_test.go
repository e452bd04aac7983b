package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

// plainModel is soloModel without coach mode.
func plainModel(t testing.TB) *Model {
	m := soloModel(t)
	m.cfg.Coach = false
	m2 := New(m.cfg, nil)
	return m2
}

// Stance words steer the choice: they appear only in coach mode, on the
// decision and on the reveal.
func TestStanceWordsOnlyInCoachMode(t *testing.T) {
	toDecide := []tea.Msg{kEnter, kTab, kEnter}
	for _, coach := range []bool{false, true} {
		m := soloModel(t)
		if !coach {
			m = plainModel(t)
		}
		m.Update(sizeMsg(120, 40))
		press(m, toDecide...)
		if m.cur != scrDecide {
			t.Fatalf("coach %v: at %d, want the decision", coach, m.cur)
		}
		decide := plain(m.View().Content)
		press(m, kEnter)
		if m.cur != scrReveal {
			t.Fatalf("coach %v: at %d, want the reveal", coach, m.cur)
		}
		reveal := plain(m.View().Content)
		for name, v := range map[string]string{"decision": decide, "reveal": reveal} {
			has := strings.Contains(v, "stance -1 (conciliatory)")
			if has != coach {
				t.Errorf("coach %v: the %s shows stance words: %v\n%s", coach, name, has, v)
			}
			if !strings.Contains(v, "in private") {
				t.Errorf("coach %v: the %s should still say what is private:\n%s", coach, name, v)
			}
		}
	}
}

// Options are drawn in the order the seat's view gives them, and a
// number picks the option drawn with that number.
func TestOptionsInTheViewsOrder(t *testing.T) {
	m := plainModel(t)
	m.Update(sizeMsg(120, 40))
	press(m, kEnter, kTab, kEnter)
	v := plain(m.View().Content)
	opts := m.seatView().Options
	last := -1
	for i, o := range opts {
		at := strings.Index(v, o.Label.In("en"))
		if at < 0 || at < last {
			t.Fatalf("option %d %q out of the view's order:\n%s", i, o.Label.In("en"), v)
		}
		last = at
	}
	press(m, runes("2"), kEnter)
	h := m.seatView().History
	if len(h) != 1 {
		t.Fatalf("no reveal after choosing")
	}
	for _, ch := range h[0].Choices {
		if ch.Team == "cn" && ch.Option != opts[1].ID {
			t.Errorf("2 chose %q, want %q (the second drawn)", ch.Option, opts[1].ID)
		}
	}
}

// The reveal shows every read with the truth it was scored against.
func TestRevealShowsEveryTruth(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(120, 40))
	// cn reads "quiet" (the first hypothesis) at 70 %; the fixed bot (us)
	// reads "state" at 70 % and the truth is "third".
	press(m, playRound...)
	if m.cur != scrReveal {
		t.Fatalf("at %d, want the reveal", m.cur)
	}
	rs := m.screen.(*revealScreen)
	var cards []string
	for _, ch := range rs.r.Choices {
		cards = append(cards, rs.choiceCard(ch, 300))
	}
	v := strings.Join(cards, "\n")
	for _, want := range []string{
		`You read "Quietly, through channels" at 70%; it was "Quietly, through channels".`,
		`Read "A state service of the other side" at 70%; it was "A third party, using borrowed tools".`,
	} {
		if !strings.Contains(v, want) {
			t.Errorf("the reveal lacks %q:\n%s", want, plain(m.View().Content))
		}
	}
}

// The scorecard says "not tested" for a principle no act touched, and a
// descriptor that follows the evidence lines for the others.
func TestScorecardNotTested(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(120, 40))
	press(m, append(append([]tea.Msg{}, playRound...), kEnter)...)
	if m.cur != scrScorecard {
		t.Fatalf("at %d, want the scorecard", m.cur)
	}
	var card = m.seatView().Cards[0]
	for _, c := range m.seatView().Cards {
		if c.Team == "cn" {
			card = c
		}
	}
	v := plain(m.View().Content)
	untested := 0
	for _, p := range card.Principles {
		if !p.Tested() {
			untested++
		}
	}
	if untested == 0 {
		t.Fatal("the test game should leave a principle untested")
	}
	if got := strings.Count(v, "not tested"); got < untested {
		t.Errorf("%d principles untested, %d say so:\n%s", untested, got, v)
	}
	if strings.Contains(v, "level 2 of 4") && untested == 4 {
		t.Errorf("an untested principle shows a level:\n%s", v)
	}
	if !strings.Contains(v, "Only gains") && !strings.Contains(v, "Only losses") && !strings.Contains(v, "gained") {
		t.Errorf("no descriptor from the evidence:\n%s", v)
	}
}

// The scorecard says what the outcome did to the team's interests and what
// the game hid, once it is over.
func TestScorecardTellsTheOutcomeAndTheSecrets(t *testing.T) {
	s, err := scenario.LoadFile("../engine/testdata/hidden.toml")
	if err != nil {
		t.Fatal(err)
	}
	tb := newTable(t, s, 1, "hawk", "a")
	m := New(Config{Table: tb, Humans: []string{"a"}, Now: clock0, NoAnimation: true}, nil)
	m.Update(sizeMsg(120, 40))
	if err := m.sess.apply(engine.Input{Kind: engine.End, Reason: "the bell"}); err != nil {
		t.Fatal(err)
	}
	m.route()
	if m.cur != scrScorecard {
		t.Fatalf("at %d, want the scorecard", m.cur)
	}
	v := strings.Join(strings.Fields(plain(m.View().Content)), " ")
	var drawn string
	tb.With(func(g *engine.Game) { drawn = g.Secret("culprit") })
	want := map[string]string{"state": "TRUTH-STATE", "third": "TRUTH-THIRD"}[drawn]
	for _, s := range []string{"What the game hid", "Who did it: " + want} {
		if !strings.Contains(v, s) {
			t.Errorf("the scorecard lacks %q:\n%s", s, plain(m.View().Content))
		}
	}
}

// Long lines under the brief (the channels, the low-trust warning) wrap
// inside the screen's margin.
func TestBriefWrapsInsideTheMargin(t *testing.T) {
	s := demo(t)
	s.Channels[0].Name = scenario.Text{"en": "A very long channel name that will not fit on one line beside the others at eighty columns"}
	tb := newTable(t, s, demoSeed, "fixed", "cn")
	m := New(Config{Table: tb, Humans: []string{"cn"}, Now: clock0, NoAnimation: true}, nil)
	m.Update(sizeMsg(80, 24))
	v := plain(m.View().Content)
	if !strings.Contains(v, "A very long channel") {
		t.Fatalf("the brief lacks the channel:\n%s", v)
	}
	for _, l := range strings.Split(v, "\n") {
		if strings.HasPrefix(l, "eighty") || strings.HasPrefix(l, "at eighty") || strings.HasPrefix(l, "beside") {
			t.Errorf("a wrapped line lost the margin: %q", l)
		}
	}
}
