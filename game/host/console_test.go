package host

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/brink-ttx/brink/game/console"
	"github.com/brink-ttx/brink/game/tui"
)

// The console's screen is tested in game/console; these tests check what
// it reaches of the host: the clocks, the seats, their sessions and codes,
// the tables' games, the log and the shutdown.

func newTestConsole(t *testing.T, cfg Config) (*Host, *console.Model) {
	t.Helper()
	if cfg.Scenario == nil {
		cfg.Scenario = loadMech(t)
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	m := newConsole(h, tui.NewCommon(colorprofile.NoTTY, cfg.Lang))
	t.Cleanup(m.Close)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 36})
	return h, m
}

// press sends the console keys: enter, down, or the runes typed.
func press(m tea.Model, ks ...string) {
	for _, k := range ks {
		msg := tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
		switch k {
		case "enter":
			msg = tea.KeyPressMsg{Code: tea.KeyEnter}
		case "down":
			msg = tea.KeyPressMsg{Code: tea.KeyDown}
		}
		m.Update(msg)
	}
}

func TestConsoleClock(t *testing.T) {
	now := time.Unix(5000, 0)
	log := &syncBuffer{}
	h, m := newTestConsole(t, Config{Tables: 1, TurnTime: 2 * time.Minute, Now: func() time.Time { return now }, Logger: slog.New(slog.NewTextHandler(log, nil))})
	tb := h.tables[0]
	press(m, "s")
	if cs := tb.Clock(now); !cs.Running || cs.Remaining != 2*time.Minute {
		t.Fatalf("clock after start: %+v", cs)
	}
	now = now.Add(30 * time.Second)
	press(m, "p")
	now = now.Add(time.Hour)
	if cs := tb.Clock(now); !cs.Paused || cs.Remaining != 90*time.Second {
		t.Fatalf("a paused clock keeps its time: %+v", cs)
	}
	if v := m.View().Content; !strings.Contains(v, "clock 1:30 (paused)") {
		t.Errorf("the console shows the host's clock:\n%s", v)
	}
	press(m, "+", "p")
	if cs := tb.Clock(now); cs.Paused || cs.Remaining != 150*time.Second {
		t.Fatalf("extended and resumed: %+v", cs)
	}
	if !strings.Contains(log.String(), `msg="clock extended" table=1`) {
		t.Errorf("the host's log:\n%s", log)
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
		tui.NewCommon(colorprofile.NoTTY, "en"))
	seat.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if strings.Contains(seat.View().Content, "Time left") {
		t.Fatal("no clock is shown before the facilitator starts it")
	}
	press(m, "s")
	now = now.Add(30 * time.Second)
	if v := seat.View().Content; !strings.Contains(v, "Time left 1:30") {
		t.Fatalf("the seat should show the host's clock:\n%s", v)
	}
	press(m, "p")
	if strings.Contains(seat.View().Content, "Time left") {
		t.Error("a paused clock is not shown as running")
	}
}

// The console acts on the chosen table's seats, sessions and game at the
// host, and counts each team's sessions; without a turn time there is no
// clock to start.
func TestConsoleActsOnTheHost(t *testing.T) {
	h, m := newTestConsole(t, Config{Tables: 2})
	h.sessions[&conn{seat: h.seats["t2-a"]}] = struct{}{}
	v := m.View().Content
	if !strings.Contains(v, "Table 1  round 1/6 One  A:waiting(0) B:waiting(0)") || !strings.Contains(v, "Table 2  round 1/6 One  A:waiting(1) B:waiting(0)") {
		t.Errorf("each team's sessions at its table:\n%s", v)
	}
	press(m, "down", "f")
	v = m.View().Content
	if !strings.Contains(strings.Join(strings.Fields(v), " "), "(enter, esc) > t2-a t2-b t2-observer F2") || strings.Contains(v, "t1-") {
		t.Errorf("f lists the seats of the chosen table:\n%s", v)
	}
	press(m, "enter")
	if v := m.View().Content; !strings.Contains(v, "seat t2-a freed: 1 sessions disconnected") {
		t.Errorf("freeing t2-a:\n%s", v)
	}
	old := h.Code("t2-observer")
	press(m, "c", "down", "down", "enter")
	if code := h.Code("t2-observer"); code == old || !strings.Contains(m.View().Content, "seat t2-observer has the join code "+code+" now") {
		t.Errorf("the observers' new code %q (was %q):\n%s", code, old, m.View().Content)
	}
	press(m, "a")
	if v := h.tables[1].Table.View("a"); v.Round != 2 || !v.History[0].Choices[0].Held || !v.History[0].Choices[1].Held {
		t.Errorf("a holds every undecided team at table 2: round %d", v.Round)
	}
	if v := h.tables[0].Table.View("a"); v.Round != 1 {
		t.Error("a reached table 1")
	}
	press(m, "s")
	if v := m.View().Content; !strings.Contains(v, "nothing to do: the host runs without --turn-time: there is no clock") {
		t.Errorf("s without a turn time:\n%s", v)
	}
}

// The console quits when the host shuts down.
func TestConsoleQuitsWithTheHost(t *testing.T) {
	h, m := newTestConsole(t, Config{Tables: 1})
	wait := m.Init()
	if err := h.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if msg := wait(); msg != tea.Quit() {
		t.Errorf("after the shutdown the console gets %#v, want tea.QuitMsg", msg)
	}
}
