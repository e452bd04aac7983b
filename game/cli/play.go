package cli

import (
	"time"

	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/table"
)

// gameSetup is everything the terminal game needs to run one game. `play`
// builds it from flags and a new journal; `resume` builds it from a journal.
type gameSetup struct {
	Table    *table.Table
	Humans   []string        // the teams played at this terminal, in seat order (more than one: hot-seat)
	Journal  *journal.Writer // may be nil (no journal)
	Lang     string          // "en" or "zh"
	Coach    bool
	TurnTime time.Duration // 0: no timer
	Resumed  bool
}

func cmdPlay(c *Ctx, args []string) int { return notBuilt(c, "play") }

// runGame runs the terminal game until the players quit; it returns the exit status.
func runGame(c *Ctx, setup gameSetup) int { return notBuilt(c, "play") }
