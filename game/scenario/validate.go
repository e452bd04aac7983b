package scenario

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/brink-ttx/brink/game/bilingual"
)

// MaxRounds is the most rounds a scenario may have.
const MaxRounds = 1000

type validator struct {
	s     *Scenario
	file  string
	loc   *locator
	probs Problems
}

func (v *validator) at(path, format string, a ...any) {
	v.probs = append(v.probs, problem(v.file, v.loc.Find(path), zhMsg.Msg(format, a...)))
}

func (v *validator) unknownKey(k toml.Key) {
	key, last := k.String(), k[len(k)-1]
	hint := suggest(last, knownKeysBeside(k))
	m := zhMsg.Msg("unknown key %q%s", last, hint)
	if len(k) > 1 {
		m = zhMsg.Msg("unknown key %q in %s%s", last, stripIndices(strings.Join(k[:len(k)-1], ".")), hint)
	}
	ps := v.loc.FindKey(key)
	if len(ps) == 0 {
		v.probs = append(v.probs, problem(v.file, Pos{}, m))
		return
	}
	for _, p := range ps {
		v.probs = append(v.probs, problem(v.file, p, m))
	}
}

// knownKeysBeside lists the keys the format allows next to k, for hints.
func knownKeysBeside(k toml.Key) []string {
	parent := stripIndices(strings.Join(k[:len(k)-1], "."))
	parts := strings.Split(parent, ".")
	switch {
	case parent == "":
		return []string{"id", "title", "summary", "rounds", "minutes", "difficulty", "teams", "meters", "flags", "channels", "scoring", "outcomes", "secrets", "injects", "debrief", "sources"}
	case parent == "teams":
		return []string{"id", "name", "short", "description", "lines"}
	case parent == "meters":
		return []string{"id", "name", "description", "per_team", "min", "max", "start", "thresholds"}
	case parent == "flags":
		return []string{"id", "default", "description"}
	case parent == "channels":
		return []string{"id", "name", "open", "teams"}
	case parent == "scoring":
		return []string{"hotline", "assessment", "exploit_cap"}
	case parent == "secrets":
		return []string{"id", "description", "truths"}
	case parent == "secrets.truths":
		return []string{"id", "weight", "kind", "text"}
	case parent == "outcomes":
		return OutcomeIDs
	case parent == "injects.variants":
		return []string{"when", "brief", "intel"}
	case parent == "sources":
		return []string{"title", "where", "url"}
	case parent == "injects":
		return []string{"id", "title", "date", "day", "round", "when", "weight", "repeat", "ends", "brief", "intel", "assess", "options", "rules", "variants"}
	case len(parts) == 3 && parts[1] == "assess":
		return []string{"question", "truth", "about", "hypotheses"}
	case len(parts) == 4 && parts[1] == "assess":
		return []string{"id", "text", "stances", "kind"}
	case len(parts) == 3 && parts[1] == "options":
		return []string{"id", "label", "description", "stance", "visibility", "when", "effects", "marks", "set", "clear", "follow", "open", "close", "historical", "hold", "result"}
	case len(parts) >= 4 && parts[1] == "options" && parts[3] == "marks":
		return []string{"weight", "reason"}
	case parent == "injects.rules":
		return []string{"id", "when", "narrative", "effects", "marks", "set", "clear", "follow", "open", "close", "stop"}
	}
	return nil
}

// idPattern is the form of every id (idPatternJSON in the schema); validID
// checks it without the regexp engine, as a load checks thousands of ids.
var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

func validID(id string) bool {
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case (c == '_' || c == '-') && i > 0:
		default:
			return false
		}
	}
	return id != ""
}

func (v *validator) checkID(path string, what bilingual.Msg, id string, seen map[string]string) {
	switch {
	case id == "":
		v.at(path, "%s needs an id", what)
	case !validID(id):
		v.at(path+".id", "%s id %q: use lower-case letters, digits, - and _", what, id)
	default:
		if first, dup := seen[id]; dup {
			v.at(path+".id", "duplicate %s id %q (first at %s)", what, id, v.loc.Find(first).String())
		}
		if _, dup := seen[id]; !dup {
			seen[id] = path
		}
	}
}

