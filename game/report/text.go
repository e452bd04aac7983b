package report

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
)

// words are the report's own fixed strings in each language; scenario text
// comes from the scenario in the report's language.

// thresholdName names a threshold in lang: the usual ones said, any other
// by its id.
func thresholdName(lang bilingual.Lang, name string) string {
	switch name {
	case "resolved":
		return zhMsg.Sprintf(lang, "resolved")
	case "crisis":
		return zhMsg.Sprintf(lang, "crisis")
	case "catastrophe":
		return zhMsg.Sprintf(lang, "catastrophe")
	case "low":
		return zhMsg.Sprintf(lang, "low")
	case "high":
		return zhMsg.Sprintf(lang, "high")
	}
	return name
}

// reasonText gives the engine's end reason in lang, as a sentence start:
// the engine's message in the report's own words.
func reasonText(lang bilingual.Lang, why bilingual.Msg) string {
	if why.IsZero() {
		return ""
	}
	return sentence(zhMsg.Sprintf(lang, why.Format(), why.Args()...))
}

// outcomeLabel names an outcome, or a game still running.
func outcomeLabel(lang bilingual.Lang, result string) string {
	if n := engine.Outcome(result).Name(); !n.IsZero() {
		return sentence(n.In(lang))
	}
	return zhMsg.Sprintf(lang, "In progress")
}

// sentence is s with its first letter a capital, to start a sentence or a
// label (Chinese has none).
func sentence(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// visibilityLabel names an option's visibility.
func visibilityLabel(lang bilingual.Lang, v string) string {
	if v == "public" {
		return zhMsg.Sprintf(lang, "public")
	}
	return zhMsg.Sprintf(lang, "private")
}

// roundName is "Round 3" / "第3回合".
func roundName(lang bilingual.Lang, n int) string {
	if lang == "zh" {
		return fmt.Sprintf("第%d回合", n)
	}
	return fmt.Sprintf("Round %d", n)
}

// sep is the list separator.
func sep(lang bilingual.Lang) string {
	if lang == "zh" {
		return "、"
	}
	return ", "
}

// stop ends a sentence.
func stop(lang bilingual.Lang) string {
	if lang == "zh" {
		return "。"
	}
	return ". "
}

// colon is the label separator.
// listSep separates the items of a list in a sentence.
func listSep(lang bilingual.Lang) string {
	if lang == "zh" {
		return "，"
	}
	return ", "
}

func colon(lang bilingual.Lang) string {
	if lang == "zh" {
		return "："
	}
	return ": "
}
