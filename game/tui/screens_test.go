package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// A screenCase brings a fresh model to one screen. The keys are sent after
// the model is sized, through Update (width tests) or a running program
// (goldens).
type screenCase struct {
	name  string
	model func(t testing.TB) *Model
	keys  []tea.Msg
	want  screenID
	menu  bool // the menu is open over the screen
}

// soloModel is a game of the demo in progress, the Chinese delegation at
// the terminal, the U.S. played by the dove.
func soloModel(t testing.TB) *Model {
	s := demo(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn")
	return New(Config{Table: tb, Humans: []string{"cn"}, JournalPath: "/home/player/.local/share/brink/20260102-030405-demo.jsonl", Now: clock0, NoAnimation: true, Coach: true}, nil)
}

// hotseatModel is a game of the demo with both delegations at the terminal.
func hotseatModel(t testing.TB) *Model {
	s := demo(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn", "us")
	return New(Config{Table: tb, Humans: []string{"cn", "us"}, JournalPath: "/tmp/hotseat.jsonl", Now: clock0, NoAnimation: true}, nil)
}

// asciiModel is soloModel in the ASCII mode (--ascii, RUNEWIDTH_EASTASIAN=1,
// a locale that is not UTF-8).
func asciiModel(t testing.TB) *Model {
	m := soloModel(t)
	m.cfg.ASCII = true
	return New(m.cfg, nil)
}

func titleModel(t testing.TB) *Model {
	m := New(menuConfig(t, demo(t)), nil)
	// The title shows the default scenario's name once it is loaded (Init
	// does that off the first frame); load it here for a stable screen.
	m.Update(scenarioLoadedMsg{id: "demo", s: demo(t)})
	return m
}

// reportModel is a solo game whose scorecard can save a report.
func reportModel(t testing.TB) *Model {
	m := soloModel(t)
	m.cfg.SaveReport = func() ([]string, error) {
		return []string{"/tmp/report.md", "/tmp/report.html"}, nil
	}
	return m
}

var hotlineMsg = runes("We found an implant and want to compare notes quietly.")

// playRound plays the seat's round: brief, hotline (a message), assess, decide.
var playRound = []tea.Msg{kEnter, hotlineMsg, kEnter, kTab, kEnter, kEnter}

func screenCases() []screenCase {
	return []screenCase{
		{name: "title", model: titleModel, want: scrTitle},
		{name: "picker", model: titleModel, keys: []tea.Msg{kDown, kEnter}, want: scrPicker},
		{name: "setup", model: titleModel, keys: []tea.Msg{kEnter, kRight}, want: scrSetup},
		{name: "handover", model: hotseatModel, want: scrHandover},
		{name: "brief", model: soloModel, want: scrBrief},
		{name: "hotline", model: soloModel, keys: []tea.Msg{kEnter, hotlineMsg, kEnter, runes("你好，我们谈谈")}, want: scrHotline},
		{name: "assess", model: soloModel, keys: []tea.Msg{kEnter, kTab, kDown, kRight}, want: scrAssess},
		{name: "decide", model: soloModel, keys: []tea.Msg{kEnter, kTab, kEnter, kTab, runes("Keep it technical")}, want: scrDecide},
		{name: "reveal", model: soloModel, keys: playRound, want: scrReveal},
		{name: "scorecard", model: reportModel, keys: append(append([]tea.Msg{}, playRound...), kEnter, runes("s")), want: scrScorecard},
		{name: "debrief", model: reportModel, keys: append(append([]tea.Msg{}, playRound...), kEnter, kEnter), want: scrDebrief},
		{name: "debrief_questions", model: reportModel, keys: append(append([]tea.Msg{}, playRound...), kEnter, kEnter, kRight), want: scrDebrief},
		{name: "reveal_ascii", model: asciiModel, keys: playRound, want: scrReveal},
		{name: "debrief_ascii", model: asciiModel, keys: append(append([]tea.Msg{}, playRound...), kEnter, kEnter), want: scrDebrief},
		{name: "menu", model: soloModel, keys: []tea.Msg{kEsc}, want: scrBrief, menu: true},
		{name: "principles", model: soloModel, keys: []tea.Msg{kEsc, kDown, kEnter}, want: scrBrief, menu: true},
	}
}

// drive brings m to the case's screen through Update.
func (sc screenCase) drive(t testing.TB, w, h int) *Model {
	t.Helper()
	m := sc.model(t)
	m.Update(sizeMsg(w, h))
	for _, k := range sc.keys {
		m.Update(k)
	}
	if m.cur != sc.want || m.menuOpen != sc.menu {
		t.Fatalf("%s: at screen %d (menu %v), want %d (menu %v)\n%s", sc.name, m.cur, m.menuOpen, sc.want, sc.menu, plain(m.View().Content))
	}
	return m
}
