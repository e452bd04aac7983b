package analyze

import (
	"math"
	"strconv"
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
)

// Report is the result of a run, as `brink analyze --json` prints it.
type Report struct {
	Scenario        string   `json:"scenario"`
	Title           string   `json:"title"`
	Hash            string   `json:"scenario_hash"`
	Seed            uint64   `json:"seed"`
	GamesPerPairing int      `json:"games_per_pairing"`
	Games           int64    `json:"games"`
	Policies        []string `json:"policies"`
	Teams           []string `json:"teams"`

	Pairings []Pairing `json:"pairings"`
	// Concession compares the principled and the dove personalities, each
	// facing hawks, when the run pairs all three.
	Concession []Concession `json:"concession"`
	Injects    []InjectStat `json:"injects"`
	Options    []OptionStat `json:"options"`
	Flags      []FlagStat   `json:"flags"`

	// Warnings sum up what an author should look at, one line each.
	Warnings []string `json:"warnings"`
	// Definitions say what the flags in this report mean.
	Definitions Definitions `json:"definitions"`

	// For the text report in Chinese: the title, and each warning.
	titleZh  string
	warnings []bilingual.Msg
}

// Definitions of the report's judgements.
type Definitions struct {
	Dominant    string `json:"dominant"`
	NeverChosen string `json:"never_chosen"`
	Deliberate  string `json:"deliberate"`
	GameSeeds   string `json:"game_seeds"`
	Quantiles   string `json:"quantiles"`
}

var definitions = Definitions{
	Dominant: "An option is dominant when the team was offered it together with at least one other option " +
		"in at least one round played by a deliberate personality, and in every such round the deliberate " +
		"personality chose it: whatever a personality values, it never had a reason to do anything else.",
	NeverChosen: "An option is never chosen when it was offered in some round and no seat, of any policy, chose it; " +
		"it is never offered when its inject never fired or its condition never held.",
	Deliberate: "Deliberate personalities weigh the options: every policy except random and historical.",
	GameSeeds:  "Game i of every pairing is played with the same seed, derived from the base seed and i (SplitMix64), so pairings meet the same draws.",
	Quantiles:  "p10, median and p90 are the smallest values with at least 10, 50 and 90 % of the games at or below them.",
}

// dominantZh is the definition of a dominant option in Chinese, for the
// text report.
const dominantZh = "在至少一个由审慎型电脑风格推演的回合中，该参演方可以在这个选项和至少一个其他选项之间选择，" +
	"而在所有这样的回合中，审慎型电脑风格都选了它：无论电脑风格看重什么，都从没有理由做别的选择。"

// Seat is one team's policy in a pairing.
type Seat struct {
	Team   string `json:"team"`
	Policy string `json:"policy"`
}

// Pairing is the result of one assignment of policies to teams.
type Pairing struct {
	Seats      []Seat           `json:"seats"`
	Games      int64            `json:"games"`
	Outcomes   Outcomes         `json:"outcomes"`
	MeanRounds Num              `json:"mean_rounds"`
	Teams      []TeamStat       `json:"teams"`
	Fired      map[string]int64 `json:"fired"`
	// PeakTension is the highest tension of each game; Margin is the
	// catastrophe threshold less that peak (0 or below: a catastrophe).
	PeakTension Stat `json:"peak_tension"`
	Margin      Stat `json:"margin"`
}

// Concession is the "principles vs concession" comparison for one team: the
// team plays principled, then dove, every other team hawk.
type Concession struct {
	Team string `json:"team"`
	// Gap is the hawks' mean interests less the team's (positive: behind).
	PrincipledGap Num `json:"principled_gap"`
	DoveGap       Num `json:"dove_gap"`
	// Score is the mean of the team's four principle scores.
	PrincipledScore Num `json:"principled_score"`
	DoveScore       Num `json:"dove_score"`
	// Interests are the team's own mean interests.
	PrincipledInterests Num `json:"principled_interests"`
	DoveInterests       Num `json:"dove_interests"`
}

// MutualInterests is the mean sum of every team's interests in the pairing
// where every team plays policy, and false when the run has no such pairing.
func (r *Report) MutualInterests(policy string) (Num, bool) {
	for _, p := range r.Pairings {
		all := true
		var sum Num
		for _, t := range p.Teams {
			all = all && t.Policy == policy
			sum += t.Interests.Mean
		}
		if all {
			return sum, true
		}
	}
	return 0, false
}

// facing returns the pairing where team plays policy and every other team
// plays other.
func (r *Report) facing(team, policy, other string) (Pairing, bool) {
	for _, p := range r.Pairings {
		ok := true
		for _, t := range p.Teams {
			want := other
			if t.Team == team {
				want = policy
			}
			ok = ok && t.Policy == want
		}
		if ok {
			return p, true
		}
	}
	return Pairing{}, false
}

