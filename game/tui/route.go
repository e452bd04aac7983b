package tui

import (
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/engine"
)

// route picks the screen the game is at: the next reveal not yet shown,
// the scorecard, the next human seat's turn (behind a hand-over in
// hot-seat play), or waiting for other seats.
//
// In hot-seat play a round has two passes: every delegation first reads
// its brief (each behind its own hand-over), then each in turn talks,
// assesses and decides. So no team writes on the hotline before every
// team has read its brief.
func (m *Model) route() {
	s := m.sess
	s.refresh()
	v := s.view
	if len(v.History) > m.seen {
		m.show(scrReveal, newReveal(m.c, s, v.History[m.seen], !m.cfg.NoAnimation))
		return
	}
	if v.Over {
		m.show(scrScorecard, newScorecard(m.c, &m.cfg, s))
		return
	}
	hot := s.hotseat()
	if hot {
		for _, team := range s.order(v.Round) {
			if decided(v, team) || m.briefed[team] == v.Round {
				continue
			}
			if m.takeTurn(team, v.Round, 1) {
				return
			}
			m.enterPhase(scrBrief)
			return
		}
	}
	for _, team := range s.order(v.Round) {
		if decided(v, team) {
			continue
		}
		if m.takeTurn(team, v.Round, 2) {
			return
		}
		if hot {
			m.enterPhase(scrHotline)
		} else {
			m.enterPhase(scrBrief)
		}
		return
	}
	m.show(scrWaiting, newWaiting(m.c, s))
}

// takeTurn makes team's pass of round the turn at the terminal; in hot-seat
// play it shows the hand-over to it and reports true.
func (m *Model) takeTurn(team string, round, pass int) bool {
	if team == m.turnTeam && round == m.turnRound && pass == m.pass {
		return false
	}
	s := m.sess
	m.turnTeam, m.turnRound, m.pass = team, round, pass
	m.deadline = time.Time{}
	s.seat = team
	s.refresh()
	if s.hotseat() {
		m.show(scrHandover, newHandover(m.c, s, team, pass == 1))
		return true
	}
	return false
}

// advance moves on from the phase just done.
func (m *Model) advance() tea.Cmd {
	switch m.cur {
	case scrHandover:
		if m.pass == 1 {
			m.enterPhase(scrBrief)
		} else {
			m.enterPhase(scrHotline)
		}
	case scrBrief:
		if m.sess.hotseat() && m.pass == 1 {
			// The brief pass: on to the next delegation's brief.
			m.briefed[m.turnTeam] = m.turnRound
			m.route()
			break
		}
		m.enterPhase(scrHotline)
	case scrHotline:
		m.enterPhase(scrAssess)
	case scrAssess:
		m.enterPhase(scrDecide)
	case scrReveal:
		m.seen++
		m.route()
	default:
		m.route()
	}
	return m.timerCmd()
}

// enterPhase shows phase p of the seat's turn, or the first later phase
// that applies to it: the hotline only while a channel is open, the
// assessment only while a question waits for the seat's read.
func (m *Model) enterPhase(p screenID) {
	s := m.sess
	v := s.view
	if v.Over || v.MyChoice != nil {
		m.route()
		return
	}
	if m.cfg.TurnTime > 0 && m.cfg.WholeRound && m.deadline.IsZero() {
		// The clock runs from the seat's brief to its decision.
		m.startClock(v.Round)
	}
	for _, phase := range turn[max(slices.Index(turn, p), 0):] {
		switch {
		case phase == scrBrief:
			m.show(scrBrief, newBrief(m.c, s))
		case phase == scrHotline && len(openChannels(v)) > 0:
			m.show(scrHotline, newHotline(m.c, s))
		case phase == scrAssess && v.Question != nil && v.MyAssess == nil:
			m.show(scrAssess, newAssess(m.c, s))
		case phase == scrDecide:
			if m.cfg.TurnTime > 0 && m.deadline.IsZero() {
				m.startClock(v.Round)
			}
			m.show(scrDecide, newDecide(m.c, s, m.cfg.TurnTime > 0))
		default:
			continue // the phase does not apply this round
		}
		return
	}
}

// startClock gives the seat its turn time from now, for round.
func (m *Model) startClock(round int) {
	m.deadline, m.deadlineRound = m.now().Add(m.cfg.TurnTime), round
}

// timerTickMsg is the turn timer's second hand.
type timerTickMsg struct{ gen int }

// timerCmd starts the second hand when a decide phase has a deadline.
func (m *Model) timerCmd() tea.Cmd {
	if m.sess == nil || (m.deadline.IsZero() && m.cfg.Clock == nil) {
		return nil
	}
	m.timerGen++
	gen := m.timerGen
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return timerTickMsg{gen: gen} })
}

// remaining is the time left in the decide phase; ok is false with no timer.
func (m *Model) remaining() (time.Duration, bool) {
	if m.cfg.Clock != nil {
		// A hosted table's clock: the host holds the teams when it runs out.
		left, running := m.cfg.Clock()
		if !running || m.sess == nil || m.sess.view.MyChoice != nil || m.sess.view.Over {
			return 0, false
		}
		return left, true
	}
	if m.deadline.IsZero() || m.sess == nil || m.sess.view.MyChoice != nil || m.sess.view.Round != m.deadlineRound {
		// No clock, or the seat decided, or its round was resolved
		// without it (a clock belongs to one round).
		return 0, false
	}
	return max(m.deadline.Sub(m.now()), 0), true
}

// onTimer holds the seat when its time has run out.
func (m *Model) onTimer(msg timerTickMsg) tea.Cmd {
	if msg.gen != m.timerGen || m.sess == nil {
		return nil
	}
	if m.cfg.Clock != nil {
		return m.timerCmd() // redraw the host's clock each second
	}
	if m.deadline.IsZero() {
		return nil
	}
	left, ok := m.remaining()
	if !ok {
		return nil
	}
	if left > 0 {
		m.timerGen--
		return m.timerCmd()
	}
	team := m.turnTeam
	m.deadline = time.Time{}
	// A hold is always private: the engine never takes a public hold
	// option.
	if err := m.sess.apply(engine.Input{Kind: engine.Hold, Team: team, Reason: "time ran out"}); err == nil {
		m.status = m.c.Textf("Time ran out: the %s holds, in private - nothing is announced.", m.sess.teamName(team, m.c))
		m.closeMenu()
		m.route()
	}
	return m.timerCmd()
}
