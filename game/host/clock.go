package host

import (
	"sync"
	"time"

	"github.com/brink-ttx/brink/game/engine"
)

// clock bounds each round's decisions at a table. It starts when the
// facilitator starts it (or at once with a turn time and no facilitator
// action needed: see Serve), pauses, and takes extensions; when it runs out,
// every team played by people that has not decided in that round holds,
// and the bots commit their decisions (table.HoldUndecided).
type clock struct {
	mu        sync.Mutex
	turn      time.Duration
	running   bool
	paused    bool
	round     int
	deadline  time.Time
	remaining time.Duration // while paused
}

// ClockState is what a seat or the console shows of a table's clock.
type ClockState struct {
	Running   bool
	Paused    bool
	Remaining time.Duration
}

func (c *clock) state(now time.Time) ClockState {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case !c.running:
		return ClockState{}
	case c.paused:
		return ClockState{Running: true, Paused: true, Remaining: c.remaining}
	default:
		return ClockState{Running: true, Remaining: max(c.deadline.Sub(now), 0)}
	}
}

func (c *clock) start(now time.Time, round int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.turn <= 0 || c.running {
		return false
	}
	c.running, c.paused, c.round, c.deadline = true, false, round, now.Add(c.turn)
	return true
}

func (c *clock) togglePause(now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.running {
		return false
	}
	if c.paused {
		c.deadline, c.paused = now.Add(c.remaining), false
	} else {
		c.remaining, c.paused = max(c.deadline.Sub(now), 0), true
	}
	return true
}

func (c *clock) extend(now time.Time, d time.Duration) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.running {
		return false
	}
	if c.paused {
		c.remaining += d
	} else {
		c.deadline = c.deadline.Add(d)
		if c.deadline.Before(now) {
			c.deadline = now.Add(d)
		}
	}
	return true
}

// tick restarts the clock on a new round and reports whether the time of
// the current round has run out.
func (c *clock) tick(now time.Time, round int, over bool) (expired bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.running || over {
		return false
	}
	if round != c.round {
		c.round, c.paused, c.deadline = round, false, now.Add(c.turn)
		return false
	}
	return !c.paused && !now.Before(c.deadline)
}

// Clock is the table's clock state now.
func (t *Table) Clock(now time.Time) ClockState { return t.clock.state(now) }

// tickAll runs every table's clock, and logs when a journal stops and
// starts saving again; Serve calls it four times a second.
func (h *Host) tickAll() {
	now := h.cfg.Now()
	for _, t := range h.tables {
		down, since := t.Table.JournalHealth()
		switch {
		case down != nil && !t.journalDown:
			t.journalDown = true
			h.log.Error("journal not saving: inputs are refused until it saves again", "table", t.N, "since", since, "error", down)
		case down == nil && t.journalDown:
			t.journalDown = false
			h.log.Info("journal saving again", "table", t.N, "since", since)
		}
		var round int
		var over bool
		t.Table.With(func(g *engine.Game) { round, over = g.RoundNumber(), g.Over() })
		if !t.clock.tick(now, round, over) {
			continue
		}
		if t.ranOut != round {
			t.ranOut = round
			h.log.Info("time ran out", "table", t.N, "round", round)
		}
		if down != nil && now.Before(t.retry) {
			continue // the journal still fails: wait before refusing the holds again
		}
		held, err := t.Table.HoldUndecided(round, zhMsg.Msg("time ran out").String())
		if len(held) > 0 {
			h.log.Info("teams held", "table", t.N, "round", round, "teams", held)
		}
		if err == nil {
			t.backoff, t.retry = 0, time.Time{}
			continue
		}
		if t.backoff == 0 {
			h.log.Warn("the undecided teams cannot hold until the journal saves; retrying", "table", t.N, "round", round, "error", err)
		}
		t.backoff = min(max(2*t.backoff, time.Second), maxHoldRetry)
		t.retry = now.Add(t.backoff)
	}
}

// maxHoldRetry is the longest a clock that ran out waits before it tries
// again to hold the undecided teams, while their holds are refused (the
// journal fails). It tries at once when the journal saves again.
const maxHoldRetry = 15 * time.Second
