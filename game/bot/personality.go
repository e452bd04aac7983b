package bot

import (
	"bytes"
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

	"github.com/brink-ttx/brink/assets"
	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

// Personality is a policy defined as data: weights over what a seat can see
// of each option, a way of reading the other side, and a way of talking. The
// format is described in assets/bots/README.md.
type Personality struct {
	ID          string `toml:"name"`
	Description string `toml:"description"`
	Rationale   string `toml:"rationale"`
	Choose      Weights
	Assess      Reading
	Talk        Talk
}

// Weights score an option: the sum of each weight times what the seat knows
// of the option. The highest score wins.
type Weights struct {
	Stance     float64 `toml:"stance"`
	Interests  float64 `toml:"interests"`
	Others     float64 `toml:"others"`
	Tension    float64 `toml:"tension"`
	Trust      float64 `toml:"trust"`
	Marks      float64 `toml:"marks"`
	Intent     float64 `toml:"intent"`
	Face       float64 `toml:"face"`
	Time       float64 `toml:"time"`
	Sum        float64 `toml:"sum"`
	Public     float64 `toml:"public"`
	Channels   float64 `toml:"channels"`
	Historical float64 `toml:"historical"`
	// Mirror weighs the distance from the other side's last stance (Opening
	// before anything is revealed).
	Mirror  float64 `toml:"mirror"`
	Opening int     `toml:"opening"`
	// Look-ahead.
	Reciprocity float64 `toml:"reciprocity"`
	Risk        float64 `toml:"risk"`
	// Noise: each score gets a uniform random 0..Noise added.
	Noise float64 `toml:"noise"`
	// AvoidNegativeMarks drops options with net negative marks while one
	// with net positive marks is offered.
	AvoidNegativeMarks bool `toml:"avoid_negative_marks"`
}

// Reading is how a personality assesses the other side's intent.
type Reading struct {
	Skill     float64 `toml:"skill"`
	Suspicion float64 `toml:"suspicion"`
	Boldness  float64 `toml:"boldness"`
	Noise     float64 `toml:"noise"`
}

// Talk is how often a personality uses an open channel, and its own stock
// lines for scenarios that give the team none.
type Talk struct {
	Chance float64         `toml:"chance"`
	Lines  []scenario.Text `toml:"lines"`
}

var nameRe = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// ParsePersonality decodes and checks one personality file.
func ParsePersonality(file string, data []byte) (*Personality, error) {
	var p Personality
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&p)
	if err != nil {
		return nil, zhMsg.Errorf("%s: %v", file, tomlErr{err})
	}
	var probs []error
	if und := md.Undecoded(); len(und) > 0 {
		for _, k := range und {
			probs = append(probs, zhMsg.Errorf("unknown key %q", k.String()))
		}
	}
	if !nameRe.MatchString(p.ID) {
		probs = append(probs, zhMsg.Errorf("name %q: use lower-case letters, digits and -", p.ID))
	}
	in := func(what string, v, lo, hi float64) {
		if math.IsNaN(v) || v < lo || v > hi {
			probs = append(probs, zhMsg.Errorf("%s = %v is outside %v..%v", what, v, lo, hi))
		}
	}
	in("assess.skill", p.Assess.Skill, 0, 1)
	in("assess.suspicion", p.Assess.Suspicion, -1, 1)
	in("assess.boldness", p.Assess.Boldness, -1, 1)
	in("assess.noise", p.Assess.Noise, 0, 1)
	in("talk.chance", p.Talk.Chance, 0, 1)
	in("choose.noise", p.Choose.Noise, 0, 1e6)
	if p.Choose.Opening < -2 || p.Choose.Opening > 2 {
		probs = append(probs, zhMsg.Errorf("choose.opening = %d is outside -2..2", p.Choose.Opening))
	}
	if len(probs) > 0 {
		en, zh := make([]string, len(probs)), make([]string, len(probs))
		for i, pr := range probs {
			en[i], zh[i] = pr.Error(), bilingual.Say(pr, "zh")
		}
		return nil, zhMsg.Errorf("%s: %s", file, bilingual.Pair{En: strings.Join(en, "; "), Zh: strings.Join(zh, "；")})
	}
	return &p, nil
}

