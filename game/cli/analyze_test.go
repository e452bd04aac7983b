package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/brink-ttx/brink/game/analyze"
)

func runAnalyze(t *testing.T, tty bool, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	c := &Ctx{Stdout: &out, Stderr: &errb, IsTTY: tty, Getenv: func(string) string { return "" }}
	code = Main(append([]string{"analyze"}, args...), c)
	return out.String(), errb.String(), code
}

// drawsWarnings is a small scenario whose balance report has warnings to
// show (an inject that never fires): the format guide's example.
const drawsWarnings = "../scenario/testdata/demo.toml"

func TestAnalyzeJSON(t *testing.T) {
	out, errs, code := runAnalyze(t, false, "demo", "--games", "30", "--seats", "hawk", "dove", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if errs != "" {
		t.Errorf("no progress bar off a terminal, got %q", errs)
	}
	var r analyze.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Pairings) != 4 || r.Games != 120 || strings.Join(r.Policies, ",") != "hawk,dove" {
		t.Fatalf("%d pairings, %d games, policies %v", len(r.Pairings), r.Games, r.Policies)
	}
	for _, args := range [][]string{
		{"demo", "--games", "30", "--seats", "hawk,dove", "--json", "--workers", "1"},
		{"--seats", "hawk", "dove", "demo", "--games", "30", "--json"},
	} {
		again, errs, _ := runAnalyze(t, false, args...)
		if again != out {
			t.Fatalf("%v: a different report (%s)", args, errs)
		}
	}
}

func TestAnalyzeText(t *testing.T) {
	out, errs, code := runAnalyze(t, true, drawsWarnings, "--games", "20")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"OUTCOMES", "cn=principled us=realist", "NEVER FIRED", "WARNINGS", "PRINCIPLES VS CONCESSION", "peak tension"} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if strings.Contains(out, "\r") {
		t.Error("the progress bar belongs on stderr")
	}
}

func TestAnalyzeUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"demo", "extra"}, {"demo", "--seats", "owl"}, {"demo", "--games", "0"}} {
		if _, _, code := runAnalyze(t, false, args...); code != ExitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, ExitUsage)
		}
	}
	if _, _, code := runAnalyze(t, false, "no-such-scenario"); code != ExitFail {
		t.Errorf("unknown scenario: exit %d", code)
	}
}

// analyze --lang zh writes the text report in Chinese, its columns lined up
// by display width; without --lang it follows the environment; --json
// stays the same in either language.
func TestAnalyzeTextInChinese(t *testing.T) {
	out, errs, code := runAnalyze(t, false, drawsWarnings, "--games", "20", "--lang", "zh")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"demo——小型演示", "结局\n组合", "得分与利益——均值", "判明意图", "事件——", "从未触发", "选项——选择率", "标志\n标志", "警告（", "事件 spill（条件触发）从未触发", "\n占优："} {
		if !strings.Contains(out, want) {
			t.Errorf("the Chinese report lacks %q:\n%s", want, out)
		}
	}
	for _, english := range []string{"OUTCOMES", "pairing", "NEVER FIRED", "WARNINGS", "never fired", "Dominant"} {
		if strings.Contains(out, english) {
			t.Errorf("the Chinese report still says %q", english)
		}
	}
	checkColumns(t, out)
	en, _, _ := runAnalyze(t, false, drawsWarnings, "--games", "20")
	checkColumns(t, en)
	if han.MatchString(en) {
		t.Errorf("the English report has Chinese:\n%s", en)
	}
	// The environment's language, and --lang over it.
	var b, eb bytes.Buffer
	env := map[string]string{"LC_ALL": "zh_CN.UTF-8"}
	c := &Ctx{Stdout: &b, Stderr: &eb, Getenv: func(k string) string { return env[k] }}
	if code := Main([]string{"analyze", drawsWarnings, "--games", "20"}, c); code != 0 || b.String() != out {
		t.Errorf("LC_ALL=zh_CN.UTF-8 should give the Chinese report: exit %d, %s", code, eb.String())
	}
	b.Reset()
	c = &Ctx{Stdout: &b, Stderr: &eb, Getenv: func(k string) string { return env[k] }}
	if code := Main([]string{"analyze", drawsWarnings, "--games", "20", "--lang", "en"}, c); code != 0 || b.String() != en {
		t.Errorf("--lang en in a Chinese locale should give the English report: exit %d", code)
	}
	zj, _, _ := runAnalyze(t, false, "demo", "--games", "20", "--json", "--lang", "zh")
	ej, _, _ := runAnalyze(t, false, "demo", "--games", "20", "--json")
	if zj != ej || han.MatchString(zj) {
		t.Error("--json should not change with --lang")
	}
	if _, errs, code := runAnalyze(t, false, "demo", "--lang", "fr"); code != ExitUsage || !strings.Contains(errs, "--lang") {
		t.Errorf("--lang fr: exit %d, %q", code, errs)
	}
}

// checkColumns checks every table of an analyze report: each row as wide
// on the terminal as its heading row, and where a cell starts in any row,
// every row has at least two spaces before it: a column boundary.
func checkColumns(t *testing.T, report string) {
	t.Helper()
	// cells is a line as its terminal cells: a wide character takes two.
	cells := func(l string) []rune {
		var out []rune
		for _, r := range l {
			out = append(out, r)
			for w := lipgloss.Width(string(r)); w > 1; w-- {
				out = append(out, 0)
			}
		}
		return out
	}
	tables := 0
	for _, block := range strings.Split(report, "\n\n") {
		lines := strings.Split(strings.TrimRight(block, "\n"), "\n")
		if len(lines) < 3 || !strings.Contains(lines[1], "  ") {
			continue // no table: the summary, the warnings, the definition
		}
		tables++
		rows := make([][]rune, len(lines)-1)
		for i, l := range lines[1:] {
			rows[i] = cells(l)
			if len(rows[i]) != len(rows[0]) {
				t.Errorf("%q is %d cells wide, its heading %q %d", l, len(rows[i]), lines[1], len(rows[0]))
			}
		}
		for _, row := range rows {
			for at := 2; at < len(row); at++ {
				if row[at] == ' ' || row[at-1] != ' ' || row[at-2] != ' ' {
					continue
				}
				for _, other := range rows {
					if at < len(other) && (other[at-1] != ' ' || other[at-2] != ' ') {
						t.Errorf("a cell of %q starts at column %d, inside a cell of %q", string(row), at, string(other))
					}
				}
			}
		}
	}
	if tables < 4 {
		t.Errorf("found %d tables in the report:\n%s", tables, report)
	}
}
