package tui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
)

func preview(t *testing.T, s *scenario.Scenario, in *scenario.Inject, o PreviewOptions) string {
	t.Helper()
	var b strings.Builder
	if err := Preview(&b, s, in, o); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// inOrder reports the first of want that is not in lines after the one
// before it ("" when all are, in order).
func inOrder(lines, want []string) string {
	i := 0
	for _, w := range want {
		for i < len(lines) && lines[i] != w {
			i++
		}
		if i == len(lines) {
			return w
		}
		i++
	}
	return ""
}

// The preview of a seat is the game's own screens as that seat sees them
// in play: every line of its assessment and decision screens, in order,
// with the author's notes between them.
func TestPreviewDrawsTheGamesScreens(t *testing.T) {
	s := demo(t)
	c := NewCommon(0, bilingual.English)
	c.SetASCII(false)
	c.Coach = true
	sess := newSession(newTable(t, s, demoSeed, "fixed", "us"), []string{"us"}, "", nil)
	if len(sess.view.Options) != len(s.Injects[0].Options["us"]) {
		t.Fatalf("the game offers %d options, the file has %d: the test needs them all offered", len(sess.view.Options), len(s.Injects[0].Options["us"]))
	}
	out := preview(t, s, &s.Injects[0], PreviewOptions{Width: 80, Teams: []string{"us"}})
	lines := strings.Split(out, "\n")

	a := &assessScreen{c: c, s: sess, cursor: -1, conf: 1, w: 80}
	d := newDecide(c, sess, false)
	d.w, d.cursor = 80, -1
	dc, _, _ := d.content()
	ac, _, _ := a.content()
	var want []string
	for _, l := range strings.Split(ac+"\n"+dc, "\n") {
		if l = strings.TrimRight(l, " "); l != "" {
			want = append(want, l)
		}
	}
	if miss := inOrder(lines, want); miss != "" {
		t.Errorf("the preview lacks the screens' line %q (or has it out of order):\n%s", miss, out)
	}
	for _, l := range intelLines(c, "U.S. delegation", sess.view.Intel, 76) {
		if !strings.Contains(out, "  "+strings.TrimRight(l, " ")) {
			t.Errorf("the preview lacks the intelligence's line %q", l)
		}
	}
	// The author's notes sit under their option and hypothesis.
	for _, w := range [][]string{
		{"    ( ) 2. A third party, using borrowed tools.", "           [third]  ✓ truth"},
		{"    1. Ask on the hotline", "       Share the indicators privately and ask for help.", "       stance -1 (conciliatory), in private"},
		{"       [ask]", "       offered while: channels.hotline", "       effects: Tension -5, Trust +5"},
		{"    2. Name the other side", "       stance +2 (coercive), in public", "       Coach: - Leave a way out", "       [name] · historical"},
	} {
		at := strings.Index(out, strings.Join(w, "\n")+"\n")
		if at < 0 {
			t.Errorf("the preview lacks, together:\n%s\n---\n%s", strings.Join(w, "\n"), out)
		}
	}
	if strings.Contains(out, "CN ·") || strings.Contains(out, "FACILITATOR") || strings.Contains(out, "no operation of this kind") {
		t.Errorf("a one-seat preview shows another seat or the facilitator's part:\n%s", out)
	}
}

// Every option is shown, in the file's order, even one the game would
// not offer at the start; the facilitator's part has the rules and the
// inject's warnings.
func TestPreviewAllOptionsAndFacilitator(t *testing.T) {
	s := builtin(t)
	for k := range s.Injects {
		in := &s.Injects[k]
		out := preview(t, s, in, PreviewOptions{Width: 100, Facilitator: true})
		lines := strings.Split(out, "\n")
		for _, team := range s.TeamIDs() {
			var ids []string
			for _, o := range in.Options[team] {
				ids = append(ids, "["+o.ID+"]")
			}
			var got []string
			for _, l := range lines {
				if f := strings.Fields(l); len(f) > 0 && strings.HasPrefix(f[0], "[") {
					for _, id := range ids {
						if f[0] == id {
							got = append(got, id)
						}
					}
				}
			}
			if miss := inOrder(got, ids); miss != "" {
				t.Errorf("%s, %s: option %s missing or out of the file's order:\n%s", in.ID, team, miss, out)
			}
		}
		if !strings.Contains(out, "FACILITATOR ONLY") {
			t.Errorf("%s: no facilitator's part", in.ID)
		}
		for _, r := range in.Rules {
			if r.ID != "" && !strings.Contains(out, r.ID+"  when: ") {
				t.Errorf("%s: rule %s is not shown", in.ID, r.ID)
			}
		}
	}
}

// The preview fits the width in both languages; plain text has no escape
// codes and no trailing blanks; colour adds escape codes and nothing else.
func TestPreviewWidthAndColour(t *testing.T) {
	s := builtin(t)
	in := &s.Injects[0]
	for _, lang := range bilingual.Langs {
		for _, w := range []int{30, 44, 80, 120} {
			plainOut := preview(t, s, in, PreviewOptions{Width: w, Lang: lang, Facilitator: true})
			if strings.Contains(plainOut, "\x1b[") {
				t.Errorf("%s %d: plain text has escape codes", lang, w)
			}
			for i, l := range strings.Split(plainOut, "\n") {
				if lw := lipgloss.Width(l); lw > w {
					t.Errorf("%s %d: line %d is %d wide: %q", lang, w, i+1, lw, l)
				}
				if strings.TrimRight(l, " ") != l {
					t.Errorf("%s %d: line %d has trailing blanks: %q", lang, w, i+1, l)
				}
			}
			styled := preview(t, s, in, PreviewOptions{Width: w, Lang: lang, Facilitator: true, Profile: colorprofile.ANSI256})
			if !strings.Contains(styled, "\x1b[") || !strings.Contains(styled, "38;5;") || strings.Contains(styled, "38;2;") {
				t.Errorf("%s %d: not in 256 colours", lang, w)
			}
			if got := plain(ansi.Strip(styled)); got != plainOut {
				t.Errorf("%s %d: the styled preview says something else than the plain one:\n%s\n---\n%s", lang, w, got, plainOut)
			}
		}
	}
	zh := preview(t, s, in, PreviewOptions{Width: 80, Lang: bilingual.Chinese, Facilitator: true})
	for _, want := range []string{"本方研判", "本方决策", "效果：", "原则评分：", "仅主持人可见", "组合规则"} {
		if !strings.Contains(zh, want) {
			t.Errorf("the Chinese preview lacks %q", want)
		}
	}
	ascii := preview(t, s, in, PreviewOptions{Width: 80, ASCII: true, Facilitator: true})
	for _, r := range ascii {
		if r == '─' || r == '╭' || r == '·' || r == '—' {
			t.Fatalf("the ASCII preview has %q", r)
		}
	}
}
