package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// decideScreen is the secret choice: the options with their descriptions
// and stance, and an optional one-line rationale for the debrief.
type decideScreen struct {
	c         *Common
	s         *session
	cursor    int
	rationale textinput.Model
	inText    bool // the rationale has the focus
	timed     bool
	w, h      int
	body      scroller
	err       string
}

func newDecide(c *Common, s *session, timed bool) *decideScreen {
	d := &decideScreen{c: c, s: s, timed: timed}
	d.rationale = newTextInput(c, engine.MaxRationale, c.Text("optional, one line for the debrief"))
	d.rationale.Blur()
	return d
}

func (d *decideScreen) typing() bool { return d.inText }

func (d *decideScreen) relang() {
	d.rationale.Placeholder = d.c.Text("optional, one line for the debrief")
}

func (d *decideScreen) restyle() { styleInput(d.c, &d.rationale) }

func (d *decideScreen) SetSize(w, h int) {
	d.w, d.h = w, h
	d.rationale.SetWidth(max(min(w-4, readingWidth)-4-width(d.c.Text("Rationale:"))-len("full 200/200 "), 10)) // room for the counter
	d.body.SetHeight(h - 4)
	d.layout()
}

func (d *decideScreen) layout() {
	content, from, to := d.content()
	d.body.SetContent(content)
	d.body.show(from, to)
}

// stanceWord names a stance from −2 (conciliatory) to +2 (coercive).
func stanceWord(c *Common, stance int) string {
	switch min(max(stance, -2), 2) {
	case -2:
		return c.Text("strongly conciliatory")
	case -1:
		return c.Text("conciliatory")
	case 0:
		return c.Text("neutral")
	case 1:
		return c.Text("firm")
	}
	return c.Text("coercive")
}

// optionFacts is "stance -1 (conciliatory)" and "in private".
func optionFacts(c *Common, o *scenario.Option) (stance, visibility string) {
	visibility = c.Text("in private")
	if o.Public() {
		visibility = c.Text("in public")
	}
	n := fmt.Sprintf("%+d", o.Stance)
	if o.Stance == 0 {
		n = "0"
	}
	return c.Textf("stance %s (%s)", n, stanceWord(c, o.Stance)), visibility
}

// factsLines is optionFacts on one line when it fits in w, else two.
// Stance words ("strongly conciliatory") are a coach's hint: without coach
// mode an option says only whether it is public, so that the words do not
// steer the choice.
func factsLines(c *Common, o *scenario.Option, w int) []string {
	a, b := optionFacts(c, o)
	if !c.Coach {
		return []string{cut(b, w)}
	}
	if one := a + c.ClauseSep() + b; width(one) <= w {
		return []string{one}
	}
	return []string{cut(a, w), cut(b, w)}
}

// coachLine names the principles an option touches, with the direction.
func coachLine(c *Common, o *scenario.Option) string {
	var parts []string
	for _, p := range scenario.Principles {
		mk, ok := o.Marks[p]
		if !ok {
			continue
		}
		sign := "+"
		if mk.Weight < 0 {
			sign = "-"
		}
		parts = append(parts, sign+" "+c.Line(score.Name(p)))
	}
	if len(parts) == 0 {
		return c.Text("Coach: touches none of the four principles")
	}
	return c.Textf("Coach: %s", strings.Join(parts, c.ListSep()))
}

func (d *decideScreen) content() (string, int, int) {
	st := d.c.Styles
	v := d.s.view
	w := min(d.w-4, readingWidth)
	var lines []string
	lines = append(lines, st.Title.Render(cut(d.c.Text("Your decision"), w)))
	if a := v.MyAssess; a != nil && v.Question != nil {
		read := d.c.Safe(a.Hypothesis)
		for _, h := range v.Question.Hypotheses {
			if h.ID == a.Hypothesis {
				read = d.c.Line(h.Text)
			}
		}
		lines = append(lines, strings.Split(st.Dim.Render(wrap(d.c.Textf("Your read: %s (%d%%)", read, a.Confidence), w)), "\n")...)
	}
	lines = append(lines, "")
	from, to := 0, 0
	for i, o := range v.Options {
		sel := i == d.cursor
		if sel {
			from = len(lines)
		}
		prefix := fmt.Sprintf("%d. ", i+1)
		cur, style := "  ", st.Unselected
		if sel {
			cur, style = "> ", st.Selected
		}
		label := hang(d.c.Line(o.Label), w-2, width(prefix))
		for j, l := range strings.Split(label, "\n") {
			if j == 0 {
				lines = append(lines, st.Cursor.Render(cur)+st.bold(style).Render(prefix+l))
			} else {
				lines = append(lines, "  "+style.Render(l))
			}
		}
		ind := strings.Repeat(" ", 2+width(prefix))
		if desc := d.c.Line(o.Description); desc != "" {
			for _, l := range strings.Split(wrap(desc, w-len(ind)), "\n") {
				lines = append(lines, ind+st.Text.Render(l))
			}
		}
		for _, l := range factsLines(d.c, o, w-len(ind)) {
			lines = append(lines, ind+st.Dim.Render(l))
		}
		if d.c.Coach {
			for _, l := range strings.Split(wrap(coachLine(d.c, o), w-len(ind)), "\n") {
				lines = append(lines, ind+st.Accent.Render(l))
			}
		}
		if sel {
			to = len(lines) - 1
		}
		lines = append(lines, "")
	}
	if d.timed {
		hold := d.c.Text("no decision")
		if v.HoldOption != nil {
			// The engine offers only a private hold option: running
			// out of time is never a public act.
			hold = d.c.Line(v.HoldOption.Label)
		}
		for _, l := range strings.Split(wrap(d.c.Textf("If time runs out you hold, in private: %s", hold), w), "\n") {
			lines = append(lines, st.Warn.Render(l))
		}
	}
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n"), from, to
}