func (v *validator) needText(path string, what bilingual.Msg, t Text) {
	if t.Empty() {
		v.at(path, "%s is missing", what)
	}
}

// validate checks the indexed scenario (buildIndexes), pass by pass: the
// header, teams, meters, flags, channels, scoring, secrets, injects' ids,
// outcomes, each inject with its conditions, the debrief and sources, and
// last that some inject opens the game.
func (v *validator) validate() {
	v.header()
	v.teams()
	v.meters()
	v.flags()
	v.channels()
	v.scoring()
	v.secrets()
	v.injectIDs()
	v.outcomes()
	v.injects()
	v.texts()
	v.opening()
}

// header checks the scenario's id, title, rounds and metadata.
func (v *validator) header() {
	s := v.s
	if s.ID == "" {
		v.at("", "missing required key \"id\" (the scenario's id, e.g. id = \"grid-implant\")")
	} else if !validID(s.ID) {
		v.at("id", "scenario id %q: use lower-case letters, digits, - and _", s.ID)
	}
	if s.Title.Empty() {
		v.at("title", "missing required key \"title\"")
	}
	switch {
	case s.Rounds == 0 && v.loc.Find("rounds").Line == 0:
		v.at("", "missing required key \"rounds\" (the most rounds a game may last)")
	case s.Rounds < 1:
		v.at("rounds", "rounds must be at least 1, not %d", s.Rounds)
	case s.Rounds > MaxRounds:
		// Checks and games grow with rounds; no exercise needs more.
		v.at("rounds", "rounds must be at most %d, not %d", MaxRounds, s.Rounds)
	}
	v.checkMeta()
}

func (v *validator) teams() {
	s := v.s
	seen := map[string]string{}
	for i := range s.Teams {
		t := &s.Teams[i]
		p := fmt.Sprintf("teams[%d]", i)
		v.checkID(p, zhMsg.Msg("team"), t.ID, seen)
		v.needText(p, zhMsg.Msg("team %q: name", t.ID), t.Name)
	}
	if len(s.Teams) < 2 {
		v.at("teams", "a scenario needs at least 2 teams, found %d", len(s.Teams))
	}
}

func (v *validator) meters() {
	s := v.s
	seen := map[string]string{}
	for i := range s.Meters {
		m := &s.Meters[i]
		p := fmt.Sprintf("meters[%d]", m.at)
		if m.at < 0 {
			p = "meters"
		}
		v.checkID(p, zhMsg.Msg("meter"), m.ID, seen)
		if reserved[m.ID] {
			v.at(p+".id", "meter id %q is a reserved word in conditions", m.ID)
		}
		if m.Min >= m.Max {
			v.at(p+".max", "meter %q: max (%d) must be above min (%d)", m.ID, m.Max, m.Min)
		}
		if m.Start < m.Min || m.Start > m.Max {
			v.at(p+".start", "meter %q: start %d is outside %d..%d", m.ID, m.Start, m.Min, m.Max)
		}
		for _, name := range sortedKeys(m.Thresholds) {
			if th := m.Thresholds[name]; th < m.Min || th > m.Max {
				v.at(p+".thresholds."+name, "meter %q: threshold %s = %d is outside %d..%d", m.ID, name, th, m.Min, m.Max)
			}
		}
	}
	v.checkCoreMeters()
}

func (v *validator) flags() {
	seen := map[string]string{}
	for i := range v.s.Flags {
		v.checkID(fmt.Sprintf("flags[%d]", i), zhMsg.Msg("flag"), v.s.Flags[i].ID, seen)
	}
}

func (v *validator) channels() {
	s := v.s
	seen := map[string]string{}
	for i := range s.Channels {
		c := &s.Channels[i]
		p := fmt.Sprintf("channels[%d]", i)
		v.checkID(p, zhMsg.Msg("channel"), c.ID, seen)
		v.needText(p, zhMsg.Msg("channel %q: name", c.ID), c.Name)
		for j, t := range c.Teams {
			if s.index.team[t] == nil {
				v.at(fmt.Sprintf("%s.teams[%d]", p, j), "channel %q: unknown team %q%s", c.ID, t, suggest(t, s.teamIDs()))
			}
		}
	}
}

