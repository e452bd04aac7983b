package host

import (
	"log/slog"
	"time"

	"github.com/brink-ttx/brink/game/console"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/table"
	"github.com/brink-ttx/brink/game/tui"
)

// newConsole is the facilitator's console (game/console) on this host,
// drawn with c.
func newConsole(h *Host, c *tui.Common) *console.Model {
	f := &facilitator{h: h}
	for _, t := range h.tables {
		f.tables = append(f.tables, consoleTable{t})
	}
	return console.New(f, c)
}

// facilitator is the host as its console reads and acts on it.
type facilitator struct {
	h      *Host
	tables []console.Table
}

func (f *facilitator) Scenario() *scenario.Scenario { return f.h.cfg.Scenario }
func (f *facilitator) Tables() []console.Table      { return f.tables }
func (f *facilitator) TurnTime() time.Duration      { return f.h.cfg.TurnTime }
func (f *facilitator) Now() time.Time               { return f.h.cfg.Now() }
func (f *facilitator) Log() *slog.Logger            { return f.h.log }
func (f *facilitator) Done() <-chan struct{}        { return f.h.stop }
func (f *facilitator) FreeSeat(user string) int     { return f.h.FreeSeat(user) }

func (f *facilitator) NewCode(user string) (string, int, error) { return f.h.NewCode(user) }

// Seats lists table n's seats in the host's order: its teams, then its
// observers.
func (f *facilitator) Seats(n int) []string {
	var out []string
	for _, seat := range f.h.Seats() {
		if seat.Table == n {
			out = append(out, seat.User)
		}
	}
	return out
}

// Sessions counts the sessions on each team's seat of table n.
func (f *facilitator) Sessions(n int) map[string]int {
	conn := f.h.Connected()
	out := map[string]int{}
	for _, team := range f.h.cfg.Scenario.TeamIDs() {
		out[team] = conn[teamUser(n, team)]
	}
	return out
}

// consoleTable is a table as the console reads and acts on it: its game
// and the clock the host keeps.
type consoleTable struct{ t *Table }

func (c consoleTable) Number() int        { return c.t.N }
func (c consoleTable) Game() *table.Table { return c.t.Table }

func (c consoleTable) Clock(now time.Time) console.ClockState {
	return console.ClockState(c.t.Clock(now))
}

func (c consoleTable) StartClock(now time.Time, round int) bool { return c.t.clock.start(now, round) }
func (c consoleTable) TogglePause(now time.Time) bool           { return c.t.clock.togglePause(now) }

func (c consoleTable) ExtendClock(now time.Time, d time.Duration) bool {
	return c.t.clock.extend(now, d)
}
