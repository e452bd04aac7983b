package cli

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"

	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/report"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/tui"
)

// brink scenarios says each scenario's expected minutes and difficulty, in
// its text (in the user's language) and in its JSON (the file's values).
func TestScenariosShowDurationAndDifficulty(t *testing.T) {
	code, out, _ := runCLI(t, "scenarios")
	if code != ExitOK || !strings.Contains(out, "MINUTES") || !strings.Contains(out, "DIFFICULTY") {
		t.Fatalf("scenarios:\n%s", out)
	}
	var line string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "espionage-2013 ") {
			line = l
		}
	}
	if f := strings.Fields(line); len(f) < 5 || f[3] != "60" || f[4] != "introductory" {
		t.Errorf("espionage-2013's row: %q", line)
	}
	_, zh, _ := runZh(t, "scenarios")
	if !strings.Contains(zh, "难度") || !strings.Contains(zh, "入门") || !strings.Contains(zh, "高级") {
		t.Errorf("scenarios in Chinese:\n%s", zh)
	}
	code, out, _ = runCLI(t, "scenarios", "--json")
	var rows []struct {
		ID         string `json:"id"`
		Minutes    int    `json:"minutes"`
		Difficulty string `json:"difficulty"`
	}
	if err := json.Unmarshal([]byte(out), &rows); code != ExitOK || err != nil || len(rows) < 7 {
		t.Fatalf("scenarios --json: %v\n%s", err, out)
	}
	for _, r := range rows {
		if r.Minutes == 0 || r.Difficulty == "" {
			t.Errorf("%s: minutes %d, difficulty %q", r.ID, r.Minutes, r.Difficulty)
		}
	}
}

// `brink help CMD` is `brink CMD --help`: the usage and every flag of the
// command's flag set, each with the name of its value.
func TestHelpListsEveryFlag(t *testing.T) {
	for name := range commands {
		code, help, _ := runCLI(t, "help", name)
		_, flags, _ := runCLI(t, name, "--help")
		if code != ExitOK || help != flags || !strings.HasPrefix(help, "usage: brink "+name) {
			t.Errorf("help %s (exit %d):\n%s\n%s --help:\n%s", name, code, help, name, flags)
		}
		// A flag that takes a value names it (N, DUR, FILE …).
		if strings.Contains(help, " VALUE ") {
			t.Errorf("help %s leaves a value unnamed:\n%s", name, help)
		}
	}
	_, out, _ := runCLI(t, "help", "host")
	for _, want := range []string{"--seat-sessions N ", "--max-sessions N ", "--idle DUR ", "--seed N ", "--seat TEAM=POLICY "} {
		if !strings.Contains(out, want) {
			t.Errorf("help host lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = runCLI(t, "help", "validate")
	for _, want := range []string{"usage: brink validate FILE|ID... [flags]", "--strict", "--json", "--lang en|zh"} {
		if !strings.Contains(out, want) {
			t.Errorf("help validate lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = runCLI(t, "help", "play")
	for _, want := range []string{"--team TEAM", "--turn-time DUR", "--scenario ID|FILE", "--table NAME", "--coach "} {
		if !strings.Contains(out, want) {
			t.Errorf("help play lacks %q:\n%s", want, out)
		}
	}
	if code, out, errs := runCLI(t, "help", "plya"); code != ExitUsage || out != "" || !strings.Contains(errs, "did you mean play?") {
		t.Errorf("help plya: exit %d, %q %q", code, out, errs)
	}
}

// A misspelt command gets the nearest one; -v and --version print the
// version; a duration without its unit says what to write.
func TestCommandLineHints(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"plya"}, ExitUsage, `unknown command "plya"; did you mean play?`},
		{[]string{"analyse"}, ExitUsage, "did you mean analyze?"},
		{[]string{"reprot", "x.jsonl"}, ExitUsage, "did you mean report?"},
		{[]string{"frobnicate"}, ExitUsage, `unknown command "frobnicate"; run 'brink help'`},
		{[]string{"play", "--turn-time", "5"}, ExitUsage, "e.g. 3m"},
		{[]string{"resume", "x.jsonl", "--turn-time", "5"}, ExitUsage, "e.g. 3m"},
		{[]string{"host", "--turn-time", "three"}, ExitUsage, "e.g. 3m"},
	} {
		code, out, errs := runCLI(t, c.args...)
		if code != c.code || out != "" || !strings.Contains(errs, c.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q (want %q)", c.args, code, out, errs, c.want)
		}
	}
	if code, _, errs := runZh(t, "play", "--turn-time", "5"); code != ExitUsage || !strings.Contains(errs, "如 3m") {
		t.Errorf("--turn-time 5 in Chinese: %q", errs)
	}
	_, want, _ := runCLI(t, "version")
	for _, arg := range []string{"-v", "--version", "-version"} {
		if code, out, errs := runCLI(t, arg); code != ExitOK || out != want || errs != "" {
			t.Errorf("brink %s: exit %d, %q (want %q), %q", arg, code, out, want, errs)
		}
	}
}

// --team must name a team: of the scenario given, else of some built-in
// scenario (the picker comes later). Anything else is a usage error naming
// the teams, in play and in preview.
func TestTeamMustExist(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"play", "--team", "xx"}, `no built-in scenario has team "xx" (teams: cn, sr, us)`},
		{[]string{"play", "--team", "US"}, "(teams: cn, sr, us); did you mean --team us?"},
		{[]string{"play", "--scenario", "grid-implant", "--team", "US"}, `scenario "grid-implant" has no team "US" (teams: cn, us); did you mean --team us?`},
		{[]string{"preview", "grid-implant", "--team", "uk"}, `scenario "grid-implant" has no team "uk" (teams: cn, us)`},
	} {
		code, out, errs := runCLI(t, c.args...)
		if code != ExitUsage || out != "" || !strings.Contains(errs, c.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q (want %q)", c.args, code, out, errs, c.want)
		}
	}
	// A team that exists goes on (here to the terminal check).
	if code, _, errs := runCLI(t, "play", "--team", "us"); code != ExitFail || !strings.Contains(errs, "needs a terminal") {
		t.Errorf("play --team us: exit %d, %q", code, errs)
	}
	if code, _, errs := runZh(t, "play", "--team", "US"); code != ExitUsage || !strings.Contains(errs, "是想用 --team us 吗") {
		t.Errorf("play --team US in Chinese: %q", errs)
	}
}