func (v *validator) scoring() {
	sc := v.s.Scoring
	if sc.Hotline != nil && (*sc.Hotline < 0 || *sc.Hotline > 20) {
		v.at("scoring.hotline", "scoring.hotline must be within 0..20, not %d", *sc.Hotline)
	}
	if sc.Assessment != nil && (*sc.Assessment < 0 || *sc.Assessment > 50) {
		v.at("scoring.assessment", "scoring.assessment must be within 0..50, not %d", *sc.Assessment)
	}
	if sc.ExploitCap != nil && (*sc.ExploitCap < 0 || *sc.ExploitCap > 100) {
		v.at("scoring.exploit_cap", "scoring.exploit_cap must be within 0..100, not %d", *sc.ExploitCap)
	}
}

// injectIDs checks the injects' ids, and that there is an inject.
func (v *validator) injectIDs() {
	seen := map[string]string{}
	for i := range v.s.Injects {
		v.checkID(fmt.Sprintf("injects[%d]", i), zhMsg.Msg("inject"), v.s.Injects[i].ID, seen)
	}
	if len(v.s.Injects) == 0 {
		v.at("", "a scenario needs at least one inject ([[injects]])")
	}
}

// injects checks each inject, compiling its conditions; the flags they
// read go into the indexes.
func (v *validator) injects() {
	cc := newCondChecker(v.s)
	for i := range v.s.Injects {
		v.inject(cc, i)
	}
	v.s.index.flagsRead = cc.flagsRead
}

// texts checks the debrief questions and the sources' titles.
func (v *validator) texts() {
	for i, d := range v.s.Debrief {
		v.needText(fmt.Sprintf("debrief[%d]", i), zhMsg.Msg("debrief question"), d)
	}
	for i, src := range v.s.Sources {
		v.needText(fmt.Sprintf("sources[%d]", i), zhMsg.Msg("source title"), src.Title)
	}
}

// opening checks, when nothing else is wrong, that an inject can open the
// game.
func (v *validator) opening() {
	s := v.s
	if len(v.probs) == 0 && s.Rounds > 0 && len(s.index.slots[1]) == 0 && !v.anyUnscheduled() {
		v.at("injects", "no inject can open the game: give one inject round = 1")
	}
}

var reserved = map[string]bool{"flags": true, "channels": true, "secrets": true, "round": true, "chose": true, "picked": true,
	"stance": true, "fired": true, "true": true, "false": true, "nil": true, "and": true, "or": true, "not": true, "in": true}

func (v *validator) checkCoreMeters() {
	ix := v.s.index
	t := ix.meter["tension"]
	if t == nil || t.PerTeam {
		v.at("meters", "meter \"tension\" must be a shared meter")
	} else {
		cr, ok1 := t.Thresholds["crisis"]
		ca, ok2 := t.Thresholds["catastrophe"]
		if !ok1 || !ok2 {
			v.at("meters", "meter \"tension\" needs thresholds crisis and catastrophe")
		} else if cr >= ca {
			v.at("meters", "meter \"tension\": crisis (%d) must be below catastrophe (%d)", cr, ca)
		}
		if r, ok := t.Thresholds["resolved"]; ok && ok1 && r >= cr {
			v.at("meters", "meter \"tension\": resolved (%d) must be below crisis (%d)", r, cr)
		}
	}
	if tr := ix.meter["trust"]; tr == nil || tr.PerTeam {
		v.at("meters", "meter \"trust\" must be a shared meter")
	}
	if in := ix.meter["interests"]; in == nil || !in.PerTeam {
		v.at("meters", "meter \"interests\" must be a per-team meter (per_team = true)")
	}
}

func (v *validator) anyUnscheduled() bool {
	for _, in := range v.s.Injects {
		if in.Round == 0 && in.When != "" {
			return true
		}
	}
	return false
}

