package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/table"
)

// journalSource is what a journal header records as the scenario's source:
// the built-in id, or the scenario file's absolute path, so that `brink
// resume` finds it again from any folder.
func journalSource(arg string) string {
	if _, _, ok := content.Read(arg); ok && !looksLikePath(arg) {
		return arg
	}
	if abs, err := filepath.Abs(arg); err == nil {
		return abs
	}
	return arg
}

// writeSimJournal records a finished headless game as a journal, one synced
// event per input, as a table would have.
func writeSimJournal(c *Ctx, path, arg string, g *engine.Game, policies map[string]string, lang bilingual.Lang) error {
	if _, err := os.Lstat(path); err == nil {
		return textErr("%s: a file of that name exists; brink never overwrites one (choose another --journal)", path)
	}
	h := journal.Header{Version: BuildVersion(), Scenario: g.Scenario().ID, Source: journalSource(arg), Hash: g.Scenario().Hash,
		Seed: g.Seed(), Seats: policies, Lang: lang, Started: c.Now(), Secrets: g.Secrets()}
	w, err := createJournal(c, path, h) // play.go's: never overwrites

	if err != nil {
		return err
	}
	for _, in := range g.Inputs() {
		if err := w.Record(in, c.Now()); err != nil {
			w.Close()
			return err
		}
	}
	return w.Close()
}

// resumed is a game rebuilt from its journal, ready to continue.
type resumed struct {
	rb    *journal.Rebuilt
	setup gameSetup
}

// outcomeAfter is how a finished game ended, in either language: the
// outcome's name in English, its word in Chinese.
func outcomeAfter(g *engine.Game) bilingual.Msg {
	return zhMsg.Msg("%s after %d rounds", g.Outcome().Name(), len(g.History()))
}

// prepareResume rebuilds the game in a journal by replay, reopens the
// journal for appending and seats the bots: everything `brink resume` does
// before the terminal game takes over. A finished game, a changed scenario
// (unless force) or a bad journal leave the file untouched.
func prepareResume(c *Ctx, path string, force bool, lang bilingual.Lang) (*resumed, error) {
	rb, bots, err := checkResume(path, force)
	if err != nil {
		return nil, err
	}
	return continueResume(c, rb, bots, lang)
}

// checkResume reads and replays the journal without writing to it.
func checkResume(path string, force bool) (*journal.Rebuilt, map[string]bot.Policy, error) {
	rb, err := journal.Open(path, force, resolver)
	if err != nil {
		return nil, nil, err
	}
	if rb.Game.Over() {
		return nil, nil, textErr("%s: the game is over (%s); nothing to resume — 'brink report %s' writes its report", path, outcomeAfter(rb.Game), path)
	}
	bots, err := journal.Bots(rb.Header, bot.Get)
	if err != nil {
		return nil, nil, journal.SeatError(path, err)
	}
	return rb, bots, nil
}

// continueResume repairs the journal (a cut-off last line), notes the
// resume in it and sets the game up to go on.
func continueResume(c *Ctx, rb *journal.Rebuilt, bots map[string]bot.Policy, lang bilingual.Lang) (*resumed, error) {
	w, err := rb.Continue(BuildVersion(), c.Now(), resolver)
	if err != nil {
		return nil, err
	}
	if lang == "" {
		lang = rb.Header.Lang
	}
	lang = lang.Known()
	t := table.New(rb.Game, bots, w, c.Now)
	// Coach mode and the timer go on as the game was started.
	return &resumed{rb: rb, setup: gameSetup{Table: t, Humans: rb.Header.Humans(rb.Scenario), Names: rb.Header.Names, Journal: w, Lang: lang, Resumed: true,
		Coach: rb.Header.Coach, TurnTime: time.Duration(rb.Header.TurnSeconds) * time.Second, WholeRound: rb.Header.WholeRound}}, nil
}

func cmdResume(c *Ctx, args []string) int {
	fs := newFlags("resume")
	force := fs.Bool("force", false, "replay the journal even if its scenario has changed since the game was played")
	langFlag := fs.String("lang", "", "language: en or zh (default: the game's)")
	coach := fs.Bool("coach", false, "show the coach's hints")
	turn := durationVar(fs, "turn-time", 0, "time per decision, e.g. 3m (0: no timer)")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return fail(c, "resume", usageErr("name one journal, e.g. brink resume ~/.local/share/brink/20250314-093000-demo.jsonl"))
	}
	lang, err := flagLang(c, *langFlag)
	if err != nil {
		return fail(c, "resume", err)
	}
	if *turn < 0 {
		return fail(c, "resume", usageErr("--turn-time cannot be negative"))
	}
	rb, bots, err := checkResume(pos[0], *force)
	if err != nil {
		return fail(c, "resume", err)
	}
	for _, n := range rb.NotesIn(c.language()) {
		fmt.Fprintln(c.Stderr, n)
	}
	// The game needs a terminal: without one, stop before the journal is
	// repaired or a resume note written.
	if !c.IsTTY {
		fmt.Fprintln(c.Stderr, c.tr("brink: the game needs a terminal"))
		return ExitFail
	}
	r, err := continueResume(c, rb, bots, lang)
	if err != nil {
		return fail(c, "resume", err)
	}
	defer r.setup.Journal.Close()
	fmt.Fprint(c.Stderr, c.trf("brink resume: %s: %d inputs replayed; round %d of %s; the journal goes on in the same file\n",
		pos[0], len(r.rb.Events), r.rb.Game.RoundNumber(), r.rb.Scenario.ID))
	// Flags given now win over the journal's.
	r.setup.Coach = r.setup.Coach || *coach
	if *turn > 0 {
		r.setup.TurnTime = *turn
	}
	return runGame(c, r.setup)
}
