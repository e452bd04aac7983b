package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// handoverScreen stands between two seats' private phases in hot-seat play.
// It shows nothing private: only whose turn it is.
type handoverScreen struct {
	c     *Common
	s     *session
	team  string
	brief bool // the brief pass: the team reads its brief only, for now
	w, h  int
}

func newHandover(c *Common, s *session, team string, brief bool) *handoverScreen {
	return &handoverScreen{c: c, s: s, team: team, brief: brief}
}

func (h *handoverScreen) SetSize(w, ht int) { h.w, h.h = w, ht }

func (h *handoverScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, h.c.Keys.Continue) {
		return navNext{}, nil
	}
	return stay, nil
}

func (h *handoverScreen) View() string {
	st := h.c.Styles
	tw := min(h.w-4, 64)
	var lines []string
	lines = append(lines, st.Title.Render(center(h.c.Text("Hand-over"), h.w)), "")
	for _, l := range strings.Split(wrap(h.c.Textf("Pass the terminal to the %s.", h.s.teamName(h.team, h.c)), tw), "\n") {
		lines = append(lines, st.Strong.Render(center(l, h.w)))
	}
	lines = append(lines, "")
	for _, l := range strings.Split(wrap(h.c.Text("Press Enter when only they can see the screen."), tw), "\n") {
		lines = append(lines, st.Text.Render(center(l, h.w)))
	}
	lines = append(lines, "")
	why := h.c.Text("What comes next is private: intelligence, assessment and choice are for one delegation's eyes.")
	if h.brief {
		why = h.c.Text("First every delegation reads its brief; the hotline opens once all have. What comes next is private: intelligence, assessment and choice are for one delegation's eyes.")
	}
	for _, l := range strings.Split(wrap(why, tw), "\n") {
		lines = append(lines, st.Dim.Render(center(l, h.w)))
	}
	top := max((h.h-len(lines))/2, 0)
	return strings.Repeat("\n", top) + strings.Join(lines, "\n")
}

func (h *handoverScreen) ShortHelp() []key.Binding { return []key.Binding{h.c.Keys.Continue} }

func (h *handoverScreen) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }
