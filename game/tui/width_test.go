package tui

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/brink-ttx/brink/game/bilingual"
)

var sizes = [][2]int{{80, 24}, {120, 40}}

// Every screen, at 80×24 and 120×40, in English and Chinese: exactly the
// terminal's height, every line exactly its width, and nothing cut by the
// frame's safety net (a layout that needed it would lose text silently).
func TestEveryScreenFits(t *testing.T) {
	for _, lang := range bilingual.Langs {
		for _, sc := range screenCases() {
			for _, sz := range sizes {
				w, h := sz[0], sz[1]
				t.Run(fmt.Sprintf("%s/%s/%dx%d", lang, sc.name, w, h), func(t *testing.T) {
					m := sc.drive(t, w, h)
					if lang != "en" {
						m = relang(t, sc, lang, w, h)
					}
					checkFits(t, m, w, h)
				})
			}
		}
	}
}

// relang drives the case again with the UI in lang.
func relang(t *testing.T, sc screenCase, lang bilingual.Lang, w, h int) *Model {
	orig := sc.model
	sc.model = func(t testing.TB) *Model {
		m := orig(t)
		c := NewCommon(0, lang)
		c.Coach = m.c.Coach
		m2 := New(m.cfg, c)
		if m.cur == scrTitle && m.sess == nil {
			m2.Update(scenarioLoadedMsg{id: "demo", s: demo(t)})
		}
		return m2
	}
	return sc.drive(t, w, h)
}

func checkFits(t *testing.T, m *Model, w, h int) {
	t.Helper()
	v := m.View().Content
	lines := strings.Split(v, "\n")
	if len(lines) != h {
		t.Errorf("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if got := lipgloss.Width(l); got != w {
			t.Errorf("line %d is %d cells wide, want %d: %q", i+1, got, w, l)
		}
	}
	if m.overflow != 0 {
		t.Errorf("the frame cut %d lines that the layout made too wide:\n%s", m.overflow, plain(v))
	}
}

// Below 80×24 the game says so, at any size, without a broken line.
func TestTooSmall(t *testing.T) {
	for _, sz := range [][2]int{{79, 24}, {80, 23}, {40, 10}, {10, 3}, {1, 1}} {
		m := soloModel(t)
		m.Update(sizeMsg(sz[0], sz[1]))
		v := m.View().Content
		for _, l := range strings.Split(v, "\n") {
			if lipgloss.Width(l) != sz[0] {
				t.Fatalf("%dx%d: line %q is %d wide", sz[0], sz[1], l, lipgloss.Width(l))
			}
		}
		if sz[0] >= 40 && !strings.Contains(v, "terminal too small") && !strings.Contains(v, "Terminal too small") {
			t.Errorf("%dx%d: no notice:\n%s", sz[0], sz[1], v)
		}
		// Keys do nothing while it is too small; the game resumes on resize.
		press(m, kEnter, kEnter)
		if m.cur != scrBrief {
			t.Errorf("a key moved the game while the terminal was too small")
		}
	}
}
