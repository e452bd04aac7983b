package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/report"
)

// reportFormat picks the output format: --format, else -o's extension,
// else Markdown.
func reportFormat(format, out string) (string, error) {
	switch format {
	case "md", "markdown":
		return "md", nil
	case "html", "json":
		return format, nil
	case "":
	default:
		return "", usageErr("--format takes md, html or json, not %q", format)
	}
	switch strings.ToLower(filepath.Ext(out)) {
	case ".html", ".htm":
		return "html", nil
	case ".json":
		return "json", nil
	}
	return "md", nil
}

// openForReport rebuilds a journal for a report. A cut-off last line is
// an error unless forced (then a warning): the report would miss the event.
func openForReport(c *Ctx, path string, force bool) (*journal.Rebuilt, error) {
	rb, err := journal.Open(path, force, resolver)
	if err != nil {
		return nil, err
	}
	if rb.Truncated && !force {
		return nil, textErr("%s:%d: the last line is cut off (the game stopped while writing it); 'brink resume %s' repairs the journal, or --force reports the events before it", path, rb.CutLine, path)
	}
	for _, n := range rb.NotesIn(c.language()) {
		fmt.Fprintln(c.Stderr, n)
	}
	return rb, nil
}

// classJournals lists the journals (*.jsonl) in dir, by name.
func classJournals(dir string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, textErr("%s: %v", dir, reason(err))
	}
	if !fi.IsDir() {
		return nil, textErr("%s: not a folder (--class takes a folder of journals, one per table)", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, textErr("%s: %v", dir, reason(err))
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".jsonl") && !strings.HasPrefix(e.Name(), ".") {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, textErr("%s: no journals (*.jsonl) in this folder", dir)
	}
	return out, nil
}

func cmdReport(c *Ctx, args []string) int {
	fs := newFlags("report")
	format := fs.String("format", "", "md, html or json (default: from -o's extension, else md)")
	out := fs.String("o", "", "write to FILE (replacing it) instead of standard output")
	langFlag := fs.String("lang", "", "language of the report: en or zh (default: the game's)")
	class := fs.String("class", "", "compare every journal in folder DIR (one per table) instead: one comparison per scenario, each table by its name")
	force := fs.Bool("force", false, "report a journal whose scenario has changed, or whose last line is cut off")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	switch {
	case *class == "" && len(pos) != 1:
		return fail(c, "report", usageErr("name one journal, or a folder of them with --class DIR"))
	case *class != "" && len(pos) != 0:
		return fail(c, "report", usageErr("--class DIR takes no journal: it reads every journal in DIR"))
	}
	f, err := reportFormat(*format, *out)
	if err != nil {
		return fail(c, "report", err)
	}
	lang, err := flagLang(c, *langFlag)
	if err != nil {
		return fail(c, "report", err)
	}
	if *out != "" && *out != "-" {
		if fi, err := os.Stat(*out); err == nil && fi.IsDir() {
			return fail(c, "report", textErr("%s: is a folder; -o takes a file name", *out))
		}
	}

	var data []byte
	var inputs []string // the journals read: -o must not name one
	if *class != "" {
		paths, err := classJournals(*class)
		if err != nil {
			return fail(c, "report", err)
		}
		inputs = paths
		var games []*journal.Rebuilt
		for _, p := range paths {
			rb, err := openForReport(c, p, *force)
			if err != nil {
				return fail(c, "report", err)
			}
			games = append(games, rb)
		}
		l := lang
		if l == "" {
			l = games[0].Header.Lang
		}
		cl, err := report.BuildClasses(games, l)
		if err != nil {
			return fail(c, "report", textErr("%s: %v", *class, err))
		}
		switch f {
		case "html":
			data = cl.HTML()
		case "json":
			data = cl.JSON()
		default:
			data = cl.Markdown()
		}
	} else {
		inputs = pos
		rb, err := openForReport(c, pos[0], *force)
		if err != nil {
			return fail(c, "report", err)
		}
		l := lang
		if l == "" {
			l = rb.Header.Lang
		}
		r := report.Build(rb, l)
		switch f {
		case "html":
			data = r.HTML()
		case "json":
			data = r.JSON()
		default:
			data = r.Markdown()
		}
	}

	if *out == "" || *out == "-" {
		if _, err := c.Stdout.Write(data); err != nil {
			return fail(c, "report", err)
		}
		return ExitOK
	}
	if fo, err := os.Stat(*out); err == nil {
		for _, in := range inputs {
			if fi, err := os.Stat(in); err == nil && os.SameFile(fi, fo) {
				return fail(c, "report", textErr("%s: -o names the journal itself; choose another file", *out))
			}
		}
	}
	if err := replaceFile(*out, data); err != nil {
		return fail(c, "report", err)
	}
	fmt.Fprint(c.Stderr, c.trf("brink report: wrote %s\n", *out))
	return ExitOK
}

// replaceFile writes data to path through a temporary file, so a failed
// write never leaves half a report where a whole one was.
func replaceFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return textErr("%s: cannot write: %v", path, reason(err))
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return textErr("%s: cannot write: %v", path, reason(err))
	}
	return nil
}
