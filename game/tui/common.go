package tui

import (
	"fmt"

	"github.com/charmbracelet/lipgloss"
)

// Common is the small shared context every screen gets: the terminal's
// size, the styles, the keys and the language. There are no globals: over
// SSH each session has its own Common, built from its own renderer.
type Common struct {
	Width, Height int
	Styles        *Styles
	Keys          *KeyMap
	Lang          string
	Renderer      *lipgloss.Renderer
	Coach         bool
}

// NewCommon builds a Common for renderer r (nil: lipgloss's default) in lang.
func NewCommon(r *lipgloss.Renderer, lang string) *Common {
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	lang = normLang(lang)
	c := &Common{Renderer: r, Lang: lang, Styles: DefaultStyles(r)}
	c.Keys = DefaultKeyMap(c.T)
	return c
}

// T is the UI string key in the Common's language.
func (c *Common) T(key string) string { return translate(c.Lang, key) }

// Tf formats the UI string key with args.
func (c *Common) Tf(key string, args ...any) string {
	return fmt.Sprintf(translate(c.Lang, key), args...)
}
