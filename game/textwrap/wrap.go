// Package textwrap wraps plain text to a width in terminal cells, for
// English and Chinese alike: Latin text breaks at spaces, Chinese text
// between any two characters (it has no spaces), and the usual line-breaking
// rules hold (no line starts with ，。、） and the like, none ends with （《).
// Widths are measured in cells, so wide characters count as two.
package textwrap

import (
	"strings"
	"unicode"

	"github.com/rivo/uniseg"
)

// noStart may not begin a line: closing brackets and punctuation.
const noStart = "，。、；：？！）》」』】〕〉”’…—・·％,.;:?!)]}%"

// noEnd may not end a line: opening brackets and quotes.
const noEnd = "（《「『【〔〈“‘([{"

type class int

const (
	other class = iota
	space
	wide // a character that may break on either side (CJK)
)

func classify(g string) class {
	r := []rune(g)[0]
	switch {
	case g == " " || g == "\t":
		return space
	case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r):
		return wide
	case strings.ContainsRune(noStart, r) || strings.ContainsRune(noEnd, r):
		if uniseg.StringWidth(g) == 2 {
			return wide
		}
	}
	return other
}

// Wrap wraps s to width cells. Existing newlines are kept. A width below 1
// returns s unchanged.
func Wrap(s string, width int) string {
	if width < 1 {
		return s
	}
	paras := strings.Split(s, "\n")
	for i, p := range paras {
		paras[i] = strings.Join(Lines(p, width), "\n")
	}
	return strings.Join(paras, "\n")
}

// Lines wraps one paragraph (no newlines) into lines of at most width cells.
func Lines(p string, width int) []string {
	if width < 1 {
		return []string{p}
	}
	type seg struct {
		text  string
		w     int // width without trailing spaces
		trail int // width of trailing spaces
	}
	var segs []seg
	var cur strings.Builder
	curW, trail := 0, 0
	prevClass, prevText := space, ""
	flush := func() {
		if cur.Len() > 0 {
			segs = append(segs, seg{cur.String(), curW, trail})
		}
		cur.Reset()
		curW, trail = 0, 0
	}
	gr := uniseg.NewGraphemes(p)
	for gr.Next() {
		g := gr.Str()
		c := classify(g)
		w := uniseg.StringWidth(g)
		r := []rune(g)[0]
		breakOK := false
		switch {
		case prevText == "":
		case strings.ContainsRune(noStart, r):
		case strings.ContainsAny(prevText, noEnd) && prevClass != space:
		case prevClass == space && c != space:
			breakOK = true
		case c == wide && prevClass != space:
			breakOK = true
		case prevClass == wide && c != space:
			breakOK = true
		}
		if breakOK {
			flush()
		}
		cur.WriteString(g)
		if c == space {
			trail += w
		} else {
			curW += trail + w
			trail = 0
		}
		prevClass, prevText = c, g
	}
	flush()

	var lines []string
	var line strings.Builder
	lineW := 0
	pendingSpace := 0
	emit := func() {
		lines = append(lines, strings.TrimRight(line.String(), " \t"))
		line.Reset()
		lineW, pendingSpace = 0, 0
	}
	for _, sg := range segs {
		if lineW > 0 && lineW+pendingSpace+sg.w > width {
			emit()
		}
		if sg.w > width {
			// A word longer than the line: cut it between characters.
			gr := uniseg.NewGraphemes(strings.TrimRight(sg.text, " \t"))
			for gr.Next() {
				g := gr.Str()
				w := uniseg.StringWidth(g)
				if lineW > 0 && lineW+w > width {
					emit()
				}
				line.WriteString(g)
				lineW += w
			}
			pendingSpace = sg.trail
			line.WriteString(strings.Repeat(" ", sg.trail))
			continue
		}
		if lineW == 0 {
			t := strings.TrimLeft(sg.text, " \t")
			line.WriteString(t)
			lineW = uniseg.StringWidth(strings.TrimRight(t, " \t"))
			pendingSpace = sg.trail
			continue
		}
		line.WriteString(sg.text)
		lineW += pendingSpace + sg.w
		pendingSpace = sg.trail
	}
	if line.Len() > 0 || len(lines) == 0 {
		emit()
	}
	return lines
}