func (v *validator) inject(cc *condChecker, i int) {
	s := v.s
	in := &s.Injects[i]
	p := fmt.Sprintf("injects[%d]", i)
	name := zhMsg.Msg("inject %q", in.ID)
	v.needText(p, zhMsg.Msg("%s: title", name), in.Title)
	v.needText(p, zhMsg.Msg("%s: brief", name), in.Brief)
	if in.Round < 0 || (s.Rounds > 0 && in.Round > s.Rounds) {
		v.at(p+".round", "%s: round %d is outside 1..%d", name, in.Round, s.Rounds)
	}
	if in.Weight < 0 {
		v.at(p+".weight", "%s: weight must not be negative", name)
	}
	if in.Day < 0 {
		v.at(p+".day", "%s: day must not be negative", name)
	}
	if in.Round == 0 && in.When == "" && !s.IsFollowUp(in.ID) {
		v.at(p, "%s can never fire: give it a round, a when condition, or make it a follow-up", name)
	}
	v.cond(cc, p+".when", name, in.When, condInject, &in.cond)
	for _, team := range sortedKeys(in.Intel) {
		if s.index.team[team] == nil {
			v.at(p+".intel."+team, "%s: intelligence for unknown team %q%s", name, team, suggest(team, s.teamIDs()))
		}
	}
	for _, team := range sortedKeys(in.Assess) {
		v.assess(p+".assess."+team, name, team, in.Assess[team])
	}
	for _, team := range sortedKeys(in.Options) {
		if s.index.team[team] == nil {
			v.at(p+".options."+team, "%s: options for unknown team %q%s", name, team, suggest(team, s.teamIDs()))
		}
	}
	if !(in.Ends && len(in.Options) == 0) {
		for _, t := range s.Teams {
			if len(in.Options[t.ID]) == 0 {
				v.at(p, "%s: team %q has no options (every team needs at least one, unless the inject ends the game with none)", name, t.ID)
			}
		}
	}
	for _, team := range sortedKeys(in.Options) {
		seen := map[string]string{}
		holds := 0
		for k := range in.Options[team] {
			o := &in.Options[team][k]
			op := fmt.Sprintf("%s.options.%s[%d]", p, team, k)
			v.checkID(op, zhMsg.Msg("option"), o.ID, seen)
			oname := zhMsg.Msg("%s: option %s/%s", name, team, o.ID)
			v.needText(op, zhMsg.Msg("%s: label", oname), o.Label)
			if o.Stance < -2 || o.Stance > 2 {
				v.at(op+".stance", "%s: stance %d is outside -2..2", oname, o.Stance)
			}
			if o.Visibility != "public" && o.Visibility != "private" {
				v.at(op+".visibility", "%s: visibility must be \"public\" or \"private\", not %q", oname, o.Visibility)
			}
			if o.Hold {
				holds++
				if holds == 2 {
					v.at(op+".hold", "%s: only one option per team may be the hold option", oname)
				}
			}
			v.cond(cc, op+".when", oname, o.When, condOption, &o.cond)
			v.effects(op+".effects", oname, o.Effects, true)
			for _, pr := range sortedKeys(o.Marks) {
				v.mark(op+".marks."+pr, oname, pr, o.Marks[pr])
			}
			v.consequences(op, oname, o.Set, o.Clear, o.Follow, o.Open, o.Close)
		}
	}
	for k := range in.Variants {
		va := &in.Variants[k]
		vp := fmt.Sprintf("%s.variants[%d]", p, k)
		vname := zhMsg.Msg("%s: variant %d", name, k+1)
		if strings.TrimSpace(va.When) == "" {
			v.at(vp, "%s needs a when condition", vname)
		}
		v.cond(cc, vp+".when", vname, va.When, condInject, &va.cond)
		if va.Brief.Empty() && len(va.Intel) == 0 {
			v.at(vp, "%s changes nothing: give it a brief or intel", vname)
		}
		for _, team := range sortedKeys(va.Intel) {
			if s.index.team[team] == nil {
				v.at(vp+".intel."+team, "%s: intelligence for unknown team %q%s", vname, team, suggest(team, s.teamIDs()))
			}
		}
	}
	for k := range in.Rules {
		r := &in.Rules[k]
		rp := fmt.Sprintf("%s.rules[%d]", p, k)
		rname := zhMsg.Msg("%s: rule %d", name, k+1)
		if r.ID != "" {
			rname = zhMsg.Msg("%s: rule %q", name, r.ID)
		}
		if strings.TrimSpace(r.When) == "" {
			v.at(rp, "%s needs a when condition", rname)
		}
		v.cond(cc, rp+".when", rname, r.When, condRule, &r.cond)
		v.effects(rp+".effects", rname, r.Effects, false)
		for _, team := range sortedKeys(r.Marks) {
			if s.index.team[team] == nil {
				v.at(rp+".marks."+team, "%s: marks for unknown team %q%s", rname, team, suggest(team, s.teamIDs()))
				continue
			}
			for _, pr := range sortedKeys(r.Marks[team]) {
				v.mark(rp+".marks."+team+"."+pr, rname, pr, r.Marks[team][pr])
			}
		}
		v.consequences(rp, rname, r.Set, r.Clear, r.Follow, r.Open, r.Close)
	}
}