// LoadPersonality reads a personality file from disk.
func LoadPersonality(file string) (*Personality, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return ParsePersonality(file, data)
}

// builtinPersonalities reads the embedded assets/bots/*.toml.
func builtinPersonalities() map[string]*Personality {
	out := map[string]*Personality{}
	entries, err := fs.ReadDir(assets.Bots, "bots")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".toml") {
			continue
		}
		file := path.Join("bots", e.Name())
		data, err := fs.ReadFile(assets.Bots, file)
		if err != nil {
			panic(err)
		}
		p, err := ParsePersonality("assets/"+file, data)
		if err != nil {
			// The embedded files are checked by the package's tests.
			panic(err)
		}
		if _, dup := out[p.ID]; dup {
			panic(fmt.Sprintf("assets/%s: a personality called %q already exists", file, p.ID))
		}
		out[p.ID] = p
	}
	return out
}

// Name is the personality's name, as seats and reports use it.
func (p *Personality) Name() string { return p.ID }

// Decide plays one round from the seat's view alone.
func (p *Personality) Decide(v engine.View, rng *rand.Rand) (Decision, error) {
	return p.DecideWithLines(v, nil, rng)
}

// DecideWithLines is Decide with the team's stock hotline lines (the
// scenario's public `teams.lines`), which the view does not carry.
func (p *Personality) DecideWithLines(v engine.View, lines []scenario.Text, rng *rand.Rand) (Decision, error) {
	if len(v.Options) == 0 {
		return Decision{}, zhMsg.Errorf("round %d, inject %q, team %q: %w", v.Round, v.InjectID, v.Team, ErrNoOption)
	}
	var d Decision
	var r reader
	r.read(&v)
	assess(&v, &r, p.Assess, rng, &d)
	d.Option = p.choose(&v, &r, rng)
	d.Rationale = Stated(p)
	d.Message = talk(&v, p.Talk, lines, rng)
	return d, nil
}

// reader is what a bot works out from the revealed rounds of its view.
type reader struct {
	// last is the other side's stance in the last revealed round (the
	// harshest, with several other teams); has is false before any.
	last int
	has  bool
	// recentMax is the other side's harshest stance in the last three rounds.
	recentMax int
	// counts of the other side's stances, weighted toward recent rounds.
	stanceW [5]float64
	totalW  float64
	// recip is how far the other side answers like with like, 0..1.
	recip float64
	// The most recent revealed rounds (newest last): our stance, and how
	// much tension moved. What moved it beyond our own move is the other
	// side's doing and the rules' (which a seat cannot see).
	mine  [recent]int
	delta [recent]int
	n     int
}

func (r *reader) read(v *engine.View) {
	r.recip = 0.5
	r.recentMax = -2
	n := len(v.History)
	if n == 0 {
		return
	}
	// How the other side answered our previous move: a least-squares slope
	// of its stance on ours one round earlier, through the origin, shrunk
	// toward 0.5 by a prior worth a few rounds of evidence.
	const prior = 4.0
	num, den := 0.5*prior, prior
	prevMine, havePrev := 0, false
	w := 1.0
	for i := n - 1; i >= 0; i-- {
		for _, c := range v.History[i].Choices {
			if c.Team != v.Team && c.Stance >= -2 && c.Stance <= 2 {
				r.stanceW[c.Stance+2] += w
				r.totalW += w
			}
		}
		w *= 0.7
	}
	for i := range v.History {
		rd := &v.History[i]
		mine, other, haveOther, haveMine := 0, -3, false, false
		for _, c := range rd.Choices {
			if c.Team == v.Team {
				mine, haveMine = c.Stance, true
				continue
			}
			if c.Stance > other {
				other = c.Stance
			}
			haveOther = true
		}
		if haveOther {
			if havePrev {
				num += float64(prevMine * other)
				den += float64(prevMine * prevMine)
			}
			if i == n-1 {
				r.last, r.has = other, true
			}
			if i >= n-3 && other > r.recentMax {
				r.recentMax = other
			}
		}
		prevMine, havePrev = mine, haveMine
		if !haveMine {
			continue
		}
		for _, m := range rd.Meters {
			if m.Meter == "tension" && m.Team == "" {
				if r.n == recent {
					copy(r.mine[:], r.mine[1:])
					copy(r.delta[:], r.delta[1:])
					r.n--
				}
				r.mine[r.n], r.delta[r.n] = mine, m.After-m.Before
				r.n++
				break
			}
		}
	}
	r.recip = min(max(num/den, 0), 1)
}

