package tui

import (
	"reflect"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// A focused text field shows the terminal's own cursor. The field's view
// begins with a mark, an escape sequence of no width that carries the
// cursor's column in the field; Frame finds it in the finished screen,
// takes it out and puts the cursor there.
const (
	markOpen  = "\x1b_brink-cursor:"
	markClose = "\x1b\\"
)

// styleInput gives a text field the Common's styles and a steady block
// cursor: blinking is the terminal's, never a redraw.
func styleInput(c *Common, ti *textinput.Model) {
	state := textinput.StyleState{Prompt: c.Styles.Prompt, Text: c.Styles.Text, Placeholder: c.Styles.Placeholder}
	ti.SetStyles(textinput.Styles{Focused: state, Blurred: state, Cursor: textinput.CursorStyle{Shape: tea.CursorBlock}})
}

// FieldView is a text field's view, marked for the cursor when it has the
// focus.
func FieldView(ti textinput.Model) string {
	if !ti.Focused() {
		return ti.View()
	}
	return markOpen + strconv.Itoa(fieldCursor(ti)) + markClose + ti.View()
}

// fieldCursor is the cursor's column in a field's view: the prompt, then
// the text shown before the cursor. A long text scrolls: the field shows it
// from its offset, which the field keeps to itself (read here; the cursor
// tests fail if a new version of the field renames it).
func fieldCursor(ti textinput.Model) int {
	text := []rune(ti.Value())
	pos := min(max(ti.Position(), 0), len(text))
	off := 0
	if f := reflect.ValueOf(ti).FieldByName("offset"); f.IsValid() && f.CanInt() {
		off = min(max(int(f.Int()), 0), pos)
	}
	return ansi.StringWidth(ti.Prompt) + ansi.StringWidth(string(text[off:pos]))
}

// Frame is a finished screen as the program shows it: on the alternate
// screen, with the mouse's wheel, and the cursor where a focused text
// field marked it (none without).
func Frame(content string) tea.View {
	var cur *tea.Cursor
	for {
		i := strings.Index(content, markOpen)
		if i < 0 {
			break
		}
		j := strings.Index(content[i:], markClose)
		if j < 0 {
			break
		}
		if cur == nil {
			col, _ := strconv.Atoi(content[i+len(markOpen) : i+j])
			line := content[strings.LastIndexByte(content[:i], '\n')+1 : i]
			cur = &tea.Cursor{Position: tea.Position{X: ansi.StringWidth(line) + col, Y: strings.Count(content[:i], "\n")}, Shape: tea.CursorBlock}
		}
		content = content[:i] + content[i+j+len(markClose):]
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.Cursor = cur
	return v
}

// PlainEnter is shift+enter or ctrl+enter as enter. Bubble Tea v2 asks the
// terminal to tell them apart (keyboard disambiguation); the game's text
// fields are one line, with nothing for them to do but what enter does,
// as they did when terminals sent one code for all three.
func PlainEnter(msg tea.Msg) tea.Msg {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.Code == tea.KeyEnter && k.Mod != 0 && k.Mod&^(tea.ModShift|tea.ModCtrl) == 0 {
		k.Mod = 0
		return k
	}
	return msg
}