// concession fills Concession when the run pairs principled, dove and hawk.
func (r *Report) concession() {
	for _, team := range r.Teams {
		pp, ok1 := r.facing(team, "principled", "hawk")
		dp, ok2 := r.facing(team, "dove", "hawk")
		if !ok1 || !ok2 {
			continue
		}
		c := Concession{Team: team}
		c.PrincipledGap, c.PrincipledScore, c.PrincipledInterests = gapAndScore(pp, team)
		c.DoveGap, c.DoveScore, c.DoveInterests = gapAndScore(dp, team)
		r.Concession = append(r.Concession, c)
	}
}

// gapAndScore reads team's pairing: the others' mean interests less the
// team's, the team's mean principle score, and its mean interests.
func gapAndScore(p Pairing, team string) (gap, score, own Num) {
	var others Num
	n := 0
	for _, t := range p.Teams {
		if t.Team == team {
			own = t.Interests.Mean
			score = (t.Intent.Mean + t.Face.Mean + t.Time.Mean + t.Sum.Mean) / 4
			continue
		}
		others += t.Interests.Mean
		n++
	}
	if n > 0 {
		gap = others/Num(n) - own
	}
	return gap, score, own
}

// Outcomes counts games by outcome.
type Outcomes struct {
	Catastrophe int64 `json:"catastrophe"`
	Escalated   int64 `json:"escalated"`
	Contained   int64 `json:"contained"`
	Resolved    int64 `json:"resolved"`
}

// TeamStat is one team's results in a pairing.
type TeamStat struct {
	Team      string `json:"team"`
	Policy    string `json:"policy"`
	Intent    Stat   `json:"intent"`
	Face      Stat   `json:"face"`
	Time      Stat   `json:"time"`
	Sum       Stat   `json:"sum"`
	Interests Stat   `json:"interests"`
	// Holds counts rounds where the bot could not decide and held (e.g.
	// historical with no historical option).
	Holds int64 `json:"holds"`
}

// Stat is a distribution over games.
type Stat struct {
	Mean   Num `json:"mean"`
	SD     Num `json:"sd"`
	Min    int `json:"min"`
	P10    int `json:"p10"`
	Median int `json:"median"`
	P90    int `json:"p90"`
	Max    int `json:"max"`
}

// InjectStat says how often an inject fired.
type InjectStat struct {
	ID         string `json:"id"`
	Kind       string `json:"kind"` // scheduled, follow-up or conditional
	Games      int64  `json:"games"`
	Share      Num    `json:"share"`
	Times      int64  `json:"times"`
	NeverFired bool   `json:"never_fired"`
}

// OptionStat says how often an option was offered and chosen.
type OptionStat struct {
	Inject    string `json:"inject"`
	Team      string `json:"team"`
	Option    string `json:"option"`
	Stance    int    `json:"stance"`
	Offered   int64  `json:"offered"`
	Contested int64  `json:"contested"`
	Chosen    int64  `json:"chosen"`
	// ChosenShare is chosen / offered.
	ChosenShare Num `json:"chosen_share"`
	// Deliberate: rounds a deliberate personality was offered it with an
	// alternative, and chose it.
	DeliberateContested int64 `json:"deliberate_contested"`
	DeliberateChosen    int64 `json:"deliberate_chosen"`
	DeliberateShare     Num   `json:"deliberate_share"`
	// ByPolicy: times each policy chose it; ContestedBy: rounds each policy
	// was offered it with an alternative.
	ByPolicy     map[string]int64 `json:"by_policy"`
	ContestedBy  map[string]int64 `json:"contested_by"`
	NeverOffered bool             `json:"never_offered"`
	NeverChosen  bool             `json:"never_chosen"`
	Dominant     bool             `json:"dominant"`
}

// FlagStat says how often a flag was set, and whether any condition reads it.
type FlagStat struct {
	ID        string `json:"id"`
	Default   bool   `json:"default"`
	SetIn     int64  `json:"set_in"`
	Read      bool   `json:"read"`
	NeverSet  bool   `json:"never_set"`
	NeverRead bool   `json:"never_read"`
}

// Num is a number printed with two decimals, so reports compare byte for byte.
type Num float64

// MarshalJSON prints the number with two decimals.
func (n Num) MarshalJSON() ([]byte, error) {
	return []byte(strconv.FormatFloat(float64(n), 'f', 2, 64)), nil
}

func ratio(a, b int64) Num {
	if b == 0 {
		return 0
	}
	return Num(float64(a) / float64(b))
}

func (h *hist) stat() Stat {
	if h.n == 0 {
		return Stat{}
	}
	n := float64(h.n)
	mean := float64(h.sum) / n
	// The variance from exact integer sums: the same whatever the order.
	v := (float64(h.sumSq) - float64(h.sum)*mean) / n
	return Stat{
		Mean: Num(mean), SD: Num(math.Sqrt(max(v, 0))),
		Min: h.min, Max: h.max,
		P10: h.quantile(0.1), Median: h.quantile(0.5), P90: h.quantile(0.9),
	}
}

