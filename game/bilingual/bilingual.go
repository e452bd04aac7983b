// Package bilingual says errors in English and Simplified Chinese. An error
// keeps its English Error(), which tests and tools read; In(lang) says it
// in the user's language. Each package keeps its own Catalogue: the Chinese
// of each message, keyed by the English format it is written with, with
// the same verbs in the same order, so that the English stays where it is
// written. The operating system's errors (a missing file, a full disk, an
// address in use) are said by their errno, with their paths kept (os.go).
package bilingual

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Sayer is anything that can be said in a language: an error of this
// package, a scenario's problems, a Pair.
type Sayer interface {
	In(lang Lang) string
}

// Say is err as a user reading lang should read it. An error that can say
// itself (In) does; an I/O error is said by its errno; anything else stays
// English. When only an error inside err can be said, what wraps it stays
// as it is and the inner part is said in lang.
func Say(err error, lang Lang) string {
	if err == nil {
		return ""
	}
	full := err.Error()
	if lang != "zh" {
		return full
	}
	for e, outer := err, true; e != nil; e, outer = errors.Unwrap(e), false {
		s, ok := said(e, lang)
		if !ok {
			continue
		}
		if outer {
			return s
		}
		if inner := e.Error(); strings.HasSuffix(full, inner) {
			return full[:len(full)-len(inner)] + s
		}
		return full
	}
	return full
}

// said is e itself in lang, if e can be said.
func said(e error, lang Lang) (string, bool) {
	if s, ok := e.(Sayer); ok {
		return s.In(lang), true
	}
	return osZh(e)
}

// VerbRe matches one fmt verb with its flags, width and precision.
var VerbRe = regexp.MustCompile(`%[-+# 0]*(?:\d+|\*)?(?:\.(?:\d+|\*)?)?[a-zA-Z%]`)

// Verbs lists a format's verbs in order, without %%; %w counts as %v, as a
// Chinese format says the wrapped error with %v.
func Verbs(format string) []string {
	var out []string
	for _, v := range VerbRe.FindAllString(format, -1) {
		switch v {
		case "%%":
			continue
		case "%w":
			v = "%v"
		}
		out = append(out, v)
	}
	return out
}

// Catalogue is the Chinese of a package's messages, by English format.
type Catalogue map[string]string

// Errorf is fmt.Errorf(format, a...) (%w wraps as there) that can also be
// said in Chinese, from the catalogue.
func (c Catalogue) Errorf(format string, a ...any) error {
	return &Error{cat: c, format: format, args: a, err: fmt.Errorf(format, a...)}
}

// Sprintf is fmt.Sprintf(format, a...) in lang: in Chinese, the
// catalogue's format, and each argument that can be said (an error, a
// Pair, a scenario text) said in Chinese too. A format the catalogue does
// not hold stays English.
func (c Catalogue) Sprintf(lang Lang, format string, a ...any) string {
	if lang == "zh" {
		if zf, ok := c[format]; ok {
			format = zf
		} else {
			lang = "en"
		}
	}
	args := make([]any, len(a))
	for i, x := range a {
		args[i] = Arg(lang, x)
	}
	return fmt.Sprintf(strings.ReplaceAll(format, "%w", "%v"), args...)
}

// Arg is a format's argument as it should print in lang: an error said
// (Say), anything with In said in lang, anything else as it is.
func Arg(lang Lang, x any) any {
	switch x := x.(type) {
	case error:
		return Say(x, lang)
	case Sayer:
		return x.In(lang)
	}
	return x
}

// Error is an error made with Catalogue.Errorf.
type Error struct {
	cat    Catalogue
	format string
	args   []any
	err    error
}

func (e *Error) Error() string { return e.err.Error() }

// Unwrap is the error the format wrapped with %w, or nil.
func (e *Error) Unwrap() error { return errors.Unwrap(e.err) }

// In is the error in lang.
func (e *Error) In(lang Lang) string {
	if lang != "zh" {
		return e.Error()
	}
	return e.cat.Sprintf(lang, e.format, e.args...)
}

// Msg is a message to be said later in either language: an English
// format, its arguments, and the catalogue holding its Chinese. It prints
// as its English, in fmt and as JSON text. The zero Msg says nothing.
type Msg struct {
	cat    Catalogue
	format string
	args   []any
}

// Msg is format with a, to be said in the reader's language (Sprintf).
func (c Catalogue) Msg(format string, a ...any) Msg { return Msg{cat: c, format: format, args: a} }

// In is the message in lang.
func (m Msg) In(lang Lang) string {
	if m.format == "" {
		return ""
	}
	return m.cat.Sprintf(lang, m.format, m.args...)
}

// String is the message in English.
func (m Msg) String() string { return m.In(English) }

// Format is the message's English format: another package's catalogue
// may say the same message in its own words, keyed by it.
func (m Msg) Format() string { return m.format }

// Args are the message's arguments.
func (m Msg) Args() []any { return m.args }

// IsZero reports whether m says nothing.
func (m Msg) IsZero() bool { return m.format == "" }

// MarshalText is the message in English.
func (m Msg) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// Pair is a piece of a message in both languages; it prints as its English.
type Pair struct{ En, Zh string }

func (p Pair) String() string { return p.En }

// In is the pair in lang.
func (p Pair) In(lang Lang) string {
	if lang == "zh" && p.Zh != "" {
		return p.Zh
	}
	return p.En
}

// fixed is an error that is always the same message.
type fixed struct{ en, zh string }

func (e *fixed) Error() string { return e.en }

func (e *fixed) In(lang Lang) string {
	if lang == "zh" {
		return e.zh
	}
	return e.en
}

// New is an error that is always the same message, in English and
// Chinese: a sentinel that errors.Is finds.
func New(en, zh string) error { return &fixed{en, zh} }
