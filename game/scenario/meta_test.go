package scenario

import (
	"os"
	"strings"
	"testing"
)

// minutes and difficulty are optional; when given they are checked, and
// About says them in one line in either language.
func TestMinutesAndDifficulty(t *testing.T) {
	data, err := os.ReadFile("../../content/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	with := func(lines string) string {
		return strings.Replace(string(data), "rounds = 3\n", "rounds = 3\n"+lines, 1)
	}
	s, err := Load("demo.toml", []byte(with("minutes = 20\ndifficulty = \"intermediate\"\n")))
	if err != nil {
		t.Fatal(err)
	}
	if s.Minutes != 20 || s.Difficulty != "intermediate" {
		t.Errorf("read minutes %d, difficulty %q", s.Minutes, s.Difficulty)
	}
	if got := s.About("en"); got != "up to 3 rounds · about 20 min · intermediate" {
		t.Errorf("About(en) = %q", got)
	}
	if got := s.About("zh"); got != "最多 3 轮 · 约 20 分钟 · 中级" {
		t.Errorf("About(zh) = %q", got)
	}
	s, err = Load("demo.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.About("en"); got != "up to 3 rounds" {
		t.Errorf("About without the keys = %q", got)
	}
	for _, c := range []struct{ lines, en, zh string }{
		{"minutes = -5\n", `demo.toml:6:1: minutes must be within 1..600, not -5`, "minutes 必须在 1..600 之间，不能是 -5"},
		{"minutes = 900\n", `minutes must be within 1..600, not 900`, ""},
		{"difficulty = \"advnced\"\n", `difficulty "advnced": use introductory, intermediate, advanced (did you mean "advanced"?)`, `（是否想写 "advanced"？）`},
		{"difficulty = \"hard\"\n", `difficulty "hard": use introductory, intermediate, advanced`, ""},
	} {
		_, err := Load("demo.toml", []byte(with(c.lines)))
		ps := AsProblems(err)
		if len(ps) != 1 || !strings.Contains(ps[0].In("en"), c.en) || !strings.Contains(ps[0].In("zh"), c.zh) {
			t.Errorf("%q: %v", c.lines, err)
		}
	}
}
