package cli

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/muesli/termenv"
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
	if f := strings.Fields(line); len(f) < 5 || f[3] != "55" || f[4] != "introductory" {
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
	}
	_, out, _ := runCLI(t, "help", "validate")
	for _, want := range []string{"usage: brink validate FILE|ID... [flags]", "--strict", "--json", "--lang en|zh"} {
		if !strings.Contains(out, want) {
			t.Errorf("help validate lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = runCLI(t, "help", "play")
	for _, want := range []string{"--team TEAM", "--turn-time DUR", "--scenario ID|FILE", "--coach "} {
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
		{[]string{"play", "--team", "xx"}, `no built-in scenario has team "xx" (teams: cn, us)`},
		{[]string{"play", "--team", "US"}, "(teams: cn, us); did you mean --team us?"},
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
	progress, stop := progressBar(w, 4, 50, termenv.Ascii, func(s string) string { return s })
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
