package table

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

type recorder struct {
	mu  sync.Mutex
	ins []engine.Input
}

func (r *recorder) Record(in engine.Input, _ time.Time) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ins = append(r.ins, in)
	return nil
}

func mech(t *testing.T) *scenario.Scenario {
	s, err := scenario.LoadFile("../engine/testdata/mech.toml")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestBotsAnswerAndEverythingIsRecorded(t *testing.T) {
	s := mech(t)
	hawk, _ := bot.Get("hawk")
	rec := &recorder{}
	tb := New(engine.New(s, 3), map[string]bot.Policy{"b": hawk}, rec, nil)
	if !tb.IsBot("b") || tb.IsBot("a") {
		t.Fatal("IsBot")
	}
	// The bot speaks and assesses as the round opens, and commits its
	// choice once the people have: until then it can answer the hotline.
	if st := tb.View("a").Teams[1]; !st.Assessed || st.Decided {
		t.Fatalf("as the round opens the bot should have assessed, not yet chosen: %+v", st)
	}
	ch, stop := tb.Subscribe()
	defer stop()
	if err := tb.Apply(engine.Input{Kind: engine.Choose, Team: "a", Option: "wait"}); err == nil {
		t.Fatal("a choice before the assessment was accepted")
	}
	n := len(rec.ins)
	if err := tb.Apply(engine.Input{Kind: engine.Assess, Team: "a", Hypothesis: "hard", Confidence: 90}); err != nil {
		t.Fatal(err)
	}
	if err := tb.Apply(engine.Input{Kind: engine.Choose, Team: "a", Option: "wait"}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ch:
	default:
		t.Fatal("subscribers were not told of the change")
	}
	v := tb.View("a")
	if v.Round < 2 && !v.Over {
		t.Fatalf("the round should be revealed once the person decided: round %d", v.Round)
	}
	if len(rec.ins) < n+2 {
		t.Fatalf("the journal missed inputs: %d then %d", n, len(rec.ins))
	}
	var inputs []engine.Input
	tb.With(func(g *engine.Game) { inputs = g.Inputs() })
	if len(inputs) != len(rec.ins) {
		t.Fatalf("the journal has %d inputs, the game %d: the rejected one must not be recorded, the bots' must", len(rec.ins), len(inputs))
	}
	re, err := engine.Replay(s, 3, rec.ins)
	if err != nil || re.RoundNumber() != v.Round {
		t.Fatalf("replaying the journal: %v (round %d, want %d)", err, re.RoundNumber(), v.Round)
	}
}

// A slow subscriber misses signals but never blocks the table.
func TestSlowSubscriberNeverBlocks(t *testing.T) {
	tb := New(engine.New(mech(t), 1), nil, nil, nil)
	_, stop := tb.Subscribe()
	defer stop()
	done := make(chan struct{})
	go func() {
		for i := 0; i < 50; i++ {
			tb.Apply(engine.Input{Kind: engine.Message, Team: "a", Channel: "hotline", Text: "hello"})
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the table blocked on a subscriber that never reads")
	}
}

// A bot that cannot decide (historical with no historical option) holds.
func TestStuckBotHolds(t *testing.T) {
	hist, _ := bot.Get("historical")
	rec := &recorder{}
	tb := New(engine.New(mech(t), 1), map[string]bot.Policy{"a": hist, "b": hist}, rec, nil)
	v := tb.View(engine.Observer)
	if len(v.History) == 0 || !v.History[0].Choices[0].Held {
		t.Fatalf("bots with nothing historical to pick should hold and the game go on: %+v", v.History)
	}
}

// In solo play the bot answers a hotline message, from the seed: the same
// game and message give the same answer, and the journal has it.
func TestBotAnswersTheHotline(t *testing.T) {
	s := mech(t)
	var answers []string
	for run := 0; run < 2; run++ {
		dove, _ := bot.Get("dove")
		rec := &recorder{}
		tb := New(engine.New(s, 3), map[string]bot.Policy{"b": dove}, rec, nil)
		v := tb.View("a")
		ch := ""
		for _, c := range v.Channels {
			if c.Open && c.Member {
				ch = c.ID
			}
		}
		if ch == "" {
			t.Skip("the fixture has no open channel")
		}
		before := len(v.Posts)
		if err := tb.Apply(engine.Input{Kind: engine.Message, Team: "a", Channel: ch, Text: "Can your experts meet ours this week?"}); err != nil {
			t.Fatal(err)
		}
		v = tb.View("a")
		if len(v.Posts) != before+2 || v.Posts[len(v.Posts)-1].Team != "b" {
			t.Fatalf("no answer from the bot: %+v", v.Posts)
		}
		answers = append(answers, v.Posts[len(v.Posts)-1].Text)
		if last := rec.ins[len(rec.ins)-1]; last.Kind != engine.Message || last.Team != "b" {
			t.Errorf("the answer is not in the journal: %+v", last)
		}
	}
	if answers[0] != answers[1] {
		t.Errorf("the same game gave two answers: %q, %q", answers[0], answers[1])
	}
	// A game stopped between the message and the answer (a crash between
	// two journal lines) gets the answer when the table is made again.
	dove, _ := bot.Get("dove")
	rec := &recorder{}
	tb := New(engine.New(s, 3), map[string]bot.Policy{"b": dove}, rec, nil)
	ch := ""
	for _, c := range tb.View("a").Channels {
		if c.Open && c.Member {
			ch = c.ID
		}
	}
	if err := tb.Apply(engine.Input{Kind: engine.Message, Team: "a", Channel: ch, Text: "Can your experts meet ours this week?"}); err != nil {
		t.Fatal(err)
	}
	cut := rec.ins[:len(rec.ins)-1]
	g, err := engine.Replay(s, 3, cut)
	if err != nil {
		t.Fatal(err)
	}
	again := New(g, map[string]bot.Policy{"b": dove}, nil, nil)
	if v := again.View("a"); v.Posts[len(v.Posts)-1].Text != answers[0] {
		t.Errorf("after a stop before the answer: %+v", v.Posts)
	}
}

// fullDisk is a journal that fails while full is set.
type fullDisk struct {
	recorder
	full bool
}

func (f *fullDisk) Record(in engine.Input, at time.Time) error {
	if f.full {
		return &fs.PathError{Op: "write", Path: "/host/only/path.jsonl", Err: syscall.ENOSPC}
	}
	return f.recorder.Record(in, at)
}

// H8: an input the journal cannot keep is refused and undone, and the
// seat is told why (without the host's paths); once the journal saves
// again, the game and the journal agree input for input.
func TestInputNotJournaledIsRefused(t *testing.T) {
	s := mech(t)
	rec := &fullDisk{}
	tb := New(engine.New(s, 3), nil, rec, nil)
	if err := tb.Apply(engine.Input{Kind: engine.Message, Team: "a", Channel: "hotline", Text: "saved"}); err != nil {
		t.Fatal(err)
	}
	rec.full = true
	err := tb.Apply(engine.Input{Kind: engine.Assess, Team: "a", Hypothesis: "hard", Confidence: 90})
	if !errors.Is(err, ErrNotSaved) || strings.Contains(err.Error(), "/host/") || !strings.Contains(err.Error(), "no space") {
		t.Fatalf("an input the journal could not keep: %v", err)
	}
	if v := tb.View("a"); v.MyAssess != nil {
		t.Fatal("the refused assessment was applied")
	}
	if e, since := tb.JournalHealth(); e == nil || since.IsZero() {
		t.Fatal("the journal's failure is not reported")
	}
	rec.full = false
	if err := tb.Apply(engine.Input{Kind: engine.Assess, Team: "a", Hypothesis: "hard", Confidence: 90}); err != nil {
		t.Fatalf("the same input once the journal saves again: %v", err)
	}
	if e, since := tb.JournalHealth(); e != nil || since.IsZero() {
		t.Fatalf("the journal saves again, but its health says %v since %v", e, since)
	}
	var inputs []engine.Input
	tb.With(func(g *engine.Game) { inputs = g.Inputs() })
	if len(inputs) != len(rec.ins) || len(inputs) != 2 {
		t.Fatalf("the game has %d inputs, the journal %d; want 2 each", len(inputs), len(rec.ins))
	}
}

// HoldUndecided holds the teams still deciding in the round it is given,
// and no one once the round is past: a team whose choice completed the
// round is not held in the next one.
func TestHoldUndecidedKeepsToItsRound(t *testing.T) {
	tb := New(engine.New(mech(t), 3), nil, &recorder{}, nil)
	// The clock looks (round 1), then b decides at the last moment, after a.
	for _, in := range []engine.Input{
		{Kind: engine.Assess, Team: "a", Hypothesis: "soft", Confidence: 70},
		{Kind: engine.Choose, Team: "a", Option: "calm"},
		{Kind: engine.Assess, Team: "b", Hypothesis: "x", Confidence: 70},
		{Kind: engine.Choose, Team: "b", Option: "talk"},
	} {
		if err := tb.Apply(in); err != nil {
			t.Fatal(err)
		}
	}
	held, err := tb.HoldUndecided(1, "time ran out")
	if err != nil || len(held) != 0 {
		t.Fatalf("round 1's holds in round 2: held %v, %v", held, err)
	}
	if v := tb.View(engine.Observer); v.Round != 2 || v.Teams[0].Decided || v.Teams[1].Decided {
		t.Fatalf("round 2 after round 1's late holds: round %d, %+v", v.Round, v.Teams)
	}
	held, err = tb.HoldUndecided(2, "time ran out")
	if err != nil || fmt.Sprint(held) != "[a b]" {
		t.Fatalf("round 2's holds: held %v, %v", held, err)
	}
	if v := tb.View(engine.Observer); v.Round != 3 || !v.History[1].Choices[0].Held || !v.History[1].Choices[1].Held {
		t.Fatalf("round 2 held: %+v", v.History)
	}
}

// The teams played by people hold; a bot then commits the decision it made
// as the round opened, as it does when the people decide.
func TestHoldUndecidedLetsTheBotsDecide(t *testing.T) {
	dove, _ := bot.Get("dove")
	tb := New(engine.New(mech(t), 3), map[string]bot.Policy{"b": dove}, &recorder{}, nil)
	held, err := tb.HoldUndecided(1, "time ran out")
	if err != nil || fmt.Sprint(held) != "[a]" {
		t.Fatalf("held %v, %v; want [a]", held, err)
	}
	v := tb.View(engine.Observer)
	if v.Round != 2 || !v.History[0].Choices[0].Held || v.History[0].Choices[1].Held || v.History[0].Choices[1].Option == "" {
		t.Fatalf("the bot should decide, not hold: %+v", v.History)
	}
}

// Holds the journal refuses are refused: no one holds, the journal's
// failure is reported, and the holds happen once it saves again.
func TestHoldUndecidedRefusedByTheJournal(t *testing.T) {
	rec := &fullDisk{full: true}
	tb := New(engine.New(mech(t), 3), nil, rec, nil)
	held, err := tb.HoldUndecided(1, "time ran out")
	if !errors.Is(err, ErrNotSaved) || len(held) != 0 {
		t.Fatalf("holds with the journal full: held %v, %v", held, err)
	}
	if v := tb.View(engine.Observer); v.Teams[0].Decided || v.Teams[1].Decided {
		t.Fatalf("a hold the journal refused was kept: %+v", v.Teams)
	}
	if tb.JournalError() == nil {
		t.Fatal("the journal's failure is not reported")
	}
	rec.full = false
	if held, err := tb.HoldUndecided(1, "time ran out"); err != nil || fmt.Sprint(held) != "[a b]" {
		t.Fatalf("holds once the journal saves: held %v, %v", held, err)
	}
	if len(rec.ins) != 2 || rec.ins[0].Reason != "time ran out" {
		t.Fatalf("the journal has %+v", rec.ins)
	}
}
