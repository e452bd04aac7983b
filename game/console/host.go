package console

import (
	"log/slog"
	"time"

	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/table"
)

// Host is what the console reads of the host that runs it, and the acts
// the facilitator takes there. The host keeps the SSH sessions, the seats,
// their join codes and the tables' clocks; the console only shows them and
// asks for the acts.
type Host interface {
	// Scenario is the scenario every table plays.
	Scenario() *scenario.Scenario
	// Tables are the host's tables, in order; they do not change.
	Tables() []Table
	// TurnTime is the time a round's clock gives; 0 for no clock.
	TurnTime() time.Duration
	// Now is the host's time.
	Now() time.Time
	// Log is where the facilitator's acts are logged.
	Log() *slog.Logger
	// Done is closed when the host shuts down: the console quits.
	Done() <-chan struct{}

	// Seats lists the seats of table n (their SSH user names), in order.
	Seats(n int) []string
	// Sessions counts the sessions on each team's seat of table n, by team.
	Sessions(n int) map[string]int
	// FreeSeat disconnects every session on a seat and says how many.
	FreeSeat(user string) int
	// NewCode gives a seat a new join code, disconnects the sessions that
	// joined with the old one, and says the code and how many ended.
	NewCode(user string) (code string, sessions int, err error)
}

// Table is one table at the host: its game, and the clock the host keeps
// for it.
type Table interface {
	// Number is the table's number, from 1.
	Number() int
	// Game is the game in play at the table.
	Game() *table.Table
	// Clock is the state of the table's clock at now.
	Clock(now time.Time) ClockState
	// StartClock starts the clock for round; false if it runs already or
	// there is no turn time.
	StartClock(now time.Time, round int) bool
	// TogglePause pauses a running clock or resumes a paused one; false if
	// no clock runs.
	TogglePause(now time.Time) bool
	// ExtendClock gives a running clock d more; false if no clock runs.
	ExtendClock(now time.Time, d time.Duration) bool
}

// ClockState is what the console shows of a table's clock.
type ClockState struct {
	Running   bool
	Paused    bool
	Remaining time.Duration
}
