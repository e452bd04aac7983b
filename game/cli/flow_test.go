package cli

import (
	"encoding/json"
	"strings"
	"testing"
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
