package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/brink-ttx/brink/assets"
	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/scenario"
)

func runTTY(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, &Ctx{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, IsTTY: true,
		Getenv: func(k string) string { return env[k] }})
	return code, out.String(), errb.String()
}

func TestSchemaCommand(t *testing.T) {
	code, out, errs := runCLI(t, "schema")
	if code != ExitOK || errs != "" || out != string(assets.ScenarioSchema) {
		t.Fatalf("brink schema: exit %d, %d bytes, stderr %q", code, len(out), errs)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil || v["$id"] != scenario.SchemaID {
		t.Errorf("brink schema prints no JSON Schema: %v", err)
	}
	if code, _, _ := runCLI(t, "schema", "extra"); code != ExitUsage {
		t.Errorf("brink schema extra: exit %d, want %d", code, ExitUsage)
	}
}

func TestNewWritesValidSkeleton(t *testing.T) {
	for _, teams := range []string{"us,cn", "cn,us,eu"} {
		t.Run(teams, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "my-crisis.toml")
			code, out, errs := runCLI(t, "new", "my-crisis", "--teams", teams, "-o", file)
			if code != ExitOK || errs != "" || !strings.Contains(out, "wrote "+file) {
				t.Fatalf("brink new: exit %d, out %q, err %q", code, out, errs)
			}
			s, err := scenario.LoadFile(file)
			if err != nil {
				t.Fatalf("the skeleton does not load:\n%v", err)
			}
			if s.ID != "my-crisis" || strings.Join(s.TeamIDs(), ",") != teams || s.Rounds != 2 {
				t.Errorf("skeleton: id %q, teams %v, rounds %d", s.ID, s.TeamIDs(), s.Rounds)
			}
			if ws := s.Lint(); len(ws) > 0 {
				t.Errorf("the skeleton draws warnings:\n%v", ws)
			}
			if code, out, errs := runCLI(t, "validate", "--strict", file); code != ExitOK || errs != "" {
				t.Errorf("brink validate --strict: exit %d\n%s%s", code, out, errs)
			}
			data, _ := os.ReadFile(file)
			if !strings.HasPrefix(string(data), "#:schema ") {
				t.Errorf("the skeleton does not start with #:schema")
			}
			// It never overwrites.
			code, _, errs = runCLI(t, "new", "my-crisis", "-o", file)
			if code != ExitFail || !strings.Contains(errs, "already exists") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
				t.Errorf("second brink new: exit %d, err %q", code, errs)
			}
			again, _ := os.ReadFile(file)
			if !bytes.Equal(again, data) {
				t.Errorf("brink new changed an existing file")
			}
		})
	}
}

