package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/engine"
)

// waitingScreen is a seat between its decision and the reveal (a hosted
// table), or an observer's seat: the round's public brief and who is still
// deciding, nothing private.
type waitingScreen struct {
	c    *Common
	s    *session
	w, h int
	body scroller
}

func newWaiting(c *Common, s *session) *waitingScreen { return &waitingScreen{c: c, s: s} }

func (ws *waitingScreen) SetSize(w, h int) {
	ws.w, ws.h = w, h
	ws.body.SetHeight(h)
	ws.refresh()
}

func (ws *waitingScreen) refresh() { ws.body.SetContent(ws.content()) }

func (ws *waitingScreen) observer() bool { return ws.s.seat == engine.Observer }

func (ws *waitingScreen) content() string {
	st := ws.c.Styles
	v := ws.s.view
	w := ws.w - 4
	var pending []string
	for _, t := range v.Teams {
		if !t.Decided {
			pending = append(pending, ws.s.teamName(t.ID, ws.c))
		}
	}
	title := ws.c.Text("Your decision is in")
	if ws.observer() {
		title = ws.c.Text("You are observing: public information only")
	}
	lines := []string{st.Title.Render(cut(title, w))}
	lines = append(lines, strings.Split(st.Text.Render(wrap(ws.c.Textf("Still deciding: %s.", strings.Join(pending, ws.c.ListSep())), w)), "\n")...)
	lines = append(lines, "")
	lines = append(lines, injectHead(ws.c, v.Round, v.Date, v.Title, w)...)
	lines = append(lines, "")
	for _, para := range strings.Split(ws.c.Para(v.Brief), "\n") {
		if strings.TrimSpace(para) != "" {
			lines = append(lines, strings.Split(st.Text.Render(wrap(strings.TrimSpace(para), w)), "\n")...)
		}
	}
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n")
}

func (ws *waitingScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	ws.body.handle(msg, ws.c.Keys, ws.c.Keys.Up, ws.c.Keys.Down)
	return stay, nil
}

func (ws *waitingScreen) View() string { return ws.body.View() }

func (ws *waitingScreen) ShortHelp() []key.Binding {
	k := ws.c.Keys
	return []key.Binding{k.Up, k.PageDown}
}

func (ws *waitingScreen) FullHelp() [][]key.Binding { return [][]key.Binding{ws.ShortHelp()} }
