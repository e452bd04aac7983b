package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// The measure agrees with Lip Gloss's on styled, multi-line and
// control-laden text, Chinese, punctuation of ambiguous width, the box
// rules, bars and marks the screens draw, and every golden screen.
func TestWidth(t *testing.T) {
	st := lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#ff8800")).Underline(true)
	for _, s := range []string{
		"", "plain", "two\nlines, the second longer", st.Render("styled") + " and not",
		"\x1b]8;;https://example.org\x1b\\link\x1b]8;;\x1b\\", "tab\there", "bell\a and \r return",
		st.Render("a\nbb\nccc"), "中文 and English", st.Render("混合 text"), "— dash",
		"“引号” … ·", "╭──┬──╮│ ░▒▓█ ┃ ✓ ✗ ▲ ▼ ● ○ ◆ ◇", "（全角）：，。、；", "２０１３—２０１５",
	} {
		if got, want := width(s), lipgloss.Width(s); got != want {
			t.Errorf("width(%q) = %d, Lip Gloss says %d", s, got, want)
		}
	}
	goldens, _ := filepath.Glob("testdata/*/*.golden")
	if len(goldens) < 10 {
		t.Fatalf("only %d golden screens found", len(goldens))
	}
	for _, g := range goldens {
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if got, want := width(line), lipgloss.Width(line); got != want {
				t.Errorf("%s:%d: width %d, Lip Gloss says %d: %q", g, i+1, got, want, line)
			}
		}
	}
}
