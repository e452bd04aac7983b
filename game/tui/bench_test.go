package tui

import (
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
)

// benchModel brings a solo game of the default scenario to a screen at
// 120×40 (coach mode on: the decide screen at its fullest).
func benchModel(b *testing.B, want screenID) *Model { return benchModelIn(b, want, "en", false) }

// benchModelIn is benchModel in lang, in the ASCII mode or not.
func benchModelIn(b *testing.B, want screenID, lang bilingual.Lang, ascii bool) *Model {
	s := builtin(b)
	tb := newTable(b, s, 1, "random", s.Teams[0].ID)
	// True-colour styles: escape sequences cost time to measure, and a
	// real terminal has them.
	m := New(Config{Table: tb, Humans: []string{s.Teams[0].ID}, Now: clock0, NoAnimation: true, Coach: true, ASCII: ascii}, NewCommon(colorprofile.TrueColor, lang))
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
	benchViewOf(b, benchModel(b, want), extra...)
}

func benchViewOf(b *testing.B, m *Model, extra ...tea.Msg) {
	press(m, extra...)
	if !strings.Contains(m.View().Content, "\x1b[") {
		b.Fatal("the benchmark should draw in colour")
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		_ = m.View().Content
	}
	reportCPU(b, cpu0)
}

// cpuTime is the process's CPU time so far (user and system, every
// thread). Wall time per op means little on a shared, loaded machine; CPU
// time per op is what a frame costs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, since time.Duration) {
	b.ReportMetric(float64(cpuTime()-since)/float64(b.N), "cpu-ns/op")
}

func BenchmarkViewBrief120x40(b *testing.B)     { benchView(b, scrBrief) }
func BenchmarkViewDecide120x40(b *testing.B)    { benchView(b, scrDecide) }
func BenchmarkViewReveal120x40(b *testing.B)    { benchView(b, scrReveal) }
func BenchmarkViewScorecard120x40(b *testing.B) { benchView(b, scrScorecard) }

// The same in Chinese, and in Chinese in the ASCII mode (which maps what
// the screens draw, and checks every frame).
func BenchmarkViewBriefZh120x40(b *testing.B) { benchViewOf(b, benchModelIn(b, scrBrief, "zh", false)) }
func BenchmarkViewBriefZhASCII120x40(b *testing.B) {
	benchViewOf(b, benchModelIn(b, scrBrief, "zh", true))
}
func BenchmarkViewScorecardZhASCII120x40(b *testing.B) {
	benchViewOf(b, benchModelIn(b, scrScorecard, "zh", true))
}

// F2 on the decide screen: the language switch and the frame after it.
func BenchmarkLangSwitchDecide120x40(b *testing.B) {
	m := benchModelIn(b, scrDecide, "zh", false)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		m.Update(kF2)
		_ = m.View().Content
	}
	reportCPU(b, cpu0)
}

// A key press on the decide screen: Update and the View after it.
func BenchmarkKeyDecide120x40(b *testing.B) {
	m := benchModel(b, scrDecide)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		m.Update(kDown)
		_ = m.View().Content
	}
	reportCPU(b, cpu0)
}

// From nothing to the first frame in the process: the model, its size,
// its first View (the title).
func BenchmarkFirstFrameInProcess(b *testing.B) {
	s := demo(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		m := New(menuConfig(b, s), nil)
		m.Update(sizeMsg(120, 40))
		_ = m.View().Content
	}
	reportCPU(b, cpu0)
}

// BenchmarkRoundArrives: a seat's session, on the brief, when the other
// seat's choice completes the round (hosted play: every session of the
// table at once): the table's notice, the next round's brief laid out, its
// first frame drawn.
func BenchmarkRoundArrives(b *testing.B) {
	s := builtin(b)
	a, o := s.Teams[0].ID, s.Teams[1].ID
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		tb := newTable(b, s, 1, "random", a, o)
		m := New(Config{Table: tb, Humans: []string{a}, Now: clock0, Coach: true}, NewCommon(colorprofile.TrueColor, bilingual.English))
		m.Update(sizeMsg(120, 40))
		for _, team := range []string{a, o} {
			v := tb.View(team)
			if err := tb.Apply(engine.Input{Kind: engine.Assess, Team: team, Hypothesis: v.Question.Hypotheses[0].ID, Confidence: 70}); err != nil {
				b.Fatal(err)
			}
		}
		if err := tb.Apply(engine.Input{Kind: engine.Choose, Team: a, Option: tb.View(a).Options[0].ID}); err != nil {
			b.Fatal(err)
		}
		m.Update(tableChangedMsg{sess: m.sess})
		_ = m.View()
		if err := tb.Apply(engine.Input{Kind: engine.Choose, Team: o, Option: tb.View(o).Options[0].ID}); err != nil {
			b.Fatal(err)
		}
		cpu0 := cpuTime()
		b.StartTimer()
		m.Update(tableChangedMsg{sess: m.sess})
		_ = m.View()
		b.StopTimer()
		cpu += cpuTime() - cpu0
		if m.sess.view.Round != 2 {
			b.Fatalf("the seat sees round %d, not the next", m.sess.view.Round)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
}
