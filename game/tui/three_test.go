package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
)

// A scenario of three teams plays in the terminal: every screen of a solo
// round fits 80×24 and 120×40, in both languages, and the reveal shows all
// three delegations' choices.
func TestThreeTeams(t *testing.T) {
	name, data, ok := content.Read("landing-station")
	if !ok {
		t.Skip("no three-team scenario is built in")
	}
	s, err := scenario.Load(name, data)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Teams) != 3 {
		t.Fatalf("%s has %d teams", s.ID, len(s.Teams))
	}
	for _, lang := range bilingual.Langs {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			tb := newTable(t, s, demoSeed, "principled", "sr")
			m := New(Config{Table: tb, Humans: []string{"sr"}, Now: clock0, NoAnimation: true}, NewCommon(0, lang))
			m.Update(sizeMsg(size[0], size[1]))
			for step := 0; step < 12 && m.cur != scrReveal; step++ {
				checkFits(t, m, size[0], size[1])
				press(m, kEnter)
				if m.cur == scrHotline {
					press(m, kTab)
				}
			}
			if m.cur != scrReveal {
				t.Fatalf("%s %v: no reveal, at %d", lang, size, m.cur)
			}
			checkFits(t, m, size[0], size[1])
			// The reveal scrolls: read it page by page.
			v := plain(m.View().Content)
			for range 10 {
				press(m, tea.KeyPressMsg{Code: tea.KeyPgDown})
				checkFits(t, m, size[0], size[1])
				v += plain(m.View().Content)
			}
			for _, team := range s.Teams {
				if !strings.Contains(v, team.Name.In(lang)) {
					t.Errorf("%s %v: the reveal lacks %s:\n%s", lang, size, team.Name.In(lang), v)
				}
			}
			if got := len(m.sess.view.History[0].Choices); got != 3 {
				t.Errorf("round 1 revealed %d choices, want 3", got)
			}
		}
	}
}
