package engine

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/game/scenario"
)

func load(t testing.TB, path string) *scenario.Scenario {
	t.Helper()
	s, err := scenario.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mech(t testing.TB) *scenario.Scenario { return load(t, "testdata/mech.toml") }

func apply(t *testing.T, g *Game, ins ...Input) {
	t.Helper()
	for _, in := range ins {
		if err := g.Apply(in); err != nil {
			t.Fatalf("%+v: %v", in, err)
		}
	}
}

// autoplay plays both teams of the mechanics fixture to the end: pick says,
// from a team's view, which hypothesis (index), confidence and option (index,
// both taken modulo the choices offered); between is called after each round.
func autoplay(t *testing.T, g *Game, pick func(View) (hyp, confidence, opt int), between func()) {
	t.Helper()
	for !g.Over() {
		for _, team := range []string{"a", "b"} {
			v := g.ViewFor(team)
			if v.Over || v.MyChoice != nil {
				continue
			}
			h, c, o := pick(v)
			if v.Question != nil {
				apply(t, g, Input{Kind: Assess, Team: team, Hypothesis: v.Question.Hypotheses[h%len(v.Question.Hypotheses)].ID, Confidence: c})
			}
			apply(t, g, Input{Kind: Choose, Team: team, Option: v.Options[o%len(v.Options)].ID})
		}
		if between != nil {
			between()
		}
	}
}

func evidence(g *Game, team, principle string) []int {
	var out []int
	for _, e := range g.Card(team).Get(principle).Evidence {
		out = append(out, e.Delta)
	}
	return out
}

func TestPressPath(t *testing.T) {
	g := New(mech(t), 7)
	if g.Current().ID != "one" || g.RoundNumber() != 1 {
		t.Fatalf("round 1 should play inject one, got %s", g.Current().ID)
	}
	apply(t, g,
		Input{Kind: Message, Team: "a", Channel: "hotline", Text: "Can we talk?"},
		Input{Kind: Assess, Team: "a", Hypothesis: "hard", Confidence: 90},
		Input{Kind: Choose, Team: "a", Option: "wait", Rationale: "buy time"},
		Input{Kind: Assess, Team: "b", Hypothesis: "y", Confidence: 70},
		Input{Kind: Choose, Team: "b", Option: "press"},
	)
	r := g.History()[0]
	if want := []string{"clash"}; !reflect.DeepEqual(r.Rules, want) {
		t.Errorf("rules fired = %v, want %v (stop must skip the next rule)", r.Rules, want)
	}
	if got := g.Meter("tension", ""); got != 55 {
		t.Errorf("tension = %d, want 30+20+5 = 55", got)
	}
	if a, b := g.Meter("interests", "a"), g.Meter("interests", "b"); a != 42 || b != 55 {
		t.Errorf("interests a=%d b=%d, want 42 and 55", a, b)
	}
	if !g.Flag("pressed") || g.ChannelOpen("hotline") {
		t.Errorf("press should set the flag and close the hotline")
	}
	// a: wait marks time +5; assessment "hard" at 90% was right: +5; the
	// hotline message earns nothing by itself.
	if got := evidence(g, "a", "time"); !reflect.DeepEqual(got, []int{5}) {
		t.Errorf("a time evidence = %v", got)
	}
	if got := evidence(g, "a", "intent"); !reflect.DeepEqual(got, []int{5}) {
		t.Errorf("a intent evidence = %v, want the assessment's +5 alone", got)
	}
	// b: 70% on the wrong one of three: Brier 1.235, points round(10×(2/3−1.235)) = −6.
	if got := evidence(g, "b", "intent"); !reflect.DeepEqual(got, []int{-6}) {
		t.Errorf("b intent evidence = %v", got)
	}
	if got := evidence(g, "b", "time"); !reflect.DeepEqual(got, []int{-5}) {
		t.Errorf("b time evidence (rule mark) = %v", got)
	}
	if c := g.Card("b").Get("face"); c.Score != 40 || c.Level != 2 {
		t.Errorf("b face = %d level %d, want 40 level 2", c.Score, c.Level)
	}
	// The follow-up comes next, with the hotline closed.
	if g.Current().ID != "answer" {
		t.Fatalf("round 2 should be the follow-up, got %s", g.Current().ID)
	}
	if err := g.Apply(Input{Kind: Message, Team: "a", Channel: "hotline", Text: "hello"}); !errors.Is(err, ErrChannel) {
		t.Errorf("message on a closed channel: %v", err)
	}
	apply(t, g, Input{Kind: Choose, Team: "a", Option: "hit"}, Input{Kind: Choose, Team: "b", Option: "ok"})
	if g.Current().ID != "alarm" {
		t.Fatalf("tension %d should bring the conditional alarm, got %s", g.Meter("tension", ""), g.Current().ID)
	}
	apply(t, g, Input{Kind: Choose, Team: "a", Option: "ok"}, Input{Kind: Choose, Team: "b", Option: "ok"})
	if id := g.Current().ID; id != "two-x" && id != "two-y" {
		t.Fatalf("round 4 should be slot 2, got %s", id)
	}
	apply(t, g, Input{Kind: Choose, Team: "a", Option: "ok"}, Input{Kind: Choose, Team: "b", Option: "ok"})
	// Slot 3's only inject never holds, so slot 4's ending is played and the game ends.
	if !g.Over() || g.Outcome() != Escalated {
		t.Fatalf("over=%v outcome=%s, want escalated", g.Over(), g.Outcome())
	}
	if last := g.History()[len(g.History())-1]; last.Inject != "end" || g.RoundNumber() != 5 {
		t.Errorf("last round = %s (round %d), want end in round 5", last.Inject, g.RoundNumber())
	}
	if err := g.Apply(Input{Kind: Choose, Team: "a", Option: "ok"}); !errors.Is(err, ErrOver) {
		t.Errorf("input after the end: %v", err)
	}
}

func TestLowTrustBluntsConciliation(t *testing.T) {
	g := New(mech(t), 1)
	apply(t, g,
		Input{Kind: Assess, Team: "a", Hypothesis: "soft", Confidence: 50},
		Input{Kind: Choose, Team: "a", Option: "calm"},
		Input{Kind: Assess, Team: "b", Hypothesis: "x", Confidence: 50},
		Input{Kind: Choose, Team: "b", Option: "talk"},
	)
	if got := g.Meter("tension", ""); got != 25 {
		t.Errorf("tension = %d, want 30 − 10/2 = 25", got)
	}
	if got := g.Meter("trust", ""); got != 27 {
		t.Errorf("trust = %d, want 20 + 10/2 + 5/2 = 27", got)
	}
	if n := len(g.History()[0].Notes); n != 2 {
		t.Errorf("want 2 low-trust notes at the reveal, got %d", n)
	}
	if !g.ChannelOpen("backchannel") {
		t.Fatalf("talk should open the back channel")
	}
	if err := g.Apply(Input{Kind: Message, Team: "b", Channel: "backchannel", Text: "hi"}); !errors.Is(err, ErrChannel) {
		t.Errorf("b is not on the back channel: %v", err)
	}
	apply(t, g, Input{Kind: Message, Team: "a", Channel: "backchannel", Text: "hi"})
	apply(t, g, Input{Kind: Choose, Team: "a", Option: "ok"}, Input{Kind: Choose, Team: "b", Option: "ok"})
	if !g.Over() || g.Outcome() != Contained {
		t.Errorf("over=%v outcome=%s, want contained (tension 25 but trust 27 below 55)", g.Over(), g.Outcome())
	}
}

func TestCatastropheEndsAtOnce(t *testing.T) {
	g := New(mech(t), 1)
	apply(t, g,
		Input{Kind: Assess, Team: "a", Hypothesis: "soft", Confidence: 50},
		Input{Kind: Choose, Team: "a", Option: "calm"},
		Input{Kind: Assess, Team: "b", Hypothesis: "x", Confidence: 50},
		Input{Kind: Choose, Team: "b", Option: "press"},
	)
	if !g.Over() || g.Outcome() != Catastrophe || g.RoundNumber() != 1 {
		t.Fatalf("want catastrophe in round 1, got over=%v %s round %d (tension %d)", g.Over(), g.Outcome(), g.RoundNumber(), g.Meter("tension", ""))
	}
}

func TestHold(t *testing.T) {
	g := New(mech(t), 1)
	apply(t, g, Input{Kind: Hold, Team: "a"}, Input{Kind: Hold, Team: "b"})
	r := g.History()[0]
	if r.Choices[0].Option != "wait" || !r.Choices[0].Held {
		t.Errorf("a should hold with its hold option: %+v", r.Choices[0])
	}
	if r.Choices[1].Option != "" || !r.Choices[1].Held || r.Choices[1].Stance != 0 {
		t.Errorf("b has no hold option and should hold with no decision: %+v", r.Choices[1])
	}
	if len(r.Assessments) != 0 {
		t.Errorf("holding teams made no assessment, got %v", r.Assessments)
	}
}

func TestRejectedInputsChangeNothing(t *testing.T) {
	g := New(mech(t), 1)
	bad := []struct {
		in   Input
		want error
	}{
		{Input{Kind: Choose, Team: "a", Option: "calm"}, ErrNeedAssess},
		{Input{Kind: Choose, Team: "zz", Option: "calm"}, ErrTeam},
		{Input{Kind: Assess, Team: "a", Hypothesis: "maybe", Confidence: 50}, ErrInput},
		{Input{Kind: Assess, Team: "a", Hypothesis: "soft", Confidence: 0}, ErrInput},
		{Input{Kind: Message, Team: "a", Channel: "hotline", Text: "  "}, ErrInput},
		{Input{Kind: Message, Team: "a", Channel: "hotline", Text: strings.Repeat("长", MaxMessage+1)}, ErrInput},
		{Input{Kind: Message, Team: "a", Channel: "backchannel", Text: "closed"}, ErrChannel},
		{Input{Kind: Adjust, Meter: "tension", Delta: 5}, ErrInput},
		{Input{Kind: Adjust, Meter: "interests", Delta: 5, Reason: "x"}, ErrInput},
		{Input{Kind: Insert, Inject: "nope"}, ErrInput},
		{Input{Kind: "dance"}, ErrInput},
	}
	before, _ := json.Marshal(g.ViewFor("a"))
	for _, b := range bad {
		if err := g.Apply(b.in); !errors.Is(err, b.want) {
			t.Errorf("%+v: got %v, want %v", b.in, err, b.want)
		}
	}
	after, _ := json.Marshal(g.ViewFor("a"))
	if string(before) != string(after) || len(g.Inputs()) != 0 {
		t.Errorf("rejected inputs changed the game or were recorded")
	}
	apply(t, g, Input{Kind: Assess, Team: "a", Hypothesis: "soft", Confidence: 70})
	if err := g.Apply(Input{Kind: Assess, Team: "a", Hypothesis: "hard", Confidence: 70}); !errors.Is(err, ErrAssessed) {
		t.Errorf("second assessment: %v", err)
	}
	apply(t, g, Input{Kind: Choose, Team: "a", Option: "calm"})
	if err := g.Apply(Input{Kind: Choose, Team: "a", Option: "wait"}); !errors.Is(err, ErrDecided) {
		t.Errorf("second choice: %v", err)
	}
	if err := g.Apply(Input{Kind: Message, Team: "a", Channel: "hotline", Text: "after"}); !errors.Is(err, ErrDecided) {
		t.Errorf("message after deciding: %v", err)
	}
}

func TestFacilitator(t *testing.T) {
	g := New(mech(t), 1)
	apply(t, g, Input{Kind: Insert, Inject: "alarm", Reason: "test the room"})
	apply(t, g, Input{Kind: Hold, Team: "a"}, Input{Kind: Hold, Team: "b"})
	if g.Current().ID != "alarm" {
		t.Errorf("inserted inject should play next, got %s", g.Current().ID)
	}
	apply(t, g, Input{Kind: Adjust, Meter: "interests", Team: "b", Delta: -7, Reason: "domestic pressure"})
	if got := g.Meter("interests", "b"); got != 43 {
		t.Errorf("interests b = %d", got)
	}
	apply(t, g, Input{Kind: Adjust, Meter: "tension", Delta: 80, Reason: "a strike"})
	if !g.Over() || g.Outcome() != Catastrophe {
		t.Errorf("an adjustment past the catastrophe threshold ends the game: %v %s", g.Over(), g.Outcome())
	}
	if n := len(g.Actions()); n != 3 {
		t.Errorf("want 3 logged facilitator actions, got %d", n)
	}
	g2 := New(mech(t), 1)
	apply(t, g2, Input{Kind: End, Reason: "time is up"})
	if !g2.Over() || g2.Outcome() != Contained || g2.EndReason() != "ended by the facilitator" {
		t.Errorf("end: %v %s %q", g2.Over(), g2.Outcome(), g2.EndReason())
	}
}

// No seat's view holds another team's private intelligence, pending
// assessment or pending choice; observers see public information only.
func TestViewHidesPrivate(t *testing.T) {
	g := New(mech(t), 1)
	apply(t, g,
		Input{Kind: Message, Team: "a", Channel: "hotline", Text: "HOTLINE-TEXT"},
		Input{Kind: Assess, Team: "a", Hypothesis: "hard", Confidence: 90},
		Input{Kind: Choose, Team: "a", Option: "calm", Rationale: "RATIONALE-A"},
	)
	js := func(team string) string {
		b, err := json.Marshal(g.ViewFor(team))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	vb, vo, va := js("b"), js(Observer), js("a")
	for _, secret := range []string{"SECRET-A-ONE", "Will B press?", "RATIONALE-A", `"calm"`, "Calm", "calm-face"} {
		if strings.Contains(vb, secret) {
			t.Errorf("b's view shows a's private %q before the reveal", secret)
		}
	}
	for _, secret := range []string{"SECRET-A-ONE", "SECRET-B-ONE", "RATIONALE-A", "HOTLINE-TEXT", "Who did it?", "Will B press?"} {
		if strings.Contains(vo, secret) {
			t.Errorf("the observer's view shows %q", secret)
		}
	}
	if !strings.Contains(vb, "HOTLINE-TEXT") || !strings.Contains(va, "SECRET-A-ONE") || strings.Contains(va, "SECRET-B-ONE") {
		t.Errorf("a seat sees its own intel and the shared hotline, and not the other's intel")
	}
	if v := g.ViewFor("b"); !v.Teams[0].Decided || v.MyChoice != nil || !offers(v, "press") {
		t.Errorf("b should see that a decided (not what), and its own options")
	}
	if v := g.ViewFor("a"); v.MyChoice == nil || v.MyChoice.Option != "calm" || v.MyAssess.Hypothesis != "hard" {
		t.Errorf("a sees its own pending choice and assessment")
	}
	apply(t, g, Input{Kind: Assess, Team: "b", Hypothesis: "x", Confidence: 90}, Input{Kind: Choose, Team: "b", Option: "talk"})
	vb = js("b")
	if strings.Contains(vb, "SECRET-A-ONE") {
		t.Errorf("private intelligence stays private after the reveal")
	}
	if !strings.Contains(vb, "RATIONALE-A") {
		t.Errorf("after the reveal the choices and rationales are public")
	}
}

func TestReplayAndDeterminism(t *testing.T) {
	s := mech(t)
	seen := map[string]int{}
	for seed := uint64(0); seed < 400; seed++ {
		g := New(s, seed)
		// A fixed input script; the seed decides the slot-2 alternative.
		autoplay(t, g, func(v View) (int, int, int) { return int(seed), 70, int(seed / 2) }, nil)
		for _, r := range g.History() {
			seen[r.Inject]++
		}
		re, err := Replay(s, seed, g.Inputs())
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal([]any{g.History(), g.Card("a"), g.Card("b"), g.Outcome()})
		b, _ := json.Marshal([]any{re.History(), re.Card("a"), re.Card("b"), re.Outcome()})
		if string(a) != string(b) {
			t.Fatalf("seed %d: replay differs", seed)
		}
	}
	if seen["two-x"] == 0 || seen["two-y"] <= seen["two-x"] {
		t.Errorf("weighted alternatives: two-x %d, two-y %d (weights 1 and 3)", seen["two-x"], seen["two-y"])
	}
	if seen["never"] != 0 {
		t.Errorf("an inject whose condition never holds fired")
	}
}

// The scorecard is read from the rounds' evidence: asked after every round
// or only at the end, it holds every line of every round, once, in order.
func TestCardIsTheRoundsEvidence(t *testing.T) {
	s := mech(t)
	for seed := uint64(0); seed < 40; seed++ {
		g := New(s, seed)
		autoplay(t, g, func(v View) (int, int, int) { return 0, 90, int(seed) },
			func() { g.Card("a") }) // read between rounds, as a screen does
		re, err := Replay(s, seed, g.Inputs())
		if err != nil {
			t.Fatal(err)
		}
		if got, want := cardJSON(t, g.Card("a")), cardJSON(t, re.Card("a")); got != want {
			t.Fatalf("seed %d: card read round by round differs from the card read once at the end", seed)
		}
		for _, team := range []string{"a", "b"} {
			lines := 0
			for _, r := range g.History() {
				for _, e := range r.Evidence {
					if e.Team == team {
						lines++
					}
				}
			}
			got := 0
			for _, p := range g.Card(team).Principles {
				got += len(p.Evidence)
			}
			if got != lines || (team == "a" && lines == 0) {
				t.Fatalf("seed %d team %s: card has %d lines, the rounds %d", seed, team, got, lines)
			}
		}
	}
}

func cardJSON(t *testing.T, c any) string {
	t.Helper()
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func offers(v View, option string) bool {
	for _, o := range v.Options {
		if o.ID == option {
			return true
		}
	}
	return false
}
