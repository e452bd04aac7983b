package cli

import (
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/tui"
)

// cmdPreview shows one inject as each seat would see it, without playing,
// drawn by the game's own screens (tui.Preview): the brief, the seat's
// private intelligence, its intent question and its options, with the
// author's notes on each; then what only the facilitator sees (the rules,
// and the lint warnings about the inject).
func cmdPreview(c *Ctx, args []string) int {
	fs := newFlags("preview")
	injectID := fs.String("inject", "", "the inject to show (default: the first in the file)")
	teamID := fs.String("team", "", "show only this team's seat")
	langFlag := fs.String("lang", "", "language of the scenario's text: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)")
	width := fs.Int("width", 0, "wrap at this many columns (default: the terminal's, or $COLUMNS, or 80)")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return fail(c, "preview", usageErr("name one scenario file or built-in id"))
	}
	var err error
	lang, err := pickLang(c, *langFlag)
	if err != nil {
		return fail(c, "preview", err)
	}
	if *width < 0 {
		return fail(c, "preview", usageErr("--width must be positive"))
	}
	s, err := loadScenario(pos[0])
	if err != nil {
		return fail(c, "preview", err)
	}
	in := &s.Injects[0]
	if *injectID != "" {
		if in = s.Inject(*injectID); in == nil {
			return fail(c, "preview", textErr("%s: no inject %q (injects: %s)", s.File, *injectID, strings.Join(injectIDs(s), ", ")))
		}
	}
	teams := s.TeamIDs()
	if *teamID != "" {
		if s.Team(*teamID) == nil {
			return fail(c, "preview", teamErr(*teamID, s.ID, teams))
		}
		teams = []string{*teamID}
	}
	w := *width
	if w == 0 {
		w = termWidth(c)
	}
	opts := tui.PreviewOptions{Width: w, Lang: lang, Facilitator: *teamID == "", Teams: teams}
	if c.IsTTY {
		// Styled as the game styles it, for this terminal's colours and
		// background; piped or redirected, plain text.
		opts.Profile, opts.Light = termProfile(c), !termDark(c)
		opts.ASCII = !tui.UTF8Locale(c.Getenv) || tui.EastAsianWide(c.Getenv)
	}
	if err := tui.Preview(c.Stdout, s, in, opts); err != nil {
		return fail(c, "preview", err)
	}
	return ExitOK
}

func injectIDs(s *scenario.Scenario) []string {
	out := make([]string, len(s.Injects))
	for i, in := range s.Injects {
		out[i] = in.ID
	}
	return out
}

// termWidth is the terminal's width, else $COLUMNS, else 80.
func termWidth(c *Ctx) int {
	if f, ok := c.Stdout.(*os.File); ok && c.IsTTY {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			return w
		}
	}
	if n, err := strconv.Atoi(c.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return 80
}