// TestNewShowsEveryKey: the skeleton uses every key the schema knows.
func TestNewShowsEveryKey(t *testing.T) {
	text, err := Skeleton("x", []string{"us", "cn"}, "scenario.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var sch map[string]any
	if err := json.Unmarshal(assets.ScenarioSchema, &sch); err != nil {
		t.Fatal(err)
	}
	var keys []string
	var walk func(path string, node map[string]any)
	walk = func(path string, node map[string]any) {
		if props, ok := node["properties"].(map[string]any); ok {
			for k, v := range props {
				if path == "" || !strings.HasSuffix(path, "text") { // en and zh of a text are shown by any text
					keys = append(keys, k)
				}
				if child, ok := v.(map[string]any); ok {
					walk(path+"."+k, child)
				}
			}
		}
		for _, k := range []string{"items", "additionalProperties"} {
			if child, ok := node[k].(map[string]any); ok {
				walk(path, child)
			}
		}
	}
	walk("", sch)
	for _, k := range keys {
		if k == "en" || k == "zh" {
			continue
		}
		if !bytes.Contains(text, []byte(k+" =")) && !bytes.Contains(text, []byte(k+".")) && !bytes.Contains(text, []byte("."+k+"]")) && !bytes.Contains(text, []byte("["+k+"]")) {
			t.Errorf("the skeleton never shows the key %q", k)
		}
	}
}

func TestNewUsage(t *testing.T) {
	for _, args := range [][]string{
		{"new"},
		{"new", "Bad Name"},
		{"new", "a", "b"},
		{"new", "x", "--teams", "us"},
		{"new", "x", "--teams", "us,us"},
		{"new", "x", "--teams", "us,C N"},
	} {
		code, out, errs := runCLI(t, args...)
		if code != ExitUsage || out != "" || strings.Count(strings.TrimSpace(errs), "\n") != 0 || errs == "" {
			t.Errorf("%v: exit %d, out %q, err %q", args, code, out, errs)
		}
	}
}

func TestNewToStdout(t *testing.T) {
	code, out, _ := runCLI(t, "new", "piped", "-o", "-")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if _, err := scenario.Load("piped.toml", []byte(out)); err != nil {
		t.Errorf("stdout skeleton does not load: %v", err)
	}
}

func TestPreviewPlain(t *testing.T) {
	code, out, errs := runCLI(t, "preview", demoFile, "--inject", "intrusion")
	if code != ExitOK || errs != "" {
		t.Fatalf("exit %d, err %q", code, errs)
	}
	for _, want := range []string{
		"An intrusion is found",
		"A contractor finds an implant",
		"CN · Chinese delegation", "US · U.S. delegation",
		"Your own services report no operation of this kind.",
		"The implant reuses tools seen in earlier espionage.",
		"How will the U.S. side answer?", "quiet", "loud",
		// The game's screens: the assessment and the decision, with
		// the coach's stance words.
		"Your assessment", "2. A third party, using borrowed tools.",
		"Your decision", "1. Offer a joint look at the evidence",
		"stance +2 (coercive), in public",
		// The author's notes under them.
		"[third]  ✓ truth", "[offer]", "[name] · historical",
		"effects: Tension +15, Trust -10, Interests self +3 others -5",
		"marks: Leave a way out -15 — Names and shames in public",
		"hold: chosen when time runs out",
		"sets: named", "queues: protest",
		"both-quiet", `picked("us", "ask")`,
		"warning few-options",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("preview lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("plain output has escape codes")
	}
	for i, ln := range strings.Split(out, "\n") {
		if w := lipgloss.Width(ln); w > 80 {
			t.Errorf("line %d is %d wide: %q", i+1, w, ln)
		}
		if strings.TrimRight(ln, " ") != ln {
			t.Errorf("line %d has trailing blanks", i+1)
		}
	}
}

func TestPreviewOneSeat(t *testing.T) {
	code, out, _ := runCLI(t, "preview", demoFile, "--inject", "intrusion", "--team", "cn")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	// The US seat's private intelligence and options, and the facilitator's
	// rules, are not the Chinese seat's to see.
	for _, secret := range []string{"earlier espionage", "Ask on the hotline", "Who is behind the implant?", "both-quiet", "FACILITATOR"} {
		if strings.Contains(out, secret) {
			t.Errorf("the cn seat's preview shows %q", secret)
		}
	}
	if !strings.Contains(out, "Your own services report") {
		t.Errorf("the cn seat's preview lacks its own intelligence")
	}
}

func TestPreviewWidthAndLanguage(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "zh.toml")
	if code, _, errs := runCLI(t, "new", "zh", "-o", file); code != ExitOK {
		t.Fatal(errs)
	}
	code, out, errs := runTTY(t, map[string]string{"COLUMNS": "44"}, "preview", file, "--lang", "zh")
	if code != ExitOK || errs != "" {
		t.Fatalf("exit %d, err %q", code, errs)
	}
	if !strings.Contains(out, "发现网络入侵") || !strings.Contains(out, "你方情报部门报告称") {
		t.Errorf("zh preview lacks the Chinese text:\n%s", out)
	}
	for i, ln := range strings.Split(out, "\n") {
		if w := lipgloss.Width(ln); w > 44 {
			t.Errorf("line %d is %d wide at COLUMNS=44: %q", i+1, w, ln)
		}
	}
	code, out, _ = runCLI(t, "preview", file, "--width", "60", "--inject", "talks")
	if code != ExitOK || !strings.Contains(out, "scheduled in round 2") || !strings.Contains(out, "offered while: flags.public") {
		t.Errorf("preview --inject talks: exit %d\n%s", code, out)
	}
	for i, ln := range strings.Split(out, "\n") {
		if w := lipgloss.Width(ln); w > 60 {
			t.Errorf("line %d is %d wide at --width 60: %q", i+1, w, ln)
		}
	}
	code, out, _ = runCLI(t, "preview", file, "--inject", "reply")
	if code != ExitOK || !strings.Contains(out, "follow-up of opening/us/accuse") {
		t.Errorf("preview --inject reply: exit %d\n%s", code, out)
	}
}

func TestPreviewErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"preview"}, ExitUsage, "name one scenario"},
		{[]string{"preview", demoFile, "--lang", "fr"}, ExitUsage, "--lang"},
		{[]string{"preview", demoFile, "--inject", "nope"}, ExitFail, `no inject "nope" (injects: intrusion, protest, spill)`},
		{[]string{"preview", demoFile, "--team", "uk"}, ExitUsage, `no team "uk"`},
		{[]string{"preview", "no-such-scenario"}, ExitFail, "no built-in scenario"},
	} {
		code, out, errs := runCLI(t, c.args...)
		if code != c.code || out != "" || !strings.Contains(errs, c.want) || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: exit %d, out %q, err %q", c.args, code, out, errs)
		}
	}
}

