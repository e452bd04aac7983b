package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/table"
)

// After the scorecard the debrief walks round by round, with every team's
// choice, rationale, read and truth, then the questions; d goes back.
func TestDebriefAfterTheScorecard(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(120, 60))
	press(m, kEnter, kTab, kEnter, kTab, runes("Offer first, ask later"), kEnter)
	press(m, kEnter) // the reveal: on to the scorecard
	if m.cur != scrScorecard {
		t.Fatalf("at %d, want the scorecard", m.cur)
	}
	if !strings.Contains(plain(m.View().Content), "Enter the debrief") {
		t.Errorf("the scorecard does not offer the debrief:\n%s", plain(m.View().Content))
	}
	press(m, kEnter)
	if m.cur != scrDebrief {
		t.Fatalf("Enter on the scorecard: at %d, want the debrief", m.cur)
	}
	v := strings.Join(strings.Fields(plain(m.View().Content)), " ")
	for _, want := range []string{"DEBRIEF - round 1 of 1", "Offer a joint look at the evidence", `"Offer first, ask later"`, `"Keep the channel open."`,
		`A third party, using`, "Tension 35 -> 20 -15", "CN Read intentions +3, Positive-sum +10"} {
		if !strings.Contains(v, want) {
			t.Errorf("round page lacks %q:\n%s", want, plain(m.View().Content))
		}
	}
	press(m, kRight)
	v = plain(m.View().Content)
	for _, want := range []string{"Questions for the debrief", "What would you have needed to know", "Outcome: RESOLVED", "not tested"} {
		if !strings.Contains(v, want) {
			t.Errorf("questions page lacks %q:\n%s", want, v)
		}
	}
	press(m, kRight) // the last page stays
	if !strings.Contains(plain(m.View().Content), "Questions for the debrief") {
		t.Error("→ on the last page left it")
	}
	press(m, kLeft)
	if !strings.Contains(plain(m.View().Content), "DEBRIEF  -  round 1 of 1") {
		t.Errorf("← did not go back a round:\n%s", plain(m.View().Content))
	}
	press(m, runes("d"))
	if m.cur != scrScorecard {
		t.Fatalf("d in the debrief: at %d, want the scorecard", m.cur)
	}
}

// The debrief shows only revealed rounds: a choice made and not yet
// revealed never appears, whichever seat's view it is given.
func TestDebriefShowsNothingPending(t *testing.T) {
	s := demo(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn", "us")
	if err := tb.Apply(engine.Input{Kind: engine.Assess, Team: "cn", Hypothesis: "quiet", Confidence: 70}); err != nil {
		t.Fatal(err)
	}
	if err := tb.Apply(engine.Input{Kind: engine.Choose, Team: "cn", Option: "offer", Rationale: "secret reason"}); err != nil {
		t.Fatal(err)
	}
	for _, seat := range []string{engine.Observer, "us", "cn"} {
		d := NewDebrief(NewCommon(0, "en"), DebriefGame{Scenario: s, View: tb.View(seat)})
		d.SetSize(120, 30)
		for p := 0; p < d.Pages(); p++ {
			d.SetPage(p)
			v := d.View()
			if strings.Contains(v, "Offer a joint look") || strings.Contains(v, "secret reason") {
				t.Errorf("seat %q: the debrief shows a pending choice:\n%s", seat, v)
			}
		}
		if !strings.Contains(d.View(), "still in play") {
			t.Errorf("seat %q: the last page should say the game is in play:\n%s", seat, d.View())
		}
	}
}

// For a projector: several tables' same round side by side, each line the
// width given, each table under its own name.
func TestDebriefTablesSideBySide(t *testing.T) {
	var games []DebriefGame
	for i, name := range []string{"Table 1", "Table 2"} {
		m := soloModel(t)
		m.Update(sizeMsg(120, 40))
		press(m, playRound...)
		if i == 1 {
			// Table 2 has not reached the reveal.
			m = soloModel(t)
		}
		games = append(games, DebriefGame{Label: name, Scenario: m.sess.scen, View: m.sess.t.View(engine.Observer)})
	}
	for _, lang := range bilingual.Langs {
		for _, w := range []int{80, 120, 200} {
			d := NewDebrief(NewCommon(0, lang), games...)
			d.SetSize(w, 30)
			v := d.View()
			lines := strings.Split(v, "\n")
			if len(lines) != 30 {
				t.Errorf("%s %d: %d lines", lang, w, len(lines))
			}
			for i, l := range lines {
				if lipgloss.Width(l) > w {
					t.Errorf("%s %d: line %d is %d wide", lang, w, i, lipgloss.Width(l))
				}
			}
			if w >= 120 {
				found := false
				for _, l := range lines {
					found = found || (strings.Contains(l, "Table 1") && strings.Contains(l, "Table 2"))
				}
				if !found {
					t.Errorf("%s %d: the tables are not side by side:\n%s", lang, w, v)
				}
			}
			if lang == "en" && !strings.Contains(v, "did not reach this round") {
				t.Errorf("%s %d: table 2 should say it has not reached round 1:\n%s", lang, w, v)
			}
			d.Handle(tea.KeyPressMsg{Code: tea.KeyRight})
			if d.Page() != 1 {
				t.Errorf("→ did not turn the page")
			}
		}
	}
}

// `brink debrief`: a finished game's table opens on the debrief, with no
// scorecard to go back to; q quits.
func TestDebriefOnly(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(80, 24))
	press(m, playRound...)
	d := New(Config{Table: m.sess.t, Debrief: true, Now: clock0, NoAnimation: true}, nil)
	d.Update(sizeMsg(80, 24))
	if d.cur != scrDebrief || d.sess.seat != engine.Observer {
		t.Fatalf("at %d as %q, want the debrief as an observer", d.cur, d.sess.seat)
	}
	checkFits(t, d, 80, 24)
	press(d, runes("d"))
	if d.cur != scrDebrief {
		t.Errorf("d left the debrief of `brink debrief`")
	}
	press(d, runes("q"))
	if !d.Quitting() {
		t.Error("q did not quit")
	}
}

