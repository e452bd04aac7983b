package tui

import (
	"time"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/table"
)

// Config is what the front end is given. Either Table is set (a game already
// set up: `brink resume`, a hosted seat), and the UI starts in it; or Start
// is, and the UI opens on the title, the scenario picker and the seat setup.
type Config struct {
	Lang     bilingual.Lang // "en" or "zh"; F2 switches it in play
	ASCII    bool           // draw no character of ambiguous width (--ascii); also on with RUNEWIDTH_EASTASIAN=1
	Coach    bool           // show which principles each option touches
	TurnTime time.Duration  // bounds each decide phase; 0: no timer
	// WholeRound: TurnTime bounds the seat's whole round, from its brief
	// to its decision, not the decision alone.
	WholeRound bool
	// Clock, when set, is a clock kept elsewhere (a hosted table's): the
	// header shows the time it has left while it runs; TurnTime is unused.
	Clock       func() (left time.Duration, running bool)
	NoAnimation bool // meters jump to their new values at the reveal
	Now         func() time.Time
	Version     string
	Notice      string // a line to show on the first screen ("resumed from …")

	// A game in progress.
	Table       *table.Table
	Humans      []string          // the teams played at this terminal, in seat order
	Names       map[string]string // team → the names of the people at its seat (may be empty)
	JournalPath string
	// Debrief opens the game's debrief and nothing else (`brink debrief`).
	Debrief bool
	// Stated tells what each computer-played team states as its reason
	// (bot.Stated), for a table that plays no bots itself (a journal's
	// debrief); nil: the table's bots (Table.Stated).
	Stated func(team string) bilingual.Msg

	// A new game.
	Scenarios     []string                                    // built-in ids, in order; the first is the default
	Load          func(id string) (*scenario.Scenario, error) // loads a built-in id
	Scenario      *scenario.Scenario                          // chosen already (--scenario): no picker
	Team          string                                      // the human seat (--team); others are bots
	Hotseat       bool                                        // every seat human (--hotseat)
	Seed          uint64
	NewSeed       func() uint64 // a fresh seed for "play again"; nil keeps Seed
	Policies      []string      // bot policies offered on the seat setup
	DefaultPolicy string        // the policy a computer-played seat starts with
	Start         func(Setup) (Started, error)

	// SaveReport writes the after-action report of the game last started
	// and returns the files written. Nil: the scorecard offers no report.
	SaveReport func() ([]string, error)
}

// Human is the seat value of a team played at this terminal.
const Human = "human"

// Setup is a new game as the seat setup leaves it.
type Setup struct {
	Scenario *scenario.Scenario
	Seed     uint64
	Seats    map[string]string // team → Human or a bot policy
	Humans   []string          // the human teams, in scenario order
	Names    map[string]string // team → the names of the people at its seat, if given
	Coach    bool
}

// Started is a new game, ready to play.
type Started struct {
	Table       *table.Table
	JournalPath string
}