func TestValidateStrict(t *testing.T) {
	// The demo loads, with warnings: exit 0, unless --strict. The
	// warnings go to stderr either way, the summary to stdout.
	code, out, errs := runCLI(t, "validate", demoFile)
	if code != ExitOK || strings.Contains(out, "warning unreachable") || !strings.Contains(out, "demo.toml: ok") || !strings.Contains(errs, "warning unreachable-inject") {
		t.Fatalf("validate: exit %d\n%s%s", code, out, errs)
	}
	for _, ln := range strings.Split(strings.TrimSpace(errs), "\n") {
		if strings.Contains(ln, " warning ") && !strings.HasPrefix(ln, demoFile+":") {
			t.Errorf("warning line %q is not file:line:col: warning CODE: message", ln)
		}
	}
	data, _ := os.ReadFile(demoFile)
	line := strings.Count(string(data[:bytes.Index(data, []byte("id = \"spill\""))]), "\n") // the [[injects]] line before it
	warnings := errs
	code, out, errs = runCLI(t, "validate", "--strict", demoFile)
	if code != ExitFail || !strings.Contains(errs, fmt.Sprintf("%s:%d:1: warning unreachable-inject: ", demoFile, line)) {
		t.Errorf("validate --strict: exit %d\n%s", code, errs)
	}
	if errs != warnings || !strings.Contains(out, "failed --strict") {
		t.Errorf("--strict moves or changes the warnings:\nwithout:\n%s\nwith:\n%s\nstdout: %s", warnings, errs, out)
	}
	code, out, _ = runCLI(t, "validate", "--json", demoFile)
	var res []struct {
		OK       bool
		Warnings []struct {
			File      string
			Line, Col int
			Code      string
			Message   string
		}
	}
	if code != ExitOK || json.Unmarshal([]byte(out), &res) != nil || len(res) != 1 || !res[0].OK || len(res[0].Warnings) == 0 {
		t.Fatalf("validate --json: exit %d\n%s", code, out)
	}
	found := false
	for _, w := range res[0].Warnings {
		found = found || (w.Code == scenario.LintUnreachableInject && w.Line > 0 && w.Col > 0)
	}
	if !found {
		t.Errorf("validate --json lacks the unreachable-inject warning: %s", out)
	}
}

