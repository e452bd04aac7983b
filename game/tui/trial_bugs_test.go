package tui

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

const longPath = "/home/a-participant-with-a-long-name/.local/share/brink/workshops/2026-12-track-two/table-three/20260102-030405-espionage-2013.jsonl"

// Long paths wrap whole, in the Esc menu and in the scorecard's lines.
func TestLongPathsWrap(t *testing.T) {
	for _, w := range []int{80, 120} {
		m := soloModel(t)
		m.cfg.SaveReport = func() ([]string, error) { return []string{longPath + ".md", longPath + ".html"}, nil }
		m.sess.journal = longPath
		m.Update(sizeMsg(w, 40))
		press(m, kEsc)
		if got := joined(m.View()); !strings.Contains(got, longPath) {
			t.Errorf("%d: the menu cuts the journal's path:\n%s", w, plain(m.View()))
		}
		press(m, kEsc)
		press(m, append(append([]tea.Msg{}, playRound...), kEnter, runes("s"))...)
		if m.cur != scrScorecard {
			t.Fatalf("at %d", m.cur)
		}
		got := joined(m.View())
		for _, want := range []string{longPath, longPath + ".md", longPath + ".html"} {
			if !strings.Contains(got, want) {
				t.Errorf("%d: the scorecard cuts %q:\n%s", w, want, plain(m.View()))
			}
		}
		checkFits(t, m, w, 40)
	}
}

// joined is the view's text with each line's margins trimmed and the
// lines joined, so that a wrapped path reads whole again.
func joined(v string) string {
	var b strings.Builder
	for _, l := range strings.Split(plain(v), "\n") {
		b.WriteString(strings.Trim(strings.TrimSpace(l), "|│"))
	}
	return strings.ReplaceAll(b.String(), " ", "")
}

// "Save and quit" saves the report before it quits; a failure keeps the
// game open and says why.
func TestSaveAndQuitSaves(t *testing.T) {
	m := soloModel(t)
	saves := 0
	fail := true
	m.cfg.SaveReport = func() ([]string, error) {
		saves++
		if fail {
			return nil, errors.New("disk full")
		}
		return []string{"/tmp/r.md"}, nil
	}
	m.Update(sizeMsg(80, 24))
	press(m, kEsc, kDown, kDown, kEnter)
	if saves != 1 || m.Quitting() || !strings.Contains(plain(m.View()), "disk full") {
		t.Fatalf("a failed save: %d saves, quitting %v:\n%s", saves, m.Quitting(), plain(m.View()))
	}
	fail = false
	press(m, kEnter)
	if saves != 2 || !m.Quitting() || !m.SavedAndQuit() || len(m.Saved()) != 1 {
		t.Errorf("save and quit: %d saves, quitting %v, saved %v", saves, m.Quitting(), m.Saved())
	}
}

// Long input shows its limit: a counter beside the hotline and the
// rationale, which says when the field is full.
func TestInputShowsItsLimit(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(80, 24))
	press(m, kEnter)
	if !strings.Contains(plain(m.View()), "0/280") {
		t.Errorf("the hotline shows no counter:\n%s", plain(m.View()))
	}
	press(m, runes(strings.Repeat("x", 300)))
	if !strings.Contains(plain(m.View()), "full 280/280") {
		t.Errorf("a full hotline field does not say so:\n%s", plain(m.View()))
	}
	press(m, kTab, kEnter, kTab)
	if m.cur != scrDecide {
		t.Fatalf("at %d", m.cur)
	}
	if !strings.Contains(plain(m.View()), "0/200") {
		t.Errorf("the rationale shows no counter:\n%s", plain(m.View()))
	}
	press(m, runes(strings.Repeat("y", 250)))
	v := plain(m.View())
	if !strings.Contains(v, "full 200/200") {
		t.Errorf("a full rationale does not say so:\n%s", v)
	}
	for i, l := range strings.Split(m.View(), "\n") {
		if lipgloss.Width(l) != 80 {
			t.Errorf("line %d is %d wide", i, lipgloss.Width(l))
		}
	}
}
