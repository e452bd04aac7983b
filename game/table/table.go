// Package table holds one game in play for its front ends: the terminal game
// and every SSH session of a hosted table. It serialises inputs, records each
// in the journal before acknowledging it, lets bot seats act, and tells
// subscribers that the game changed. Front ends read the game only through
// per-seat views.
package table

import (
	"errors"
	"io/fs"
	"sync"
	"time"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/sim"
)

// Recorder keeps every accepted input (the journal).
type Recorder interface {
	Record(in engine.Input, at time.Time) error
}

// Table is a game with its seats.
type Table struct {
	mu   sync.Mutex
	g    *engine.Game
	bots map[string]bot.Policy
	rec  Recorder
	now  func() time.Time
	subs map[chan struct{}]struct{}
	// recErr is the journal's failure while it lasts, since when; saved is
	// when it saved again after the last failure.
	recErr      error
	recErrSince time.Time
	saved       time.Time
}

// New makes a table over g. bots maps the computer-played teams to their
// policies; rec may be nil. Bots act at once.
func New(g *engine.Game, bots map[string]bot.Policy, rec Recorder, now func() time.Time) *Table {
	if now == nil {
		now = time.Now
	}
	t := &Table{g: g, bots: bots, rec: rec, now: now, subs: map[chan struct{}]struct{}{}}
	t.mu.Lock()
	t.runBots()
	t.mu.Unlock()
	return t
}

// Scenario is the table's scenario.
func (t *Table) Scenario() *scenario.Scenario { return t.g.Scenario() }

// IsBot reports whether team is computer-played.
func (t *Table) IsBot(team string) bool { return t.bots[team] != nil }

// Apply applies one input, records it, lets the bots answer, and notifies
// subscribers. A rejected input changes nothing.
func (t *Table) Apply(in engine.Input) error {
	t.mu.Lock()
	err := t.apply(in)
	if err == nil {
		t.runBots()
	}
	t.mu.Unlock()
	if err == nil {
		t.notify()
	}
	return err
}

// apply is one input under the lock: to the engine, then to the journal.
// An input the journal cannot keep is refused and undone (the game is
// rebuilt without it): nothing acknowledged is ever missing from the
// journal.
func (t *Table) apply(in engine.Input) error {
	in = in.Clean() // what the engine keeps is what the journal keeps
	if err := t.g.Apply(in); err != nil {
		return err
	}
	if t.rec == nil {
		return nil
	}
	now := t.now()
	if err := t.rec.Record(in, now); err != nil {
		if t.recErr == nil {
			t.recErrSince = now
		}
		t.recErr = err
		inputs := t.g.Inputs()
		if g, rerr := engine.Replay(t.g.Scenario(), t.g.Seed(), inputs[:len(inputs)-1]); rerr == nil {
			t.g = g
		}
		return zhMsg.Errorf("%w: the game's journal cannot be written (%v); try again", ErrNotSaved, cause(err))
	}
	if t.recErr != nil {
		t.recErr, t.saved = nil, now
	}
	return nil
}

// ErrNotSaved refuses an input the journal could not keep.
var ErrNotSaved = bilingual.New("not accepted", "未被接受")

// cause is a journal error without the file's path (a seat need not know
// the host's folders).
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// locked lets bots act through the same path as people.
type locked struct{ t *Table }

func (l locked) ViewFor(team string) engine.View { return l.t.g.ViewFor(team) }
func (l locked) Apply(in engine.Input) error     { return l.t.apply(in) }
func (l locked) Scenario() *scenario.Scenario    { return l.t.g.Scenario() }

func (t *Table) runBots() {
	s := t.g.Scenario()
	for guard := 0; guard < 1000 && !t.g.Over(); guard++ {
		acted := false
		for i, team := range s.Teams {
			p := t.bots[team.ID]
			if p == nil || t.g.Decided(team.ID) || t.g.Over() {
				continue
			}
			round := t.g.RoundNumber()
			if err := sim.Step(locked{t}, team.ID, p, sim.RNG(t.g.Seed(), i, round)); err != nil {
				if errors.Is(err, ErrNotSaved) {
					return // the bots act again after the next input that is saved
				}
				// A bot that cannot decide holds, as a person whose time ran out.
				if err := t.apply(engine.Input{Kind: engine.Hold, Team: team.ID, Reason: err.Error()}); errors.Is(err, ErrNotSaved) {
					return
				}
			}
			acted = true
		}
		if !acted {
			return
		}
	}
}

// View returns what team's seat may see now.
func (t *Table) View(team string) engine.View {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.g.ViewFor(team)
}

// With runs f with the game under the table's lock. f must not keep g, and
// must only read it: use Apply to change the game. The lock is exclusive
// even for reading, as a reading method may fill a cache (Card folds the
// revealed rounds into the scorecard).
func (t *Table) With(f func(g *engine.Game)) {
	t.mu.Lock()
	defer t.mu.Unlock()
	f(t.g)
}

// JournalError is the journal's failure while it lasts: nil once an
// input is recorded again.
func (t *Table) JournalError() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.recErr
}

// JournalHealth is the journal's failure while it lasts and since when,
// or, with err nil, when it last saved again after a failure (zero if it
// never failed).
func (t *Table) JournalHealth() (err error, since time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.recErr != nil {
		return t.recErr, t.recErrSince
	}
	return nil, t.saved
}

// Subscribe returns a channel that receives a signal after every change, and
// a function to stop. A slow reader misses signals, never blocks the table.
func (t *Table) Subscribe() (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	t.mu.Lock()
	t.subs[ch] = struct{}{}
	t.mu.Unlock()
	return ch, func() {
		t.mu.Lock()
		delete(t.subs, ch)
		t.mu.Unlock()
	}
}

func (t *Table) notify() {
	t.mu.Lock()
	defer t.mu.Unlock()
	for ch := range t.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}
