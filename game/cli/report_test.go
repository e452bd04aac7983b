package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/journal/journaltest"
	"github.com/brink-ttx/brink/game/report"
)

// oneLine fails unless stderr is exactly one line containing want.
func oneLine(t *testing.T, what, errs, want string) {
	t.Helper()
	if strings.Count(strings.TrimRight(errs, "\n"), "\n") != 0 || !strings.Contains(errs, want) {
		t.Errorf("%s: want one line with %q on stderr, got %q", what, want, errs)
	}
}

// simJournal plays demo headless and journals it.
func simJournal(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	code, _, errs := runCLI(t, append([]string{"sim", "demo", "--journal", p}, args...)...)
	if code != ExitOK {
		t.Fatalf("sim --journal: %d %s", code, errs)
	}
	return p
}

func TestSimJournal(t *testing.T) {
	dir := t.TempDir()
	p := simJournal(t, dir, "g.jsonl", "--seed", "7", "--seat", "us=hawk")
	j, err := journal.Read(p)
	if err != nil {
		t.Fatal(err)
	}
	if j.Header.Scenario != "demo" || j.Header.Source != "demo" || j.Header.Seed != 7 || j.Header.Seats["us"] != "hawk" || j.Header.Version == "" {
		t.Fatalf("header %+v", j.Header)
	}
	// The journal rebuilds the game sim played.
	_, out, _ := runCLI(t, "sim", "demo", "--seed", "7", "--seat", "us=hawk", "--json")
	var res SimResult
	json.Unmarshal([]byte(out), &res)
	rb, err := journal.Open(p, false, resolver)
	if err != nil {
		t.Fatal(err)
	}
	if string(rb.Game.Outcome()) != string(res.Outcome) || len(rb.Game.History()) != len(res.Rounds) {
		t.Fatalf("rebuilt %s/%d, sim %s/%d", rb.Game.Outcome(), len(rb.Game.History()), res.Outcome, len(res.Rounds))
	}
	// Never over an existing file.
	before, _ := os.ReadFile(p)
	code, _, errs := runCLI(t, "sim", "demo", "--journal", p)
	after, _ := os.ReadFile(p)
	if code != ExitFail || string(before) != string(after) {
		t.Fatalf("sim over an existing journal: %d", code)
	}
	oneLine(t, "existing", errs, p+": a file of that name exists")
	// A file scenario is recorded by absolute path.
	rel := filepath.Join(dir, "s.toml")
	os.WriteFile(rel, []byte(journaltest.ScenarioTOML(3)), 0o644)
	p2 := filepath.Join(dir, "f.jsonl")
	if code, _, errs := runCLI(t, "sim", rel, "--journal", p2); code != ExitOK {
		t.Fatal(errs)
	}
	j2, _ := journal.Read(p2)
	if abs, _ := filepath.Abs(rel); j2.Header.Source != abs {
		t.Fatalf("source %q", j2.Header.Source)
	}
}

func TestReportFormats(t *testing.T) {
	dir := t.TempDir()
	p := simJournal(t, dir, "g.jsonl", "--seed", "3")
	code, md, errs := runCLI(t, "report", p)
	if code != ExitOK || errs != "" || !strings.HasPrefix(md, "# After-action report: A small demonstration") || !strings.Contains(md, "## Scorecards") {
		t.Fatalf("md: %d %q\n%s", code, errs, md)
	}
	code, h, _ := runCLI(t, "report", p, "--format", "html")
	if code != ExitOK || !strings.HasPrefix(h, "<!DOCTYPE html>") || !strings.Contains(h, "<svg") || strings.Contains(h, "<script") {
		t.Fatalf("html: %d", code)
	}
	code, js, _ := runCLI(t, "report", "--format", "json", p)
	var v map[string]any
	if code != ExitOK || json.Unmarshal([]byte(js), &v) != nil || v["schema"] != report.Schema {
		t.Fatalf("json: %d %.200s", code, js)
	}
	code, zh, _ := runCLI(t, "report", p, "--lang", "zh")
	if code != ExitOK || !strings.HasPrefix(zh, "# 复盘报告：小型演示") {
		t.Fatalf("zh: %.100s", zh)
	}
	// -o writes the file (replacing it: -o says so), format from the name.
	out := filepath.Join(dir, "r.html")
	os.WriteFile(out, []byte("old"), 0o644)
	code, stdout, errs := runCLI(t, "report", p, "-o", out)
	b, _ := os.ReadFile(out)
	if code != ExitOK || stdout != "" || !strings.HasPrefix(string(b), "<!DOCTYPE html>") || !strings.Contains(errs, "wrote "+out) {
		t.Fatalf("-o: %d %q %q", code, stdout, errs)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o644 {
		t.Errorf("report mode %v", fi.Mode())
	}
	runCLI(t, "report", p, "-o", filepath.Join(dir, "r.json"))
	if b, _ := os.ReadFile(filepath.Join(dir, "r.json")); !json.Valid(b) {
		t.Fatal("-o r.json is not JSON")
	}
	// Nothing else was written beside the journal.
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Fatalf("files: %v", entries)
	}
}

