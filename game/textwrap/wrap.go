// Package textwrap wraps text to a width in terminal cells, for English and
// Chinese alike: Latin text breaks at spaces, Chinese text between any two
// characters (it has no spaces), and the usual line-breaking rules hold (no
// line starts with ，。、） and the like, none ends with （《“). It also maps
// characters of East Asian ambiguous width to safe equivalents for
// terminals that draw them two cells wide (Unambiguous).
//
// Widths are measured as lipgloss and the charmbracelet/x/ansi package
// measure them (grapheme clusters, wide characters two cells, and
// RUNEWIDTH_EASTASIAN honoured the same way), so a wrapped line is exactly
// as wide as the layout that asked for it thinks it is. The text may carry
// ANSI escape sequences (styled text): they take no width, are never split,
// and a style still open at a line break is closed at the end of the line
// and opened again at the start of the next, so every line stands alone.
package textwrap

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// noStart may not begin a line: closing brackets, closing quotes and
// punctuation that belongs to the character before it (GB/T 15834 and
// common typesetting practice).
const noStart = "，。、；：？！）》」』】〕〉〗〙〛］｝”’…‥—–・·％‰～" + ",.;:?!)]}%"

// noEnd may not end a line: opening brackets and quotes, which belong to
// the character after them.
const noEnd = "（《「『【〔〈〖〘〚［｛“‘￥" + "([{"

type class int

const (
	other  class = iota
	space        // a space: a break opportunity, dropped at the ends of lines
	wide         // a wide character (Chinese): a break may come before or after it
	escape       // an escape sequence or a control character: no width
)

// token is one grapheme cluster or one escape sequence.
type token struct {
	s   string
	w   int
	cls class
}

func classify(g string, w int) class {
	r := []rune(g)[0]
	switch {
	case g == " " || r == '\u200b':
		return space
	case w >= 2:
		return wide
	case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		return wide
	}
	return other
}

// tokens splits p into grapheme clusters and escape sequences, measured as
// ansi.StringWidth measures them.
func tokens(p string) []token {
	out := make([]token, 0, len(p))
	var state byte
	for len(p) > 0 {
		seq, w, n, next := ansi.DecodeSequence(p, state, nil)
		if n <= 0 {
			n, seq, w = 1, p[:1], 0
		}
		state = next
		p = p[n:]
		switch {
		case seq == "\t":
			out = append(out, token{" ", 1, space})
		case seq[0] == ansi.ESC || w == 0 && (seq[0] < 0x20 || seq[0] == 0x7f || len(seq) == 1 && seq[0] >= 0x80):
			out = append(out, token{seq, 0, escape})
		default:
			out = append(out, token{seq, w, classify(seq, w)})
		}
	}
	return out
}

// Wrap wraps s to width cells. Existing newlines are kept. A width below 1
// returns s unchanged.
func Wrap(s string, width int) string {
	if width < 1 {
		return s
	}
	paras := strings.Split(s, "\n")
	var st styleState
	for i, p := range paras {
		paras[i] = strings.Join(st.lines(p, width), "\n")
	}
	return strings.Join(paras, "\n")
}

// Lines wraps one paragraph (no newlines) into lines of at most width cells.
func Lines(p string, width int) []string {
	if width < 1 {
		return []string{p}
	}
	var st styleState
	return st.lines(p, width)
}

// segment is an unbreakable run: a word and its trailing spaces, or one
// Chinese character with the punctuation that must stay with it.
type segment struct {
	toks  []token
	w     int // width without the trailing spaces
	trail int // width of the trailing spaces
}

func (sg *segment) add(t token) {
	sg.toks = append(sg.toks, t)
	switch t.cls {
	case escape:
	case space:
		sg.trail += t.w
	default:
		sg.w += sg.trail + t.w
		sg.trail = 0
	}
}

// segments cuts a paragraph where a line may break. Not strict: the rules
// for punctuation are set aside, for a run too long for any line.
func segments(toks []token, strict bool) []segment {
	var segs []segment
	var cur segment
	prevClass, prevText := space, ""
	for _, t := range toks {
		if t.cls == escape {
			cur.add(t)
			continue
		}
		r := []rune(t.s)[0]
		breakOK := false
		switch {
		case prevText == "":
		case strict && strings.ContainsRune(noStart, r):
		case strict && strings.ContainsAny(prevText, noEnd) && prevClass != space:
		case prevClass == space && t.cls != space:
			breakOK = true
		case t.cls == wide && prevClass != space:
			breakOK = true
		case prevClass == wide && t.cls != space:
			breakOK = true
		}
		if breakOK && len(cur.toks) > 0 {
			segs = append(segs, cur)
			cur = segment{}
		}
		cur.add(t)
		prevClass, prevText = t.cls, t.s
	}
	if len(cur.toks) > 0 {
		segs = append(segs, cur)
	}
	return segs
}

// styleState is the SGR (colour and style) sequences in effect, carried
// from line to line.
type styleState struct{ active []string }

// isSGR reports whether an escape sequence sets colours or styles, and
// whether it resets them all.
func isSGR(s string) (sgr, reset bool) {
	if !strings.HasPrefix(s, "\x1b[") || !strings.HasSuffix(s, "m") {
		return false, false
	}
	params := s[2 : len(s)-1]
	return true, strings.Trim(params, "0;") == ""
}

func (st *styleState) apply(t token) {
	if t.cls != escape {
		return
	}
	if sgr, reset := isSGR(t.s); reset {
		st.active = st.active[:0]
	} else if sgr {
		st.active = append(st.active, t.s)
	}
}

// lines wraps one paragraph, carrying the style state.
func (st *styleState) lines(p string, width int) []string {
	var (
		lines   []string
		line    []token
		lineW   int // width of the line without its trailing spaces
		pending int // width of the line's trailing spaces
	)
	emit := func() {
		// Trailing spaces go; escape sequences among them stay.
		end := len(line)
		for end > 0 && (line[end-1].cls == space || line[end-1].cls == escape) {
			end--
		}
		var b strings.Builder
		for _, s := range st.active {
			b.WriteString(s)
		}
		for i, t := range line {
			if i >= end && t.cls == space {
				continue
			}
			b.WriteString(t.s)
			st.apply(t)
		}
		if len(st.active) > 0 {
			b.WriteString("\x1b[0m")
		}
		lines = append(lines, b.String())
		line, lineW, pending = line[:0], 0, 0
	}
	// put adds a token to the line; spaces at the start of a line are dropped.
	put := func(t token) {
		switch t.cls {
		case escape:
		case space:
			if lineW == 0 {
				return
			}
			pending += t.w
		default:
			lineW += pending + t.w
			pending = 0
		}
		line = append(line, t)
	}
	// place lays a segment on the line, or on the next one.
	var place func(sg segment, strict bool)
	place = func(sg segment, strict bool) {
		if lineW > 0 && lineW+pending+sg.w > width {
			emit()
		}
		switch {
		case sg.w <= width:
			for _, t := range sg.toks {
				put(t)
			}
		case strict:
			// Too long for any line: break it where the punctuation rules
			// would not allow, rather than inside a word.
			for _, sub := range segments(sg.toks, false) {
				place(sub, false)
			}
		default:
			// A word longer than the line: cut it between characters.
			for _, t := range sg.toks {
				if t.cls != escape && t.cls != space && lineW > 0 && lineW+pending+t.w > width {
					emit()
				}
				put(t)
			}
		}
	}
	for _, sg := range segments(tokens(p), true) {
		place(sg, true)
	}
	if len(line) > 0 || len(lines) == 0 {
		emit()
	}
	return lines
}