// recent is how many revealed rounds the tension forecast reads.
const recent = 16

// features are what any seat can read off an option, worked out once per
// option (scenarios are immutable once loaded) and kept.
type features struct {
	tension, trust int
	marks          [4]int // intent, face, time, sum
	net            int
	public         bool
	channels       int
	historical     bool
}

var featureCache sync.Map // *scenario.Option → *features

func featuresOf(o *scenario.Option) *features {
	if f, ok := featureCache.Load(o); ok {
		return f.(*features)
	}
	f := &features{
		tension: o.Effects["tension"].Shared, trust: o.Effects["trust"].Shared,
		public: o.Public(), channels: len(o.Open) - len(o.Close), historical: o.Historical,
	}
	for i, p := range scenario.Principles {
		if m, ok := o.Marks[p]; ok {
			f.marks[i] = m.Weight
			f.net += m.Weight
		}
	}
	featureCache.Store(o, f)
	return f
}

// score is the option's worth to the personality, from what the seat sees.
func (p *Personality) score(v *engine.View, r *reader, o *scenario.Option, f *features, tension, crisis, catastrophe int, fc *forecast, haveTension bool) float64 {
	w := &p.Choose
	s := 0.0
	st := float64(o.Stance)
	s += w.Stance * st
	tEff, trEff := f.tension, f.trust
	if v.LowTrust && o.Stance < 0 {
		if trEff > 0 {
			trEff /= 2
		}
		if tEff < 0 {
			tEff /= 2
		}
	}
	s += w.Tension*float64(tEff) + w.Trust*float64(trEff)
	if w.Interests != 0 || w.Others != 0 {
		self, others := interestEffects(v, o)
		s += w.Interests*self + w.Others*others
	}
	s += w.Intent*float64(f.marks[0]) + w.Face*float64(f.marks[1]) + w.Time*float64(f.marks[2]) + w.Sum*float64(f.marks[3])
	s += w.Marks * float64(f.net)
	if f.public {
		s += w.Public
	}
	s += w.Channels * float64(f.channels)
	if f.historical {
		s += w.Historical
	}
	if w.Mirror != 0 {
		target := p.Choose.Opening
		if r.has {
			target = r.last
		}
		d := o.Stance - target
		if d < 0 {
			d = -d
		}
		s += w.Mirror * float64(d)
	}
	if w.Reciprocity != 0 {
		s += w.Reciprocity * st * r.recip
	}
	if w.Risk != 0 && haveTension {
		pred := float64(tension) + float64(tEff) + fc.rest + max(float64(o.Stance), 0)*fc.slope*r.recip/2
		if over := pred - float64(crisis); over > 0 {
			s -= w.Risk * over
		}
		// The chance that tension reaches catastrophe, the forecast being
		// off by about fc.spread: a cliff a prudent seat keeps well away from.
		p := 1 / (1 + math.Exp(-(pred-float64(catastrophe)+0.5)/fc.spread))
		s -= w.Risk * 100 * p
	}
	return s
}

// forecast is the seat's reading of where tension is going, beyond its own
// option's effect.
type forecast struct {
	slope  float64 // tension per stance point, from the offered options
	rest   float64 // what the other side and the rules add in a round
	spread float64 // how far off that reading has been
}

