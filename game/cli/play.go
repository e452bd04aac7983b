package cli

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/report"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/table"
	"github.com/brink-ttx/brink/game/tui"
)

// gameSetup is everything the terminal game needs to run one game. `play`
// builds it from flags and a new journal; `resume` builds it from a journal.
type gameSetup struct {
	Table    *table.Table
	Humans   []string          // the teams played at this terminal, in seat order (more than one: hot-seat)
	Names    map[string]string // team → the people at its seat, from the journal
	Journal  *journal.Writer   // may be nil (no journal)
	Lang     bilingual.Lang    // "en" or "zh"
	Coach    bool
	TurnTime time.Duration // 0: no timer
	// WholeRound: the timer covers the whole round, not the decision alone.
	WholeRound bool
	Resumed    bool
}

// botPreference is the order in which a computer-played seat's default
// policy is chosen among those built in: an opponent that answers what the
// player does, then one that plays the real history, then chance.
var botPreference = []string{"tit-for-tat", "realist", "principled", "historical", "random"}

func defaultPolicy() string {
	names := bot.Names()
	for _, p := range botPreference {
		for _, n := range names {
			if n == p {
				return p
			}
		}
	}
	if len(names) > 0 {
		return names[0]
	}
	return ""
}

// cmdPlay is `brink` and `brink play`: the title, the scenario picker
// (unless --scenario), the seat setup, then the game. With no flags the
// player reaches a solo game of the default scenario in two Enter presses:
// "Play" on the title, then "choose" on the seat setup, where the first
// team the scenario declares is theirs and the computer plays the others.
func cmdPlay(c *Ctx, args []string) int {
	fs := newFlags("play")
	scen := fs.String("scenario", "", "a built-in scenario id or a scenario file (skips the picker)")
	team := fs.String("team", "", "the team you play (solo); the computer plays the others")
	var seed seedFlag
	fs.Var(&seed, "seed", "the game's seed (default: drawn at random)")
	turn := durationVar(fs, "turn-time", 0, "time for each decision, e.g. 3m; when it runs out the team holds")
	wholeRound := fs.Bool("whole-round", false, "the --turn-time covers each team's whole round, from the brief to the decision")
	coach := fs.Bool("coach", false, "show which principles each option touches (for classrooms)")
	hotseat := fs.Bool("hotseat", false, "every team plays at this terminal, passing it on before each private phase")
	jpath := fs.String("journal", "", "write the game's journal to FILE (default: a new file in the data folder)")
	table := fs.String("table", "", "name this table, e.g. \"Group B\": the journal is named after it (unless --journal), and the reports show it")
	langFlag := fs.String("lang", "", "language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)")
	ascii := fs.Bool("ascii", false, "draw only ASCII and wide characters, none of ambiguous width such as curly quotes and dashes (on by itself with RUNEWIDTH_EASTASIAN=1)")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return fail(c, "play", usageErr("takes no arguments (did you mean --scenario %s?)", pos[0]))
	}
	lang, err := pickLang(c, *langFlag)
	if err != nil {
		return fail(c, "play", err)
	}
	if *turn < 0 {
		return fail(c, "play", usageErr("--turn-time must not be negative"))
	}
	if err := checkTable(*table); err != nil {
		return fail(c, "play", err)
	}
	cfg := tui.Config{
		Lang: lang, Coach: *coach, TurnTime: *turn, WholeRound: *wholeRound, Now: c.Now, Version: version(),
		Team: *team, Hotseat: *hotseat,
		Policies: bot.Names(), DefaultPolicy: defaultPolicy(),
		ASCII: *ascii,
	}
	source := map[*scenario.Scenario]string{}
	if *scen != "" {
		s, err := loadScenario(*scen)
		if err != nil {
			return fail(c, "play", err)
		}
		cfg.Scenario = s
		source[s] = *scen
		if looksLikePath(*scen) {
			if abs, err := filepath.Abs(*scen); err == nil {
				source[s] = abs
			}
		}
		if *team != "" && s.Team(*team) == nil {
			return fail(c, "play", teamErr(*team, s.ID, s.TeamIDs()))
		}
	} else {
		if *team != "" {
			// The picker comes later: the team must be one some built-in
			// scenario has.
			teams, err := builtinTeams()
			if err != nil {
				return fail(c, "play", err)
			}
			if !slices.Contains(teams, *team) {
				return fail(c, "play", teamErr(*team, "", teams))
			}
		}
		cfg.Scenarios = content.IDs()
		if len(cfg.Scenarios) == 0 {
			return fail(c, "play", textErr("brink play: no built-in scenario in this build; pass --scenario FILE"))
		}
		// The default scenario first, then the others in their order.
		for i, id := range cfg.Scenarios {
			if id == content.Default && i > 0 {
				cfg.Scenarios = append([]string{id}, append(cfg.Scenarios[:i:i], cfg.Scenarios[i+1:]...)...)
			}
		}
		cfg.Load = func(id string) (*scenario.Scenario, error) { return loadScenario(id) }
	}
	if seed.set {
		cfg.Seed = seed.v
	} else {
		cfg.Seed = rand.Uint64N(1_000_000)
		cfg.NewSeed = func() uint64 { return rand.Uint64N(1_000_000) }
	}
	if !c.IsTTY {
		fmt.Fprintln(c.Stderr, c.tr("brink play: needs a terminal (for a game without one, see 'brink sim')"))
		return ExitFail
	}

	st := &starter{c: c, lang: lang, journal: *jpath, table: strings.TrimSpace(*table), source: source, turn: *turn, wholeRound: *wholeRound}
	now := &reading{def: lang}
	cfg.Start = st.start
	cfg.SaveReport = func() ([]string, error) {
		if st.current == nil {
			return nil, textErr("no game has been started")
		}
		return report.WriteBeside(st.current.Path(), now.lang(), resolver)
	}
	code = runTUI(c, cfg, now)
	st.close()
	return code
}

