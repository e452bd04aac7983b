package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/game/analyze"
)

func runAnalyze(t *testing.T, tty bool, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	c := &Ctx{Stdout: &out, Stderr: &errb, IsTTY: tty, Getenv: func(string) string { return "" }}
	code = Main(append([]string{"analyze"}, args...), c)
	return out.String(), errb.String(), code
}

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
	out, errs, code := runAnalyze(t, true, "demo", "--games", "20")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"OUTCOMES", "cn=principled us=realist", "NEVER FIRED", "WARNINGS"} {
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
