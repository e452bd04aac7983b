package textwrap

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrapEnglish(t *testing.T) {
	got := Lines("The implant reuses tools seen in earlier espionage.", 20)
	want := []string{"The implant reuses", "tools seen in", "earlier espionage."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", got)
	}
}

func TestWrapChinese(t *testing.T) {
	s := "美方起诉五名中国军官，中方随即宣布中止中美网络安全工作组的活动。"
	for w := 4; w <= 30; w++ {
		lines := Lines(s, w)
		if strings.Join(lines, "") != s {
			t.Fatalf("width %d: text lost or changed: %q", w, lines)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Errorf("width %d: line %q is %d wide", w, l, ansi.StringWidth(l))
			}
			if strings.HasPrefix(l, "，") || strings.HasPrefix(l, "。") {
				t.Errorf("width %d: line starts with closing punctuation: %q", w, l)
			}
		}
	}
	if got := Lines("中方表示（不接受）这一说法", 8); strings.HasSuffix(got[0], "（") {
		t.Errorf("line ends with an opening bracket: %q", got)
	}
	// Chinese breaks between characters: every line but the last is full.
	lines := Lines(s, 10)
	for _, l := range lines[:len(lines)-1] {
		if w := ansi.StringWidth(l); w < 8 {
			t.Errorf("a short line %q (%d cells) where Chinese could have filled it", l, w)
		}
	}
}

// The line-breaking rules on real text: no line starts with closing
// punctuation or ends with an opening bracket or quote, and the two-character
// dash and ellipsis are never split.
func TestWrapChinesePunctuation(t *testing.T) {
	s := "2013年2月18日，美国网络安全公司麦迪安（Mandiant）发布报告，称一个被其命名为“APT1”的组织" +
		"自2006年以来窃取了数百TB数据——这是第一份公开点名中国国家机构的报告……中方回应：“报告缺乏证据。”" +
		"双方都在等待对方表态；谁先让步？《联合声明》草案仍在讨论、修改、再讨论！"
	for w := 6; w <= 80; w++ {
		lines := Lines(s, w)
		if strings.Join(lines, "") != s {
			t.Fatalf("width %d: text changed: %q", w, lines)
		}
		if w >= 8 && !strings.Contains(strings.Join(lines, "\n"), "Mandiant") {
			t.Errorf("width %d: a Latin word was split: %q", w, lines)
		}
		for i, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Errorf("width %d: %q is %d wide", w, l, ansi.StringWidth(l))
			}
			if w < 12 {
				// "（Mandiant）" is 12 cells: narrower, a rule must give.
				continue
			}
			if r := []rune(l)[0]; i > 0 && strings.ContainsRune(noStart, r) {
				t.Errorf("width %d: line %d starts with %q: %q", w, i+1, r, l)
			}
			if r := []rune(l)[len([]rune(l))-1]; i < len(lines)-1 && strings.ContainsRune(noEnd, r) {
				t.Errorf("width %d: line %d ends with %q: %q", w, i+1, r, l)
			}
			if i > 0 && (strings.HasSuffix(lines[i-1], "—") && strings.HasPrefix(l, "—") || strings.HasSuffix(lines[i-1], "…") && strings.HasPrefix(l, "…")) {
				t.Errorf("width %d: a dash or an ellipsis split over lines %d and %d", w, i, i+1)
			}
		}
	}
}

func TestWrapMixed(t *testing.T) {
	lines := Lines("中方代表团 (Chinese delegation) 提出 joint fact-finding 建议。", 12)
	for _, l := range lines {
		if ansi.StringWidth(l) > 12 {
			t.Errorf("line %q too wide", l)
		}
	}
	if !strings.Contains(strings.Join(lines, " "), "fact-finding") {
		t.Errorf("a Latin word was split: %q", lines)
	}
}

func TestWrapLongWord(t *testing.T) {
	lines := Lines("supercalifragilistic", 6)
	if len(lines) != 4 || lines[0] != "superc" {
		t.Errorf("got %q", lines)
	}
}

// Styled text: escape sequences take no width and are never split, and a
// style open at a break is closed and opened again, so each line stands
// alone.
func TestWrapStyled(t *testing.T) {
	bold, red, reset := "\x1b[1m", "\x1b[38;5;1m", "\x1b[0m"
	s := bold + "中美网络安全工作组" + reset + "  " + red + "12/100  报告缺乏证据，双方都在等待对方表态。" + reset + " tail words here"
	plainText := ansi.Strip(s)
	for w := 4; w <= 40; w++ {
		lines := Lines(s, w)
		if got, want := ansi.Strip(strings.Join(lines, "\n")), strings.Join(Lines(plainText, w), "\n"); got != want {
			t.Fatalf("width %d: styling changed the breaks:\n%q\n%q", w, got, want)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Errorf("width %d: %q is %d wide", w, l, ansi.StringWidth(l))
			}
			// Every line closes what it opens.
			open := false
			for _, e := range escapes(l) {
				open = e != reset
			}
			if open {
				t.Errorf("width %d: line %q leaves a style open", w, l)
			}
			if strings.Contains(l, "\x1b") && strings.Count(l, "\x1b[") != len(escapes(l)) {
				t.Errorf("width %d: an escape sequence was split: %q", w, l)
			}
		}
	}
	// The red run broken over lines is red on each.
	lines := Lines(s, 12)
	for _, l := range lines {
		if strings.Contains(l, "等待") && !strings.HasPrefix(l, red) {
			t.Errorf("a continued style is not opened again: %q", l)
		}
	}
}

// escapes lists the complete CSI sequences in s.
func escapes(s string) []string {
	var out []string
	var state byte
	for len(s) > 0 {
		seq, _, n, next := ansi.DecodeSequence(s, state, nil)
		state = next
		if strings.HasPrefix(seq, "\x1b[") {
			out = append(out, seq)
		}
		s = s[n:]
	}
	return out
}

// No input makes a line wider than asked or loses a non-space character,
// and widths agree with ansi.StringWidth (what lipgloss measures).
func TestWrapProperty(t *testing.T) {
	alphabet := []string{"a", "b", " ", "中", "国", "，", "。", "（", "）", "word", "Ω", "e\u0301", "  ",
		"“", "”", "——", "……", "·", "\x1b[1m", "\x1b[0m", "\x1b[38;5;2m", "👍", "ＡＢ", "\t"}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for n := rng.IntN(40); n > 0; n-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		w := 2 + rng.IntN(20)
		lines := Lines(s, w)
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Fatalf("%q at %d: line %q is too wide", s, w, l)
			}
		}
		if strip(ansi.Strip(strings.Join(lines, ""))) != strip(ansi.Strip(s)) {
			t.Fatalf("%q at %d: characters lost: %q", s, w, lines)
		}
	}
}

func strip(s string) string { return strings.NewReplacer(" ", "", "\t", "").Replace(s) }

func TestWrapKeepsNewlinesAndStyleAcrossThem(t *testing.T) {
	got := Wrap("\x1b[1mone two three\nfour five\x1b[0m", 8)
	want := "\x1b[1mone two\x1b[0m\n\x1b[1mthree\x1b[0m\n\x1b[1mfour\x1b[0m\n\x1b[1mfive\x1b[0m"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if Wrap("abc", 0) != "abc" {
		t.Error("a width below 1 returns the text unchanged")
	}
}
