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
	// turns are the bots' decisions of the round, made as it opens.
	turns map[string]botTurn
}

// botTurn is a bot's decision for one round. The bot speaks and assesses as
// the round opens, but commits its choice only once every team played by
// people has decided: until then it is on the hotline, and answers what
// people write to it (bot.Reply). The decision itself is made as the round
// opens, from the seed, as bot.Step makes it.
type botTurn struct {
	round int
	d     bot.Decision
	err   error
}

// New makes a table over g. bots maps the computer-played teams to their
// policies; rec may be nil. Bots act at once.
func New(g *engine.Game, bots map[string]bot.Policy, rec Recorder, now func() time.Time) *Table {
	if now == nil {
		now = time.Now
	}
	t := &Table{g: g, bots: bots, rec: rec, now: now, subs: map[chan struct{}]struct{}{}, turns: map[string]botTurn{}}
	t.mu.Lock()
	t.answerLast()
	t.runBots()
	t.mu.Unlock()
	return t
}

// answerLast gives a game resumed between a person's hotline message and
// the bots' answers to it (a crash between two journal lines) the answers
// it would have had.
func (t *Table) answerLast() {
	ins := t.g.Inputs()
	answered := map[string]bool{}
	for k := len(ins) - 1; k >= 0; k-- {
		in := ins[k]
		if in.Kind != engine.Message {
			return
		}
		if t.bots[in.Team] == nil {
			t.replyBots(in, answered)
			return
		}
		answered[in.Team] = true
	}
}

// Scenario is the table's scenario.
func (t *Table) Scenario() *scenario.Scenario { return t.g.Scenario() }

// IsBot reports whether team is computer-played.
func (t *Table) IsBot(team string) bool { return t.bots[team] != nil }

// Stated is the reason the computer player of team states for its
// choices (bot.Stated), in either language; zero for a team played by
// people or a bot that states none.
func (t *Table) Stated(team string) bilingual.Msg {
	if p := t.bots[team]; p != nil {
		return bot.Stated(p)
	}
	return bilingual.Msg{}
}