// teamErr is the usage error of a --team that names no team: of the
// scenario, or (scenario "") of any built-in scenario. A team id written
// in capitals gets its lower-case id as a hint.
func teamErr(team, scenario string, teams []string) error {
	hint := ""
	if low := strings.ToLower(team); low != team && slices.Contains(teams, low) {
		hint = low
	}
	switch {
	case scenario != "" && hint != "":
		return usageErr("--team %s: scenario %q has no team %q (teams: %s); did you mean --team %s?", team, scenario, team, strings.Join(teams, ", "), hint)
	case scenario != "":
		return usageErr("--team %s: scenario %q has no team %q (teams: %s)", team, scenario, team, strings.Join(teams, ", "))
	case hint != "":
		return usageErr("--team %s: no built-in scenario has team %q (teams: %s); did you mean --team %s?", team, team, strings.Join(teams, ", "), hint)
	}
	return usageErr("--team %s: no built-in scenario has team %q (teams: %s)", team, team, strings.Join(teams, ", "))
}

// builtinTeams lists the team ids of the built-in scenarios, sorted.
func builtinTeams() ([]string, error) {
	var teams []string
	for _, id := range content.IDs() {
		s, err := loadScenario(id)
		if err != nil {
			return nil, err
		}
		for _, t := range s.TeamIDs() {
			if !slices.Contains(teams, t) {
				teams = append(teams, t)
			}
		}
	}
	slices.Sort(teams)
	return teams, nil
}

// checkTable checks a --table name: a short line of text.
func checkTable(name string) error {
	name = strings.TrimSpace(name)
	if strings.IndexFunc(name, unicode.IsControl) >= 0 || utf8.RuneCountInString(name) > 40 {
		return usageErr("--table %q: give a name of at most 40 characters on one line, e.g. --table \"Group B\"", name)
	}
	return nil
}

