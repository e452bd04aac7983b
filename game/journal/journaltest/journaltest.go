// Package journaltest makes games and journals for tests: a generated
// scenario of any length, a scripted player that uses every kind of input,
// and whole journals written the way a table writes them.
package journaltest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/table"
)

// ScenarioTOML is a generated scenario of the given number of rounds, with
// two teams, a hotline that options close and open, assessments of both
// kinds, rules, a follow-up and a conditional inject, and text in both
// languages.
func ScenarioTOML(rounds int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `id = "gen-%d"
title = { en = "Generated crisis of %d rounds", zh = "生成的%d回合危机" }
summary = "A scenario made by the tests."
rounds = %d
debrief = [{ en = "Which round decided the game?", zh = "哪一回合决定了局面？" }, "Where did a channel help?"]
sources = [{ title = "Test source", where = "journaltest", url = "https://example.org/paper" }]

[[teams]]
id = "cn"
name = { en = "Chinese delegation", zh = "中方代表团" }
[[teams]]
id = "us"
name = { en = "U.S. delegation", zh = "美方代表团" }

[[meters]]
id = "tension"
start = 40
thresholds = { resolved = 30, crisis = 60, catastrophe = 95 }

[[meters]]
id = "spillover"
name = "Spill-over"
start = 10
thresholds = { high = 50 }

[[flags]]
id = "named"

[[channels]]
id = "hotline"
name = { en = "Hotline", zh = "热线" }
`, rounds, rounds, rounds, rounds)
	for r := 1; r <= rounds; r++ {
		fmt.Fprintf(&b, `
[[injects]]
id = "event-%[1]d"
round = %[1]d
title = { en = "Event %[1]d", zh = "事件%[1]d" }
date = "Day %[1]d"
brief = { en = "Something happens in round %[1]d.", zh = "第%[1]d回合发生了一件事。" }
intel.cn = "CN private intelligence %[1]d."
intel.us = "US private intelligence %[1]d."

[injects.assess.us]
question = "Who did it?"
truth = "third"
[[injects.assess.us.hypotheses]]
id = "state"
text = "The other state."
[[injects.assess.us.hypotheses]]
id = "third"
text = "A third party."
[[injects.assess.us.hypotheses]]
id = "nobody"
text = "An accident."

[injects.assess.cn]
question = "How will the U.S. side answer?"
truth = "choice"
about = "us"
[[injects.assess.cn.hypotheses]]
id = "quiet"
text = "Quietly."
stances = [-2, 0]
[[injects.assess.cn.hypotheses]]
id = "loud"
text = "Loudly."
stances = [1, 2]
`, r)
		for _, team := range []string{"cn", "us"} {
			fmt.Fprintf(&b, `
[[injects.options.%[1]s]]
id = "talk"
label = { en = "Talk it over", zh = "沟通" }
description = "Use the hotline."
stance = -1
when = "channels.hotline"
effects = { tension = -4, trust = 5, spillover = -2 }
marks.intent = { weight = 5, reason = "Asks before acting." }

[[injects.options.%[1]s]]
id = "wait"
label = "Wait and watch"
stance = 0
hold = true
effects = { tension = 2, interests = { self = -1 } }
marks.time = { weight = 3, reason = "Gives time." }

[[injects.options.%[1]s]]
id = "press"
label = "Press in public"
stance = 2
visibility = "public"
historical = true
effects = { tension = 9, trust = -6, spillover = 6, interests = { self = 4, others = -3 } }
marks.face = { weight = -8, reason = "Names the other side in public." }
set = ["named"]
close = ["hotline"]

[[injects.options.%[1]s]]
id = "reopen"
label = "Reopen the channel"
stance = -2
when = "!channels.hotline"
effects = { trust = 3 }
marks.sum = { weight = 6, reason = "Restores the line." }
open = ["hotline"]
`, team)
		}
		fmt.Fprintf(&b, `
[[injects.rules]]
id = "both-press-%[1]d"
when = 'picked("us", "press") && picked("cn", "press")'
narrative = { en = "Both sides press: markets fall.", zh = "双方施压：市场下跌。" }
effects = { tension = 6, interests = { us = -2, cn = -2 } }
marks.us.time = { weight = -4, reason = "Retaliates in the same turn." }
marks.cn.time = { weight = -4, reason = "Retaliates in the same turn." }

[[injects.rules]]
id = "both-talk-%[1]d"
when = 'picked("us", "talk") && picked("cn", "talk")'
narrative = "Experts meet."
effects = { tension = -3, trust = 3 }
`, r)
	}
	b.WriteString(`
[[injects]]
id = "spill"
when = "spillover >= 50"
title = "Trade officials take notice"
brief = "The dispute reaches the trade talks."
[[injects.options.cn]]
id = "wall"
label = "Keep trade apart"
stance = -1
marks.sum = { weight = 10, reason = "Keeps the crisis out of trade." }
[[injects.options.us]]
id = "wall"
label = "Keep trade apart"
stance = -1
marks.sum = { weight = 10, reason = "Keeps the crisis out of trade." }
`)
	return b.String()
}

// Scenario loads a generated scenario of the given number of rounds.
func Scenario(t testing.TB, rounds int) *scenario.Scenario {
	t.Helper()
	s, err := scenario.Load(fmt.Sprintf("gen-%d.toml", rounds), []byte(ScenarioTOML(rounds)))
	if err != nil {
		t.Fatalf("generated scenario: %v", err)
	}
	return s
}

// Resolver finds the built-in scenarios (package content) and the computer
// players (package bot), as the command line's does.
var Resolver = journal.Resolver{
	Builtin:  content.Read,
	Builtins: content.IDs,
	Bot: func(name string) error {
		_, err := bot.Get(name)
		return err
	},
}

