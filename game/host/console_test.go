package host

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/tui"
)

func newTestConsole(t *testing.T, cfg Config) (*Host, *console) {
	t.Helper()
	if cfg.Scenario == nil {
		cfg.Scenario = loadMech(t)
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	r := lipgloss.NewRenderer(nil, termenv.WithProfile(termenv.Ascii))
	m := newConsole(h, tui.NewCommon(r, "en"))
	t.Cleanup(m.Close)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 36})
	return h, m
}

func keys(m *console, ks ...string) {
	for _, k := range ks {
		var msg tea.KeyMsg
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "down":
			msg = tea.KeyMsg{Type: tea.KeyDown}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "tab":
			msg = tea.KeyMsg{Type: tea.KeyTab}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		m.Update(msg)
	}
}

func TestConsoleAdjustInsertEnd(t *testing.T) {
	h, m := newTestConsole(t, Config{Tables: 2})
	keys(m, "down") // table 2
	keys(m, "m")    // meters: tension, trust, interests.a, interests.b
	keys(m, "down", "down", "down", "enter", "-7", "enter", "domestic pressure", "enter")
	t2 := h.tables[1].Table
	if got := t2.View("b"); func() int { mv, _ := got.Meter("interests", "b"); return mv.Value }() != 43 {
		t.Fatalf("interests.b at table 2 should be 50−7; status %q", m.status)
	}
	if v := h.tables[0].Table.View("b"); func() int { mv, _ := v.Meter("interests", "b"); return mv.Value }() != 50 {
		t.Fatal("the adjustment reached the wrong table")
	}
	keys(m, "i", "down", "enter") // the second inject in file order: answer
	keys(m, "e", "y")
	var acts []engine.FacilitatorAction
	t2.With(func(g *engine.Game) { acts = g.Actions() })
	if len(acts) != 3 || acts[0].Kind != engine.Adjust || acts[0].Reason != "domestic pressure" || acts[1].Inject != "answer" || acts[2].Kind != engine.End {
		t.Errorf("facilitator actions: %+v", acts)
	}
	if !t2.View("").Over {
		t.Error("e y should end the game")
	}
	keys(m, "e", "n")
	if h.tables[0].Table.View("").Over {
		t.Error("any key but y cancels the end")
	}
}

func TestConsoleShowsWhoDecidedNotWhat(t *testing.T) {
	h, m := newTestConsole(t, Config{Tables: 1})
	tb := h.tables[0].Table
	tb.Apply(engine.Input{Kind: engine.Assess, Team: "a", Hypothesis: "soft", Confidence: 70})
	tb.Apply(engine.Input{Kind: engine.Choose, Team: "a", Option: "calm", Rationale: "RATIONALE-A"})
	v := m.View()
	if !strings.Contains(v, "A:decided") || !strings.Contains(v, "B:waiting") {
		t.Errorf("the table line should say who decided:\n%s", v)
	}
	if strings.Contains(v, "Calm") || strings.Contains(v, "RATIONALE-A") {
		t.Errorf("the console shows what a team chose before the reveal")
	}
	keys(m, "tab")
	v = m.View()
	if !strings.Contains(v, "SECRET-A-ONE") || !strings.Contains(v, "SECRET-B-ONE") {
		t.Errorf("the white cell sees every team's intelligence:\n%s", v)
	}
	for _, line := range strings.Split(v, "\n") {
		if lipgloss.Width(line) > 120 {
			t.Errorf("line wider than the terminal: %q", line)
		}
	}
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	if !strings.Contains(m.View(), "too small") {
		t.Error("a small terminal gets a clear message")
	}
}

func TestConsoleClock(t *testing.T) {
	now := time.Unix(5000, 0)
	h, m := newTestConsole(t, Config{Tables: 1, TurnTime: 2 * time.Minute, Now: func() time.Time { return now }})
	tb := h.tables[0]
	keys(m, "s")
	if cs := tb.Clock(now); !cs.Running || cs.Remaining != 2*time.Minute {
		t.Fatalf("clock after start: %+v", cs)
	}
	now = now.Add(30 * time.Second)
	keys(m, "p")
	now = now.Add(time.Hour)
	if cs := tb.Clock(now); !cs.Paused || cs.Remaining != 90*time.Second {
		t.Fatalf("a paused clock keeps its time: %+v", cs)
	}
	keys(m, "+", "p")
	if cs := tb.Clock(now); cs.Paused || cs.Remaining != 150*time.Second {
		t.Fatalf("extended and resumed: %+v", cs)
	}
	now = now.Add(151 * time.Second)
	h.tickAll()
	v := tb.Table.View("a")
	if v.Round != 2 || !v.History[0].Choices[0].Held || !v.History[0].Choices[1].Held {
		t.Fatalf("when the clock runs out every undecided team holds: round %d", v.Round)
	}
	h.tickAll()
	if cs := tb.Clock(now); cs.Remaining != 2*time.Minute {
		t.Errorf("a new round restarts the clock: %+v", cs)
	}
}

// A team's screen shows its table's clock, kept by the host: running,
// paused (hidden) and run out (the host holds the team).
func TestSeatShowsTheHostsClock(t *testing.T) {
	now := time.Unix(9000, 0)
	h, m := newTestConsole(t, Config{Tables: 1, TurnTime: 2 * time.Minute, Now: func() time.Time { return now }})
	tb := h.tables[0]
	seat := tui.New(tui.Config{Table: tb.Table, Humans: []string{"a"}, Now: h.cfg.Now, NoAnimation: true,
		Clock: func() (time.Duration, bool) { cs := tb.Clock(now); return cs.Remaining, cs.Running && !cs.Paused }},
		tui.NewCommon(lipgloss.NewRenderer(nil, termenv.WithProfile(termenv.Ascii)), "en"))
	seat.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if strings.Contains(seat.View(), "Time left") {
		t.Fatal("no clock is shown before the facilitator starts it")
	}
	keys(m, "s")
	now = now.Add(30 * time.Second)
	if v := seat.View(); !strings.Contains(v, "Time left 1:30") {
		t.Fatalf("the seat should show the host's clock:\n%s", v)
	}
	keys(m, "p")
	if strings.Contains(seat.View(), "Time left") {
		t.Error("a paused clock is not shown as running")
	}
}

func TestConsoleSwitchesLanguage(t *testing.T) {
	_, m := newTestConsole(t, Config{Tables: 1})
	if !strings.Contains(m.View(), "facilitator console") {
		t.Fatal("English first")
	}
	m.Update(tea.KeyMsg{Type: tea.KeyF2})
	if v := m.View(); !strings.Contains(v, "导演控制台") || !strings.Contains(v, "F2 English") {
		t.Fatalf("F2 should switch to Chinese:\n%s", v)
	}
	m.Update(tea.KeyMsg{Type: tea.KeyF2})
	if !strings.Contains(m.View(), "facilitator console") {
		t.Fatal("F2 again switches back")
	}
}