// On a terminal analyze draws a bar on stderr with the games played, the
// games in all (pairings × games per pairing) and the time left, then
// erases it; off a terminal it draws nothing.
func TestAnalyzeProgress(t *testing.T) {
	var b strings.Builder
	var mu sync.Mutex
	w := writerFunc(func(p []byte) (int, error) { mu.Lock(); defer mu.Unlock(); return b.Write(p) })
	progress, stop := progressBar(w, 4, 50, colorprofile.NoTTY, func(s string) string { return s })
	progress(20)
	progress(10) // out of order: ignored
	time.Sleep(250 * time.Millisecond)
	stop()
	out := b.String()
	for _, want := range []string{"20/200 games (4 pairings × 50)", " left", "█", "░"} {
		if !strings.Contains(out, want) {
			t.Errorf("the bar lacks %q: %q", want, out)
		}
	}
	if strings.Contains(out, "10/200") || !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("the bar went back, or was not erased: %q", out)
	}
	_, errs, code := runAnalyze(t, true, "demo", "--games", "5", "--seats", "hawk,dove")
	if code != ExitOK || !strings.Contains(errs, "/20 games (4 pairings × 5)") {
		t.Errorf("analyze on a terminal: exit %d, stderr %q", code, errs)
	}
	if _, errs, _ := runAnalyze(t, false, "demo", "--games", "5"); errs != "" {
		t.Errorf("analyze off a terminal wrote %q", errs)
	}
	_, help, _ := runCLI(t, "help", "analyze")
	if !strings.Contains(help, "--games N") || !strings.Contains(help, "games per pairing") {
		t.Errorf("help analyze does not say what --games counts:\n%s", help)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// --table names a game's journal (unless --journal does) and is kept in
// its header, for every game of the session; the report shows it.
func TestPlayTableNamesJournal(t *testing.T) {
	s, err := scenario.LoadFile(demoFile)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	c := dataCtx(dir)
	abs, _ := filepath.Abs(demoFile)
	st := &starter{c: c, lang: "en", table: "Group B / 二组", source: map[*scenario.Scenario]string{s: abs}}
	defer st.close()
	setup := tui.Setup{Scenario: s, Seed: 9, Seats: map[string]string{"cn": tui.Human, "us": "dove"}, Humans: []string{"cn"}}
	var paths []string
	for range 2 {
		g, err := st.start(setup)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, g.JournalPath)
		j, err := journal.Read(g.JournalPath)
		if err != nil || j.Header.Table != "Group B / 二组" {
			t.Errorf("%s: header %+v, %v", g.JournalPath, j.Header, err)
		}
	}
	if filepath.Base(paths[0]) != "group-b-二组-20260102-030405-demo.jsonl" || filepath.Base(paths[1]) != "group-b-二组-20260102-030405-demo-2.jsonl" {
		t.Errorf("journals %v", paths)
	}
	st.close()
	code, md, errs := runCLI(t, "report", paths[0])
	if code != ExitOK || !strings.Contains(md, "| Table | Group B / 二组 |") {
		t.Errorf("report: %d %s\n%s", code, errs, md)
	}
	for _, c := range []struct {
		in, want string
	}{{"Table 3", "table-3"}, {"  ", "table"}, {"A&B--c", "a-b-c"}, {"第三组", "第三组"}} {
		if got := tableSlug(c.in); got != c.want {
			t.Errorf("tableSlug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, bad := range []string{"two\nlines", strings.Repeat("x", 41)} {
		if code, _, errs := runCLI(t, "play", "--table", bad); code != ExitUsage || !strings.Contains(errs, "at most 40 characters on one line") {
			t.Errorf("--table %q: exit %d, %q", bad, code, errs)
		}
	}
}

// report --class labels each table by its --table name, else by the names
// typed at its seats, else by its file name; two alike get their file names.
func TestClassLabelsTables(t *testing.T) {
	class := t.TempDir()
	header := func(name string, add map[string]any) {
		p := filepath.Join(class, name)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		first, rest, _ := strings.Cut(string(data), "\n")
		var h map[string]any
		if err := json.Unmarshal([]byte(first), &h); err != nil {
			t.Fatal(err)
		}
		maps.Copy(h, add)
		b, _ := json.Marshal(h)
		os.WriteFile(p, append(append(b, '\n'), rest...), 0o644)
	}
	for i, name := range []string{"a.jsonl", "b.jsonl", "c.jsonl", "d.jsonl", "e.jsonl"} {
		simJournal(t, class, name, "--seed", fmt.Sprint(i+1))
	}
	header("a.jsonl", map[string]any{"table": "Group A", "names": map[string]string{"cn": "Li", "us": "Smith"}})
	header("b.jsonl", map[string]any{"names": map[string]string{"cn": "Wang, Zhao", "us": "Jones"}})
	header("d.jsonl", map[string]any{"table": "Group D"})
	header("e.jsonl", map[string]any{"table": "Group D"})
	code, js, errs := runCLI(t, "report", "--class", class, "--format", "json")
	var c report.Class
	if code != ExitOK || json.Unmarshal([]byte(js), &c) != nil {
		t.Fatalf("class: %d %s", code, errs)
	}
	var names []string
	for _, tb := range c.Tables {
		names = append(names, tb.Name)
	}
	if got := strings.Join(names, " | "); got != "Group A | Wang, Zhao / Jones | c | Group D (d) | Group D (e)" {
		t.Errorf("tables labelled %s", got)
	}
	if len(c.Rounds) == 0 || c.Rounds[0].Tables[1].Table != "Wang, Zhao / Jones" {
		t.Errorf("the rounds do not use the labels: %+v", c.Rounds)
	}
}

// Every command line the README and the facilitator's guide show names
// only flags its command has (the help and the docs cannot drift apart).
func TestDocsNameRealFlags(t *testing.T) {
	flagsOf := map[string]map[string]bool{}
	for name := range commands {
		_, help, _ := runCLI(t, name, "--help")
		set := map[string]bool{}
		for _, f := range regexp.MustCompile(`(?m)^  (--?[a-z][a-z-]*)`).FindAllStringSubmatch(help, -1) {
			set[f[1]] = true
		}
		flagsOf[name] = set
	}
	call := regexp.MustCompile("(?:^|`|\\$ )(?:go run \\./cmd/)?brink ([a-z]+)([^`\\n]*)")
	flag := regexp.MustCompile(`(?:^|[\s\[])(--?[a-z][a-z-]*)`)
	n := 0
	for _, doc := range []string{"../../README.md", "../../content/FACILITATING.md"} {
		data, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		// Join continued shell lines.
		text := strings.ReplaceAll(string(data), "\\\n", " ")
		for _, line := range strings.Split(text, "\n") {
			for _, m := range call.FindAllStringSubmatch(strings.TrimSpace(line), -1) {
				set, ok := flagsOf[m[1]]
				if !ok {
					continue // `brink help`, a word in prose
				}
				for _, f := range flag.FindAllStringSubmatch(m[2], -1) {
					n++
					if !set[f[1]] {
						t.Errorf("%s: `brink %s%s` names %s, which brink %s does not have", doc, m[1], m[2], f[1], m[1])
					}
				}
			}
		}
	}
	if n < 30 {
		t.Errorf("checked only %d flags: has the docs' form changed?", n)
	}
}
