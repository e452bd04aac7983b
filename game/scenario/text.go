package scenario

import (
	"fmt"
	"sort"

	"github.com/brink-ttx/brink/game/bilingual"
)

// Text is a piece of player-facing prose in one or more languages. In TOML it
// is either a plain string (English) or a table of languages:
// { en = "…", zh = "…" }.
type Text map[bilingual.Lang]string

// UnmarshalTOML accepts a string or a table of language → string.
func (t *Text) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case string:
		*t = Text{"en": x}
		return nil
	case map[string]any:
		out := make(Text, len(x))
		for k, v := range x {
			s, isStr := v.(string)
			l, known := bilingual.ParseLang(k)
			if !isStr || !known {
				return textTableError(x)
			}
			out[l] = s
		}
		*t = out
		return nil
	default:
		return zhMsg.Errorf("text must be a string or a table like { en = \"…\", zh = \"…\" }, not %s", tomlTypeName(v))
	}
}

// textTableError says what is wrong with the first language of a text
// table, in order, whatever the order of the map.
func textTableError(x map[string]any) error {
	keys := make([]string, 0, len(x))
	for k := range x {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, ok := x[k].(string); !ok {
			return zhMsg.Errorf("text in language %q must be a string, not %s", k, tomlTypeName(x[k]))
		}
		if _, ok := bilingual.ParseLang(k); !ok {
			return zhMsg.Errorf("unknown language %q (use en or zh)", k)
		}
	}
	return nil
}

// In returns the text in lang, falling back to English, then to any language.
func (t Text) In(lang bilingual.Lang) string {
	if s, ok := t[lang]; ok && s != "" {
		return s
	}
	if s, ok := t["en"]; ok && s != "" {
		return s
	}
	for _, l := range bilingual.Langs {
		if s := t[l]; s != "" {
			return s
		}
	}
	return ""
}

// String is the English text.
func (t Text) String() string { return t.In("en") }

// Empty reports whether the text has no words in any language.
func (t Text) Empty() bool { return t.In("en") == "" }

// Has reports whether the text is written in lang (no fallback).
func (t Text) Has(lang bilingual.Lang) bool { return t[lang] != "" }

// T makes an English-only text; handy in code and tests.
func T(s string) Text { return Text{"en": s} }

// tomlTypeName names the type of a decoded TOML value, as a message says it.
func tomlTypeName(v any) bilingual.Sayer {
	switch v.(type) {
	case string:
		return zhMsg.Msg("a string")
	case int64:
		return zhMsg.Msg("an integer")
	case float64:
		return zhMsg.Msg("a float")
	case bool:
		return zhMsg.Msg("a boolean")
	case map[string]any:
		return zhMsg.Msg("a table")
	case []any, []map[string]any:
		return zhMsg.Msg("an array")
	case nil:
		return bilingual.Pair{En: "nothing"}
	default:
		return bilingual.Pair{En: fmt.Sprintf("%T", v)}
	}
}
