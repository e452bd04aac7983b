package engine

import (
	"strings"
	"testing"
)

func TestCleanText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain 中文 text", "plain 中文 text"},
		{"evil\u202egnp.exe", "evilgnp.exe"},
		{"a\u2028b\u2029c", "a b c"},
		{"zero\u200bwidth\ufeff", "zerowidth"},
		{"copy \x1b]52;c;SGVsbG8=\x07me", "copy me"},
		{"osc st \x1b]0;title\x1b\\done", "osc st done"},
		{"clear\x1b[2J\x1b[1;31mred", "clearred"},
		{"c1 \u009b2Jcsi \u009d0;t\u009cosc", "c1 csi osc"},
		{"tab\tline\nbreak\r", "tab line break "},
		{"bell\x07 nul\x00 del\x7f", "bell nul del"},
		{"esc at end\x1b", "esc at end"},
	} {
		if got := CleanText(c.in); got != c.want {
			t.Errorf("CleanText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The engine keeps only clean text: a hand-edited journal cannot put an
// escape sequence or a bidi override into a game, its report or a screen.
func TestApplyCleansText(t *testing.T) {
	g := New(mech(t), 1)
	raw := "hi \u202e\x1b]52;c;SGVsbG8=\x07there"
	if err := g.Apply(Input{Kind: Message, Team: "a", Channel: "hotline", Text: raw}); err != nil {
		t.Fatal(err)
	}
	if got := g.Posts()[0].Text; got != "hi there" {
		t.Errorf("post text %q", got)
	}
	if in := g.Inputs()[0]; strings.ContainsAny(in.Text, "\x1b\u202e") {
		t.Errorf("the game keeps the raw input: %q", in.Text)
	}
}
