package engine

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/game/scenario"
)

func hidden(t testing.TB) *scenario.Scenario { return load(t, "testdata/hidden.toml") }

// seedWith returns the first seed whose game draws culprit = truth.
func seedWith(t *testing.T, s *scenario.Scenario, truth string) uint64 {
	t.Helper()
	for seed := uint64(1); seed < 1000; seed++ {
		if New(s, seed).Secret("culprit") == truth {
			return seed
		}
	}
	t.Fatalf("no seed draws culprit = %s", truth)
	return 0
}

func TestSecretsDrawnBySeedAndWeight(t *testing.T) {
	s := hidden(t)
	counts := map[string]int{}
	for seed := uint64(0); seed < 2000; seed++ {
		g := New(s, seed)
		if again := New(s, seed).Secret("culprit"); again != g.Secret("culprit") {
			t.Fatalf("seed %d: %s then %s", seed, g.Secret("culprit"), again)
		}
		counts[g.Secret("culprit")]++
	}
	// Weights 3:1: about 1,500 and 500.
	if counts["state"] < 1350 || counts["state"] > 1650 || counts["third"] < 350 || counts["third"] > 650 || len(counts) != 2 {
		t.Errorf("2,000 games drew %v, want about 1,500 state and 500 third", counts)
	}
}

func TestSecretsAreHiddenUntilTheEnd(t *testing.T) {
	s := hidden(t)
	g := New(s, seedWith(t, s, "third"))
	for _, team := range []string{"a", "b", Observer} {
		v := g.ViewFor(team)
		b, _ := json.Marshal(v)
		for _, secret := range []string{"TRUTH-THIRD", "TRUTH-STATE"} {
			if strings.Contains(string(b), secret) {
				t.Errorf("%q's view holds %s while the game runs", team, secret)
			}
		}
		if v.Secrets != nil {
			t.Errorf("%q's view lists the secrets while the game runs: %v", team, v.Secrets)
		}
	}
	apply(t, g, Input{Kind: End, Reason: "time"})
	if v := g.ViewFor("a"); !slices.Equal(v.Secrets, []SecretValue{{ID: "culprit", Truth: "third"}}) {
		t.Errorf("after the end the view says %v", v.Secrets)
	}
}

func TestVariantsAndSecretTruths(t *testing.T) {
	s := hidden(t)
	for _, truth := range []string{"state", "third"} {
		g := New(s, seedWith(t, s, truth))
		va, vb := g.ViewFor("a"), g.ViewFor("b")
		wantBrief, wantB := "BRIEF-PLAIN", "INTEL-B"
		if truth == "third" {
			wantBrief, wantB = "BRIEF-THIRD", "INTEL-B-THIRD"
		}
		if va.Brief.In("en") != wantBrief || va.Inject.Brief.In("en") != wantBrief || vb.Intel.In("en") != wantB || va.Intel.In("en") != "INTEL-A" {
			t.Errorf("culprit %s: brief %q, a's intel %q, b's intel %q", truth, va.Brief.In("en"), va.Intel.In("en"), vb.Intel.In("en"))
		}
		apply(t, g,
			Input{Kind: Assess, Team: "a", Hypothesis: "third", Confidence: 90},
			Input{Kind: Choose, Team: "a", Option: "give"},
			Input{Kind: Choose, Team: "b", Option: "hold"})
		r := g.History()[0]
		if r.Assessments[0].Truth != truth {
			t.Errorf("culprit %s: the assessment's truth is %q", truth, r.Assessments[0].Truth)
		}
		if wantPts := map[string]int{"third": 5, "state": -11}[truth]; r.Assessments[0].Points != wantPts {
			t.Errorf("culprit %s: 90%% on third scored %d, want %d", truth, r.Assessments[0].Points, wantPts)
		}
		if wantVariant := map[string]int{"third": 1, "state": 0}[truth]; r.Variant != wantVariant {
			t.Errorf("culprit %s: the round records variant %d", truth, r.Variant)
		}
	}
}

