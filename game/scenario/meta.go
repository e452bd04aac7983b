package scenario

import (
	"slices"
	"strconv"
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
)

// Difficulties are the values a scenario's difficulty may take, easiest
// first: introductory (one clear dilemma, a good first game), intermediate
// (uncertain attribution or intent, more branches) and advanced (deception,
// third parties or nuclear stakes; best after a first game).
var Difficulties = []string{"introductory", "intermediate", "advanced"}

var difficultyNames = map[string]Text{
	"introductory": {"en": "introductory", "zh": "入门"},
	"intermediate": {"en": "intermediate", "zh": "中级"},
	"advanced":     {"en": "advanced", "zh": "高级"},
}

// DifficultyName is a difficulty in both languages; empty for none.
func DifficultyName(d string) Text {
	if t, ok := difficultyNames[d]; ok {
		return t
	}
	return Text{}
}

// About is the scenario's rounds, expected duration and difficulty in one
// line for a list or a picker: "10 rounds · about 55 min · introductory".
// What the file does not say is left out.
func (s *Scenario) About(lang bilingual.Lang) string {
	parts := []string{}
	if lang == "zh" {
		parts = append(parts, "最多 "+strconv.Itoa(s.Rounds)+" 轮")
		if s.Minutes > 0 {
			parts = append(parts, "约 "+strconv.Itoa(s.Minutes)+" 分钟")
		}
	} else {
		parts = append(parts, "up to "+strconv.Itoa(s.Rounds)+" rounds")
		if s.Minutes > 0 {
			parts = append(parts, "about "+strconv.Itoa(s.Minutes)+" min")
		}
	}
	if d := DifficultyName(s.Difficulty); !d.Empty() {
		parts = append(parts, d.In(lang))
	}
	return strings.Join(parts, " · ")
}

// checkMeta checks the optional minutes and difficulty.
func (v *validator) checkMeta() {
	s := v.s
	if s.Minutes < 0 || s.Minutes > 600 {
		v.at("minutes", "minutes must be within 1..600, not %d", s.Minutes)
	}
	if s.Difficulty != "" && !slices.Contains(Difficulties, s.Difficulty) {
		v.at("difficulty", "difficulty %q: use %s%s", s.Difficulty, strings.Join(Difficulties, ", "), suggest(s.Difficulty, Difficulties))
	}
}
