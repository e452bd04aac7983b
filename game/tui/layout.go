package tui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// width is the display width of s in cells. Never len(): a Chinese
// character is one rune of three bytes and two cells.
func width(s string) int { return lipgloss.Width(s) }

// cut truncates s to at most w cells, ending with "..." when it cuts.
func cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if width(s) <= w {
		return s
	}
	if w <= 3 {
		return ansi.Truncate(s, w, "")
	}
	return ansi.Truncate(s, w, "...")
}

// pad pads s with spaces to exactly w cells (cutting it if it is wider).
func pad(s string, w int) string {
	s = cut(s, w)
	if n := w - width(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}

// wrap word-wraps plain or styled text to w cells. Words longer than w are
// broken, and so is Chinese, which has no spaces: between any two
// characters, except that closing punctuation never starts a line.
func wrap(s string, w int) string {
	if w < 1 {
		w = 1
	}
	out := ansi.Wrap(s, w, "")
	if !strings.ContainsAny(out, closingPunct) {
		return out
	}
	return fixKinsoku(strings.Split(out, "\n"), w)
}

// closingPunct is Chinese punctuation that must not begin a line.
const closingPunct = "，。、；：！？）》」』”’"

// fixKinsoku moves a closing punctuation mark at the start of a line to the
// end of the line before it, when that still fits, else it carries the last
// character of the line before down with it.
func fixKinsoku(lines []string, w int) string {
	for i := 1; i < len(lines); i++ {
		r := []rune(lines[i])
		if len(r) == 0 || !strings.ContainsRune(closingPunct, r[0]) {
			continue
		}
		mark := string(r[0])
		if width(lines[i-1])+width(mark) <= w {
			lines[i-1] += mark
			lines[i] = string(r[1:])
			continue
		}
		prev := []rune(lines[i-1])
		if len(prev) > 1 && !strings.Contains(lines[i-1], "\x1b") {
			last := string(prev[len(prev)-1])
			lines[i-1] = string(prev[:len(prev)-1])
			lines[i] = last + lines[i]
		}
	}
	// A carried character may push a line over: wrap again without the fix.
	for i, l := range lines {
		if width(l) > w {
			lines[i] = ansi.Hardwrap(l, w, false)
		}
	}
	return strings.Join(lines, "\n")
}

// hang wraps s to w cells and indents every line after the first by
// hang cells (the first line starts where the caller already is).
func hang(s string, w, hangBy int) string {
	lines := strings.Split(wrap(s, max(w-hangBy, 1)), "\n")
	for i := 1; i < len(lines); i++ {
		lines[i] = strings.Repeat(" ", hangBy) + lines[i]
	}
	return strings.Join(lines, "\n")
}

// clean makes text from a scenario or a player safe to draw: no escape
// sequences, no control characters, tabs as spaces.
func clean(s string) string {
	if s == "" {
		return s
	}
	s = ansi.Strip(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// oneLine is clean text folded onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}

// block fits s into exactly h lines of exactly w cells.
func block(s string, w, h int) string {
	if h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = pad(l, w)
	}
	return strings.Join(lines, "\n")
}

// overflow counts the lines of s wider than w.
func overflow(s string, w int) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		if width(l) > w {
			n++
		}
	}
	return n
}

// center places s in the middle of a w-cell line (or block).
func center(s string, w int) string {
	return lipgloss.PlaceHorizontal(w, lipgloss.Center, s)
}

// rule is a horizontal line w cells wide.
func rule(w int) string { return strings.Repeat("-", max(w, 0)) }
