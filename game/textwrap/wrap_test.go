package textwrap

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
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
			if uniseg.StringWidth(l) > w {
				t.Errorf("width %d: line %q is %d wide", w, l, uniseg.StringWidth(l))
			}
			if strings.HasPrefix(l, "，") || strings.HasPrefix(l, "。") {
				t.Errorf("width %d: line starts with closing punctuation: %q", w, l)
			}
		}
	}
	if got := Lines("中方表示（不接受）这一说法", 8); strings.HasSuffix(got[0], "（") {
		t.Errorf("line ends with an opening bracket: %q", got)
	}
}

func TestWrapMixed(t *testing.T) {
	lines := Lines("中方代表团 (Chinese delegation) 提出 joint fact-finding 建议。", 12)
	for _, l := range lines {
		if uniseg.StringWidth(l) > 12 {
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

// No input makes a line wider than asked or loses a non-space character.
func TestWrapProperty(t *testing.T) {
	alphabet := []string{"a", "b", " ", "中", "国", "，", "。", "（", "）", "word", "Ω", "e\u0301", "  "}
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
			if uniseg.StringWidth(l) > w {
				t.Fatalf("%q at %d: line %q is too wide", s, w, l)
			}
		}
		if strip(strings.Join(lines, "")) != strip(s) {
			t.Fatalf("%q at %d: characters lost: %q", s, w, lines)
		}
	}
}

func strip(s string) string { return strings.NewReplacer(" ", "", "\t", "").Replace(s) }