// forecastRest reads the rest of next round's tension change: what it
// moved by in recent rounds beyond our own move (our stance times slope),
// recent rounds counting most, blended with a prior — the other side at the
// harshest it has recently been — as the evidence grows.
func (r *reader) forecast(slope float64) forecast {
	f := forecast{slope: slope, spread: 4}
	prior := slope * float64(max(r.recentMax, 0))
	if r.n == 0 {
		f.rest = prior
		return f
	}
	var sum, sumW, sq float64
	w := 1.0
	for i := r.n - 1; i >= 0; i-- {
		x := float64(r.delta[i]) - slope*float64(r.mine[i])
		sum += w * x
		sq += w * x * x
		sumW += w
		w *= 0.7
	}
	mean := sum / sumW
	const k = 2.0
	f.rest = (k*prior + sumW*mean) / (k + sumW)
	if v := sq/sumW - mean*mean; v > 16 {
		f.spread = math.Sqrt(v)
	}
	return f
}

// tensionSlope is how much tension an offered option adds per stance point
// (a least-squares fit over the offered options; 4 when they cannot tell).
func tensionSlope(opts []*scenario.Option) float64 {
	var n, sx, sy, sxx, sxy float64
	for _, o := range opts {
		x, y := float64(o.Stance), float64(featuresOf(o).tension)
		n++
		sx += x
		sy += y
		sxx += x * x
		sxy += x * y
	}
	if d := n*sxx - sx*sx; n >= 2 && d > 1e-9 {
		return max((n*sxy-sx*sy)/d, 0)
	}
	return 4
}

// interestEffects is the option's change to the team's own interests and to
// the mean of the other teams'.
func interestEffects(v *engine.View, o *scenario.Option) (self, others float64) {
	e, ok := o.Effects["interests"]
	if !ok {
		return 0, 0
	}
	if !e.IsTable {
		return float64(e.Shared), 0
	}
	if d, ok := e.PerTeam[v.Team]; ok {
		self = float64(d)
	} else {
		self = float64(e.PerTeam["self"])
	}
	n, sum := 0, 0
	for _, t := range v.Teams {
		if t.ID == v.Team {
			continue
		}
		n++
		if d, ok := e.PerTeam[t.ID]; ok {
			sum += d
		} else {
			sum += e.PerTeam["others"]
		}
	}
	if n > 0 {
		others = float64(sum) / float64(n)
	}
	return self, others
}

func (p *Personality) choose(v *engine.View, r *reader, rng *rand.Rand) string {
	tension, crisis, catastrophe, haveTension := 0, 0, 0, false
	var fc forecast
	if p.Choose.Risk != 0 {
		fc = r.forecast(tensionSlope(v.Options))
		if m, ok := v.Meter("tension", ""); ok {
			tension, haveTension = m.Value, true
			crisis, catastrophe = m.Thresholds["crisis"], m.Thresholds["catastrophe"]
			if catastrophe == 0 {
				catastrophe = m.Max + 1
			}
			if crisis == 0 {
				crisis = catastrophe
			}
		}
	}
	avoid := false
	if p.Choose.AvoidNegativeMarks {
		for _, o := range v.Options {
			if featuresOf(o).net > 0 {
				avoid = true
				break
			}
		}
	}
	best, bestScore := "", math.Inf(-1)
	for _, o := range v.Options {
		// Draw the noise for every option, kept or not, so the stream of
		// random numbers does not depend on which options are kept.
		noise := 0.0
		if p.Choose.Noise > 0 {
			noise = rng.Float64() * p.Choose.Noise
		}
		f := featuresOf(o)
		if avoid && f.net < 0 {
			continue
		}
		s := p.score(v, r, o, f, tension, crisis, catastrophe, &fc, haveTension) + noise
		if s > bestScore {
			best, bestScore = o.ID, s
		}
	}
	return best
}

// Names of the personalities embedded from assets/bots, sorted.
func personalityNames(m map[string]*Personality) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
