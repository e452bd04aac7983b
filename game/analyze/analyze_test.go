package analyze

import (
	"bytes"
	"encoding/json"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/scenario"
)

func load(t testing.TB, file string) *scenario.Scenario {
	t.Helper()
	s, err := scenario.LoadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func run(t testing.TB, s *scenario.Scenario, cfg Config) *Report {
	t.Helper()
	r, err := Run(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func reportBytes(t testing.TB, r *Report) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	for _, lang := range bilingual.Langs {
		if err := r.WriteText(&b, lang); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

// TestDeterministic: the same seed gives the same report, byte for byte,
// however many workers play the games.
func TestDeterministic(t *testing.T) {
	s := load(t, "testdata/bench10.toml")
	var first []byte
	for _, w := range []int{1, 2, 3, 7} {
		got := reportBytes(t, run(t, s, Config{Games: 40, Seed: 9, Workers: w}))
		if first == nil {
			first = got
			continue
		}
		if !bytes.Equal(first, got) {
			t.Fatalf("workers=%d: the report differs from workers=1", w)
		}
	}
	other := reportBytes(t, run(t, s, Config{Games: 40, Seed: 10, Workers: 2}))
	if bytes.Equal(first, other) {
		t.Fatal("seeds 9 and 10 gave the same report")
	}
}

func TestPairings(t *testing.T) {
	got := Pairings(2, []string{"a", "b", "c"})
	want := [][]string{{"a", "a"}, {"a", "b"}, {"a", "c"}, {"b", "a"}, {"b", "b"}, {"b", "c"}, {"c", "a"}, {"c", "b"}, {"c", "c"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Pairings = %v", got)
	}
	if n := len(Pairings(3, []string{"a", "b"})); n != 8 {
		t.Fatalf("3 teams, 2 policies: %d pairings", n)
	}
	if GameSeed(1, 0) == GameSeed(1, 1) || GameSeed(1, 0) == GameSeed(2, 0) {
		t.Fatal("game seeds collide")
	}
}

func TestCounts(t *testing.T) {
	s := load(t, "testdata/balance.toml")
	pols := []string{"dove", "hawk", "principled", "realist", "tit-for-tat"}
	r := run(t, s, Config{Games: 40, Seed: 1, Policies: pols})
	if len(r.Pairings) != 25 || r.Games != 25*40 {
		t.Fatalf("%d pairings, %d games", len(r.Pairings), r.Games)
	}
	for _, p := range r.Pairings {
		o := p.Outcomes
		if o.Catastrophe+o.Escalated+o.Contained+o.Resolved != p.Games || p.Games != 40 {
			t.Fatalf("%v: outcomes %+v do not add up to %d games", p.Seats, o, p.Games)
		}
		for _, tm := range p.Teams {
			for _, st := range []Stat{tm.Intent, tm.Face, tm.Time, tm.Sum, tm.Interests} {
				if st.Min > st.P10 || st.P10 > st.Median || st.Median > st.P90 || st.P90 > st.Max || float64(st.Mean) < float64(st.Min) || float64(st.Mean) > float64(st.Max) {
					t.Fatalf("%v %s: inconsistent stat %+v", p.Seats, tm.Team, st)
				}
			}
		}
	}
	inj := map[string]InjectStat{}
	for _, in := range r.Injects {
		inj[in.ID] = in
	}
	if !inj["never"].NeverFired || inj["one"].Games != r.Games || inj["after"].NeverFired {
		t.Errorf("injects: %+v", r.Injects)
	}
	opt := map[string]OptionStat{}
	for _, o := range r.Options {
		opt[o.Inject+"/"+o.Team+"/"+o.Option] = o
	}
	for _, team := range []string{"cn", "us"} {
		if o := opt["one/"+team+"/best"]; !o.Dominant || o.Chosen != r.Games {
			t.Errorf("best should be dominant: %+v", o)
		}
		if o := opt["one/"+team+"/worse"]; !o.NeverChosen || o.Dominant {
			t.Errorf("worse should be never chosen: %+v", o)
		}
		for _, id := range []string{"soft", "hard"} {
			if o := opt["two/"+team+"/"+id]; o.Dominant || o.NeverChosen || o.Offered != r.Games {
				t.Errorf("%s: %+v", id, o)
			}
		}
		// One option offered: no choice, so neither dominant nor flagged.
		if o := opt["after/"+team+"/ok"]; o.Dominant || o.Contested != 0 {
			t.Errorf("a lone option is not dominant: %+v", o)
		}
		if o := opt["never/"+team+"/ok"]; !o.NeverOffered {
			t.Errorf("never/ok: %+v", o)
		}
	}
	// Hawk and dove disagree on "two": chosen by policy shows who took what.
	if o := opt["two/cn/hard"]; o.ByPolicy["hawk"] == 0 || o.ByPolicy["dove"] != 0 {
		t.Errorf("by policy: %+v", o.ByPolicy)
	}
	fl := map[string]FlagStat{}
	for _, f := range r.Flags {
		fl[f.ID] = f
	}
	if !fl["bad"].NeverSet || fl["bad"].NeverRead || fl["good"].NeverSet || !fl["unread"].NeverRead || fl["unread"].NeverSet {
		t.Errorf("flags: %+v", r.Flags)
	}
	text := string(reportBytes(t, r))
	for _, want := range []string{"DOMINANT", "NEVER CHOSEN", "NEVER FIRED", "NEVER SET", "NEVER READ", "inject never (conditional) never fired"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report does not say %q", want)
		}
	}
}

// TestRandomIsNotDeliberate: random choosing an option does not stop it
// from being dominant; its choices still count as chosen.
func TestRandomIsNotDeliberate(t *testing.T) {
	r := run(t, load(t, "testdata/balance.toml"), Config{Games: 40, Seed: 1, Policies: []string{"random", "principled"}})
	for _, o := range r.Options {
		if o.Inject == "one" && o.Option == "best" && !o.Dominant {
			t.Errorf("best with random in the mix: %+v", o)
		}
		if o.Inject == "one" && o.Option == "worse" && (o.NeverChosen || o.ByPolicy["random"] == 0) {
			t.Errorf("worse with random in the mix: %+v", o)
		}
	}
}

// The format guide's example, whose spill lint already flags as unreachable.
func TestDemoFindsTheUnreachableInject(t *testing.T) {
	r := run(t, load(t, "../scenario/testdata/demo.toml"), Config{Games: 100, Seed: 1})
	found := false
	for _, w := range r.Warnings {
		found = found || w == "inject spill (conditional) never fired"
	}
	if !found {
		t.Fatalf("demo's spill needs tension 60, which no option can reach; warnings: %v", r.Warnings)
	}
}

func TestErrors(t *testing.T) {
	s := load(t, "testdata/balance.toml")
	for _, cfg := range []Config{
		{Games: -1},
		{Policies: []string{"owl"}},
		{Policies: []string{"hawk", "hawk"}},
	} {
		if _, err := Run(s, cfg); err == nil {
			t.Errorf("%+v: no error", cfg)
		}
	}
}

// TestHistoricalHolds: historical holds where the record is silent, and the
// report counts it.
func TestHistoricalHolds(t *testing.T) {
	r := run(t, load(t, "testdata/bench10.toml"), Config{Games: 20, Seed: 1, Policies: []string{"historical"}})
	if r.Pairings[0].Teams[0].Holds == 0 {
		t.Fatalf("expected holds where no option is historical (the follow-ups): %+v", r.Pairings[0].Teams[0])
	}
}

// TestBuiltins: on every built-in scenario present, every inject fires in
// some game, and principled against principled never ends in catastrophe.
func TestBuiltins(t *testing.T) {
	games, solo := 200, 1000
	if testing.Short() {
		games, solo = 40, 200
	}
	present := 0
	for _, id := range content.Order {
		name, data, ok := content.Read(id)
		if !ok {
			t.Logf("%s: not written yet, skipped", id)
			continue
		}
		present++
		t.Run(id, func(t *testing.T) {
			s, err := scenario.Load(name, data)
			if err != nil {
				t.Skipf("does not load yet: %v", err)
			}
			r := run(t, s, Config{Games: games, Seed: 1})
			for _, in := range r.Injects {
				if in.NeverFired {
					t.Errorf("inject %s (%s) never fired in %d games", in.ID, in.Kind, r.Games)
				}
			}
			p := run(t, s, Config{Games: solo, Seed: 1, Policies: []string{"principled"}})
			if c := p.Pairings[0].Outcomes.Catastrophe; c > 0 {
				t.Errorf("principled v principled ended in catastrophe %d times in %d", c, solo)
			}
		})
	}
	if present == 0 {
		t.Skip("no built-in scenario yet")
	}
}

// benchmark plays games games of the 10-round fixture: 25 pairings of the
// five deliberate personalities.
func benchmark(b *testing.B, games, workers int) {
	s := load(b, "testdata/bench10.toml")
	pols := []string{"dove", "hawk", "principled", "realist", "tit-for-tat"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(s, Config{Games: games / 25, Policies: pols, Seed: 1, Workers: workers}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(games), "ns/game")
}

func BenchmarkAnalyze10k(b *testing.B)          { benchmark(b, 10000, runtime.GOMAXPROCS(0)) }
func BenchmarkAnalyze20k(b *testing.B)          { benchmark(b, 20000, runtime.GOMAXPROCS(0)) }
func BenchmarkAnalyze10kOneWorker(b *testing.B) { benchmark(b, 10000, 1) }

// TestScoresMatchTheScorecard: analyze's own sum of the evidence gives the
// engine's scorecard, on every game of a run.
func TestScoresMatchTheScorecard(t *testing.T) {
	for _, file := range []string{"testdata/bench10.toml", "../../content/demo.toml", "testdata/balance.toml"} {
		s := load(t, file)
		ix := newIndex(s, 1)
		pl := &player{ix: ix, acc: ix.newAcc(1)}
		for _, name := range []string{"random", "hawk", "principled"} {
			p, err := bot.Get(name)
			if err != nil {
				t.Fatal(err)
			}
			seats := bot.Seats{}
			for _, tm := range s.Teams {
				seats[tm.ID] = p
			}
			for seed := uint64(0); seed < 30; seed++ {
				g, err := bot.Play(s, seed, seats)
				if err != nil {
					t.Fatal(err)
				}
				got := pl.scores(g.History())
				for ti, tm := range s.Teams {
					card := g.Card(tm.ID)
					for pi, pr := range scenario.Principles {
						if want := card.Get(pr).Score; got[ti*4+pi] != want {
							t.Fatalf("%s seed %d %s %s: %d, the scorecard says %d", file, seed, tm.ID, pr, got[ti*4+pi], want)
						}
					}
				}
			}
		}
	}
}