func (v *validator) assess(p string, name bilingual.Msg, team string, a Assess) {
	s := v.s
	if s.index.team[team] == nil {
		v.at(p, "%s: assessment for unknown team %q%s", name, team, suggest(team, s.teamIDs()))
		return
	}
	v.needText(p, zhMsg.Msg("%s: assessment question for %q", name, team), a.Question)
	if len(a.Hypotheses) < 2 {
		v.at(p, "%s: assessment for %q needs at least 2 hypotheses, found %d", name, team, len(a.Hypotheses))
	}
	seen := map[string]string{}
	for i, h := range a.Hypotheses {
		hp := fmt.Sprintf("%s.hypotheses[%d]", p, i)
		v.checkID(hp, zhMsg.Msg("hypothesis"), h.ID, seen)
		v.needText(hp, zhMsg.Msg("%s: hypothesis %q: text", name, h.ID), h.Text)
		v.kind(hp+".kind", zhMsg.Msg("%s: hypothesis %q", name, h.ID), h.Kind)
	}
	switch {
	case a.Truth == "":
		v.at(p, "%s: assessment for %q has no truth: name a hypothesis, or \"choice\"", name, team)
	case a.Truth == TruthIsChoice:
		if s.index.team[a.About] == nil {
			v.at(p+".about", "%s: truth = \"choice\" needs about = the team whose choice is read, not %q%s", name, a.About, suggest(a.About, s.teamIDs()))
		} else if a.About == team {
			v.at(p+".about", "%s: team %q cannot read its own choice", name, team)
		}
		covered := map[int]int{}
		for i, h := range a.Hypotheses {
			if len(h.Stances) != 2 || h.Stances[0] > h.Stances[1] || h.Stances[0] < -2 || h.Stances[1] > 2 {
				v.at(fmt.Sprintf("%s.hypotheses[%d].stances", p, i), "%s: hypothesis %q needs stances = [low, high] within -2..2", name, h.ID)
				continue
			}
			for st := h.Stances[0]; st <= h.Stances[1]; st++ {
				covered[st]++
			}
		}
		for st := -2; st <= 2; st++ {
			if covered[st] != 1 && len(v.probs) == 0 {
				v.at(p, "%s: with truth = \"choice\", every stance -2..2 must fall in exactly one hypothesis (stance %d is in %d)", name, st, covered[st])
				break
			}
		}
	case a.SecretTruth() != "":
		sc := s.Secret(a.SecretTruth())
		if sc == nil {
			v.at(p+".truth", "%s: truth %q names an unknown secret%s", name, a.Truth, suggest(a.SecretTruth(), s.secretIDs()))
			break
		}
		for _, t := range sc.Truths {
			if h, _ := a.Hypothesis(t.ID); h == nil {
				v.at(p+".truth", "%s: truth %q: secret %q can be %q, but no hypothesis has that id", name, a.Truth, sc.ID, t.ID)
			}
		}
	default:
		found := false
		for _, h := range a.Hypotheses {
			found = found || h.ID == a.Truth
		}
		if !found {
			ids := make([]string, len(a.Hypotheses))
			for i, h := range a.Hypotheses {
				ids[i] = h.ID
			}
			v.at(p+".truth", "%s: truth %q is not one of the hypotheses%s", name, a.Truth, suggest(a.Truth, ids))
		}
	}
}

