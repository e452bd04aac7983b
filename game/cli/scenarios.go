package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/scenario"
)

// resolver is how a journal finds what it names: the built-in scenarios and
// the computer players.
var resolver = journal.Resolver{
	Builtin:  content.Read,
	Builtins: content.IDs,
	Bot: func(name string) error {
		_, err := bot.Get(name)
		return err
	},
}

// loadScenario loads a built-in scenario by id, or a scenario file by path.
func loadScenario(arg string) (*scenario.Scenario, error) {
	if name, data, ok := content.Read(arg); ok && !looksLikePath(arg) {
		return scenario.Load(name, data)
	}
	if !looksLikePath(arg) {
		if _, err := os.Stat(arg); err != nil {
			return nil, textErr("no built-in scenario %q and no such file (built-in: %s)", arg, strings.Join(content.IDs(), ", "))
		}
	}
	return scenario.LoadFile(arg)
}

func looksLikePath(arg string) bool {
	return strings.ContainsAny(arg, `/\`) || strings.HasSuffix(arg, ".toml")
}

func cmdScenarios(c *Ctx, args []string) int {
	fs := newFlags("scenarios")
	asJSON := fs.Bool("json", false, "print JSON")
	langFlag := fs.String("lang", "", "language of titles: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return fail(c, "scenarios", usageErr("takes no arguments"))
	}
	var err error
	lang, err := pickLang(c, *langFlag)
	if err != nil {
		return fail(c, "scenarios", err)
	}
	// minutes and difficulty are left out where the file does not say
	// them; difficulty is the file's value (introductory, intermediate,
	// advanced), whatever the language.
	type row struct {
		ID         string   `json:"id"`
		Title      string   `json:"title"`
		Summary    string   `json:"summary"`
		Teams      []string `json:"teams"`
		Rounds     int      `json:"rounds"`
		Minutes    int      `json:"minutes,omitempty"`
		Difficulty string   `json:"difficulty,omitempty"`
		Default    bool     `json:"default,omitempty"`
	}
	rows := []row{}
	for _, id := range content.IDs() {
		s, err := loadScenario(id)
		if err != nil {
			return fail(c, "scenarios", err)
		}
		rows = append(rows, row{ID: s.ID, Title: s.Title.In(lang), Summary: s.Summary.In(lang), Teams: s.TeamIDs(), Rounds: s.Rounds,
			Minutes: s.Minutes, Difficulty: s.Difficulty, Default: id == content.Default})
	}
	if *asJSON {
		return writeJSON(c, rows)
	}
	// Columns padded by display width (tabwriter counts a Chinese
	// character as one cell).
	table := [][]string{strings.Split(c.tr("ID\tTEAMS\tROUNDS\tMINUTES\tDIFFICULTY\tTITLE"), "\t")}
	for _, r := range rows {
		title := r.Title
		if r.Default {
			title += c.tr("  (default)")
		}
		minutes, level := "-", "-"
		if r.Minutes > 0 {
			minutes = fmt.Sprint(r.Minutes)
		}
		if d := scenario.DifficultyName(r.Difficulty); !d.Empty() {
			level = d.In(lang)
		}
		table = append(table, []string{r.ID, strings.Join(r.Teams, ","), fmt.Sprint(r.Rounds), minutes, level, title})
	}
	printColumns(c.Stdout, table)
	return ExitOK
}

// printColumns prints a table's rows, each column padded to its widest cell
// by display width, two spaces apart.
func printColumns(w io.Writer, table [][]string) {
	widths := make([]int, len(table[0]))
	for _, row := range table {
		for i, cell := range row {
			widths[i] = max(widths[i], lipgloss.Width(cell))
		}
	}
	for _, row := range table {
		var b strings.Builder
		for i, cell := range row {
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-lipgloss.Width(cell)+2))
			}
		}
		fmt.Fprintln(w, b.String())
	}
}

func writeJSON(c *Ctx, v any) int {
	enc := json.NewEncoder(c.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		fmt.Fprintln(c.Stderr, c.trf("brink: %v", err))
		return ExitFail
	}
	return ExitOK
}

func cmdValidate(c *Ctx, args []string) int {
	fs := newFlags("validate")
	asJSON := fs.Bool("json", false, "print JSON")
	strict := fs.Bool("strict", false, "fail (exit 1) on lint warnings too")
	langFlag := fs.String("lang", "", "language of the problems and warnings: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	lang, err := pickLang(c, *langFlag)
	if err != nil {
		return fail(c, "validate", err)
	}
	if len(pos) == 0 {
		return fail(c, "validate", usageErr("name at least one scenario file or built-in id"))
	}
	// The JSON's message is English whatever the language; message_zh is
	// the Chinese, where there is one.
	type problem struct {
		File      string `json:"file"`
		Line      int    `json:"line"`
		Col       int    `json:"col"`
		Message   string `json:"message"`
		MessageZh string `json:"message_zh,omitempty"`
	}
	type warning struct {
		File      string `json:"file"`
		Line      int    `json:"line"`
		Col       int    `json:"col"`
		Code      string `json:"code"`
		Message   string `json:"message"`
		MessageZh string `json:"message_zh,omitempty"`
	}
	type result struct {
		Arg      string    `json:"arg"`
		ID       string    `json:"id,omitempty"`
		OK       bool      `json:"ok"`
		Problems []problem `json:"problems"`
		Warnings []warning `json:"warnings"`
	}
	var results []result
	bad := false
	for _, a := range pos {
		r := result{Arg: a, Problems: []problem{}, Warnings: []warning{}}
		s, err := loadScenario(a)
		if err != nil {
			bad = true
			for _, p := range scenario.AsProblems(err) {
				r.Problems = append(r.Problems, problem{File: p.File, Line: p.Pos.Line, Col: p.Pos.Col, Message: p.Msg, MessageZh: p.Zh})
				if !*asJSON {
					line := p.In(lang)
					if p.File == "" {
						line = c.say(err) // not found: the command line's own message
					}
					fmt.Fprintln(c.Stderr, line)
				}
			}
		} else {
			r.OK, r.ID = true, s.ID
			// Warnings go where the problems go (stderr), with or without
			// --strict; stdout has the one-line summary of each file.
			ws, wout := s.Lint(), c.Stderr
			for _, w := range ws {
				r.Warnings = append(r.Warnings, warning{File: w.File, Line: w.Pos.Line, Col: w.Pos.Col, Code: w.Code, Message: w.Msg, MessageZh: w.Zh})
				if !*asJSON {
					fmt.Fprintln(wout, w.In(lang))
				}
			}
			if *strict && len(ws) > 0 {
				r.OK, bad = false, true
			}
			if !*asJSON {
				verdict, note := c.tr("ok"), ""
				if len(ws) > 0 {
					note = c.trf("; %d warnings", len(ws))
				}
				if !r.OK {
					verdict = c.tr("failed --strict")
				}
				fmt.Fprintf(c.Stdout, c.tr("%s: %s (%s, %d teams, %d injects%s)\n"), s.File, verdict, s.ID, len(s.Teams), len(s.Injects), note)
			}
		}
		results = append(results, r)
	}
	if *asJSON {
		writeJSON(c, results)
	}
	if bad {
		return ExitFail
	}
	return ExitOK
}
