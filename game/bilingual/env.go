package bilingual

import "strings"

// Lang is a language Brink speaks: English or Simplified Chinese.
type Lang string

// The languages Brink speaks; English is the fallback.
const (
	English Lang = "en"
	Chinese Lang = "zh"
)

// Langs are the languages Brink speaks, English first.
var Langs = []Lang{English, Chinese}

// ParseLang is the language a --lang value or a file's language key names,
// and false for anything else.
func ParseLang(s string) (Lang, bool) {
	switch l := Lang(s); l {
	case English, Chinese:
		return l, true
	}
	return "", false
}

// Next is the language after l in Langs, round again after the last: the
// game's language key steps through them.
func (l Lang) Next() Lang {
	for i, x := range Langs {
		if x == l {
			return Langs[(i+1)%len(Langs)]
		}
	}
	return English
}

// Pick is the one place Brink decides a language. A flag given (--lang)
// decides, and must name a language (ok false otherwise); else the locale
// environment as POSIX reads it: the first of LC_ALL, LC_MESSAGES and LANG
// that is set, Chinese for a Chinese locale (zh_CN.UTF-8 and the like) and
// English for any other; else fallback. The command line reads its
// process's environment with it, and the SSH host each session's.
func Pick(flag string, getenv func(string) string, fallback Lang) (lang Lang, ok bool) {
	if flag != "" {
		return ParseLang(flag)
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return Chinese, true
			}
			return English, true
		}
	}
	return fallback, true
}

// Known is l when Brink speaks it, English otherwise.
func (l Lang) Known() Lang {
	if _, ok := ParseLang(string(l)); ok {
		return l
	}
	return English
}