// kind checks a hypothesis's or a truth's kind.
func (v *validator) kind(path string, name bilingual.Msg, k string) {
	if k != "" && k != Benign && k != Hostile {
		v.at(path, "%s: kind must be \"benign\" or \"hostile\", not %q", name, k)
	}
}

func (v *validator) secrets() {
	s := v.s
	seen := map[string]string{}
	for i := range s.Secrets {
		sc := &s.Secrets[i]
		p := fmt.Sprintf("secrets[%d]", i)
		v.checkID(p, zhMsg.Msg("secret"), sc.ID, seen)
		if len(sc.Truths) < 2 {
			v.at(p, "secret %q needs at least 2 truths, found %d", sc.ID, len(sc.Truths))
		}
		tseen := map[string]string{}
		for j := range sc.Truths {
			t := &sc.Truths[j]
			tp := fmt.Sprintf("%s.truths[%d]", p, j)
			tname := zhMsg.Msg("secret %q: truth %q", sc.ID, t.ID)
			v.checkID(tp, zhMsg.Msg("truth"), t.ID, tseen)
			v.needText(tp, zhMsg.Msg("%s: text", tname), t.Text)
			if t.Weight < 0 {
				v.at(tp+".weight", "%s: weight must not be negative", tname)
			}
			v.kind(tp+".kind", tname, t.Kind)
		}
	}
}

func (v *validator) outcomes() {
	s := v.s
	for _, o := range sortedKeys(s.Outcomes) {
		p := "outcomes." + o
		if !contains(OutcomeIDs, o) {
			v.at(p, "unknown outcome %q (use catastrophe, escalated, contained or resolved)%s", o, suggest(o, OutcomeIDs))
			continue
		}
		name := zhMsg.Msg("outcome %q", o)
		for _, id := range sortedKeys(s.Outcomes[o]) {
			if m := s.index.meter[id]; m != nil && !m.PerTeam {
				v.at(p+"."+id, "%s: %q is a shared meter; an outcome moves per-team meters only", name, id)
			}
		}
		v.effects(p, name, s.Outcomes[o], false)
	}
}

func (v *validator) cond(cc *condChecker, path string, name bilingual.Msg, src string, kind condKind, out **Cond) {
	c, errs := cc.compile(src, kind)
	for _, e := range errs {
		v.at(path, "%s: %s", name, e)
	}
	*out = c
}

func (v *validator) effects(p string, name bilingual.Msg, ef Effects, option bool) {
	s := v.s
	// Maps are read in any order: the problems are sorted by position.
	for id, e := range ef {
		m := s.index.meter[id]
		if m == nil {
			v.at(p+"."+id, "%s: effect on unknown meter %q%s", name, id, suggest(id, s.meterIDs()))
			continue
		}
		if !m.PerTeam && e.IsTable {
			v.at(p+"."+id, "%s: %q is a shared meter: give one number, not a table of teams", name, id)
		}
		for k := range e.PerTeam {
			ok := s.index.team[k] != nil || k == "all" || (option && (k == "self" || k == "others"))
			if !ok {
				hint := zhMsg.Msg("a team id or all")
				if option {
					hint = zhMsg.Msg("a team id, self, others or all")
				}
				v.at(p+"."+id+"."+k, "%s: effect on %s for %q: use %s", name, id, k, hint)
			}
		}
		span := m.Max - m.Min
		// Name one change that is too large, the same whatever the order
		// of the map: the shared one, else the lowest of the teams'.
		outside := func(d int) bool { return d > span || d < -span }
		n, big := e.Shared, outside(e.Shared)
		for _, d := range e.PerTeam {
			if outside(d) && (!big || (d < n && !outside(e.Shared))) {
				n, big = d, true
			}
		}
		if big {
			v.at(p+"."+id, "%s: effect %d on %q is larger than the meter's whole range", name, n, id)
		}
	}
}