// tableSlug is a table's name as part of a file name: lower-case letters
// (of any script) and digits, runs of anything else as one "-".
func tableSlug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "table"
	}
	return b.String()
}

// starter creates each game the seat setup asks for: its bots, its journal
// and its table. It keeps the journal open until the next game or the end.
type starter struct {
	c          *Ctx
	lang       bilingual.Lang
	journal    string // --journal for the first game; later games take default paths
	table      string // --table: every game of the session is this table's
	source     map[*scenario.Scenario]string
	current    *journal.Writer
	turn       time.Duration // --turn-time, kept in the journal for resume
	wholeRound bool          // --whole-round, likewise
}

func (st *starter) start(setup tui.Setup) (tui.Started, error) {
	s := setup.Scenario
	bots := map[string]bot.Policy{}
	for team, p := range setup.Seats {
		if p == tui.Human {
			continue
		}
		pol, err := bot.Get(p)
		if err != nil {
			return tui.Started{}, err
		}
		bots[team] = pol
	}
	src := st.source[s]
	if src == "" {
		src = s.ID
	}
	path := st.journal
	st.journal = ""
	g := engine.New(s, setup.Seed)
	w, err := createJournal(st.c, path, journal.Header{
		Version: version(), Scenario: s.ID, Source: src, Hash: s.Hash, Seed: setup.Seed,
		Seats: setup.Seats, Names: setup.Names, Lang: st.lang, Started: st.c.Now().UTC(), Secrets: g.Secrets(), Table: st.table,
		Coach: setup.Coach, TurnSeconds: int(st.turn / time.Second), WholeRound: st.wholeRound && st.turn > 0,
	})
	if err != nil {
		return tui.Started{}, err
	}
	st.close()
	st.current = w
	t := table.New(g, bots, w, st.c.Now)
	return tui.Started{Table: t, JournalPath: w.Path()}, nil
}

func (st *starter) close() {
	if st.current != nil {
		st.current.Close()
		st.current = nil
	}
}

// createJournal starts a journal at path, or at a new default path when
// path is empty (never overwriting: a second game in the same second gets
// a suffix).
func createJournal(c *Ctx, path string, h journal.Header) (*journal.Writer, error) {
	if path != "" {
		w, err := journal.Create(path, h)
		if err != nil {
			return nil, textErr("journal %s: %w", path, err)
		}
		return w, nil
	}
	base, err := journal.DefaultPath(c.Getenv, h.Scenario, c.Now())
	if err != nil {
		return nil, textErr("journal: %w", err)
	}
	if h.Table != "" {
		// The table's name first: group-b-20261206-093000-espionage-2013.jsonl.
		base = filepath.Join(filepath.Dir(base), tableSlug(h.Table)+"-"+filepath.Base(base))
	}
	stem := strings.TrimSuffix(base, ".jsonl")
	for i := 1; ; i++ {
		p := base
		if i > 1 {
			p = fmt.Sprintf("%s-%d.jsonl", stem, i)
		}
		w, err := journal.Create(p, h)
		if err == nil {
			return w, nil
		}
		if !errors.Is(err, os.ErrExist) || i >= 100 {
			return nil, textErr("journal %s: %w", p, err)
		}
	}
}

// runGame runs the terminal game until the players quit; it returns the exit status.
func runGame(c *Ctx, setup gameSetup) int {
	if c.Getenv == nil {
		c.Getenv = os.Getenv
	}
	if setup.Lang == "" {
		setup.Lang, _ = bilingual.Pick("", c.Getenv, bilingual.English)
	} else if _, ok := bilingual.ParseLang(string(setup.Lang)); !ok {
		return fail(c, "play", usageErr("--lang %q: use en or zh", setup.Lang))
	}
	if !c.IsTTY {
		fmt.Fprintln(c.Stderr, c.tr("brink: the game needs a terminal"))
		return ExitFail
	}
	cfg := tui.Config{
		Lang: setup.Lang, Coach: setup.Coach, TurnTime: setup.TurnTime, WholeRound: setup.WholeRound, Now: c.Now, Version: version(),
		Table: setup.Table, Humans: setup.Humans, Names: setup.Names,
	}
	now := &reading{def: setup.Lang}
	if setup.Journal != nil {
		cfg.JournalPath = setup.Journal.Path()
		path := setup.Journal.Path()
		cfg.SaveReport = func() ([]string, error) { return report.WriteBeside(path, now.lang(), resolver) }
	}
	if setup.Resumed {
		cfg.Notice = zhMsg.Sprintf(setup.Lang, "Resumed from the journal: the game goes on where it stopped.")
	}
	return runTUI(c, cfg, now)
}