// The picker shows each scenario's rounds and teams (pickerDetails).
func TestPickerDetails(t *testing.T) {
	for _, lang := range bilingual.Langs {
		s := demo(t)
		s.Minutes, s.Difficulty = 20, "introductory"
		m := New(menuConfig(t, s), NewCommon(0, lang))
		m.Update(scenarioLoadedMsg{id: "demo", s: s})
		for _, w := range []int{80, 120} {
			m.Update(sizeMsg(w, 24))
			if m.cur != scrPicker {
				press(m, kDown, kEnter)
			}
			v := plain(m.View().Content)
			want := map[bilingual.Lang][]string{"en": {"Rounds: up to 3", "Teams (2): Chinese delegation, U.S. delegation", "About 20 minutes", "Difficulty: introductory"},
				"zh": {"轮数：最多 3 轮", "参演方（2）：中方代表团、美方代表团", "约需 20 分钟", "难度：入门"}}[lang]
			for _, s := range want {
				if !strings.Contains(v, s) {
					t.Errorf("%s %d: the picker lacks %q:\n%s", lang, w, s, v)
				}
			}
			checkFits(t, m, w, 24)
		}
	}
}

// A computer player's stated reason reads in the reader's language where
// the debrief knows what the seat states (a game in play, or a journal's
// seats); without it, as the journal recorded it.
func TestDebriefStatesBotReason(t *testing.T) {
	s := demo(t)
	tb := newTable(t, s, demoSeed, "dove", "cn")
	if err := tb.Apply(engine.Input{Kind: engine.Assess, Team: "cn", Hypothesis: "quiet", Confidence: 70}); err != nil {
		t.Fatal(err)
	}
	if err := tb.Apply(engine.Input{Kind: engine.Choose, Team: "cn", Option: "offer", Rationale: "We lower the temperature first and ask questions later."}); err != nil {
		t.Fatal(err)
	}
	page := func(stated func(string) bilingual.Msg) string {
		d := NewDebrief(NewCommon(0, "zh"), DebriefGame{Scenario: s, View: tb.View(engine.Observer), Stated: stated})
		d.SetSize(160, 60)
		return plain(d.View())
	}
	// The person at cn typed the dove's words: they stay as typed.
	if v := page(tb.Stated); strings.Count(v, "我们先降温，再提问。") != 1 || strings.Count(v, "We lower the temperature") != 1 {
		t.Errorf("with the seats' reasons: one Chinese (the dove's), one English (typed):\n%s", v)
	}
	if v := page(nil); strings.Contains(v, "我们先降温") || strings.Count(v, "We lower the temperature") != 2 {
		t.Errorf("without them, the record as it is:\n%s", v)
	}
	// `brink debrief`: a table that plays no bots, told what the seats state.
	var replay *table.Table
	tb.With(func(g *engine.Game) { replay = table.New(g, nil, nil, clock0) })
	m := New(Config{Table: replay, Debrief: true, Now: clock0, NoAnimation: true, Stated: tb.Stated}, NewCommon(0, "zh"))
	m.Update(sizeMsg(160, 60))
	if v := plain(m.View().Content); !strings.Contains(v, "我们先降温，再提问。") {
		t.Errorf("brink debrief: the dove's reason is not in Chinese:\n%s", v)
	}
}
