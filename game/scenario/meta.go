package scenario

import (
	"slices"
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
)

// Difficulties are the values a scenario's difficulty may take, easiest
// first: introductory (one clear dilemma, a good first game), intermediate
// (uncertain attribution or intent, more branches) and advanced (deception,
// third parties or nuclear stakes; best after a first game).
var Difficulties = []string{"introductory", "intermediate", "advanced"}

// DifficultyName is a difficulty in both languages; empty for none.
func DifficultyName(d string) Text {
	switch d {
	case "introductory":
		return TextOf(zhMsg.Msg("introductory"))
	case "intermediate":
		return TextOf(zhMsg.Msg("intermediate"))
	case "advanced":
		return TextOf(zhMsg.Msg("advanced"))
	}
	return Text{}
}

// TextOf is a message as a text in every language.
func TextOf(m bilingual.Sayer) Text {
	t := Text{}
	for _, lang := range bilingual.Langs {
		t[lang] = m.In(lang)
	}
	return t
}

// About is the scenario's rounds, expected duration and difficulty in one
// line for a list or a picker: "10 rounds · about 55 min · introductory".
// What the file does not say is left out.
func (s *Scenario) About(lang bilingual.Lang) string {
	parts := []string{zhMsg.Sprintf(lang, "up to %d rounds", s.Rounds)}
	if s.Minutes > 0 {
		parts = append(parts, zhMsg.Sprintf(lang, "about %d min", s.Minutes))
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