// TestLintAgreesWithPlay: what the lint calls unreachable never happens in
// a game. Every built-in scenario, the demo and the skeleton are played by
// every bot policy over several seeds; no inject that fires, option that is
// chosen or rule that fires may have been called impossible.
func TestLintAgreesWithPlay(t *testing.T) {
	type named struct {
		name string
		s    *scenario.Scenario
	}
	var all []named
	for _, id := range content.IDs() {
		s, err := loadScenario(id)
		if err != nil {
			continue // a built-in being written; TestValidate-style tests report it
		}
		all = append(all, named{id, s})
	}
	demo, err := scenario.LoadFile(demoFile)
	if err != nil {
		t.Fatal(err)
	}
	skel, _ := Skeleton("skel", []string{"us", "cn"}, "scenario.schema.json")
	sk, err := scenario.Load("skel.toml", skel)
	if err != nil {
		t.Fatal(err)
	}
	all = append(all, named{"testdata-demo", demo}, named{"skeleton", sk})
	seeds := 8
	if testing.Short() {
		seeds = 2
	}
	for _, sc := range all {
		t.Run(sc.name, func(t *testing.T) {
			s := sc.s
			impossible := map[string]bool{}
			for _, w := range s.Lint() {
				switch w.Code {
				case scenario.LintUnreachableInject:
					impossible["inject "+w.Inject] = true
				case scenario.LintOptionNeverOffered, scenario.LintRuleNeverFires:
					impossible[w.Inject+" "+w.Msg] = true
				}
			}
			for _, pol := range bot.Names() {
				for seed := uint64(1); seed <= uint64(seeds); seed++ {
					seats := bot.Seats{}
					for _, team := range s.TeamIDs() {
						p, err := bot.Get(pol)
						if err != nil {
							t.Fatal(err)
						}
						seats[team] = p
					}
					// A policy may not suit a scenario (historical needs
					// historical options); the rounds it played still count.
					g, err := bot.Play(s, seed, seats)
					if g == nil {
						t.Fatalf("%s seed %d: %v", pol, seed, err)
					}
					for _, r := range g.History() {
						if impossible["inject "+r.Inject] {
							t.Errorf("%s seed %d: inject %q fired, but the lint calls it unreachable", pol, seed, r.Inject)
						}
						for key := range impossible {
							for _, ch := range r.Choices {
								in := s.Inject(r.Inject)
								if ch.Option != "" && in.Option(ch.Team, ch.Option) != &in.Options[ch.Team][0] &&
									strings.HasPrefix(key, r.Inject+" ") && strings.Contains(key, fmt.Sprintf("option %s/%s is never offered", ch.Team, ch.Option)) {
									t.Errorf("%s seed %d: %s/%s chosen in %q, but the lint says it is never offered", pol, seed, ch.Team, ch.Option, r.Inject)
								}
							}
							for _, rule := range r.Rules {
								if strings.HasPrefix(key, r.Inject+" ") && strings.Contains(key, fmt.Sprintf("rule %q can never fire", rule)) {
									t.Errorf("%s seed %d: rule %q fired in %q, but the lint says it never can", pol, seed, rule, r.Inject)
								}
							}
						}
					}
				}
			}
		})
	}
}

func TestNewFindsSchema(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "assets"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "assets", "scenario.schema.json"), assets.ScenarioSchema, 0o644)
	sub := filepath.Join(root, "content")
	os.MkdirAll(sub, 0o755)
	if got := findSchema(sub); got != "../assets/scenario.schema.json" {
		t.Errorf("in a content folder: %q", got)
	}
	file := filepath.Join(sub, "x.toml")
	if code, _, errs := runCLI(t, "new", "x", "-o", file); code != ExitOK {
		t.Fatal(errs)
	}
	data, _ := os.ReadFile(file)
	if !strings.HasPrefix(string(data), "#:schema ../assets/scenario.schema.json\n") {
		t.Errorf("first line: %q", strings.SplitN(string(data), "\n", 2)[0])
	}
	if got := findSchema(t.TempDir()); got != "scenario.schema.json" {
		t.Errorf("with no schema near: %q", got)
	}
}
