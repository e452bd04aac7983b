package report

import (
	"fmt"
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
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
	reason := zhMsg.Sprintf(lang, why.Format(), why.Args()...)
	if lang == "zh" {
		return reason
	}
	return strings.ToUpper(reason[:1]) + reason[1:]
}

// outcomeLabel names an outcome, or a game still running.
func outcomeLabel(lang bilingual.Lang, result string) string {
	switch result {
	case "catastrophe":
		return zhMsg.Sprintf(lang, "Catastrophe")
	case "escalated":
		return zhMsg.Sprintf(lang, "Escalated")
	case "contained":
		return zhMsg.Sprintf(lang, "Contained")
	case "resolved":
		return zhMsg.Sprintf(lang, "Resolved")
	}
	return zhMsg.Sprintf(lang, "In progress")
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
