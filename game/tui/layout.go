package tui

import (
	"strings"
	"sync"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/brink-ttx/brink/game/textwrap"
)

// readingWidth caps prose on wide terminals (about 100 cells, as a book
// or a well-set web page keeps its lines); rules and footers still span
// the terminal, and a projector's tables side by side use all of it.
const readingWidth = 100

// width is the display width of s in cells, its widest line's. Never
// len(): a Chinese character is one rune of three bytes and two cells.
// Every frame measures every line, so the measure is the terminal's
// (wcwidth, rune by rune, as Bubble Tea's renderer counts cells unless the
// terminal says it counts graphemes), not a segmentation into graphemes:
// the two agree on all the text Brink draws (TestWidth).
func width(s string) int {
	w := 0
	for line := range strings.SplitSeq(s, "\n") {
		w = max(w, ansi.StringWidthWc(line))
	}
	return w
}

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

// wrap wraps plain text to w cells: English at spaces, Chinese between
// characters, with the line-breaking rules of game/textwrap. Style the
// result, never the input.
func wrap(s string, w int) string {
	w = max(w, 1)
	k := wrapKey{s, w}
	wraps.Lock()
	out, ok := wraps.m[k]
	wraps.Unlock()
	if ok {
		return out
	}
	out = textwrap.Wrap(s, w)
	wraps.Lock()
	if len(wraps.m) >= 4096 {
		clear(wraps.m)
	}
	wraps.m[k] = out
	wraps.Unlock()
	return out
}

// wraps remembers wrapped text. Screens lay the same briefs, options and
// evidence out again at every switch and resize, and wrapping by grapheme
// is the costliest thing a frame does. It is a pure cache, safe to share
// between SSH sessions.
var wraps = struct {
	sync.Mutex
	m map[wrapKey]string
}{m: map[wrapKey]string{}}

type wrapKey struct {
	s string
	w int
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
	out, _ := blockCount(s, w, h)
	return out
}

// blockCount is block, and how many lines it had to cut to w.
func blockCount(s string, w, h int) (string, int) {
	if h <= 0 {
		return "", 0
	}
	lines := strings.SplitN(s, "\n", h+1)
	if len(lines) > h {
		lines = lines[:h]
	}
	cutN := 0
	var b strings.Builder
	b.Grow(h * (w + 16))
	for i := 0; i < h; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		l := ""
		if i < len(lines) {
			l = lines[i]
		}
		// One width measurement per line: this runs for every frame.
		lw := width(l)
		if lw > w {
			cutN++
			l = cut(l, w)
			lw = width(l)
		}
		b.WriteString(l)
		for ; lw < w; lw++ {
			b.WriteByte(' ')
		}
	}
	return b.String(), cutN
}

// rows makes s exactly h lines, leaving widths to the frame, which pads
// every line once.
func rows(s string, h int) string {
	if h <= 0 {
		return ""
	}
	n := strings.Count(s, "\n") + 1
	if n > h {
		return strings.Join(strings.SplitN(s, "\n", h+1)[:h], "\n")
	}
	return s + strings.Repeat("\n", h-n)
}

// center places s in the middle of a w-cell line (or block).
func center(s string, w int) string {
	return lipgloss.PlaceHorizontal(w, lipgloss.Center, s)
}

// wrapAll wraps s to w cells like wrap, and breaks any word still wider
// than w (a file path) between characters, so that nothing is cut.
func wrapAll(s string, w int) []string {
	w = max(w, 1)
	var out []string
	for _, l := range strings.Split(wrap(s, w), "\n") {
		for width(l) > w {
			r := []rune(l)
			n := 0
			for n < len(r) && width(string(r[:n+1])) <= w {
				n++
			}
			n = max(n, 1)
			out = append(out, string(r[:n]))
			l = string(r[n:])
		}
		out = append(out, l)
	}
	return out
}

// styleLines renders each line with style.
func styleLines(style lipgloss.Style, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = style.Render(l)
	}
	return out
}
