package tui

import (
	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
)

var errNoLoader = bilingual.New("no scenario to play", "没有可推演的情景")

// library is the scenarios a new game may be played on: the one given
// (--scenario), or the built-ins, each loaded once. The root model, the
// title and the picker share it; the title names the default scenario as
// soon as its load, begun at Init, arrives.
type library struct {
	ids   []string           // built-in ids, in order; the first is the default
	given *scenario.Scenario // chosen already (--scenario): no picker
	load  func(id string) (*scenario.Scenario, error)
	cache map[string]loaded
}

type loaded struct {
	s   *scenario.Scenario
	err error
}

func newLibrary(cfg Config) *library {
	return &library{ids: cfg.Scenarios, given: cfg.Scenario, load: cfg.Load, cache: map[string]loaded{}}
}

// add keeps a scenario loaded elsewhere, unless it is there already.
func (l *library) add(id string, s *scenario.Scenario, err error) {
	if _, ok := l.cache[id]; !ok {
		l.cache[id] = loaded{s, err}
	}
}

// scenario returns a built-in scenario, loading it once.
func (l *library) scenario(id string) (*scenario.Scenario, error) {
	if ld, ok := l.cache[id]; ok {
		return ld.s, ld.err
	}
	if l.load == nil {
		return nil, errNoLoader
	}
	s, err := l.load(id)
	l.cache[id] = loaded{s, err}
	return s, err
}

// defaultScenario is the scenario "play" on the title starts.
func (l *library) defaultScenario() (*scenario.Scenario, error) {
	if l.given != nil {
		return l.given, nil
	}
	if len(l.ids) == 0 {
		return nil, errNoLoader
	}
	return l.scenario(l.ids[0])
}

// name is a built-in's title once it is loaded, its id before.
func (l *library) name(c *Common, id string) string {
	if ld, ok := l.cache[id]; ok && ld.s != nil {
		return c.Line(ld.s.Title)
	}
	return id
}
