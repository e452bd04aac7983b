package tui

import (
	"reflect"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/table"
)

// session is one game at this terminal: the table, the teams played here,
// and the view of the seat whose turn it is. Everything drawn in game comes
// from view (this seat's) or from rounds already revealed.
type session struct {
	names   map[string]string // team → the people at its seat, as the seat setup named them
	t       *table.Table
	scen    *scenario.Scenario
	humans  []string
	journal string
	seat    string
	view    engine.View
	gen     int // counts the changes refresh found in view
	// stated tells what a computer-played team states as its reason.
	stated func(team string) bilingual.Msg
}

func newSession(t *table.Table, humans []string, journal string, names map[string]string) *session {
	s := &session{t: t, scen: t.Scenario(), journal: journal, names: names, stated: t.Stated}
	for _, h := range humans {
		if s.scen.Team(h) != nil && !t.IsBot(h) {
			s.humans = append(s.humans, h)
		}
	}
	if len(s.humans) == 0 {
		// A table with no seat for this terminal: watch it as an observer.
		s.seat = engine.Observer
	} else {
		s.seat = s.humans[0]
	}
	s.refresh()
	return s
}

// refresh takes the seat's view of the table again, counting in gen
// whether it changed.
func (s *session) refresh() {
	v := s.t.View(s.seat)
	if !reflect.DeepEqual(v, s.view) {
		s.gen++
	}
	s.view = v
}

// apply sends one input through the table and refreshes the view.
func (s *session) apply(in engine.Input) error {
	err := s.t.Apply(in)
	s.refresh()
	return err
}

// plays reports whether team is played at this terminal.
func (s *session) plays(team string) bool {
	for _, h := range s.humans {
		if h == team {
			return true
		}
	}
	return false
}

// hotseat: more than one team plays at this terminal.
func (s *session) hotseat() bool { return len(s.humans) > 1 }

// teamName is a team's name in c's language, ready to draw.
func (s *session) teamName(id string, c *Common) string { return teamNameIn(s.scen, s.names, id, c) }

// teamNameIn is a team of sc by name, with the people at its seat when
// names has them, ready to draw.
func teamNameIn(sc *scenario.Scenario, names map[string]string, id string, c *Common) string {
	if t := sc.Team(id); t != nil {
		if n := names[id]; n != "" {
			return c.Line(t.Name) + " (" + c.Safe(oneLine(n)) + ")"
		}
		return c.Line(t.Name)
	}
	return c.Safe(id)
}

// teamShort is a team's short label, ready to draw.
func (s *session) teamShort(id string, c *Common) string { return teamShortIn(s.scen, id, c) }

// teamShortIn is a team of sc by its short label, ready to draw.
func teamShortIn(sc *scenario.Scenario, id string, c *Common) string {
	if t := sc.Team(id); t != nil && t.Short != "" {
		return c.Safe(oneLine(t.Short))
	}
	return c.Safe(id)
}

// order is the seat order of the human teams in round n: it turns by one
// seat each round, so that in hot-seat play no delegation always speaks
// first on the hotline.
func (s *session) order(n int) []string {
	k := len(s.humans)
	if k == 0 {
		return nil
	}
	out := make([]string, 0, k)
	for i := 0; i < k; i++ {
		out = append(out, s.humans[(i+max(n-1, 0))%k])
	}
	return out
}

// decided reports from the public status whether team has decided.
func decided(v engine.View, team string) bool {
	for _, t := range v.Teams {
		if t.ID == team {
			return t.Decided
		}
	}
	return false
}

// openChannels are the channels open to the seat now.
func openChannels(v engine.View) []engine.ChannelStatus {
	var out []engine.ChannelStatus
	for _, c := range v.Channels {
		if c.Open && c.Member {
			out = append(out, c)
		}
	}
	return out
}