// Demo loads the built-in demo scenario.
func Demo(t testing.TB) *scenario.Scenario {
	t.Helper()
	name, data, ok := content.Read("demo")
	if !ok {
		t.Fatal("no built-in demo scenario")
	}
	s, err := scenario.Load(name, data)
	if err != nil {
		t.Fatalf("demo: %v", err)
	}
	return s
}

// Messages are hotline lines the scripted player sends: plain, Chinese, and
// full of characters Markdown and HTML treat specially.
var Messages = []string{
	"We need to talk before this goes further.",
	"我们愿意就证据进行技术磋商。",
	"Is this *yours*? | <b>not bold</b> & [link](http://x) `code` #1",
	"Line one\nline two",
}

// Rationales are the scripted player's rationales.
var Rationales = []string{"", "Keep the door open.", "以静制动，避免误判。", "Show <resolve> & | pipes |"}

// Script plays people's seats at random but reproducibly: hotline messages,
// assessments at 50/70/90 %, choices with rationales, holds, and now and
// then a facilitator's meter adjustment.
type Script struct {
	RNG *rand.Rand
	// Facilitator lets the script adjust a meter now and then.
	Facilitator bool
}

// NewScript makes a script from a seed.
func NewScript(seed uint64, facilitator bool) *Script {
	return &Script{RNG: rand.New(rand.NewPCG(seed, 77)), Facilitator: facilitator}
}

// Applier is a table or a game.
type Applier interface {
	ViewFor(team string) engine.View
	Apply(in engine.Input) error
}

// Next returns the next input for the human teams, or false when none is
// due (every human team has decided; the bots or the game move next).
func (sc *Script) Next(v func(team string) engine.View, humans []string) (engine.Input, bool) {
	for _, team := range humans {
		view := v(team)
		if view.Over || view.MyChoice != nil {
			continue
		}
		if sc.Facilitator && view.MyAssess == nil && sc.RNG.IntN(6) == 0 {
			return engine.Input{Kind: engine.Adjust, Meter: "tension", Delta: []int{-3, -1, 2, 4}[sc.RNG.IntN(4)], Reason: "White cell: the press picks the story up."}, true
		}
		if view.MyAssess == nil && sc.RNG.IntN(2) == 0 {
			for _, c := range view.Channels {
				if c.Open && c.Member {
					return engine.Input{Kind: engine.Message, Team: team, Channel: c.ID, Text: Messages[sc.RNG.IntN(len(Messages))]}, true
				}
			}
		}
		if view.Question != nil && view.MyAssess == nil {
			h := view.Question.Hypotheses[sc.RNG.IntN(len(view.Question.Hypotheses))]
			return engine.Input{Kind: engine.Assess, Team: team, Hypothesis: h.ID, Confidence: []int{50, 70, 90}[sc.RNG.IntN(3)]}, true
		}
		if sc.RNG.IntN(10) == 0 {
			return engine.Input{Kind: engine.Hold, Team: team, Reason: "time ran out"}, true
		}
		o := view.Options[sc.RNG.IntN(len(view.Options))]
		return engine.Input{Kind: engine.Choose, Team: team, Option: o.ID, Rationale: Rationales[sc.RNG.IntN(len(Rationales))]}, true
	}
	return engine.Input{}, false
}

// Seats turns a seat map (team → "human" or policy) into bots and humans.
func Seats(t testing.TB, s *scenario.Scenario, seats map[string]string) (map[string]bot.Policy, []string) {
	t.Helper()
	h := journal.Header{Seats: seats}
	bots, err := journal.Bots(h, bot.Get)
	if err != nil {
		t.Fatal(err)
	}
	return bots, h.Humans(s)
}

// Play plays a whole game on a table: the script for human seats, bots for
// the others; rec (may be nil) records every input. It returns the game.
func Play(t testing.TB, s *scenario.Scenario, seed uint64, seats map[string]string, rec table.Recorder, now func() time.Time) *engine.Game {
	t.Helper()
	bots, humans := Seats(t, s, seats)
	g := engine.New(s, seed)
	tb := table.New(g, bots, rec, now)
	sc := NewScript(seed, true)
	for guard := 0; guard < 10000; guard++ {
		in, ok := sc.Next(tb.View, humans)
		if !ok {
			break
		}
		if err := tb.Apply(in); err != nil {
			t.Fatalf("script input %+v: %v", in, err)
		}
	}
	if !g.Over() {
		t.Fatal("the scripted game did not end")
	}
	return g
}

// Clock is a fake clock that moves a few seconds per reading.
func Clock(start time.Time) func() time.Time {
	n := 0
	return func() time.Time {
		n++
		return start.Add(time.Duration(n) * 17 * time.Second)
	}
}

// Start is the fixed start time of test journals.
var Start = time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC)

// WriteJournal plays a game and writes its journal as dir/name. seats maps
// teams to "human" or a bot policy. source is the header's scenario source
// (a built-in id or a path; empty: the scenario id).
func WriteJournal(t testing.TB, path string, s *scenario.Scenario, source string, seed uint64, seats map[string]string) *engine.Game {
	t.Helper()
	if source == "" {
		source = s.ID
	}
	w, err := journal.Create(path, journal.Header{Version: "test", Scenario: s.ID, Source: source, Hash: s.Hash, Seed: seed, Seats: seats, Lang: "en", Started: Start,
		Secrets: engine.New(s, seed).Secrets()})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	return Play(t, s, seed, seats, w, Clock(Start))
}

// WriteScenario writes a scenario's TOML into dir and returns its path.
func WriteScenario(t testing.TB, dir, name, toml string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := writeFile(p, toml); err != nil {
		t.Fatal(err)
	}
	return p
}

func writeFile(p, s string) error { return os.WriteFile(p, []byte(s), 0o644) }
