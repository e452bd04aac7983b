package host

import (
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/table"
)

// failingJournal is a table's journal for the clock's tests: it keeps the
// inputs it records, refuses them while full is set (a full disk), and
// counts the holds it was asked to record.
type failingJournal struct {
	mu    sync.Mutex
	ins   []engine.Input
	full  bool
	holds int
}

func (j *failingJournal) Record(in engine.Input, _ time.Time) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if in.Kind == engine.Hold {
		j.holds++
	}
	if j.full {
		return errors.New("no space left on device")
	}
	j.ins = append(j.ins, in)
	return nil
}

func (j *failingJournal) set(f func(j *failingJournal)) {
	j.mu.Lock()
	defer j.mu.Unlock()
	f(j)
}

// clockHost is a host of one table of the mechanics fixture, with a clock
// of a minute a round, the table's journal rec, the time *now and its log
// in log.
func clockHost(t *testing.T, rec *failingJournal, now *time.Time, log *syncBuffer) (*Host, *Table) {
	t.Helper()
	clock := func() time.Time { return *now }
	h, err := New(Config{Scenario: loadMech(t), Tables: 1, TurnTime: time.Minute, Now: clock, Logger: slog.New(slog.NewTextHandler(log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	tb := h.tables[0]
	tb.Table = table.New(engine.New(h.cfg.Scenario, 1), nil, rec, clock)
	return h, tb
}

// hookLog is a log that calls its hook with every line written to it.
type hookLog struct {
	syncBuffer
	hook func(line string)
}

func (l *hookLog) Write(p []byte) (int, error) {
	if l.hook != nil {
		l.hook(string(p))
	}
	return l.syncBuffer.Write(p)
}

// A team that decides at the last moment, as the clock runs out, is never
// held in the next round: here team b's choice completes round 1 between
// the clock's look (round 1 ran out) and its holds, and both teams must
// find round 2 still to decide.
func TestTimeRunningOutHoldsNoOneInTheNextRound(t *testing.T) {
	now := time.Unix(5000, 0)
	log := &hookLog{}
	h, err := New(Config{Scenario: loadMech(t), Tables: 1, TurnTime: time.Minute, Now: func() time.Time { return now }, Logger: slog.New(slog.NewTextHandler(log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	tb := h.tables[0]
	for _, in := range []engine.Input{
		{Kind: engine.Assess, Team: "a", Hypothesis: "soft", Confidence: 70},
		{Kind: engine.Choose, Team: "a", Option: "calm"},
		{Kind: engine.Assess, Team: "b", Hypothesis: "x", Confidence: 70},
	} {
		if err := tb.Table.Apply(in); err != nil {
			t.Fatal(err)
		}
	}
	var bErr error
	log.hook = func(line string) {
		if strings.Contains(line, "time ran out") {
			bErr = tb.Table.Apply(engine.Input{Kind: engine.Choose, Team: "b", Option: "talk"})
		}
	}
	tb.clock.start(now, 1)
	now = now.Add(2 * time.Minute)
	h.tickAll()
	if bErr != nil {
		t.Fatalf("b's choice at the last moment: %v", bErr)
	}
	v := tb.Table.View(engine.Observer)
	if v.Round != 2 || v.Teams[0].Decided || v.Teams[1].Decided {
		t.Fatalf("round 1's clock decided in round %d: %+v", v.Round, v.Teams)
	}
	if ch := v.History[0].Choices; ch[0].Held || ch[1].Held {
		t.Fatalf("round 1's choices: %+v", ch)
	}
}

// While the journal refuses the holds of a clock that ran out, the host
// says once that time ran out, and tries the holds again only after a
// growing wait; they happen as soon as the journal saves again (another
// input saved), or at the next try.
func TestTimeRanOutWhileTheJournalFails(t *testing.T) {
	now := time.Unix(5000, 0)
	rec := &failingJournal{full: true}
	log := &syncBuffer{}
	h, tb := clockHost(t, rec, &now, log)
	tb.clock.start(now, 1)
	now = now.Add(2 * time.Minute)
	for range 40 { // ten seconds of ticks, the time standing still
		h.tickAll()
	}
	if n := strings.Count(log.String(), "time ran out"); n != 1 {
		t.Errorf("'time ran out' logged %d times, want once:\n%s", n, log)
	}
	if rec.holds != 1 {
		t.Errorf("the refused holds were tried %d times at once, want 1", rec.holds)
	}
	for _, wait := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second} {
		now = now.Add(wait - time.Millisecond)
		h.tickAll()
		before := rec.holds
		now = now.Add(time.Millisecond)
		h.tickAll()
		if before != rec.holds-1 {
			t.Errorf("after a wait of %v, tries %d then %d; want one more try at the end of the wait", wait, before, rec.holds)
		}
	}
	if v := tb.Table.View(engine.Observer); v.Round != 1 || v.Teams[0].Decided || v.Teams[1].Decided {
		t.Fatalf("holds the journal refused were kept: round %d, %+v", v.Round, v.Teams)
	}
	// The journal saves again: a message is saved, and the holds follow at
	// the next tick, without waiting.
	rec.set(func(j *failingJournal) { j.full = false })
	if err := tb.Table.Apply(engine.Input{Kind: engine.Message, Team: "a", Channel: "hotline", Text: "saved"}); err != nil {
		t.Fatal(err)
	}
	h.tickAll()
	if v := tb.Table.View(engine.Observer); v.Round != 2 {
		t.Fatalf("the journal saves again, and round 1 still waits: %+v", v.Teams)
	}
	if !strings.Contains(log.String(), `"teams held" table=1 round=1 teams="[a b]"`) {
		t.Errorf("the log does not say who held:\n%s", log)
	}
	// Round 2 runs out with the journal failing again; it saves again with
	// no other input, and the next try holds.
	h.tickAll() // the clock starts round 2
	rec.set(func(j *failingJournal) { j.full = true })
	now = now.Add(2 * time.Minute)
	h.tickAll()
	if v := tb.Table.View(engine.Observer); v.Round != 2 || tb.retry.IsZero() {
		t.Fatalf("round 2's holds with the journal failing: round %d, retry at %v", v.Round, tb.retry)
	}
	rec.set(func(j *failingJournal) { j.full = false })
	now = now.Add(maxHoldRetry)
	h.tickAll()
	if v := tb.Table.View(engine.Observer); v.Round != 3 {
		t.Fatalf("round 2's holds were never retried: round %d, %+v", v.Round, v.Teams)
	}
	if n := strings.Count(log.String(), "time ran out"); n != 2 {
		t.Errorf("'time ran out' logged %d times for two rounds:\n%s", n, log)
	}
}
