package cli

import (
	"fmt"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/table"
	"github.com/brink-ttx/brink/game/tui"
)

// cmdDebrief is `brink debrief JOURNAL`: the game's debrief in the
// terminal, round by round (every team's choice, rationale, read and the
// truth, the meters and the principle points), then the outcome, the
// scorecards and the scenario's debrief questions. It reads the journal and
// never writes to it; the game need not be over (the rounds revealed so far
// are public).
func cmdDebrief(c *Ctx, args []string) int {
	fs := newFlags("debrief")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return fail(c, "debrief", usageErr("name one journal, e.g. brink debrief ~/.local/share/brink/20250314-093000-demo.jsonl"))
	}
	// Before anything is read: a debrief without a terminal does nothing.
	if !c.IsTTY {
		fmt.Fprintln(c.Stderr, c.tr("brink debrief: needs a terminal (the report has the same record in a file: 'brink report JOURNAL')"))
		return ExitFail
	}
	rb, err := openForReport(c, pos[0], false)
	if err != nil {
		return fail(c, "debrief", err)
	}
	lang := c.language()
	// No bots and no journal: the table only replays what was played.
	t := table.New(rb.Game, nil, nil, c.Now)
	cfg := tui.Config{Lang: lang, Now: c.Now, Version: version(), Table: t, Names: rb.Header.Names, Debrief: true}
	// The seats' policies, for the reasons they stated, in the reader's
	// language; the journal records their English.
	if bots, err := journal.Bots(rb.Header, bot.Get); err == nil {
		cfg.Stated = func(team string) bilingual.Msg { return bot.Stated(bots[team]) }
	}
	return runTUI(c, cfg, &reading{def: lang})
}
