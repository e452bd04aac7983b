package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// waitingScreen shows a seat that has decided while others have not (a
// hosted table): it names who is still deciding, nothing more.
type waitingScreen struct {
	c    *Common
	s    *session
	w, h int
}

func newWaiting(c *Common, s *session) *waitingScreen { return &waitingScreen{c: c, s: s} }

func (ws *waitingScreen) SetSize(w, h int)              { ws.w, ws.h = w, h }
func (ws *waitingScreen) Update(tea.Msg) (nav, tea.Cmd) { return stay, nil }

func (ws *waitingScreen) View() string {
	st := ws.c.Styles
	var pending []string
	for _, t := range ws.s.view.Teams {
		if !t.Decided {
			pending = append(pending, ws.s.teamName(t.ID, ws.c.Lang))
		}
	}
	lines := []string{st.Title.Render(center(ws.c.T("waiting.title"), ws.w)), ""}
	for _, l := range strings.Split(wrap(ws.c.Tf("waiting.for", strings.Join(pending, ", ")), min(ws.w-4, 64)), "\n") {
		lines = append(lines, st.Text.Render(center(l, ws.w)))
	}
	top := max((ws.h-len(lines))/2, 0)
	return strings.Repeat("\n", top) + strings.Join(lines, "\n")
}

func (ws *waitingScreen) ShortHelp() []key.Binding  { return nil }
func (ws *waitingScreen) FullHelp() [][]key.Binding { return nil }
