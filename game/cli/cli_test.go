package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run runs the command line and returns its exit status, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, &Ctx{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }})
	return code, out.String(), errb.String()
}

const demoFile = "../scenario/testdata/demo.toml"

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"frobnicate"},
		{"sim"},
		{"sim", demoFile, "--seat", "us"},
		{"sim", demoFile, "--seat", "uk=hawk"},
		{"sim", demoFile, "--seat", "us=genius"},
		{"sim", demoFile, "--seed", "minus one"},
		{"sim", demoFile, "--no-such-flag"},
		{"validate"},
		{"scenarios", "extra"},
	} {
		code, out, errs := runCLI(t, args...)
		if code != ExitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, ExitUsage)
		}
		if out != "" || strings.Count(strings.TrimSpace(errs), "\n") != 0 || errs == "" {
			t.Errorf("%v: want one error line on stderr and nothing on stdout; got out=%q err=%q", args, out, errs)
		}
	}
}

func TestHelp(t *testing.T) {
	code, out, _ := runCLI(t, "help")
	if code != ExitOK || !strings.Contains(out, "validate") || !strings.Contains(out, "sim") {
		t.Errorf("help: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "sim", "--help")
	if code != ExitOK || !strings.Contains(out, "--seat") {
		t.Errorf("sim --help: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "version")
	if code != ExitOK || !strings.HasPrefix(out, "brink ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestValidate(t *testing.T) {
	code, out, _ := runCLI(t, "validate", demoFile)
	if code != ExitOK || !strings.Contains(out, "ok") {
		t.Fatalf("valid file: %d %q", code, out)
	}
	bad := filepath.Join(t.TempDir(), "bad.toml")
	data, _ := os.ReadFile(demoFile)
	src := strings.Replace(string(data), `stance = 2`, `stance = 9`, 1)
	src = strings.Replace(src, `set = ["named"]`, `set = ["nope"]`, 1)
	os.WriteFile(bad, []byte(src), 0o644)
	code, _, errs := runCLI(t, "validate", demoFile, bad)
	if code != ExitFail {
		t.Fatalf("invalid file: exit %d", code)
	}
	// The valid file's lint warnings come first, on the same stream.
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
		if !strings.HasPrefix(l, demoFile+":") || !strings.Contains(l, ": warning ") {
			lines = append(lines, l)
		}
	}
	if len(lines) != 2 {
		t.Fatalf("want 2 problem lines, got %q", errs)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, bad+":") || strings.Count(l, ":") < 4 {
			t.Errorf("problem line %q is not file:line:col: message", l)
		}
	}
	code, out, _ = runCLI(t, "validate", bad, "--json")
	var res []struct {
		OK       bool
		Problems []struct {
			Line, Col int
			Message   string
		}
	}
	if code != ExitFail || json.Unmarshal([]byte(out), &res) != nil || len(res) != 1 || res[0].OK || len(res[0].Problems) != 2 || res[0].Problems[0].Line == 0 {
		t.Errorf("validate --json: %d %s", code, out)
	}
	code, _, errs = runCLI(t, "validate", "no-such-scenario")
	if code != ExitFail || !strings.Contains(errs, "no built-in scenario") {
		t.Errorf("unknown id: %d %q", code, errs)
	}
}

func TestSimIsDeterministic(t *testing.T) {
	args := []string{"sim", demoFile, "--seat", "all=random", "--seed", "42", "--json"}
	code, a, errs := runCLI(t, args...)
	if code != ExitOK {
		t.Fatalf("sim: %d %s", code, errs)
	}
	_, b, _ := runCLI(t, args...)
	if a != b {
		t.Fatal("the same arguments printed different bytes")
	}
	var r struct {
		Scenario string
		Seed     uint64
		Outcome  string
		Rounds   []json.RawMessage
		Meters   map[string]any
		Teams    map[string]struct {
			Scores map[string]struct {
				Score, Level int
				Evidence     []json.RawMessage
			}
		}
	}
	if err := json.Unmarshal([]byte(a), &r); err != nil {
		t.Fatal(err)
	}
	if r.Scenario != "demo" || r.Seed != 42 || r.Outcome == "" || len(r.Rounds) == 0 || r.Meters["tension"] == nil {
		t.Errorf("sim --json lacks fields: %+v", r)
	}
	for _, team := range []string{"cn", "us"} {
		for _, p := range []string{"intent", "face", "time", "sum"} {
			s, ok := r.Teams[team].Scores[p]
			if !ok || s.Level < 1 || s.Level > 4 || s.Evidence == nil {
				t.Errorf("teams.%s.scores.%s = %+v", team, p, s)
			}
		}
	}
	_, c, _ := runCLI(t, "sim", demoFile, "--seat", "all=random", "--seed", "43", "--json")
	if c == a {
		t.Errorf("another seed should give another game (or at least another seed field)")
	}
	code, text, _ := runCLI(t, "sim", demoFile, "--seat", "all=dove")
	if code != ExitOK || !strings.Contains(text, "Outcome:") || !strings.Contains(text, "Leave a way out") {
		t.Errorf("text output: %q", text)
	}
}

// The historical personality needs the scenario to mark what a team's
// government did: sim and analyze refuse a team without marks alike (a
// usage error naming the team), and where the record is silent in a round
// the bot holds in both.
func TestSimHistoricalNeedsMarks(t *testing.T) {
	want := `marks no option of team "cn" as historical`
	code, _, errs := runCLI(t, "sim", demoFile, "--seat", "all=historical")
	if code != ExitUsage || !strings.Contains(errs, "--seat cn=historical: scenario \"demo\" "+want) {
		t.Errorf("sim --seat all=historical: %d %q", code, errs)
	}
	code, _, errs = runCLI(t, "analyze", demoFile, "--seats", "historical,dove", "--games", "2")
	if code != ExitUsage || !strings.Contains(errs, "--seats historical: scenario \"demo\" "+want) {
		t.Errorf("analyze --seats historical,dove: %d %q", code, errs)
	}
	// us has a mark in round 1 only: it plays it, then holds.
	code, out, errs := runCLI(t, "sim", demoFile, "--seat", "us=historical", "--seat", "cn=dove")
	if code != ExitOK || !strings.Contains(out, "US   Name the other side") || !strings.Contains(out, "US   held: no decision") {
		t.Errorf("sim --seat us=historical: %d %q\n%s", code, errs, out)
	}
}

func TestEnvLang(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	cases := []struct {
		get  func(string) string
		want string
	}{
		{env(), "en"},
		{env("LANG", "zh_CN.UTF-8"), "zh"},
		{env("LANG", "zh_TW.UTF-8"), "zh"},
		{env("LANG", "en_US.UTF-8"), "en"},
		{env("LANG", "zh_CN.UTF-8", "LC_MESSAGES", "C"), "en"},
		{env("LANG", "en_GB.UTF-8", "LC_ALL", "zh_CN.UTF-8"), "zh"},
		{env("LC_MESSAGES", "zh_CN.UTF-8", "LC_ALL", "en_US.UTF-8"), "en"},
	}
	for i, c := range cases {
		if got, _ := pickLang(&Ctx{Getenv: c.get}, ""); string(got) != c.want {
			t.Errorf("case %d: %s, want %s", i, got, c.want)
		}
	}
}
