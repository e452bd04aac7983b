// Package analyze plays many seeded games of a scenario for every pairing of
// bot personalities and reports its balance: outcomes, scores and interests
// per pairing, how often each inject fired and each option was chosen, and
// flags never set or never read.
//
// Pairings are ordered: with policies P and teams T, every team gets every
// policy, |P|^|T| pairings. Game i of every pairing is played with
// GameSeed(seed, i), so pairings meet the same draws.
//
// What the report flags:
//   - an inject never fired: it fired in no game of any pairing;
//   - an option never offered: its inject fired, but its `when` never held;
//   - an option never chosen: it was offered, and no seat of any policy
//     chose it;
//   - a dominant option: the team was offered it with at least one other
//     option in at least one round played by a deliberate personality (every
//     policy but random and historical, which do not weigh the options), and
//     in every such round the deliberate personality chose it: whatever
//     those personalities value, none had a reason to do anything else (the
//     warning names them: personalities that never reached the inject have
//     no say);
//   - a flag never set: no choice or rule set it in any game (and it does
//     not start set); never read: no condition of the scenario reads it.
//
// A bot that cannot decide (historical where no option is historical) holds,
// as at the table, and the report counts its holds.
//
// Aggregation streams: every statistic is an integer counter, a sum, or a
// histogram over a bounded range (principle scores 0..100, the interests
// meter's bounds), so memory does not grow with the number of games. Games
// run in parallel; every counter merges by addition (and min/max), so the
// report is the same byte for byte however the games were scheduled.
package analyze

