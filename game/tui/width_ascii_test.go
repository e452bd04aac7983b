package tui

import (
	"testing"

	"charm.land/lipgloss/v2"
)

// The ASCII measure agrees with Lip Gloss's on styled, multi-line and
// control-laden text, and anything not ASCII is Lip Gloss's.
func TestWidthASCII(t *testing.T) {
	st := lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#ff8800")).Underline(true)
	for _, s := range []string{
		"", "plain", "two\nlines, the second longer", st.Render("styled") + " and not",
		"\x1b]8;;https://example.org\x1b\\link\x1b]8;;\x1b\\", "tab\there", "bell\a and \r return",
		st.Render("a\nbb\nccc"), "中文 and English", st.Render("混合 text"), "— dash",
	} {
		if got, want := width(s), lipgloss.Width(s); got != want {
			t.Errorf("width(%q) = %d, Lip Gloss says %d", s, got, want)
		}
	}
}
