package tui

import (
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/colorprofile"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/textwrap"
)

// Common is the small shared context every screen gets: the terminal's
// size, the styles, the keys, the language and the character set. There
// are no globals: over SSH each session has its own Common, built from its
// own colour profile, and switches its own language.
type Common struct {
	Width, Height int
	Styles        *Styles
	Keys          *KeyMap
	Lang          bilingual.Lang
	// Profile is the terminal's colour profile, as its program writes
	// (tea.WithColorProfile); NoTTY draws no styles at all.
	Profile colorprofile.Profile
	// Dark: the terminal's background is dark (the default). With
	// AskBackground the program asks the terminal and follows its answer
	// (SetDark); without, as over SSH, a dark background is assumed: a
	// client that never answers must not matter.
	Dark, AskBackground bool
	Coach               bool
	// ASCII: the terminal may draw East Asian ambiguous-width characters
	// (“ ” … — · → ○ and the like) two cells wide. Everything shown is
	// then made of ASCII and wide characters only (see Safe).
	ASCII bool
}

// NewCommon builds a Common for a terminal with colour profile p and a dark
// background, in lang. colorprofile.Unknown (0) is NoTTY: plain text, as
// tests compare it.
func NewCommon(p colorprofile.Profile, lang bilingual.Lang) *Common {
	if p == colorprofile.Unknown {
		p = colorprofile.NoTTY
	}
	c := &Common{Profile: p, Dark: true, Lang: lang.Known(), Styles: DefaultStyles(p, true)}
	c.Keys = DefaultKeyMap(c)
	return c
}

// SetDark builds the styles again for a dark background or a light one,
// in the chrome's characters.
func (c *Common) SetDark(dark bool) {
	c.Dark = dark
	c.Styles = DefaultStyles(c.Profile, dark)
	c.Styles.UseUnicode(!c.ASCII)
}

// SetLang switches the Common to lang: its strings and its keys' help.
func (c *Common) SetLang(lang bilingual.Lang) {
	c.Lang = lang.Known()
	c.Keys = DefaultKeyMap(c)
	if !c.ASCII {
		c.Keys.useArrows(c)
	}
}

// SetASCII sets the ASCII mode and draws the chrome for it: rounded
// borders, box rules, block meters and arrow keys when off, ASCII when on.
// A front end that builds its own Common (a facilitator's console showing a
// Debrief) calls it once it knows the terminal.
func (c *Common) SetASCII(on bool) {
	c.ASCII = on
	c.Styles.UseUnicode(!on)
	c.SetLang(c.Lang)
}

// UTF8Locale reports whether the environment's locale (LC_ALL, else
// LC_CTYPE, else LANG) is UTF-8, so that the terminal can draw box rules
// and blocks. An environment that names no locale counts as UTF-8, as
// terminals are today. getenv nil is the process's environment.
func UTF8Locale(getenv func(string) string) bool {
	if getenv == nil {
		getenv = os.Getenv
	}
	for _, k := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := strings.ToLower(getenv(k)); v != "" {
			return strings.Contains(v, "utf-8") || strings.Contains(v, "utf8")
		}
	}
	return true
}

// Text is the UI string written in English as format, in the Common's
// language (its Chinese from zhMsg), ready to draw: a message with no
// verbs to fill.
func (c *Common) Text(format string) string { return c.Safe(zhMsg.Sprintf(c.Lang, format)) }

// span is a length of time as a person says it: "2 min", "45 s", "1:30".
func (c *Common) span(d time.Duration) string {
	switch {
	case d >= time.Minute && d%time.Minute == 0:
		return c.Textf("%d min", int(d/time.Minute))
	case d < time.Minute && d%time.Second == 0:
		return c.Textf("%d s", int(d/time.Second))
	}
	return clock(d)
}

// Textf is the UI string written in English as format, with args, in the
// Common's language, ready to draw.
func (c *Common) Textf(format string, args ...any) string {
	return c.Safe(zhMsg.Sprintf(c.Lang, format, args...))
}

// ListSep goes between the items of a list: ", " or "、".
func (c *Common) ListSep() string { return listSep.In(c.Lang) }

// ClauseSep goes between the parts of a sentence: ", " or "，".
func (c *Common) ClauseSep() string { return clauseSep.In(c.Lang) }

// LangKey names the language the language key switches to, in that
// language, so that a reader of the other one can find it.
func (c *Common) LangKey() string { return langKey.In(c.Lang) }

// Outcome names a game's outcome in the Common's language, ready to draw.
func (c *Common) Outcome(o engine.Outcome) string {
	if n := o.Name(); !n.IsZero() {
		return c.Safe(n.In(c.Lang))
	}
	return c.Safe(string(o))
}

// Safe makes text ready to draw on this terminal: in ASCII mode every
// character of ambiguous width is replaced by an ASCII or wide equivalent
// (“引号” → 「引号」, … → ..., — → --). Everything a screen shows that does
// not come from Text passes through Safe (or Line and Para, which use it).
func (c *Common) Safe(s string) string {
	if c.ASCII {
		return textwrap.Unambiguous(s)
	}
	return s
}

// Err is an error in the Common's language, folded onto one line and
// ready to draw.
func (c *Common) Err(err error) string { return c.Safe(oneLine(bilingual.Say(err, c.Lang))) }

// Line is scenario text in the Common's language, folded onto one line
// and ready to draw.
func (c *Common) Line(t scenario.Text) string { return c.Safe(oneLine(t.In(c.Lang))) }

// Para is scenario text in the Common's language, its paragraphs kept,
// ready to draw.
func (c *Common) Para(t scenario.Text) string { return c.Safe(clean(t.In(c.Lang))) }

// EastAsianWide reports whether an environment asks for East Asian
// ambiguous-width characters to be two cells wide: RUNEWIDTH_EASTASIAN
// set to 1 or true, as go-runewidth and charmbracelet/x/ansi read it.
// getenv nil is the process's environment.
func EastAsianWide(getenv func(string) string) bool {
	if getenv == nil {
		getenv = os.Getenv
	}
	on, err := strconv.ParseBool(getenv("RUNEWIDTH_EASTASIAN"))
	return err == nil && on
}
