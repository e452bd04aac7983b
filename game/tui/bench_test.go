package tui

import (
	"io"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// benchModel brings a solo game of the default scenario to a screen at
// 120×40 (coach mode on: the decide screen at its fullest).
func benchModel(b *testing.B, want screenID) *Model {
	s := builtin(b)
	tb := newTable(b, s, 1, "random", s.Teams[0].ID)
	// A true-colour renderer: escape sequences cost time to measure, and a
	// real terminal has them.
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	r.SetHasDarkBackground(true)
	m := New(Config{Table: tb, Humans: []string{s.Teams[0].ID}, Now: clock0, NoAnimation: true, Coach: true}, NewCommon(r, "en"))
	m.Update(sizeMsg(120, 40))
	for i := 0; i < 500 && m.cur != want; i++ {
		if m.cur == scrHotline {
			m.Update(runes("We should talk before anyone acts."))
			m.Update(kEnter)
			m.Update(kTab)
			continue
		}
		m.Update(kEnter)
	}
	if m.cur != want {
		b.Fatalf("never reached screen %d", want)
	}
	return m
}

func benchView(b *testing.B, want screenID, extra ...tea.Msg) {
	m := benchModel(b, want)
	press(m, extra...)
	if !strings.Contains(m.View(), "\x1b[") {
		b.Fatal("the benchmark should draw in colour")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = m.View()
	}
}

func BenchmarkViewBrief120x40(b *testing.B)     { benchView(b, scrBrief) }
func BenchmarkViewDecide120x40(b *testing.B)    { benchView(b, scrDecide) }
func BenchmarkViewReveal120x40(b *testing.B)    { benchView(b, scrReveal) }
func BenchmarkViewScorecard120x40(b *testing.B) { benchView(b, scrScorecard) }

// A key press on the decide screen: Update and the View after it.
func BenchmarkKeyDecide120x40(b *testing.B) {
	m := benchModel(b, scrDecide)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Update(kDown)
		_ = m.View()
	}
}