// reading is the language the players read now: they may switch it in the
// game (F2), and a report saved then should be in it.
type reading struct {
	m   *tui.Model
	def bilingual.Lang
}

func (r *reading) lang() bilingual.Lang {
	if r.m != nil {
		return r.m.Lang()
	}
	return r.def
}

// termProfile is the colour profile of the terminal on standard output
// (TERM, COLORTERM); NO_COLOR draws no styles at all.
func termProfile(c *Ctx) colorprofile.Profile {
	if c.Getenv("NO_COLOR") != "" {
		return colorprofile.NoTTY
	}
	return colorprofile.Detect(c.Stdout, os.Environ())
}

// termDark asks the terminal on standard output whether its background is
// dark (so it is when it does not answer), for output drawn without a
// program; a program asks for itself (tui.Common.AskBackground).
func termDark(c *Ctx) bool {
	f, ok := c.Stdout.(*os.File)
	return !ok || lipgloss.HasDarkBackground(os.Stdin, f)
}

// runTUI starts the Bubble Tea program over the terminal and prints, after it,
// where the journal is and how to go on.
func runTUI(c *Ctx, cfg tui.Config, now *reading) int {
	if c.Getenv == nil {
		c.Getenv = os.Getenv
	}
	if !tui.UTF8Locale(c.Getenv) {
		cfg.ASCII = true // a locale that is not UTF-8 may not draw box rules and blocks
	}
	out := c.Stdout
	profile := termProfile(c)
	common := tui.NewCommon(profile, cfg.Lang)
	// The program asks the terminal for its background and follows the
	// answer (dark until then, and if none comes).
	common.AskBackground = true
	m := tui.New(cfg, common)
	now.m = m
	// Size the model before the program starts, so the very first frame
	// is the title rather than a blank screen waiting for the size.
	if f, ok := out.(*os.File); ok {
		if w, h, err := term.GetSize(f.Fd()); err == nil {
			m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		}
	}
	// The alternate screen and the mouse are the view's (tui.Frame).
	opts := []tea.ProgramOption{tea.WithOutput(out), tea.WithColorProfile(profile), tea.WithFPS(120)}
	if c.Stdin != nil {
		opts = append(opts, tea.WithInput(c.Stdin))
	}
	p := tea.NewProgram(m, opts...)
	_, err := p.Run()
	m.Close()
	if err != nil && !errors.Is(err, tea.ErrInterrupted) && !errors.Is(err, tea.ErrProgramKilled) {
		fmt.Fprintln(c.Stderr, c.trf("brink: %v", err))
		return ExitFail
	}
	if j := m.JournalPath(); j != "" {
		lang := m.Lang()
		fmt.Fprint(c.Stdout, zhMsg.Sprintf(lang, "Journal: %s\n", j))
		for _, r := range m.Saved() { // "save and quit"
			fmt.Fprint(c.Stdout, zhMsg.Sprintf(lang, "Report:  %s\n", r))
		}
		if m.GameOver() {
			fmt.Fprint(c.Stdout, zhMsg.Sprintf(lang, "Report:  brink report %s\n", j))
		} else {
			fmt.Fprint(c.Stdout, zhMsg.Sprintf(lang, "Resume:  brink resume %s\n", j))
		}
	}
	return ExitOK
}
