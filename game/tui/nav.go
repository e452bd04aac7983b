package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/scenario"
)

// nav is the one navigation message: a screen's answer to a key, saying
// where to go and carrying what the screen decided there. It is returned,
// not sent, so one key press moves the game to one consistent screen, and
// model-level tests need no Bubble Tea runtime. Screens never change the
// root model; the root carries out their answers (navigate).
type nav interface{ isNav() }

// stay is the answer of a key that keeps the screen.
var stay nav

type (
	navNext      struct{}                              // the phase is done: the route decides what comes next
	navTitle     struct{}                              // back to the title (a new game)
	navPicker    struct{}                              // the scenario picker
	navSetup     struct{ scenario *scenario.Scenario } // the seat setup for the scenario chosen
	navStart     struct{ setup Setup }                 // start the game the seat setup describes
	navResume    struct{}                              // close the menu, back to the game
	navQuit      struct{}                              // leave the program
	navSaveQuit  struct{ saved []string }              // leave, the report's files saved (none without a report)
	navScorecard struct{}                              // the scorecard of the game over
	navDebrief   struct{}                              // the debrief of the game
)

func (navNext) isNav()      {}
func (navTitle) isNav()     {}
func (navPicker) isNav()    {}
func (navSetup) isNav()     {}
func (navStart) isNav()     {}
func (navResume) isNav()    {}
func (navQuit) isNav()      {}
func (navSaveQuit) isNav()  {}
func (navScorecard) isNav() {}
func (navDebrief) isNav()   {}

// navigate carries out a screen's answer.
func (m *Model) navigate(n nav) tea.Cmd {
	switch n := n.(type) {
	case navNext:
		return m.advance()
	case navTitle:
		m.closeMenu()
		m.Close()
		m.sess = nil
		m.setup = nil
		m.chosen = m.cfg.Scenario
		if m.cfg.NewSeed != nil {
			m.cfg.Seed = m.cfg.NewSeed()
		}
		m.show(scrTitle, newTitle(m.c, m.lib, m.cfg.Version))
	case navPicker:
		m.show(scrPicker, newPicker(m.c, m.lib, m.chosen))
	case navSetup:
		if n.scenario != nil {
			m.chosen = n.scenario
			m.show(scrSetup, newSetup(m.c, &m.cfg, n.scenario))
		}
	case navStart:
		return m.start(n.setup)
	case navResume:
		m.closeMenu()
	case navSaveQuit:
		m.saved, m.saveQuit = n.saved, true
		m.quitting = true
		return tea.Quit
	case navQuit:
		m.quitting = true
		return tea.Quit
	case navScorecard:
		if m.sess != nil && m.sess.view.Over {
			m.show(scrScorecard, newScorecard(m.c, &m.cfg, m.sess))
		}
	case navDebrief:
		if m.sess != nil {
			m.show(scrDebrief, newDebriefScreen(m.c, m.sess, m.sess.view.Over && !m.cfg.Debrief))
		}
	}
	return nil
}

// start creates the game the seat setup describes.
func (m *Model) start(setup Setup) tea.Cmd {
	m.setup = &setup
	if m.cfg.Start == nil {
		return nil
	}
	g, err := m.cfg.Start(setup)
	if err != nil {
		if s, ok := m.screen.(*setupScreen); ok {
			s.err = m.c.Err(err)
		}
		return nil
	}
	m.c.Coach = setup.Coach
	m.startSession(g.Table, setup.Humans, g.JournalPath, setup.Names)
	m.route()
	return tea.Batch(m.listen(), m.timerCmd())
}