func (d *decideScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	v := d.s.view
	keys := d.c.Keys
	n := len(v.Options)
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, keys.Focus):
			d.inText = !d.inText
			if d.inText {
				return stay, d.rationale.Focus()
			}
			d.rationale.Blur()
			return stay, nil
		case key.Matches(k, keys.Confirm):
			return d.choose()
		}
		if !d.inText && n > 0 {
			if !moveCursor(&d.cursor, n, k, keys, true) {
				d.body.handle(msg, keys, keys.Up, keys.Down)
				return stay, nil
			}
			d.err = ""
			d.layout()
			return stay, nil
		}
		if d.inText && key.Matches(k, keys.ScrollUp, keys.ScrollDown, keys.PageUp, keys.PageDown) {
			d.body.handle(msg, keys, keys.ScrollUp, keys.ScrollDown)
			return stay, nil
		}
	}
	if _, ok := msg.(tea.MouseMsg); ok {
		d.body.handle(msg, keys, keys.Up, keys.Down)
		return stay, nil
	}
	if d.inText {
		var cmd tea.Cmd
		d.rationale, cmd = d.rationale.Update(typed(d.c, msg, d.rationale.Value()))
		return stay, cmd
	}
	return stay, nil
}

func (d *decideScreen) choose() (nav, tea.Cmd) {
	v := d.s.view
	if len(v.Options) == 0 {
		return stay, nil
	}
	o := v.Options[min(d.cursor, len(v.Options)-1)]
	err := d.s.apply(engine.Input{Kind: engine.Choose, Team: d.s.seat, Option: o.ID, Rationale: strings.TrimSpace(d.rationale.Value())})
	if err != nil {
		d.err = d.c.Err(err)
		return stay, nil
	}
	return navNext{}, nil
}

func (d *decideScreen) View() string {
	st := d.c.Styles
	w := d.w - 4
	pos := d.body.position(d.c)
	lines := []string{rows(d.body.View(), d.body.height)}
	lines = append(lines, "  "+pad(st.ruleLine(w-width(pos)-1), w-width(pos))+st.Dim.Render(pos))
	label := st.Strong.Render(d.c.Text("Rationale:")) + " "
	if !d.inText {
		label = st.Dim.Render(d.c.Text("Rationale:")) + " "
	}
	count := inputCount(d.c, d.rationale.Value(), engine.MaxRationale)
	lines = append(lines, "  "+label+pad(FieldView(d.rationale), min(w, readingWidth)-width(label)-width(count)-1)+" "+count)
	note := d.c.Text("Enter decides. All choices are revealed together.")
	if d.inText {
		note = d.c.Text("Enter decides, with this rationale. Tab: back to the options.")
	}
	style := st.Dim
	if d.err != "" {
		note, style = d.err, st.Error
	}
	lines = append(lines, "  "+style.Render(cut(note, w)))
	return strings.Join(lines, "\n")
}

func (d *decideScreen) ShortHelp() []key.Binding {
	k := d.c.Keys
	if d.inText {
		return []key.Binding{k.Confirm, withHelp(k.Focus, "tab", d.c.Text("options")), k.ScrollUp}
	}
	return []key.Binding{k.Confirm, k.Up, k.Number, withHelp(k.Focus, "tab", d.c.Text("rationale"))}
}

func (d *decideScreen) FullHelp() [][]key.Binding {
	k := d.c.Keys
	return [][]key.Binding{d.ShortHelp(), {k.PageDown}}
}