func (ix *index) report(a *acc, cfg Config) *Report {
	s := ix.s
	r := &Report{
		Scenario: s.ID, Title: s.Title.In("en"), titleZh: s.Title.In("zh"), Hash: s.Hash, Seed: cfg.Seed,
		GamesPerPairing: cfg.Games, Policies: cfg.Policies, Teams: ix.teams,
		Pairings: []Pairing{}, Injects: []InjectStat{}, Options: []OptionStat{}, Flags: []FlagStat{},
		Warnings: []string{}, Definitions: definitions,
	}
	pairs := Pairings(len(ix.teams), cfg.Policies)
	fired := make([]int64, len(s.Injects))
	for p, pa := range a.pairs {
		r.Games += pa.games
		pr := Pairing{Games: pa.games, Fired: map[string]int64{},
			Outcomes:   Outcomes{pa.outcomes[0], pa.outcomes[1], pa.outcomes[2], pa.outcomes[3]},
			MeanRounds: ratio(pa.rounds, pa.games), PeakTension: pa.peak.stat(), Margin: pa.margin.stat()}
		for t, team := range ix.teams {
			pr.Seats = append(pr.Seats, Seat{team, pairs[p][t]})
			m := pa.metrics[t*nmetric : (t+1)*nmetric]
			pr.Teams = append(pr.Teams, TeamStat{Team: team, Policy: pairs[p][t],
				Intent: m[0].stat(), Face: m[1].stat(), Time: m[2].stat(), Sum: m[3].stat(), Interests: m[4].stat(),
				Holds: pa.holds[t]})
		}
		for i, n := range pa.fired {
			pr.Fired[s.Injects[i].ID] = n
			fired[i] += n
		}
		r.Pairings = append(r.Pairings, pr)
	}
	r.Concession = []Concession{}
	r.concession()
	for i := range s.Injects {
		in := &s.Injects[i]
		kind := "conditional"
		switch {
		case in.Round > 0:
			kind = "scheduled"
		case s.IsFollowUp(in.ID):
			kind = "follow-up"
		}
		st := InjectStat{ID: in.ID, Kind: kind, Games: fired[i], Share: ratio(fired[i], r.Games), Times: a.times[i], NeverFired: fired[i] == 0}
		if st.NeverFired {
			r.warn("inject %s (%s) never fired", in.ID, kindName(kind))
		}
		r.Injects = append(r.Injects, st)
	}
	for k, o := range ix.opts {
		st := OptionStat{Inject: s.Injects[o.inject].ID, Team: ix.teams[o.team], Option: o.opt.ID, Stance: o.opt.Stance, ByPolicy: map[string]int64{}, ContestedBy: map[string]int64{}}
		for p, name := range cfg.Policies {
			j := k*ix.npol + p
			st.Offered += a.offered[j]
			st.Contested += a.contested[j]
			st.Chosen += a.chosen[j]
			st.ByPolicy[name] = a.chosen[j]
			st.ContestedBy[name] = a.contested[j]
			if !undeliberate[name] {
				st.DeliberateContested += a.contested[j]
				st.DeliberateChosen += a.chosenContested[j]
			}
		}
		st.ChosenShare = ratio(st.Chosen, st.Offered)
		st.DeliberateShare = ratio(st.DeliberateChosen, st.DeliberateContested)
		st.NeverOffered = st.Offered == 0
		st.NeverChosen = st.Offered > 0 && st.Chosen == 0
		st.Dominant = st.DeliberateContested > 0 && st.DeliberateChosen == st.DeliberateContested
		name := st.Inject + "/" + st.Team + "/" + st.Option
		switch {
		case st.NeverOffered && fired[o.inject] > 0:
			r.warn("option %s was never offered (its condition never held)", name)
		case st.NeverChosen:
			r.warn("option %s was never chosen", name)
		case st.Dominant:
			var who []string
			for _, p := range cfg.Policies {
				if !undeliberate[p] && st.ContestedBy[p] > 0 {
					who = append(who, p)
				}
			}
			r.warn("option %s is dominant: every deliberate personality offered it (%s) always chose it", name,
				bilingual.Pair{En: strings.Join(who, ", "), Zh: strings.Join(who, "、")})
		}
		r.Options = append(r.Options, st)
	}
	for i, f := range s.Flags {
		st := FlagStat{ID: f.ID, Default: f.Default, SetIn: a.flagsSet[i], Read: s.FlagRead(f.ID)}
		st.NeverSet = st.SetIn == 0 && !f.Default
		st.NeverRead = !st.Read
		switch {
		case st.NeverSet && st.NeverRead:
			r.warn("flag %s is never set and never read by any condition", f.ID)
		case st.NeverSet:
			r.warn("flag %s is never set", f.ID)
		case st.NeverRead:
			r.warn("flag %s is never read by any condition", f.ID)
		}
		r.Flags = append(r.Flags, st)
	}
	return r
}
