package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/scenario"
)

// pickerScreen lists the built-in scenarios with the chosen one's summary,
// teams and rounds.
type pickerScreen struct {
	c      *Common
	lib    *library
	cursor int
	w, h   int
	detail scroller
}

// newPicker opens the picker on chosen, the scenario last chosen (nil:
// the default).
func newPicker(c *Common, lib *library, chosen *scenario.Scenario) *pickerScreen {
	p := &pickerScreen{c: c, lib: lib}
	// Load every built-in now, once, so the list shows their titles.
	for _, id := range lib.ids {
		lib.scenario(id)
	}
	if chosen != nil {
		for i, id := range lib.ids {
			if id == chosen.ID {
				p.cursor = i
			}
		}
	}
	return p
}

// wide: the list and the details side by side.
func (p *pickerScreen) wide() bool { return p.w >= 100 }

func (p *pickerScreen) listWidth() int {
	if !p.wide() {
		return p.w - 2
	}
	lw := 0
	for _, row := range p.labels() {
		lw = max(lw, width(row)+2)
	}
	return min(max(lw, 30), p.w/2)
}

// labels are the list's entries: number, title, "(default)".
func (p *pickerScreen) labels() []string {
	var out []string
	for i, id := range p.lib.ids {
		label := fmt.Sprintf("%d. %s", i+1, p.lib.name(p.c, id))
		if i == 0 {
			label += p.c.Text(" (default)")
		}
		out = append(out, label)
	}
	return out
}

func (p *pickerScreen) SetSize(w, h int) {
	p.w, p.h = w, h
	p.layout()
}

func (p *pickerScreen) detailSize() (int, int) {
	if p.wide() {
		return p.w - p.listWidth() - 5, p.h - 2
	}
	return p.w - 4, max(p.h-len(p.lib.ids)-4, 3)
}

func (p *pickerScreen) layout() {
	w, h := p.detailSize()
	p.detail.SetHeight(h)
	p.detail.SetContent(p.details(w))
}

func (p *pickerScreen) details(w int) string {
	st := p.c.Styles
	if len(p.lib.ids) == 0 {
		return ""
	}
	s, err := p.lib.scenario(p.lib.ids[p.cursor])
	if err != nil {
		return st.Error.Render(wrap(p.c.Err(err), w))
	}
	var b strings.Builder
	b.WriteString(st.Title.Render(wrap(p.c.Line(s.Title), w)) + "\n")
	for _, d := range pickerDetails(p.c, s) {
		b.WriteString(st.Dim.Render(hang(d, w, 2)) + "\n")
	}
	b.WriteString("\n")
	if sum := p.c.Para(s.Summary); sum != "" {
		b.WriteString(st.Text.Render(wrap(sum, w)) + "\n")
	}
	return b.String()
}

func (p *pickerScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	n := len(p.lib.ids)
	if k, ok := msg.(tea.KeyPressMsg); ok && n > 0 {
		keys := p.c.Keys
		if moveCursor(&p.cursor, n, k, keys, false) {
			p.detail.top()
			p.layout()
			return stay, nil
		}
		switch {
		case key.Matches(k, keys.Back):
			return navTitle{}, nil
		case key.Matches(k, keys.QuitQ):
			return navQuit{}, nil
		case key.Matches(k, keys.Start):
			s, err := p.lib.scenario(p.lib.ids[p.cursor])
			if err != nil || s == nil {
				return stay, nil
			}
			return navSetup{s}, nil
		}
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, p.c.Keys.Back) {
		return navTitle{}, nil
	}
	p.detail.handle(msg, p.c.Keys, p.c.Keys.PageUp, p.c.Keys.PageDown)
	return stay, nil
}

func (p *pickerScreen) list() []string {
	st := p.c.Styles
	lw := p.listWidth()
	var rows []string
	for i, label := range p.labels() {
		if i == p.cursor {
			rows = append(rows, st.Selected.Render(cut("> "+label, lw)))
		} else {
			rows = append(rows, st.Unselected.Render(cut("  "+label, lw)))
		}
	}
	return rows
}

func (p *pickerScreen) View() string {
	st := p.c.Styles
	head := " " + st.Title.Render(p.c.Text("Choose a scenario"))
	list := p.list()
	dw, _ := p.detailSize()
	detail := p.detail.View()
	if p.wide() {
		lw := p.listWidth()
		left := make([]string, 0, p.h)
		left = append(left, list...)
		dl := strings.Split(detail, "\n")
		var lines []string
		lines = append(lines, head, "")
		for i := 0; i < max(len(left), len(dl)); i++ {
			l, r := "", ""
			if i < len(left) {
				l = left[i]
			}
			if i < len(dl) {
				r = dl[i]
			}
			lines = append(lines, " "+pad(l, lw)+"  "+st.Rule.Render(st.Glyphs.Bar)+" "+pad(r, dw))
		}
		return strings.Join(lines, "\n")
	}
	lines := []string{head, ""}
	for _, l := range list {
		lines = append(lines, " "+l)
	}
	lines = append(lines, " "+st.ruleLine(p.w-2))
	for _, l := range strings.Split(detail, "\n") {
		lines = append(lines, "  "+l)
	}
	return strings.Join(lines, "\n")
}

func (p *pickerScreen) ShortHelp() []key.Binding {
	k := p.c.Keys
	return []key.Binding{k.Up, k.Start, k.Back}
}

func (p *pickerScreen) FullHelp() [][]key.Binding {
	k := p.c.Keys
	return [][]key.Binding{{k.Up, k.Start, k.Back}, {k.PageDown, k.QuitQ}}
}

// pickerDetails are the facts the picker shows about a scenario, one a
// line: its rounds, its teams, and, where the file says them, how long a
// table of people takes and how hard it is.
func pickerDetails(c *Common, s *scenario.Scenario) []string {
	var teams []string
	for _, t := range s.Teams {
		teams = append(teams, c.Line(t.Name))
	}
	out := []string{
		c.Textf("Rounds: up to %d", s.Rounds),
		c.Textf("Teams (%d): %s", len(s.Teams), strings.Join(teams, c.ListSep())),
	}
	if s.Minutes > 0 {
		out = append(out, c.Textf("About %d minutes at a table of people", s.Minutes))
	}
	if d := scenario.DifficultyName(s.Difficulty); !d.Empty() {
		out = append(out, c.Textf("Difficulty: %s", c.Line(d)))
	}
	return out
}