func TestReportBadInput(t *testing.T) {
	dir := t.TempDir()
	good := simJournal(t, dir, "good.jsonl", "--seed", "2")
	data, _ := os.ReadFile(good)
	lines := strings.SplitAfter(string(data), "\n")
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		return p
	}
	cut := write("cut.jsonl", strings.Join(lines[:3], "")+lines[3][:15])
	corrupt := write("corrupt.jsonl", lines[0]+lines[1]+"{not json\n"+strings.Join(lines[3:], ""))
	foreign := write("photo.png", "\x89PNG\r\n\x1a\nbinary")
	toml := write("demo.toml", "id = \"demo\"\n")
	empty := write("empty.jsonl", "")
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"missing", []string{filepath.Join(dir, "nope.jsonl")}, "nope.jsonl: no such file or directory"},
		{"folder", []string{dir}, dir + ": is a directory"},
		{"cut", []string{cut}, cut + ":4: the last line is cut off"},
		{"corrupt", []string{corrupt}, corrupt + ":3: corrupted event"},
		{"png", []string{foreign}, foreign + ":1: not a Brink journal (it is not a text file)"},
		{"toml", []string{toml}, toml + ":1: not a Brink journal"},
		{"empty", []string{empty}, empty + ":1: not a Brink journal (the file is empty)"},
	} {
		out := filepath.Join(dir, c.name+".md")
		code, stdout, errs := runCLI(t, append([]string{"report", "-o", out}, c.args...)...)
		if code != ExitFail || stdout != "" {
			t.Errorf("%s: exit %d, stdout %q", c.name, code, stdout)
		}
		oneLine(t, c.name, errs, c.want)
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: wrote %s despite the error", c.name, out)
		}
	}
	// -o never names the journal it reads.
	code, _, errs := runCLI(t, "report", good, "-o", good)
	if after, _ := os.ReadFile(good); code != ExitFail || string(after) != string(data) {
		t.Fatalf("-o the journal: exit %d", code)
	}
	oneLine(t, "-o journal", errs, "names the journal itself")

	// --force reports a cut-off journal, saying so.
	code, md, errs := runCLI(t, "report", cut, "--force")
	if code != ExitOK || !strings.Contains(md, "last line was cut off") {
		t.Fatalf("forced cut: %d", code)
	}
	oneLine(t, "forced cut", errs, cut+":4: the last line was cut off")

	for _, args := range [][]string{
		{"report"},
		{"report", good, good},
		{"report", good, "--format", "pdf"},
		{"report", good, "--lang", "fr"},
		{"report", good, "--class", dir},
		{"report", "--no-such-flag", good},
	} {
		code, out, errs := runCLI(t, args...)
		if code != ExitUsage || out != "" {
			t.Errorf("%v: exit %d", args, code)
		}
		oneLine(t, strings.Join(args, " "), errs, "brink report")
	}
}

func TestReportScenarioChanged(t *testing.T) {
	dir := t.TempDir()
	sp := filepath.Join(dir, "mine.toml")
	src := journaltest.ScenarioTOML(3)
	os.WriteFile(sp, []byte(src), 0o644)
	p := filepath.Join(dir, "g.jsonl")
	if code, _, errs := runCLI(t, "sim", sp, "--journal", p, "--seed", "4"); code != ExitOK {
		t.Fatal(errs)
	}
	os.WriteFile(sp, []byte(src+"\n# a later edit\n"), 0o644)
	code, out, errs := runCLI(t, "report", p)
	if code != ExitFail || out != "" {
		t.Fatalf("changed scenario: %d", code)
	}
	oneLine(t, "changed", errs, p+":1: scenario \"gen-3\" has changed since this game was played")
	code, out, errs = runCLI(t, "report", p, "--force")
	if code != ExitOK || !strings.Contains(out, "replayed with the current scenario") {
		t.Fatalf("forced: %d %s", code, errs)
	}
	oneLine(t, "forced", errs, "replayed anyway")
}