// Apply applies one input, records it, lets the bots answer, and notifies
// subscribers. A rejected input changes nothing.
func (t *Table) Apply(in engine.Input) error {
	t.mu.Lock()
	err := t.apply(in)
	if err == nil {
		if in.Kind == engine.Message && t.bots[in.Team] == nil {
			t.replyBots(in, nil)
		}
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

// HoldUndecided holds, as one act, every team played by people that has
// not decided in round, giving reason (as the clock does when time runs
// out, or the facilitator); the bots then commit the decisions they made as
// the round opened. It holds no one if the game is over or has left round:
// a team that decided at the last moment is never held in the next round.
// It returns the teams held. The first hold the journal refuses is refused
// and ends the act, with the holds before it kept (each was saved), so a
// retry holds the rest.
func (t *Table) HoldUndecided(round int, reason string) ([]string, error) {
	t.mu.Lock()
	var held []string
	var err error
	if !t.g.Over() && t.g.RoundNumber() == round {
		for _, team := range t.g.Scenario().TeamIDs() {
			if t.bots[team] != nil || t.g.Decided(team) {
				continue
			}
			if err = t.apply(engine.Input{Kind: engine.Hold, Team: team, Reason: reason}); err != nil {
				break
			}
			held = append(held, team)
		}
		if err == nil || len(held) > 0 {
			t.runBots()
		}
	}
	t.mu.Unlock()
	if len(held) > 0 {
		t.notify()
	}
	return held, err
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
			bt, ok := t.turns[team.ID]
			if !ok || bt.round != round {
				bt = t.open(i, team.ID, p, round)
				if errors.Is(bt.err, ErrNotSaved) {
					return // the bots act again after the next input that is saved
				}
				t.turns[team.ID] = bt
			}
			if !t.peopleDecided() {
				continue
			}
			err := bt.err
			if err == nil {
				err = t.apply(engine.Input{Kind: engine.Choose, Team: team.ID, Option: bt.d.Option, Rationale: bt.d.Rationale.String()})
			}
			if errors.Is(err, ErrNotSaved) {
				return // likewise
			}
			if err != nil {
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

// open makes a bot's decision for the round and plays its first part: the
// message (on the first open channel) and the assessment, as bot.Step does.
func (t *Table) open(i int, team string, p bot.Policy, round int) botTurn {
	bt := botTurn{round: round}
	v := t.g.ViewFor(team)
	var lines []scenario.Text
	opening := asOpened(v, i, t.g.Scenario(), t.bots)
	if tm := t.g.Scenario().Team(team); tm != nil {
		lines = tm.Lines
	}
	bt.d, bt.err = bot.DecideWith(p, opening, lines, bot.RNG(t.g.Seed(), i, round))
	if bt.err != nil {
		return bt
	}
	if bt.d.Message != "" && !spoke(v, team) {
		for _, c := range v.Channels {
			if c.Open && c.Member {
				if err := t.apply(engine.Input{Kind: engine.Message, Team: team, Channel: c.ID, Text: bt.d.Message}); errors.Is(err, ErrNotSaved) {
					bt.err = err
					return bt
				}
				break
			}
		}
	}
	if v.Question != nil && v.MyAssess == nil {
		bt.err = t.apply(engine.Input{Kind: engine.Assess, Team: team, Hypothesis: bt.d.Hypothesis, Confidence: bt.d.Confidence})
	}
	return bt
}

// asOpened is v as it was when the round opened for the i-th team, a bot:
// its own assessment not yet made, and of this round's posts only the
// opening messages of the bots before it. A resumed game decides from it,
// so that a bot decides after a resume as it would have without one.
func asOpened(v engine.View, i int, s *scenario.Scenario, bots map[string]bot.Policy) engine.View {
	v.MyAssess = nil
	first := map[string]bool{}
	var posts []engine.Post
	for _, p := range v.Posts {
		if p.Round != v.Round {
			posts = append(posts, p)
			continue
		}
		if j := s.TeamIndex(p.Team); j >= 0 && j < i && bots[p.Team] != nil && !first[p.Team] {
			posts = append(posts, p)
		}
		first[p.Team] = true
	}
	v.Posts = posts
	return v
}

// spoke reports whether team has posted this round (a resumed game).
func spoke(v engine.View, team string) bool {
	for _, p := range v.Posts {
		if p.Round == v.Round && p.Team == team {
			return true
		}
	}
	return false
}

// peopleDecided reports whether every team not played by a bot has decided.
func (t *Table) peopleDecided() bool {
	for _, tm := range t.g.Scenario().Teams {
		if t.bots[tm.ID] == nil && !t.g.Decided(tm.ID) {
			return false
		}
	}
	return true
}

// maxReplies is how many messages a bot answers in a round.
const maxReplies = 3

// replyBots lets every undecided bot on the message's channel answer it
// (but those already answered),
// from its stock answers (bot.Reply), with a generator fixed by the seed,
// the team and the number of posts so far: the same inputs give the same
// answers.
func (t *Table) replyBots(in engine.Input, answered map[string]bool) {
	for i, team := range t.g.Scenario().Teams {
		p := t.bots[team.ID]
		if p == nil || t.g.Decided(team.ID) || answered[team.ID] {
			continue
		}
		v := t.g.ViewFor(team.ID)
		member, replies := false, 0
		for _, c := range v.Channels {
			member = member || (c.ID == in.Channel && c.Open && c.Member)
		}
		for _, post := range v.Posts {
			if post.Round == v.Round && post.Team == team.ID && post.Channel == in.Channel {
				replies++
			}
		}
		if !member || replies > maxReplies {
			continue
		}
		text := bot.Reply(p, in.Text, bot.RNG(t.g.Seed(), i, v.Round*1000+len(v.Posts)))
		if text != "" {
			_ = t.apply(engine.Input{Kind: engine.Message, Team: team.ID, Channel: in.Channel, Text: text})
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
//
//lint:ignore ST1008 the error is the journal's state reported, not a failure of the call
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