import (
	"math"
	"math/rand/v2"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"

	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// Config says what to play.
type Config struct {
	// Games is the number of games per pairing (default 1000).
	Games int
	// Policies are the personalities to pair; every team gets each of them
	// in turn (default: DefaultPolicies).
	Policies []string
	// Seed is the base seed; game i of every pairing is played with
	// GameSeed(Seed, i), so pairings meet the same draws.
	Seed uint64
	// Workers is how many games run at once (default: every core).
	Workers int
	// Progress, if set, is called after each batch of games with the number
	// of games finished so far. It is called from several goroutines.
	Progress func(done int)
}

// DefaultPolicies are the personalities analyze pairs when none are named:
// every built-in policy but `historical`, which only follows the record.
func DefaultPolicies() []string {
	var out []string
	for _, n := range bot.Names() {
		if n != "historical" {
			out = append(out, n)
		}
	}
	return out
}

// undeliberate policies choose without weighing the options; they do not
// count when deciding whether an option is dominant.
var undeliberate = map[string]bool{"random": true, "historical": true}

// MaxPairings bounds the pairings one run may play.
const MaxPairings = 20000

// GameSeed is the seed of game i: the base seed and the game's index mixed
// (SplitMix64), the same for every pairing.
func GameSeed(base uint64, i int) uint64 {
	z := base + uint64(i+1)*0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Pairings lists every assignment of policies to teams, in order: the first
// team's policy varies slowest.
func Pairings(teams int, policies []string) [][]string {
	n := 1
	for range teams {
		n *= len(policies)
	}
	out := make([][]string, 0, n)
	for k := range n {
		row := make([]string, teams)
		x := k
		for t := teams - 1; t >= 0; t-- {
			row[t] = policies[x%len(policies)]
			x /= len(policies)
		}
		out = append(out, row)
	}
	return out
}

// Run plays cfg.Games games for every pairing and returns the report.
func Run(s *scenario.Scenario, cfg Config) (*Report, error) {
	if cfg.Games == 0 {
		cfg.Games = 1000
	}
	if cfg.Games < 0 {
		return nil, zhMsg.Errorf("the number of games must be at least 1")
	}
	if len(cfg.Policies) == 0 {
		cfg.Policies = DefaultPolicies()
	}
	seen := map[string]bool{}
	policies := make([]bot.Policy, len(cfg.Policies))
	for i, name := range cfg.Policies {
		if seen[name] {
			return nil, zhMsg.Errorf("policy %q is named twice", name)
		}
		seen[name] = true
		p, err := bot.Get(name)
		if err != nil {
			return nil, err
		}
		policies[i] = p
	}
	npair := 1
	for range s.Teams {
		npair *= len(policies)
		if npair > MaxPairings {
			return nil, zhMsg.Errorf("%d policies for %d teams make more than %d pairings: name fewer", len(policies), len(s.Teams), MaxPairings)
		}
	}
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ix := newIndex(s, len(policies))

	// The games make short-lived garbage and keep little alive: a laxer
	// collector spends less of each core on it, and the heap stays small.
	// (A setting already laxer, or GOGC=off, is kept.)
	if old := debug.SetGCPercent(400); old < 0 || old > 400 {
		debug.SetGCPercent(old)
	} else {
		defer debug.SetGCPercent(old)
	}

	type job struct{ pair, from, to int }
	const batch = 100
	var jobs []job
	for p := range npair {
		for a := 0; a < cfg.Games; a += batch {
			jobs = append(jobs, job{p, a, min(a+batch, cfg.Games)})
		}
	}
	workers = min(workers, len(jobs))
	accs := make([]*acc, workers)
	errs := make([]error, workers)
	next := make(chan job)
	var done struct {
		sync.Mutex
		n int
	}
	var wg sync.WaitGroup
	for w := range workers {
		accs[w] = ix.newAcc(npair)
		wg.Add(1)
		go func() {
			defer wg.Done()
			pl := &player{ix: ix, acc: accs[w]}
			seats := make([]bot.Policy, len(s.Teams))
			pols := make([]int, len(s.Teams))
			for j := range next {
				if errs[w] != nil {
					continue
				}
				x := j.pair
				for t := len(s.Teams) - 1; t >= 0; t-- {
					pols[t] = x % len(policies)
					seats[t] = policies[pols[t]]
					x /= len(policies)
				}
				for i := j.from; i < j.to; i++ {
					if err := pl.play(j.pair, seats, pols, GameSeed(cfg.Seed, i)); err != nil {
						errs[w] = err
						break
					}
				}
				if cfg.Progress != nil {
					done.Lock()
					done.n += j.to - j.from
					n := done.n
					done.Unlock()
					cfg.Progress(n)
				}
			}
		}()
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	total := accs[0]
	for _, a := range accs[1:] {
		total.merge(a)
	}
	return ix.report(total, cfg), nil
}

// index numbers the scenario's injects, options and flags for counting.
type index struct {
	s        *scenario.Scenario
	teams    []string
	npol     int
	inject   map[*scenario.Inject]int
	injectID map[string]int
	// optBase[inject][team] is the first option's place in the flat table.
	optBase [][]int
	opts    []optRef
	flag    map[string]int
	// optFlags[option] and ruleSets[inject][rule name] list the flags an
	// option or a rule sets.
	optFlags [][]int
	ruleSets []map[string][]int
	// meter ranges for the histograms: principles 0..100, interests.
	intMin, intMax int
}

type optRef struct {
	inject, team int
	opt          *scenario.Option
}

func newIndex(s *scenario.Scenario, npol int) *index {
	ix := &index{s: s, teams: s.TeamIDs(), npol: npol, inject: map[*scenario.Inject]int{}, injectID: map[string]int{}, flag: map[string]int{}}
	for i, f := range s.Flags {
		ix.flag[f.ID] = i
	}
	flagsOf := func(ids []string) []int {
		var out []int
		for _, id := range ids {
			if k, ok := ix.flag[id]; ok {
				out = append(out, k)
			}
		}
		return out
	}
	for i := range s.Injects {
		in := &s.Injects[i]
		ix.inject[in] = i
		ix.injectID[in.ID] = i
		base := make([]int, len(ix.teams))
		for t, team := range ix.teams {
			base[t] = len(ix.opts)
			opts := in.Options[team]
			for k := range opts {
				ix.opts = append(ix.opts, optRef{inject: i, team: t, opt: &opts[k]})
				ix.optFlags = append(ix.optFlags, flagsOf(opts[k].Set))
			}
		}
		ix.optBase = append(ix.optBase, base)
		rs := map[string][]int{}
		for k := range in.Rules {
			r := &in.Rules[k]
			name := r.ID
			if name == "" {
				// The engine names an unnamed rule by its place.
				name = "rule-" + strconv.Itoa(k+1)
			}
			rs[name] = flagsOf(r.Set)
		}
		ix.ruleSets = append(ix.ruleSets, rs)
	}
	ix.intMin, ix.intMax = 0, 100
	if m := s.Meter("interests"); m != nil {
		ix.intMin, ix.intMax = m.Min, m.Max
	}
	return ix
}

// optionAt is the flat place of team's option id in inject i, or -1.
func (ix *index) optionAt(i, team int, id string) int {
	base := ix.optBase[i][team]
	opts := ix.s.Injects[i].Options[ix.teams[team]]
	for k := range opts {
		if opts[k].ID == id {
			return base + k
		}
	}
	return -1
}

// optionPtr is the flat place of an offered option, or -1.
func (ix *index) optionPtr(i, team int, o *scenario.Option) int {
	base := ix.optBase[i][team]
	opts := ix.s.Injects[i].Options[ix.teams[team]]
	for k := range opts {
		if &opts[k] == o {
			return base + k
		}
	}
	return -1
}

// Metrics per team: the four principles, then interests.
const nmetric = 5

// hist is a streaming distribution of whole numbers in lo..hi.
type hist struct {
	n, sum, sumSq int64
	min, max      int
	lo            int
	bins          []int64
}

func newHist(lo, hi int) hist {
	h := hist{lo: lo, min: math.MaxInt, max: math.MinInt}
	if hi >= lo && hi-lo <= 100000 {
		h.bins = make([]int64, hi-lo+1)
	}
	return h
}

func (h *hist) add(x int) {
	h.n++
	h.sum += int64(x)
	h.sumSq += int64(x) * int64(x)
	h.min, h.max = min(h.min, x), max(h.max, x)
	if k := x - h.lo; k >= 0 && k < len(h.bins) {
		h.bins[k]++
	}
}

func (h *hist) merge(o *hist) {
	h.n += o.n
	h.sum += o.sum
	h.sumSq += o.sumSq
	h.min, h.max = min(h.min, o.min), max(h.max, o.max)
	for k := range h.bins {
		h.bins[k] += o.bins[k]
	}
}

// quantile is the smallest value with at least q of the games at or below it.
func (h *hist) quantile(q float64) int {
	if h.n == 0 || len(h.bins) == 0 {
		return 0
	}
	need := int64(math.Ceil(q * float64(h.n)))
	need = max(need, 1)
	var c int64
	for k, b := range h.bins {
		c += b
		if c >= need {
			return h.lo + k
		}
	}
	return h.max
}

type pairAcc struct {
	games    int64
	outcomes [4]int64
	rounds   int64
	holds    []int64 // per team
	metrics  []hist  // [team*nmetric + metric]
	fired    []int64 // per inject: games it fired in
	peak     hist    // the highest tension of each game
	margin   hist    // the catastrophe threshold less that peak
}

// acc is one worker's counters; accs merge by addition.
type acc struct {
	pairs []pairAcc
	// per option and policy: [opt*npol + pol]
	offered, contested, chosen, chosenContested []int64
	times                                       []int64 // per inject: rounds it was played
	flagsSet                                    []int64 // per flag: games it was set in
}

func (ix *index) newAcc(npair int) *acc {
	a := &acc{pairs: make([]pairAcc, npair)}
	nt := len(ix.teams)
	for p := range a.pairs {
		pa := &a.pairs[p]
		pa.holds = make([]int64, nt)
		pa.fired = make([]int64, len(ix.s.Injects))
		pa.metrics = make([]hist, nt*nmetric)
		tm := ix.s.Meter("tension")
		pa.peak, pa.margin = newHist(tm.Min, tm.Max), newHist(tm.Min-tm.Max, tm.Max-tm.Min)
		for t := range nt {
			for m := range nmetric {
				if m < 4 {
					pa.metrics[t*nmetric+m] = newHist(0, 100)
				} else {
					pa.metrics[t*nmetric+m] = newHist(ix.intMin, ix.intMax)
				}
			}
		}
	}
	n := len(ix.opts) * ix.npol
	a.offered, a.contested, a.chosen, a.chosenContested = make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
	a.times = make([]int64, len(ix.s.Injects))
	a.flagsSet = make([]int64, len(ix.s.Flags))
	return a
}

func addInts(a, b []int64) {
	for i := range a {
		a[i] += b[i]
	}
}

func (a *acc) merge(b *acc) {
	for p := range a.pairs {
		x, y := &a.pairs[p], &b.pairs[p]
		x.games += y.games
		x.rounds += y.rounds
		for k := range x.outcomes {
			x.outcomes[k] += y.outcomes[k]
		}
		addInts(x.holds, y.holds)
		addInts(x.fired, y.fired)
		for k := range x.metrics {
			x.metrics[k].merge(&y.metrics[k])
		}
		x.peak.merge(&y.peak)
		x.margin.merge(&y.margin)
	}
	addInts(a.offered, b.offered)
	addInts(a.contested, b.contested)
	addInts(a.chosen, b.chosen)
	addInts(a.chosenContested, b.chosenContested)
	addInts(a.times, b.times)
	addInts(a.flagsSet, b.flagsSet)
}

var outcomeOrder = []engine.Outcome{engine.Catastrophe, engine.Escalated, engine.Contained, engine.Resolved}

// player plays games and counts into its worker's acc.
type player struct {
	ix  *index
	acc *acc
	// scratch, reused from game to game
	nOffered []int // [round*teams + team]: options offered
	firedAt  []int // per inject: last game stamp it was counted in
	setAt    []int // per flag: last game stamp it was counted in
	stamp    int
	raw      []int
	// one generator, reseeded as bot.RNG would seed a new one
	src *rand.PCG
	rng *rand.Rand
}

func (pl *player) play(pair int, seats []bot.Policy, pols []int, seed uint64) error {
	ix, a := pl.ix, pl.acc
	s := ix.s
	nt := len(ix.teams)
	if pl.firedAt == nil {
		pl.firedAt = make([]int, len(s.Injects))
		pl.setAt = make([]int, len(s.Flags))
		pl.src = &rand.PCG{}
		pl.rng = rand.New(pl.src)
	}
	pl.stamp++
	pl.nOffered = pl.nOffered[:0]
	pa := &a.pairs[pair]
	g := engine.New(s, seed)
	for !g.Over() {
		in := g.Current()
		ii := ix.inject[in]
		round := g.RoundNumber()
		for t, team := range ix.teams {
			off := g.Offered(team)
			pl.nOffered = append(pl.nOffered, len(off))
			for _, o := range off {
				if k := ix.optionPtr(ii, t, o); k >= 0 {
					a.offered[k*ix.npol+pols[t]]++
					if len(off) > 1 {
						a.contested[k*ix.npol+pols[t]]++
					}
				}
			}
		}
		for t, team := range ix.teams {
			if g.Over() {
				break
			}
			bot.Reseed(pl.src, seed, t, round)
			if err := bot.Step(g, team, seats[t], pl.rng); err != nil {
				// A bot that cannot decide holds, as at the table.
				if g.Decided(team) {
					return zhMsg.Errorf("seed %d, round %d: %w", seed, round, err)
				}
				if herr := g.Apply(engine.Input{Kind: engine.Hold, Team: team}); herr != nil {
					return zhMsg.Errorf("seed %d, round %d: %v; holding: %w", seed, round, err, herr)
				}
				pa.holds[t]++
			}
		}
	}
	pa.games++
	for k, o := range outcomeOrder {
		if g.Outcome() == o {
			pa.outcomes[k]++
		}
	}
	hist := g.History()
	pa.rounds += int64(len(hist))
	tm := s.Meter("tension")
	peak := tm.Start
	for _, rd := range hist {
		for _, m := range rd.Meters {
			if m.Meter == "tension" {
				peak = max(peak, m.After)
			}
		}
	}
	for _, fa := range g.Actions() {
		if fa.Kind == engine.Adjust && fa.Meter == "tension" {
			peak = max(peak, g.Meter("tension", ""))
		}
	}
	pa.peak.add(peak)
	pa.margin.add(tm.Thresholds["catastrophe"] - peak)
	for r, rd := range hist {
		ii, ok := ix.injectID[rd.Inject]
		if !ok {
			continue
		}
		a.times[ii]++
		if pl.firedAt[ii] != pl.stamp {
			pl.firedAt[ii] = pl.stamp
			pa.fired[ii]++
		}
		for _, c := range rd.Choices {
			t := s.TeamIndex(c.Team)
			if t < 0 || c.Option == "" {
				continue
			}
			k := ix.optionAt(ii, t, c.Option)
			if k < 0 {
				continue
			}
			for _, f := range ix.optFlags[k] {
				pl.set(f)
			}
			if c.Held {
				continue
			}
			a.chosen[k*ix.npol+pols[t]]++
			if r*nt+t < len(pl.nOffered) && pl.nOffered[r*nt+t] > 1 {
				a.chosenContested[k*ix.npol+pols[t]]++
			}
		}
		for _, name := range rd.Rules {
			for _, f := range ix.ruleSets[ii][name] {
				pl.set(f)
			}
		}
	}
	scores := pl.scores(hist)
	for t, team := range ix.teams {
		for m := range scenario.Principles {
			pa.metrics[t*nmetric+m].add(scores[t*4+m])
		}
		pa.metrics[t*nmetric+4].add(g.Meter("interests", team))
	}
	return nil
}

// scores are every team's four principle scores, [team*4 + principle], by
// the formula of FORMAT.md ("Scoring formulas"): each starts at score.Base,
// adds every evidence line of the revealed rounds, and is clamped to 0..100
// once at the end. It is the scorecard's arithmetic without building the
// scorecard; a test holds the two equal.
func (pl *player) scores(hist []engine.Round) []int {
	nt := len(pl.ix.teams)
	if cap(pl.raw) < nt*4 {
		pl.raw = make([]int, nt*4)
	}
	raw := pl.raw[:nt*4]
	for i := range raw {
		raw[i] = score.Base
	}
	for r := range hist {
		for _, e := range hist[r].Evidence {
			t := pl.ix.s.TeamIndex(e.Team)
			p := principleIndex(e.Principle)
			if t >= 0 && p >= 0 {
				raw[t*4+p] += e.Delta
			}
		}
	}
	for i, x := range raw {
		raw[i] = min(max(x, 0), 100)
	}
	return raw
}

func principleIndex(id string) int {
	switch id {
	case "intent":
		return 0
	case "face":
		return 1
	case "time":
		return 2
	case "sum":
		return 3
	}
	return -1
}

func (pl *player) set(f int) {
	if pl.setAt[f] != pl.stamp {
		pl.setAt[f] = pl.stamp
		pl.acc.flagsSet[f]++
	}
}