func TestReportClass(t *testing.T) {
	dir := t.TempDir()
	class := filepath.Join(dir, "class")
	os.Mkdir(class, 0o755)
	simJournal(t, class, "group-1.jsonl", "--seed", "1", "--seat", "all=hawk")
	simJournal(t, class, "group-2.jsonl", "--seed", "2", "--seat", "all=dove")
	simJournal(t, class, "group-3.jsonl", "--seed", "3", "--seat", "cn=hawk", "--seat", "us=dove")
	os.WriteFile(filepath.Join(class, "notes.txt"), []byte("not a journal"), 0o644)

	code, md, errs := runCLI(t, "report", "--class", class)
	if code != ExitOK || errs != "" {
		t.Fatalf("class: %d %s", code, errs)
	}
	for _, want := range []string{"# Class comparison: A small demonstration", "| Tables | 3 |", "group-1", "group-2", "group-3", "## Principle scores per table", "## Rounds where tables chose differently", "### Round 1"} {
		if !strings.Contains(md, want) {
			t.Errorf("class report lacks %q:\n%s", want, md)
		}
	}
	code, js, _ := runCLI(t, "report", "--class", class, "--format", "json")
	var c report.Class
	if code != ExitOK || json.Unmarshal([]byte(js), &c) != nil || c.Schema != report.ClassSchema || len(c.Tables) != 3 {
		t.Fatalf("class json: %d", code)
	}
	out := filepath.Join(dir, "class.html")
	if code, _, _ := runCLI(t, "report", "--class", class, "-o", out); code != ExitOK {
		t.Fatal("class -o")
	}
	if b, _ := os.ReadFile(out); !strings.Contains(string(b), "group-3") {
		t.Fatal("class html")
	}

	// A foreign journal in the folder names itself; so does an empty folder.
	bad := filepath.Join(class, "group-4.jsonl")
	os.WriteFile(bad, []byte("hello\n"), 0o644)
	code, _, errs = runCLI(t, "report", "--class", class)
	if code != ExitFail {
		t.Fatalf("bad journal in class: %d", code)
	}
	oneLine(t, "bad journal in class", errs, bad+":1: not a Brink journal")
	os.Remove(bad)
	other := filepath.Join(class, "other.toml")
	os.WriteFile(other, []byte(journaltest.ScenarioTOML(2)), 0o644)
	if code, _, errs := runCLI(t, "sim", other, "--journal", filepath.Join(class, "zz.jsonl")); code != ExitOK {
		t.Fatal(errs)
	}
	// A second scenario in the folder: one comparison per scenario, in
	// the order of their ids, in every format.
	code, md, errs = runCLI(t, "report", "--class", class)
	if code != ExitOK || errs != "" || strings.Count(md, "# Class comparison: ") != 2 ||
		strings.Index(md, "A small demonstration") > strings.Index(md, "| Tables | 1 |") || !strings.Contains(md, "| Tables | 3 |") {
		t.Fatalf("mixed class: %d %s\n%s", code, errs, md)
	}
	code, js, _ = runCLI(t, "report", "--class", class, "--format", "json")
	var cs struct {
		Schema  string         `json:"schema"`
		Classes []report.Class `json:"classes"`
	}
	if code != ExitOK || json.Unmarshal([]byte(js), &cs) != nil || cs.Schema != report.ClassesSchema || len(cs.Classes) != 2 ||
		cs.Classes[0].Scenario.ID != "demo" || len(cs.Classes[0].Tables) != 3 || len(cs.Classes[1].Tables) != 1 || cs.Classes[1].Tables[0].Name != "zz" {
		t.Fatalf("mixed class json: %d\n%s", code, js)
	}
	code, html, _ := runCLI(t, "report", "--class", class, "--format", "html")
	if code != ExitOK || strings.Count(html, "<html") != 1 || !strings.Contains(html, `<section id="demo-outcomes">`) || strings.Count(html, "<footer>") != 2 {
		t.Fatalf("mixed class html: %d", code)
	}
	emptyDir := filepath.Join(dir, "empty")
	os.Mkdir(emptyDir, 0o755)
	code, _, errs = runCLI(t, "report", "--class", emptyDir)
	if code != ExitFail {
		t.Fatal("empty class")
	}
	oneLine(t, "empty", errs, emptyDir+": no journals")
	code, _, errs = runCLI(t, "report", "--class", filepath.Join(class, "group-1.jsonl"))
	if code != ExitFail {
		t.Fatal("class of a file")
	}
	oneLine(t, "file as class", errs, "not a folder")
}