func TestOutcomesCostEveryone(t *testing.T) {
	s := hidden(t)
	// b pushes twice: tension 25 + 60 + … reaches the catastrophe threshold.
	g := New(s, 1)
	apply(t, g,
		Input{Kind: Assess, Team: "a", Hypothesis: "state", Confidence: 50},
		Input{Kind: Choose, Team: "a", Option: "push"},
		Input{Kind: Choose, Team: "b", Option: "push"})
	if g.Outcome() != Catastrophe {
		t.Fatalf("outcome %s, tension %d", g.Outcome(), g.Meter("tension", ""))
	}
	// Both pressed (no restraint, no cap): 50+10, then −20 each.
	if a, b := g.Meter("interests", "a"), g.Meter("interests", "b"); a != 40 || b != 40 {
		t.Errorf("after a catastrophe interests are a=%d b=%d, want 60−20 = 40 each", a, b)
	}
	if got := g.Settlement(); len(got) != 2 || got[0].Delta() != -20 || got[1].Delta() != -20 {
		t.Errorf("settlement %+v", got)
	}
	if v := g.ViewFor(Observer); len(v.Settlement) != 2 {
		t.Errorf("the view's settlement %+v", v.Settlement)
	}

	// A joint dividend, then a resolved game: all = 5, and b named with 9.
	g = New(s, 1)
	apply(t, g,
		Input{Kind: Assess, Team: "a", Hypothesis: "state", Confidence: 50},
		Input{Kind: Choose, Team: "a", Option: "give"},
		Input{Kind: Choose, Team: "b", Option: "give"})
	if a, b := g.Meter("interests", "a"), g.Meter("interests", "b"); a != 54 || b != 54 {
		t.Errorf("the rule's joint dividend gives a=%d b=%d, want 54 each", a, b)
	}
	apply(t, g, Input{Kind: End, Reason: "agreed"})
	if g.Outcome() != Resolved {
		t.Fatalf("outcome %s (tension %d, trust %d)", g.Outcome(), g.Meter("tension", ""), g.Meter("trust", ""))
	}
	if a, b := g.Meter("interests", "a"), g.Meter("interests", "b"); a != 59 || b != 63 {
		t.Errorf("resolved: a=%d b=%d, want 54+5 and 54+9", a, b)
	}
}

func TestDefaultOutcomeCosts(t *testing.T) {
	// The mechanics fixture has no [outcomes]: a catastrophe costs 20 each.
	s := mech(t)
	if ef := s.OutcomeEffects("catastrophe"); ef["interests"].Shared != -20 {
		t.Fatalf("default catastrophe effects %+v", ef)
	}
	g := New(s, 3)
	before := map[string]int{"a": g.Meter("interests", "a"), "b": g.Meter("interests", "b")}
	apply(t, g, Input{Kind: Adjust, Meter: "tension", Delta: 100, Reason: "white cell"})
	if g.Outcome() != Catastrophe {
		t.Fatalf("outcome %s", g.Outcome())
	}
	for team, was := range before {
		if now := g.Meter("interests", team); now != was-20 {
			t.Errorf("%s: interests %d → %d, want −20", team, was, now)
		}
	}
}

func TestExploitationIsCapped(t *testing.T) {
	s := hidden(t)
	g := New(s, 1)
	apply(t, g,
		Input{Kind: Assess, Team: "a", Hypothesis: "state", Confidence: 50},
		Input{Kind: Choose, Team: "a", Option: "push"},
		Input{Kind: Choose, Team: "b", Option: "give"})
	if a := g.Meter("interests", "a"); a != 52 {
		t.Errorf("a pushed (+10) while b gave way: interests %d, want 50 + the cap of 2", a)
	}
	if notes := g.History()[0].Notes; len(notes) != 1 || !strings.Contains(notes[0].In("en"), "capped at 2") || !strings.Contains(notes[0].In("zh"), "以 2 为限") {
		t.Errorf("the reveal's notes %v", notes)
	}
}

func TestHoldingIsNeverPublic(t *testing.T) {
	s := hidden(t)
	g := New(s, 1)
	if o := g.HoldOption("a"); o != nil {
		t.Errorf("a's public hold option %q is offered as its hold", o.ID)
	}
	if o := g.HoldOption("b"); o == nil || o.ID != "hold" {
		t.Errorf("b's private hold option: %v", o)
	}
	apply(t, g,
		Input{Kind: Assess, Team: "a", Hypothesis: "state", Confidence: 50},
		Input{Kind: Hold, Team: "a"}, Input{Kind: Hold, Team: "b"})
	if c := g.History()[0].Choices; c[0].Option != "" || !c[0].Held || c[1].Option != "hold" {
		t.Errorf("holds: %+v", c)
	}
}

