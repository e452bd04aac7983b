package textwrap

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestUnambiguousExamples(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"命名为“APT1”的组织", "命名为「APT1」的组织"},
		{"他说：“我们愿意谈。”", "他说：「我们愿意谈。」"},
		{"引用‘原话’为证", "引用『原话』为证"},
		{"The “Mandiant report” is out", "The \"Mandiant report\" is out"},
		{"don’t", "don't"},
		{"联系起来——这是第一份", "联系起来--这是第一份"},
		{"争端（2013—2015）", "争端（2013-2015）"},
		{"a pause — then", "a pause -- then"},
		{"2014–2015", "2014-2015"},
		{"等待……", "等待......"},
		{"Wait…", "Wait..."},
		{"约翰·克里", "约翰・克里"},
		{"Round 2 · May 2014", "Round 2 - May 2014"},
		{"35 → 20", "35 -> 20"},
		{"○ no ● yes ■ ▶ □", "o no * yes # > [ ]"},
		{"private démarche", "private demarche"},
		{"Xí Jìnpíng", "Xi Jinping"},
		{"seed 000, §2.1", "seed 000, S.2.1"},
		{"①②⑳", "(1)(2)(20)"},
		{"e\u0301", "e"},
		{"纯中文，没有歧义宽度。", "纯中文，没有歧义宽度。"},
		{"", ""},
	} {
		if got := Unambiguous(c.in); got != c.want {
			t.Errorf("Unambiguous(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Every ambiguous character, alone, between Chinese and between Latin
// letters, maps to text with none; unambiguous text is left alone; the
// mapping is its own fixed point.
func TestUnambiguousIsTotal(t *testing.T) {
	n := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !IsAmbiguous(r) {
			continue
		}
		n++
		for _, s := range []string{string(r), "中" + string(r) + "文", "a" + string(r) + "b", string(r) + string(r)} {
			out := Unambiguous(s)
			for _, o := range out {
				if IsAmbiguous(o) {
					t.Fatalf("Unambiguous(%q) = %q keeps the ambiguous %U", s, out, o)
				}
			}
			if !utf8.ValidString(out) {
				t.Fatalf("Unambiguous(%q) = %q is not valid UTF-8", s, out)
			}
			if Unambiguous(out) != out {
				t.Fatalf("Unambiguous is not idempotent on %q", out)
			}
		}
	}
	if n < 800 {
		t.Fatalf("only %d ambiguous characters: is the table right?", n)
	}
	s := "Brink 推演：中美网络危机管理，「引号」、（括号）、《书名》。ＡＢＣ 123 !?"
	if Unambiguous(s) != s {
		t.Errorf("text without ambiguous characters changed: %q", Unambiguous(s))
	}
}

func TestUnambiguousThenWrap(t *testing.T) {
	s := Unambiguous("美方称“APT1”与解放军部队有关——中方回应……")
	for _, l := range Lines(s, 10) {
		if strings.HasPrefix(l, "」") || strings.HasSuffix(l, "「") {
			t.Errorf("a corner bracket on the wrong side of a break: %q", l)
		}
	}
}
