package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/engine"
)

// Confidences a front end offers (the engine takes any 1–100).
var confidences = []int{50, 70, 90}

// assessScreen asks the seat for its read: one hypothesis and a confidence.
type assessScreen struct {
	c      *Common
	s      *session
	cursor int
	conf   int // index in confidences
	w, h   int
	body   scroller
	err    string
}

func newAssess(c *Common, s *session) *assessScreen {
	return &assessScreen{c: c, s: s, conf: 1}
}

func (a *assessScreen) SetSize(w, h int) {
	a.w, a.h = w, h
	a.body.SetHeight(h)
	a.layout()
}

// layout rebuilds the content and keeps the cursor's hypothesis in sight.
func (a *assessScreen) layout() {
	content, from, to := a.content()
	a.body.SetContent(content)
	a.body.show(from, to)
}

func (a *assessScreen) content() (string, int, int) {
	st := a.c.Styles
	q := a.s.view.Question
	w := min(a.w-4, readingWidth)
	var lines []string
	lines = append(lines, st.Title.Render(cut(a.c.Text("Your assessment"), w)))
	if q == nil {
		return strings.Join(lines, "\n"), 0, 0
	}
	lines = append(lines, strings.Split(st.Strong.Render(wrap(a.c.Line(q.Question), w)), "\n")...)
	lines = append(lines, "")
	from, to := 0, 0
	for i, h := range q.Hypotheses {
		mark, style := "( ) ", st.Unselected
		if i == a.cursor {
			mark, style = "(*) ", st.Selected
			from = len(lines)
		}
		prefix := fmt.Sprintf("%s%d. ", mark, i+1)
		text := hang(a.c.Line(h.Text), w-2, width(prefix))
		for j, l := range strings.Split(text, "\n") {
			if j == 0 {
				l = prefix + l
			}
			cur := "  "
			if i == a.cursor && j == 0 {
				cur = "> "
			}
			lines = append(lines, st.Cursor.Render(cur)+style.Render(l))
		}
		if i == a.cursor {
			to = len(lines) - 1
		}
	}
	lines = append(lines, "")
	var cs []string
	for i, c := range confidences {
		s := fmt.Sprintf(" %d%% ", c)
		if i == a.conf {
			cs = append(cs, st.Selected.Render("["+strings.TrimSpace(s)+"]"))
		} else {
			cs = append(cs, st.Dim.Render(s))
		}
	}
	lines = append(lines, st.Strong.Render(a.c.Text("Confidence"))+"  "+strings.Join(cs, " "))
	lines = append(lines, strings.Split(st.Dim.Render(wrap(a.c.Text("Scored for accuracy and calibration: a confident wrong read costs more than a cautious one."), w)), "\n")...)
	if a.err != "" {
		lines = append(lines, st.Error.Render(cut(a.err, w)))
	}
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n"), from, to
}

func (a *assessScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	q := a.s.view.Question
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || q == nil || len(q.Hypotheses) == 0 {
		if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, a.c.Keys.Confirm) {
			return navNext{}, nil
		}
		a.body.handle(msg, a.c.Keys, a.c.Keys.Up, a.c.Keys.Down)
		return stay, nil
	}
	keys := a.c.Keys
	a.cursor = min(a.cursor, len(q.Hypotheses)-1) // a question may change under the screen
	if moveCursor(&a.cursor, len(q.Hypotheses), k, keys, true) {
		a.layout()
		return stay, nil
	}
	switch {
	case key.Matches(k, keys.Left):
		a.conf = max(a.conf-1, 0)
	case key.Matches(k, keys.Right):
		a.conf = min(a.conf+1, len(confidences)-1)
	case key.Matches(k, keys.Confirm):
		err := a.s.apply(engine.Input{Kind: engine.Assess, Team: a.s.seat, Hypothesis: q.Hypotheses[a.cursor].ID, Confidence: confidences[a.conf]})
		if err != nil {
			a.err = a.c.Err(err)
			a.layout()
			return stay, nil
		}
		return navNext{}, nil
	default:
		a.body.handle(msg, keys, keys.Up, keys.Down)
		return stay, nil
	}
	a.layout()
	return stay, nil
}

func (a *assessScreen) View() string { return a.body.View() }

func (a *assessScreen) ShortHelp() []key.Binding {
	k := a.c.Keys
	return []key.Binding{k.Confirm, k.Up, withHelp(k.Left, k.Left.Help().Key, a.c.Text("confidence"))}
}

func (a *assessScreen) FullHelp() [][]key.Binding {
	k := a.c.Keys
	return [][]key.Binding{a.ShortHelp(), {k.Number, k.PageDown}}
}

// withHelp is b with other help text.
func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}