func (v *validator) mark(p string, name bilingual.Msg, pr string, m Mark) {
	if !IsPrinciple(pr) {
		v.at(p, "%s: unknown principle %q (use intent, face, time or sum)%s", name, pr, suggest(pr, Principles))
		return
	}
	if m.Weight < -50 || m.Weight > 50 || m.Weight == 0 {
		if m.Weight == 0 {
			v.at(p+".weight", "%s: mark on %s needs a weight within -50..50, not 0", name, pr)
		} else {
			v.at(p+".weight", "%s: mark on %s: weight %d is outside -50..50", name, pr, m.Weight)
		}
	}
	if m.Reason.Empty() {
		v.at(p, "%s: mark on %s needs a reason (it is the evidence line a player reads)", name, pr)
	}
}

func (v *validator) consequences(p string, name bilingual.Msg, set, clear, follow, open, close []string) {
	s := v.s
	for i, f := range set {
		if s.index.flag[f] == nil {
			v.at(fmt.Sprintf("%s.set[%d]", p, i), "%s: sets unknown flag %q%s", name, f, suggest(f, s.flagIDs()))
		}
	}
	for i, f := range clear {
		if s.index.flag[f] == nil {
			v.at(fmt.Sprintf("%s.clear[%d]", p, i), "%s: clears unknown flag %q%s", name, f, suggest(f, s.flagIDs()))
		}
	}
	for i, f := range follow {
		if s.index.inject[f] == nil {
			v.at(fmt.Sprintf("%s.follow[%d]", p, i), "%s: follow-up to unknown inject %q%s", name, f, suggest(f, s.injectIDs()))
		}
	}
	for i, c := range open {
		if s.index.channel[c] == nil {
			v.at(fmt.Sprintf("%s.open[%d]", p, i), "%s: opens unknown channel %q%s", name, c, suggest(c, s.channelIDs()))
		}
	}
	for i, c := range close {
		if s.index.channel[c] == nil {
			v.at(fmt.Sprintf("%s.close[%d]", p, i), "%s: closes unknown channel %q%s", name, c, suggest(c, s.channelIDs()))
		}
	}
}

func (s *Scenario) teamIDs() []string {
	out := make([]string, len(s.Teams))
	for i, t := range s.Teams {
		out[i] = t.ID
	}
	return out
}

func (s *Scenario) meterIDs() []string {
	out := make([]string, len(s.Meters))
	for i, m := range s.Meters {
		out[i] = m.ID
	}
	return out
}

func (s *Scenario) flagIDs() []string {
	out := make([]string, len(s.Flags))
	for i, f := range s.Flags {
		out[i] = f.ID
	}
	return out
}

func (s *Scenario) channelIDs() []string {
	out := make([]string, len(s.Channels))
	for i, c := range s.Channels {
		out[i] = c.ID
	}
	return out
}

func (s *Scenario) secretIDs() []string {
	out := make([]string, len(s.Secrets))
	for i, sc := range s.Secrets {
		out[i] = sc.ID
	}
	return out
}

func (sc *Secret) truthIDs() []string {
	out := make([]string, len(sc.Truths))
	for i, t := range sc.Truths {
		out[i] = t.ID
	}
	return out
}

func (s *Scenario) injectIDs() []string {
	out := make([]string, len(s.Injects))
	for i, in := range s.Injects {
		out[i] = in.ID
	}
	return out
}

// suggest is ` (did you mean "x"?)` for the closest known name, or
// nothing.
func suggest(got string, known []string) bilingual.Msg {
	best, bestD := "", 3
	for _, k := range known {
		if d := editDistance(got, k); d < bestD && d < len(k) {
			best, bestD = k, d
		}
	}
	if best == "" {
		return bilingual.Msg{}
	}
	return zhMsg.Msg(" (did you mean %q?)", best)
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func keys(m map[string]bool) []string { return sortedKeys(m) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