func TestOptionOrderIsShuffledPerSeat(t *testing.T) {
	s := hidden(t)
	ids := func(v View) string {
		var out []string
		for _, o := range v.Options {
			out = append(out, o.ID)
		}
		return strings.Join(out, ",")
	}
	orders := map[string]bool{}
	differ := false
	for seed := uint64(0); seed < 40; seed++ {
		g := New(s, seed)
		apply(t, g,
			Input{Kind: Assess, Team: "a", Hypothesis: "state", Confidence: 50},
			Input{Kind: Choose, Team: "a", Option: "wait"},
			Input{Kind: Choose, Team: "b", Option: "hold"})
		a, b := ids(g.ViewFor("a")), ids(g.ViewFor("b"))
		orders[a] = true
		differ = differ || a != b
		// The same seed and inputs give the same order, after a replay too.
		r, err := Replay(s, seed, g.Inputs())
		if err != nil {
			t.Fatal(err)
		}
		first, second := New(s, seed), New(s, seed)
		if ids(r.ViewFor("a")) != a || ids(first.ViewFor("a")) != ids(second.ViewFor("a")) {
			t.Errorf("seed %d: the order changes on replay", seed)
		}
	}
	// Four options have 24 orders; 40 seeds should see many of them.
	if len(orders) < 8 || !differ {
		t.Errorf("40 seeds gave %d orders of a's four options; the two seats differ: %v", len(orders), differ)
	}
}

func TestStoryNeverRunsBackwards(t *testing.T) {
	s := hidden(t)
	g := New(s, 1)
	apply(t, g,
		Input{Kind: Assess, Team: "a", Hypothesis: "state", Confidence: 50},
		Input{Kind: Choose, Team: "a", Option: "wait"},
		Input{Kind: Choose, Team: "b", Option: "hold"})
	// "earlier" (day 3) holds from round 2 on and comes before the schedule,
	// but round 1 was day 5: round 2 is "two", day 9.
	if in := g.Current(); in == nil || in.ID != "two" {
		t.Fatalf("round 2 plays %v, want two", in)
	}
}

func TestEpilogueIsToldAsTheSecretTurnedOut(t *testing.T) {
	s := hidden(t)
	for _, truth := range []string{"state", "third"} {
		g := New(s, seedWith(t, s, truth))
		apply(t, g,
			Input{Kind: Assess, Team: "a", Hypothesis: "state", Confidence: 50},
			Input{Kind: Choose, Team: "a", Option: "wait"},
			Input{Kind: Choose, Team: "b", Option: "hold"},
			Input{Kind: Choose, Team: "a", Option: "one"},
			Input{Kind: Choose, Team: "b", Option: "one"})
		h := g.History()
		last := h[len(h)-1]
		want := map[string]string{"state": "EPILOGUE-PLAIN", "third": "EPILOGUE-THIRD"}[truth]
		if !g.Over() || last.Inject != "close" || s.Inject("close").BriefFor(last.Variant).In("en") != want {
			t.Errorf("culprit %s: over %v, last round %s variant %d", truth, g.Over(), last.Inject, last.Variant)
		}
	}
}

func TestOnlySecretsInPlayAreTold(t *testing.T) {
	s := hidden(t)
	g := New(s, 1)
	apply(t, g,
		Input{Kind: Assess, Team: "a", Hypothesis: "state", Confidence: 50},
		Input{Kind: Choose, Team: "a", Option: "wait"},
		Input{Kind: Choose, Team: "b", Option: "hold"},
		Input{Kind: End, Reason: "time"})
	if got := g.SecretsInPlay(); len(got) != 1 || got[0].ID != "culprit" {
		t.Errorf("round one reads culprit: %+v", got)
	}
	// A scenario whose played rounds read no secret tells none.
	s2 := load(t, "testdata/hidden.toml")
	s2.Injects[0].Assess = nil
	s2.Injects[0].Variants = nil
	g2 := New(s2, 1)
	apply(t, g2, Input{Kind: End, Reason: "time"})
	if got := g2.ViewFor(Observer).Secrets; len(got) != 0 {
		t.Errorf("no round read the secret, yet the view tells %+v", got)
	}
}
