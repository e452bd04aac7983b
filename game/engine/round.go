package engine

import (
	"fmt"
	"math/rand/v2"

	"github.com/brink-ttx/brink/game/bilingual"

	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// funcs answers conditions' questions about the game's history.
type funcs struct{ g *Game }

func (f funcs) Chose(team, option string) bool { return f.g.chosen[team][option] }

func (f funcs) Picked(team, option string) bool {
	return f.g.revealing && f.g.picked[team] == option
}

func (f funcs) Stance(team string) int { return f.g.stances[team] }

func (f funcs) Fired(inject string) bool { return f.g.fired[inject] > 0 }

// eligible: the inject may fire now.
func (g *Game) eligible(in *scenario.Inject) bool {
	if in == nil || (g.fired[in.ID] > 0 && !in.Repeat) || (in.Day > 0 && in.Day < g.day) {
		return false
	}
	return in.Condition().Holds(g.env)
}

// pick chooses the next round's inject (see FORMAT.md, "How a game runs").
func (g *Game) pick() *scenario.Inject {
	if len(g.forced) > 0 {
		// The facilitator's insert plays next, whatever its condition.
		in := g.s.Inject(g.forced[0])
		g.forced = g.forced[1:]
		return in
	}
	for len(g.queue) > 0 {
		id := g.queue[0]
		g.queue = g.queue[1:]
		if in := g.s.Inject(id); g.eligible(in) {
			return in
		}
	}
	for _, in := range g.s.Conditional() {
		if g.eligible(in) {
			return in
		}
	}
	for g.slot < g.s.LastSlot() {
		g.slot++
		var cands []*scenario.Inject
		total := 0
		for _, in := range g.s.Slot(g.slot) {
			if g.eligible(in) && in.Weight > 0 {
				cands = append(cands, in)
				total += in.Weight
			}
		}
		if len(cands) == 0 {
			continue
		}
		if len(cands) == 1 {
			return cands[0]
		}
		r := g.rng.IntN(total)
		for _, in := range cands {
			if r < in.Weight {
				return in
			}
			r -= in.Weight
		}
	}
	return nil
}

func (g *Game) nextRound() {
	if g.round >= g.s.Rounds {
		g.finish(zhMsg.Msg("all %d rounds were played", g.s.Rounds))
		return
	}
	g.env.SetRound(g.round + 1)
	in := g.pick()
	if in == nil {
		g.finish(zhMsg.Msg("no inject was left to play"))
		return
	}
	g.round++
	g.current = in
	g.day = max(g.day, in.Day)
	g.variant = 0
	for k := range in.Variants {
		if in.Variants[k].Condition().Holds(g.env) {
			g.variant = k + 1
			break
		}
	}
	g.fired[in.ID]++
	// The round's maps are reused: a game plays many rounds.
	if g.seats == nil {
		g.seats = make(map[string]*seat, len(g.s.Teams))
		g.offered = make(map[string][]*scenario.Option, len(g.s.Teams))
	}
	g.lowTrust = g.lowTrustNow()
	for _, t := range g.s.Teams {
		if st := g.seats[t.ID]; st != nil {
			*st = seat{}
		} else {
			g.seats[t.ID] = &seat{}
		}
		opts := in.Options[t.ID]
		offered := g.offered[t.ID][:0] // views copy it, so its array is ours to reuse
		for k := range opts {
			if opts[k].Condition().Holds(g.env) {
				offered = append(offered, &opts[k])
			}
		}
		g.offered[t.ID] = offered
		if len(g.offered[t.ID]) == 0 && len(opts) > 0 {
			// Every option's condition failed: offer the first rather than
			// leave a team with nothing to choose.
			g.offered[t.ID] = []*scenario.Option{&opts[0]}
		}
		g.shuffle(t.ID, g.offered[t.ID])
	}
	if in.Ends && len(in.Options) == 0 {
		g.history = append(g.history, Round{Number: g.round, Inject: in.ID, Variant: g.variant, Choices: []Choice{}, Assessments: []Assessment{}, Rules: []string{}, Meters: []MeterChange{}, Evidence: []TeamEvidence{}})
		g.finish(zhMsg.Msg("the scenario reached its ending"))
	}
}

// shuffle puts a team's options in an order of their own, fixed by the
// seed, the round and the team, so that no position (first, softest) gives
// an answer away. It draws from its own stream: the game's does not move.
func (g *Game) shuffle(team string, opts []*scenario.Option) {
	if len(opts) < 2 {
		return
	}
	h := uint64(14695981039346656037) // FNV-1a of the team id
	for i := 0; i < len(team); i++ {
		h = (h ^ uint64(team[i])) * 1099511628211
	}
	var pcg rand.PCG
	pcg.Seed(g.seed^h, uint64(g.round)*0x9e3779b97f4a7c15+0x0b7e)
	for i := len(opts) - 1; i > 0; i-- {
		j := int(pcg.Uint64() % uint64(i+1))
		opts[i], opts[j] = opts[j], opts[i]
	}
}

func (g *Game) lowTrustNow() bool {
	m := g.s.Meter("trust")
	low, ok := m.Thresholds["low"]
	return ok && g.env.Meter("trust", "") < low
}

// addMeter moves a meter, clamped at its bounds.
func (g *Game) addMeter(m *scenario.Meter, team string, d int) {
	if m == nil || d == 0 {
		return
	}
	id := m.ID
	v := min(max(g.env.Meter(id, team)+d, m.Min), m.Max)
	g.env.SetMeter(id, team, v)
}

// snapshot lists every meter value in scenario order.
func (g *Game) snapshot() []MeterChange {
	n := 0
	for _, m := range g.s.Meters {
		if m.PerTeam {
			n += len(g.s.Teams)
		} else {
			n++
		}
	}
	out := take(&g.bufs.meters, n, n*max(g.s.Rounds, 1))
	for _, m := range g.s.Meters {
		if m.PerTeam {
			for _, t := range g.s.Teams {
				v := g.env.Meter(m.ID, t.ID)
				out = append(out, MeterChange{Meter: m.ID, Team: t.ID, Before: v, After: v})
			}
		} else {
			v := g.env.Meter(m.ID, "")
			out = append(out, MeterChange{Meter: m.ID, Before: v, After: v})
		}
	}
	return out
}

// applyEffects applies effects; actor is the choosing team ("" for rules).
// blunt halves trust gains and tension drops (low trust, conciliatory move).
func (g *Game) applyEffects(ef scenario.Effects, actor string, blunt bool) {
	if len(ef) == 0 {
		return
	}
	for i := range g.s.Meters {
		m := &g.s.Meters[i]
		e, ok := ef[m.ID]
		if !ok {
			continue
		}
		if !m.PerTeam {
			d := e.Shared
			if blunt && ((m.ID == "trust" && d > 0) || (m.ID == "tension" && d < 0)) {
				d /= 2
			}
			g.addMeter(m, "", d)
			continue
		}
		if !e.IsTable {
			if actor != "" {
				g.addMeter(m, actor, e.Shared)
				continue
			}
			// A rule's or an outcome's number: every team.
			for _, t := range g.s.Teams {
				g.addMeter(m, t.ID, e.Shared)
			}
			continue
		}
		for _, t := range g.s.Teams {
			d, ok := e.PerTeam[t.ID]
			if !ok && actor != "" {
				if t.ID == actor {
					d, ok = e.PerTeam["self"]
				} else {
					d, ok = e.PerTeam["others"]
				}
			}
			if !ok {
				d = e.PerTeam["all"]
			}
			g.addMeter(m, t.ID, d)
		}
	}
}

func (g *Game) consequences(set, clear, follow, open, close []string) {
	for _, f := range set {
		g.env.SetFlag(f, true)
	}
	for _, f := range clear {
		g.env.SetFlag(f, false)
	}
	g.queue = append(g.queue, follow...)
	for _, c := range open {
		g.env.SetChannel(c, true)
	}
	for _, c := range close {
		g.env.SetChannel(c, false)
	}
}

// mark records a score line in the round; the ledger reads it from there.
func (g *Game) mark(r *Round, team string, principle string, delta int, what, why scenario.Text) {
	e := score.Evidence{Round: g.round, Inject: g.current.ID, Principle: principle, Delta: delta, What: what, Why: why}
	r.Evidence = append(r.Evidence, TeamEvidence{Team: team, Evidence: e})
}

// reveal resolves the round: every choice at once, then the rules, then the
// assessments and the hotline.
func (g *Game) reveal() {
	in := g.current
	n := len(g.s.Teams)
	rounds := max(g.s.Rounds, 1)
	b := &g.bufs
	r := Round{Number: g.round, Inject: in.ID, Variant: g.variant,
		Choices:     take(&b.choices, n, n*rounds),
		Assessments: take(&b.assessments, n, n*rounds),
		Evidence:    take(&b.evidence, 4*n, 4*n*rounds),
		Rules:       take(&b.rules, 2, 2*rounds),
	}
	before := g.snapshot()
	g.revealing = true
	if g.picked == nil {
		g.picked = make(map[string]string, len(g.s.Teams))
	}
	for _, t := range g.s.Teams {
		c := g.seats[t.ID].choice
		r.Choices = append(r.Choices, *c)
		g.picked[t.ID] = c.Option
		g.stances[t.ID] = c.Stance
		if c.Option != "" {
			g.chosen[t.ID][c.Option] = true
		}
	}
	for _, t := range g.s.Teams {
		c := g.seats[t.ID].choice
		o := in.Option(t.ID, c.Option)
		if o == nil {
			r.Notes = append(r.Notes, g.s.Memo(noteKey{t.ID, "held"}, func() scenario.Text {
				return scenario.TextOf(zhMsg.Msg("%s held: no decision.", t.Name))
			}))
			continue
		}
		blunt := g.lowTrust && o.Stance < 0 && (o.Effects["trust"].Shared > 0 || o.Effects["tension"].Shared < 0)
		if blunt {
			r.Notes = append(r.Notes, g.s.Memo(noteKey{t.ID, "blunt"}, func() scenario.Text {
				return scenario.TextOf(zhMsg.Msg("Trust is low: %s's conciliatory move is read with suspicion (its calming effects are halved).", t.Name))
			}))
		}
		g.applyEffects(o.Effects, t.ID, blunt)
		for _, p := range scenario.Principles {
			if mk, ok := o.Marks[p]; ok {
				g.mark(&r, t.ID, p, mk.Weight, o.Label, mk.Reason)
			}
		}
		g.consequences(o.Set, o.Clear, o.Follow, o.Open, o.Close)
		if !o.Result.Empty() {
			if r.Narrative == nil {
				r.Narrative = take(&b.narrative, 2, 2*rounds)
			}
			r.Narrative = append(r.Narrative, o.Result)
		}
	}
	for k := range in.Rules {
		rule := &in.Rules[k]
		if !rule.Condition().Holds(g.env) {
			continue
		}
		name := rule.ID
		if name == "" {
			name = fmt.Sprintf("rule-%d", k+1)
		}
		r.Rules = append(r.Rules, name)
		if !rule.Narrative.Empty() {
			if r.Narrative == nil {
				r.Narrative = take(&b.narrative, 2, 2*rounds)
			}
			r.Narrative = append(r.Narrative, rule.Narrative)
		}
		g.applyEffects(rule.Effects, "", false)
		what := rule.Narrative
		if what.Empty() {
			what = scenario.T(name)
		}
		for _, t := range g.s.Teams {
			for _, p := range scenario.Principles {
				if mk, ok := rule.Marks[t.ID][p]; ok {
					g.mark(&r, t.ID, p, mk.Weight, what, mk.Reason)
				}
			}
		}
		g.consequences(rule.Set, rule.Clear, rule.Follow, rule.Open, rule.Close)
		if rule.Stop {
			break
		}
	}
	g.capExploitation(&r, before)
	g.scoreAssessments(&r)
	g.scoreHotline(&r)
	for i := range before {
		before[i].After = g.Meter(before[i].Meter, before[i].Team)
	}
	r.Meters = before
	g.history = append(g.history, r)
	g.revealing = false
	clear(g.picked)
	if g.checkCatastrophe() {
		return
	}
	if in.Ends {
		g.finish(zhMsg.Msg("the scenario reached its ending"))
	}
}

// capExploitation bounds what a team gains by pressing while another
// restrains: in such a round its interests rise at most the scenario's
// exploitation cap, whatever its option and the rules paid.
func (g *Game) capExploitation(r *Round, before []MeterChange) {
	restrained, pressed := false, false
	for _, c := range r.Choices {
		restrained = restrained || (c.Option != "" && c.Stance <= -1)
		pressed = pressed || (c.Option != "" && c.Stance >= 1)
	}
	if !restrained || !pressed {
		return
	}
	m := g.s.Meter("interests")
	if m == nil || !m.PerTeam {
		return
	}
	limit := g.s.ExploitCap()
	for _, c := range r.Choices {
		if c.Option == "" || c.Stance < 1 {
			continue
		}
		was := 0
		for _, b := range before {
			if b.Meter == m.ID && b.Team == c.Team {
				was = b.Before
			}
		}
		if now := g.env.Meter(m.ID, c.Team); now-was > limit {
			g.env.SetMeter(m.ID, c.Team, was+limit)
			t := g.s.Team(c.Team)
			r.Notes = append(r.Notes, g.s.Memo(noteKey{c.Team, "capped"}, func() scenario.Text {
				return scenario.TextOf(zhMsg.Msg("%s pressed while another side held back: its interests gain is capped at %d this round.", t.Name, limit))
			}))
		}
	}
}

func (g *Game) scoreAssessments(r *Round) {
	in := g.current
	for _, t := range g.s.Teams {
		a, asks := in.Assess[t.ID]
		st := g.seats[t.ID]
		if !asks || st.assessment == nil {
			continue
		}
		truth := a.Truth
		if sec := a.SecretTruth(); sec != "" {
			truth = g.env.Secret(sec)
		}
		if truth == scenario.TruthIsChoice {
			stance := g.seats[a.About].choice.Stance
			for _, h := range a.Hypotheses {
				if stance >= h.Stances[0] && stance <= h.Stances[1] {
					truth = h.ID
				}
			}
		}
		_, pick := a.Hypothesis(st.assessment.Hypothesis)
		_, ti := a.Hypothesis(truth)
		pts, brier := score.AssessmentPoints(len(a.Hypotheses), pick, ti, st.assessment.Confidence, g.s.AssessmentScale())
		as := *st.assessment
		as.Truth, as.Brier, as.Points = truth, brier, pts
		r.Assessments = append(r.Assessments, as)
		h, _ := a.Hypothesis(as.Hypothesis)
		th, _ := a.Hypothesis(truth)
		verdict := g.s.Memo(verdictKey{h, th, as.Confidence}, func() scenario.Text {
			return scenario.TextOf(zhMsg.Msg("Read \"%s\" at %d%%; the truth was \"%s\" (Brier %.2f).", h.Text, as.Confidence, th.Text, brier))
		})
		g.mark(r, t.ID, "intent", pts, assessmentWhat, verdict)
	}
}

// noteKey names a reveal note about a team.
type noteKey struct{ team, what string }

// verdictKey names an assessment's verdict text: the Brier score follows
// from the hypotheses and the confidence.
type verdictKey struct {
	pick, truth *scenario.Hypothesis
	confidence  int
}

var (
	assessmentWhat = scenario.TextOf(zhMsg.Msg("Assessment"))
	hotlineWhat    = scenario.TextOf(zhMsg.Msg("Hotline"))
	hotlineWhy     = scenario.TextOf(zhMsg.Msg("Used the open channel to ask and explain before deciding."))
)

func (g *Game) scoreHotline(r *Round) {
	pts := g.s.HotlinePoints()
	if pts == 0 {
		return
	}
	for _, t := range g.s.Teams {
		if g.seats[t.ID].messaged {
			g.mark(r, t.ID, "intent", pts, hotlineWhat, hotlineWhy)
		}
	}
}

func (g *Game) checkCatastrophe() bool {
	m := g.s.Meter("tension")
	if g.env.Meter("tension", "") >= m.Thresholds["catastrophe"] {
		g.finish(zhMsg.Msg("tension reached the catastrophe threshold"))
		return true
	}
	return false
}

func (g *Game) finish(reason bilingual.Msg) {
	if g.over {
		return
	}
	g.over = true
	g.endReason = reason
	g.outcome = g.judge()
	g.settle()
}

// settle applies the outcome's effects to every team: a crisis costs
// everyone, a resolved one pays everyone.
func (g *Game) settle() {
	ef := g.s.OutcomeEffects(string(g.outcome))
	if len(ef) == 0 {
		return
	}
	before := g.snapshot()
	g.applyEffects(ef, "", false)
	for _, b := range before {
		if after := g.env.Meter(b.Meter, b.Team); after != b.Before {
			b.After = after
			g.settlement = append(g.settlement, b)
		}
	}
}

// judge decides the outcome from the meters (see FORMAT.md, "Outcome").
func (g *Game) judge() Outcome {
	t := g.s.Meter("tension")
	tension := g.env.Meter("tension", "")
	switch {
	case tension >= t.Thresholds["catastrophe"]:
		return Catastrophe
	case tension >= t.Thresholds["crisis"]:
		return Escalated
	}
	rt, ok1 := t.Thresholds["resolved"]
	tr, ok2 := g.s.Meter("trust").Thresholds["resolved"]
	if ok1 && ok2 && tension <= rt && g.env.Meter("trust", "") >= tr {
		return Resolved
	}
	return Contained
}
