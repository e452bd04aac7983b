package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// beforeCursor is what the screen shows on the cursor's line, left of it.
func beforeCursor(t *testing.T, v tea.View) string {
	t.Helper()
	if v.Cursor == nil {
		t.Fatalf("no cursor:\n%s", plain(v.Content))
	}
	lines := strings.Split(v.Content, "\n")
	if v.Cursor.Y >= len(lines) {
		t.Fatalf("the cursor is below the screen: %+v", v.Cursor.Position)
	}
	return ansi.Truncate(ansi.Strip(lines[v.Cursor.Y]), v.Cursor.X, "")
}

// A focused text field shows the terminal's cursor (a steady block) after
// what was typed, Chinese too, and where the arrows move it; a long text
// scrolls and the cursor stays on its last character. The mark that
// places it never reaches the screen.
func TestCursorInTheField(t *testing.T) {
	for _, p := range []colorprofile.Profile{colorprofile.NoTTY, colorprofile.TrueColor} {
		m := soloModel(t)
		m.c = NewCommon(p, m.c.Lang)
		m = New(m.cfg, m.c)
		m.Update(sizeMsg(120, 40))
		press(m, kEnter) // the hotline
		if m.cur != scrHotline {
			t.Fatalf("at screen %d", m.cur)
		}
		if v := m.View(); v.Cursor == nil || !strings.HasSuffix(beforeCursor(t, v), "> ") {
			t.Errorf("%v: an empty field's cursor is not after its prompt: %q", p, beforeCursor(t, v))
		}
		press(m, runes("我们"), runes("talk"))
		v := m.View()
		if got := beforeCursor(t, v); !strings.HasSuffix(got, "> 我们talk") {
			t.Errorf("%v: left of the cursor: %q", p, got)
		}
		if v.Cursor.Shape != tea.CursorBlock || v.Cursor.Blink {
			t.Errorf("%v: the cursor is %+v, want a steady block", p, v.Cursor)
		}
		if strings.Contains(v.Content, "\x1b_") {
			t.Errorf("%v: the cursor's mark reached the screen", p)
		}
		press(m, kLeft, kLeft, kLeft, kLeft, kLeft)
		if got := beforeCursor(t, m.View()); !strings.HasSuffix(got, "> 我") {
			t.Errorf("%v: after five lefts, left of the cursor: %q", p, got)
		}
		press(m, tea.KeyPressMsg{Code: tea.KeyEnd})
		long := strings.Repeat("长句子abc", 20)
		press(m, runes(long))
		if got := beforeCursor(t, m.View()); !strings.HasSuffix(got, "句子abc") || strings.Contains(got, "我们") {
			t.Errorf("%v: a long text does not scroll with the cursor: %q", p, got)
		}
		press(m, kTab) // done talking: no field has the focus
		if v := m.View(); v.Cursor != nil {
			t.Errorf("%v: a cursor without a focused field at %+v (screen %d)", p, v.Cursor.Position, m.cur)
		}
	}
}

// Shift+enter and ctrl+enter, told apart from enter by the terminals that
// can, send a message as enter does; alt+enter does not.
func TestShiftEnterSends(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(120, 40))
	press(m, kEnter, runes("one"), tea.KeyPressMsg{Code: tea.KeyEnter, Mod: tea.ModShift},
		runes("two"), tea.KeyPressMsg{Code: tea.KeyEnter, Mod: tea.ModCtrl},
		runes("three"), tea.KeyPressMsg{Code: tea.KeyEnter, Mod: tea.ModAlt})
	var sent []string
	for _, p := range postsBy(m.sess.view.Posts, "cn") {
		sent = append(sent, p.Text)
	}
	if strings.Join(sent, ",") != "one,two" || m.screen.(*hotlineScreen).input.Value() != "three" {
		t.Errorf("sent %q, the field holds %q", sent, m.screen.(*hotlineScreen).input.Value())
	}
}

// A paste goes into the focused field whole (bracketed paste), mapped in
// the ASCII mode like typing; it is no key, so nothing it holds is taken
// for one.
func TestPasteIntoTheField(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(120, 40))
	press(m, kEnter, tea.PasteMsg{Content: "q?L we talk"})
	if m.quitting || m.cur != scrHotline || m.help.ShowAll {
		t.Fatalf("a paste acted as keys: screen %d, quitting %v", m.cur, m.quitting)
	}
	if got := m.screen.(*hotlineScreen).input.Value(); got != "q?L we talk" {
		t.Errorf("the field holds %q", got)
	}
	a := asciiModel(t)
	a.Update(sizeMsg(120, 40))
	press(a, kEnter, tea.PasteMsg{Content: "“引号”…"})
	if got := a.screen.(*hotlineScreen).input.Value(); got != "「引号」..." {
		t.Errorf("in the ASCII mode the field holds %q", got)
	}
	// Under the brief reopened, a paste goes nowhere.
	press(a, kReview, tea.PasteMsg{Content: "more"})
	if got := a.screen.(*hotlineScreen).input.Value(); got != "「引号」..." {
		t.Errorf("a paste under the brief reached the field: %q", got)
	}
}

// The local game asks the terminal for its background and follows a light
// one; a session that does not ask (over SSH) keeps the dark shades.
func TestBackgroundAnswer(t *testing.T) {
	light := tea.BackgroundColorMsg{Color: ansi.White}
	for _, ask := range []bool{true, false} {
		c := NewCommon(colorprofile.TrueColor, "en")
		c.AskBackground = ask
		m := New(soloModel(t).cfg, c)
		m.Update(sizeMsg(120, 40))
		press(m, kEnter, light)
		want := DefaultStyles(colorprofile.TrueColor, !ask).Text.GetForeground()
		if c.Dark == ask || c.Styles.Text.GetForeground() != want {
			t.Errorf("asking %v, after a light answer: dark %v, text colour %v", ask, c.Dark, c.Styles.Text.GetForeground())
		}
		if got := m.screen.(*hotlineScreen).input.Styles().Focused.Text.GetForeground(); got != want {
			t.Errorf("asking %v: the field's text colour is %v, want %v", ask, got, want)
		}
	}
}
