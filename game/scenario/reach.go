package scenario

// The reachability and interval analysis lint reads: which injects, options
// and rules a scenario's play can reach, and the ranges its meters stay in.

import (
	"sort"
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/parser"
)

// reach is what a scenario's play can possibly reach. It over-estimates:
// whatever it calls unreachable is unreachable in every game (without a
// facilitator's hand), while some of what it calls reachable may not be.
type reach struct {
	s     *Scenario
	reach map[string]bool // injects that can fire
	// From reachable options and rules:
	offered    map[*Option]bool
	fires      map[*Rule]bool
	chosen     map[string]map[string]bool // team → option id
	set, clear map[string]bool            // flags
	opened     map[string]bool            // channels
	closed     map[string]bool
	followed   map[string]bool         // injects queued as follow-ups
	up, down   map[string]int          // most a meter can rise or fall over a game
	stances    map[string]map[int]bool // team → stances it can show
	// From the whole file, reachable or not:
	everSet, everCleared map[string]bool
	flagRead             map[string]bool
	meterMoved           map[string]bool

	trees map[string]ast.Node
}

// condCtx is where a condition is checked.
type condCtx struct {
	roundLo, roundHi int
	rule             *Inject // set for a combination rule: the inject it belongs to
}

func reachOf(s *Scenario) *reach {
	an := &reach{s: s, reach: map[string]bool{}, trees: map[string]ast.Node{},
		everSet: map[string]bool{}, everCleared: map[string]bool{}, flagRead: map[string]bool{}, meterMoved: map[string]bool{}}
	for i := range s.Injects {
		in := &s.Injects[i]
		an.readFlags(in.When)
		for k := range in.Variants {
			an.readFlags(in.Variants[k].When)
		}
		for _, opts := range in.Options {
			for k := range opts {
				o := &opts[k]
				an.readFlags(o.When)
				an.whole(o.Effects, o.Set, o.Clear)
			}
		}
		for k := range in.Rules {
			r := &in.Rules[k]
			an.readFlags(r.When)
			an.whole(r.Effects, r.Set, r.Clear)
		}
	}
	an.absorb()
	for {
		grew := false
		for i := range s.Injects {
			in := &s.Injects[i]
			if !an.reach[in.ID] && an.canFire(in) {
				an.reach[in.ID] = true
				grew = true
			}
		}
		before := an.size()
		an.absorb()
		if !grew && an.size() == before {
			return an
		}
	}
}

func (an *reach) whole(ef Effects, set, clear []string) {
	for id := range ef {
		an.meterMoved[id] = true
	}
	for _, f := range set {
		an.everSet[f] = true
	}
	for _, f := range clear {
		an.everCleared[f] = true
	}
}

func (an *reach) readFlags(src string) {
	n := an.tree(src)
	if n == nil {
		return
	}
	ast.Walk(&n, flagReader(an.flagRead))
}

type flagReader map[string]bool

func (f flagReader) Visit(node *ast.Node) {
	m, ok := (*node).(*ast.MemberNode)
	if !ok {
		return
	}
	if id, ok := m.Node.(*ast.IdentifierNode); ok && id.Value == "flags" {
		if p, ok := m.Property.(*ast.StringNode); ok {
			f[p.Value] = true
		}
	}
}

func (an *reach) tree(src string) ast.Node {
	if strings.TrimSpace(src) == "" {
		return nil
	}
	if n, ok := an.trees[src]; ok {
		return n
	}
	t, err := parser.Parse(src)
	var n ast.Node
	if err == nil {
		n = t.Node
	}
	an.trees[src] = n
	return n
}

func (an *reach) size() int {
	n := len(an.offered) + len(an.fires) + len(an.set) + len(an.clear) + len(an.opened) + len(an.closed) + len(an.followed)
	for _, v := range an.up {
		n += v
	}
	for _, v := range an.down {
		n += v
	}
	for _, m := range an.stances {
		n += len(m)
	}
	return n
}

// ctxFor is the context of an inject's own condition and its options'.
func (an *reach) ctxFor(in *Inject) condCtx {
	// A scheduled inject may come early: a slot with nothing to play is
	// passed over without using up a round.
	c := condCtx{roundLo: 1, roundHi: an.s.Rounds}
	if in.Round == 0 && an.s.IsFollowUp(in.ID) {
		c.roundLo = min(2, c.roundHi)
	}
	return c
}

// canFire: the inject could be picked in some round, given what is reachable so far.
func (an *reach) canFire(in *Inject) bool {
	s := an.s
	switch {
	case in.Round > 0:
		if in.Weight <= 0 {
			return false
		}
	case s.IsFollowUp(in.ID):
		if !an.followed[in.ID] {
			return false
		}
	case in.When == "":
		return false
	}
	return an.condCanHold(in.When, an.ctxFor(in))
}

// whyNot explains why an inject cannot fire.
func (an *reach) whyNot(in *Inject) bilingual.Msg {
	s := an.s
	if in.Round == 0 && s.IsFollowUp(in.ID) && !an.followed[in.ID] {
		return zhMsg.Msg("it is a follow-up only of options or rules that can never be chosen or fire")
	}
	if in.Round == 0 && in.When == "" && !s.IsFollowUp(in.ID) {
		return zhMsg.Msg("it has no round, no when, and nothing follows it")
	}
	return zhMsg.Msg("its when %s can never hold%s", quoteCond(in.When), an.rangesIn(in.When, an.ctxFor(in)))
}

// rangesIn names the ranges the meters a condition reads stay within.
func (an *reach) rangesIn(src string, c condCtx) bilingual.Msg {
	n := an.tree(src)
	if n == nil {
		return bilingual.Msg{}
	}
	seen := map[string]bool{}
	var list bilingual.Msg
	ast.Walk(&n, visitFunc(func(node ast.Node) {
		var name string
		switch x := node.(type) {
		case *ast.IdentifierNode:
			if m := an.s.Meter(x.Value); m != nil && !m.PerTeam {
				name = x.Value
			} else if x.Value == "round" {
				name = "round"
			}
		case *ast.MemberNode:
			if id, ok := x.Node.(*ast.IdentifierNode); ok {
				if m := an.s.Meter(id.Value); m != nil && m.PerTeam {
					if p, ok := x.Property.(*ast.StringNode); ok {
						name = id.Value + "." + p.Value
					}
				}
			}
		}
		if name == "" || seen[name] {
			return
		}
		seen[name] = true
		iv, _ := an.number(node, c)
		part := zhMsg.Msg("%s stays within %d..%d", name, iv.lo, iv.hi)
		if list.IsZero() {
			list = part
		} else {
			list = zhMsg.Msg("%s, %s", list, part)
		}
	}))
	if list.IsZero() {
		return bilingual.Msg{}
	}
	return zhMsg.Msg(" (%s)", list)
}

type visitFunc func(ast.Node)

func (f visitFunc) Visit(n *ast.Node) { f(*n) }

// absorb records what the reachable injects' options and rules can do.
func (an *reach) absorb() {
	s := an.s
	prev := an.snapshot()
	an.offered, an.fires = map[*Option]bool{}, map[*Rule]bool{}
	an.chosen = map[string]map[string]bool{}
	an.set, an.clear, an.opened, an.closed, an.followed = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	an.stances = map[string]map[int]bool{}
	// per meter: each inject's most rise and fall in one round
	rises, falls := map[string][]change{}, map[string][]change{}
	for _, t := range s.Teams {
		an.chosen[t.ID] = map[string]bool{}
		an.stances[t.ID] = map[int]bool{0: true}
	}
	for i := range s.Injects {
		in := &s.Injects[i]
		if !an.reach[in.ID] {
			continue
		}
		c := an.ctxFor(in)
		rise, fall := map[string]int{}, map[string]int{}
		for _, t := range s.Teams {
			opts := in.Options[t.ID]
			bestUp, bestDown := map[string]int{}, map[string]int{}
			for k := range opts {
				o := &opts[k]
				if k > 0 && !prev.condCanHold(o.When, c) {
					continue
				}
				an.offered[o] = true
				an.chosen[t.ID][o.ID] = true
				an.stances[t.ID][o.Stance] = true
				an.consequences(o.Set, o.Clear, o.Open, o.Close, o.Follow)
				for id, e := range o.Effects {
					u, d := e.span()
					bestUp[id] = max(bestUp[id], u)
					bestDown[id] = max(bestDown[id], d)
				}
			}
			for id, v := range bestUp {
				rise[id] += v
			}
			for id, v := range bestDown {
				fall[id] += v
			}
		}
		rc := c
		rc.rule = in
		for k := range in.Rules {
			r := &in.Rules[k]
			if !prev.condCanHold(r.When, rc) {
				continue
			}
			an.fires[r] = true
			an.consequences(r.Set, r.Clear, r.Open, r.Close, r.Follow)
			for id, e := range r.Effects {
				u, d := e.span()
				rise[id] += u
				fall[id] += d
			}
		}
		// A repeating inject may fill every round: one entry that counts
		// rounds times, so the work does not grow with rounds.
		times := 1
		if in.Repeat {
			times = s.Rounds
		}
		for id, v := range rise {
			rises[id] = append(rises[id], change{v, times})
		}
		for id, v := range fall {
			falls[id] = append(falls[id], change{v, times})
		}
	}
	an.up, an.down = topSums(rises, s.Rounds), topSums(falls, s.Rounds)
}

// snapshot copies the reach so that conditions are checked against the
// previous round of the fixed point while this one is being built.
func (an *reach) snapshot() *reach {
	cp := *an
	return &cp
}

func (an *reach) consequences(set, clear, open, close, follow []string) {
	for _, f := range set {
		an.set[f] = true
	}
	for _, f := range clear {
		an.clear[f] = true
	}
	for _, c := range open {
		an.opened[c] = true
	}
	for _, c := range close {
		an.closed[c] = true
	}
	for _, f := range follow {
		an.followed[f] = true
	}
}

// span is the most an effect can raise and lower any one value of its meter.
func (e Effect) span() (up, down int) {
	vals := []int{e.Shared}
	for _, v := range e.PerTeam {
		vals = append(vals, v)
	}
	for _, v := range vals {
		up = max(up, v)
		down = max(down, -v)
	}
	return up, down
}

// change is a per-round change to a meter that may happen times rounds.
type change struct{ v, times int }

// topSums adds, per meter, the largest n of the per-round changes: a game
// plays at most n rounds, one inject each.
func topSums(per map[string][]change, n int) map[string]int {
	out := map[string]int{}
	for id, cs := range per {
		sort.Slice(cs, func(i, j int) bool { return cs[i].v > cs[j].v })
		sum, left := 0, n
		for _, c := range cs {
			k := min(c.times, left)
			sum += k * c.v
			left -= k
			if left == 0 {
				break
			}
		}
		out[id] = sum
	}
	return out
}

// stancesIn is the stances team can show in the inject: its options', and 0
// for "no decision" when it has no hold option.
func (an *reach) stancesIn(in *Inject, team string) map[int]bool {
	out := map[int]bool{}
	hold := false
	for _, o := range in.Options[team] {
		out[o.Stance] = true
		hold = hold || o.Hold
	}
	if !hold {
		out[0] = true
	}
	return out
}

// condCanHold: could the condition be true in some game?
func (an *reach) condCanHold(src string, c condCtx) bool {
	n := an.tree(src)
	if n == nil {
		return true
	}
	t, _ := an.truth(n, c)
	return t
}

// truth says whether a boolean expression can be true, and can be false.
func (an *reach) truth(n ast.Node, c condCtx) (canTrue, canFalse bool) {
	s := an.s
	switch x := n.(type) {
	case *ast.BoolNode:
		return x.Value, !x.Value
	case *ast.UnaryNode:
		if x.Operator == "!" || x.Operator == "not" {
			t, f := an.truth(x.Node, c)
			return f, t
		}
	case *ast.BinaryNode:
		switch x.Operator {
		case "&&", "and":
			lt, lf := an.truth(x.Left, c)
			rt, rf := an.truth(x.Right, c)
			return lt && rt, lf || rf
		case "||", "or":
			lt, lf := an.truth(x.Left, c)
			rt, rf := an.truth(x.Right, c)
			return lt || rt, lf && rf
		case "<", "<=", ">", ">=", "==", "!=":
			a, aok := an.number(x.Left, c)
			b, bok := an.number(x.Right, c)
			if aok && bok {
				return compare(x.Operator, a, b)
			}
			if x.Operator == "==" || x.Operator == "!=" {
				lt, lf := an.truth(x.Left, c)
				rt, rf := an.truth(x.Right, c)
				t, f := (lt && rt) || (lf && rf), (lt && rf) || (lf && rt)
				if x.Operator == "!=" {
					t, f = f, t
				}
				return t, f
			}
		}
	case *ast.MemberNode:
		id, ok := x.Node.(*ast.IdentifierNode)
		p, isStr := x.Property.(*ast.StringNode)
		if !ok || !isStr {
			break
		}
		switch id.Value {
		case "flags":
			if f := s.Flag(p.Value); f != nil {
				return f.Default || an.set[p.Value], !f.Default || an.clear[p.Value]
			}
		case "channels":
			if ch := s.Channel(p.Value); ch != nil {
				return ch.IsOpen() || an.opened[p.Value], !ch.IsOpen() || an.closed[p.Value]
			}
		}
	case *ast.CallNode:
		id, ok := x.Callee.(*ast.IdentifierNode)
		if !ok {
			break
		}
		lits := stringArgs(x.Arguments)
		switch {
		case id.Value == "chose" && len(lits) == 2:
			return an.chosen[lits[0]][lits[1]], true
		case id.Value == "picked" && len(lits) == 2 && c.rule != nil:
			o := c.rule.Option(lits[0], lits[1])
			return o != nil && an.offered[o], true
		case id.Value == "fired" && len(lits) == 1:
			return an.reach[lits[0]] && c.roundHi >= 2, true
		}
	}
	return true, true
}

func stringArgs(args []ast.Node) []string {
	out := make([]string, 0, len(args))
	for _, a := range args {
		s, ok := a.(*ast.StringNode)
		if !ok {
			return nil
		}
		out = append(out, s.Value)
	}
	return out
}

type interval struct{ lo, hi int }

func compare(op string, a, b interval) (canTrue, canFalse bool) {
	switch op {
	case "<":
		return a.lo < b.hi, a.hi >= b.lo
	case "<=":
		return a.lo <= b.hi, a.hi > b.lo
	case ">":
		return b.lo < a.hi, b.hi >= a.lo
	case ">=":
		return b.lo <= a.hi, b.hi > a.lo
	}
	overlap := a.lo <= b.hi && b.lo <= a.hi
	single := a.lo == a.hi && b.lo == b.hi && a.lo == b.lo
	if op == "==" {
		return overlap, !single
	}
	return !single, overlap
}

// number is the range an integer expression can take, if the reach can
// tell.
func (an *reach) number(n ast.Node, c condCtx) (interval, bool) {
	s := an.s
	switch x := n.(type) {
	case *ast.IntegerNode:
		return interval{x.Value, x.Value}, true
	case *ast.IdentifierNode:
		if x.Value == "round" {
			return interval{c.roundLo, c.roundHi}, true
		}
		if m := s.Meter(x.Value); m != nil && !m.PerTeam {
			return an.meterRange(m), true
		}
	case *ast.MemberNode:
		if id, ok := x.Node.(*ast.IdentifierNode); ok {
			if m := s.Meter(id.Value); m != nil && m.PerTeam {
				return an.meterRange(m), true
			}
		}
	case *ast.UnaryNode:
		if x.Operator == "-" {
			if iv, ok := an.number(x.Node, c); ok {
				return interval{-iv.hi, -iv.lo}, true
			}
		}
	case *ast.BinaryNode:
		a, aok := an.number(x.Left, c)
		b, bok := an.number(x.Right, c)
		if !aok || !bok {
			break
		}
		switch x.Operator {
		case "+":
			return interval{a.lo + b.lo, a.hi + b.hi}, true
		case "-":
			return interval{a.lo - b.hi, a.hi - b.lo}, true
		}
	case *ast.CallNode:
		id, ok := x.Callee.(*ast.IdentifierNode)
		lits := stringArgs(x.Arguments)
		if !ok || id.Value != "stance" || len(lits) != 1 {
			break
		}
		var set map[int]bool
		if c.rule != nil {
			set = an.stancesIn(c.rule, lits[0])
		} else {
			set = an.stances[lits[0]]
		}
		if len(set) == 0 {
			break
		}
		iv := interval{2, -2}
		for st := range set {
			iv.lo, iv.hi = min(iv.lo, st), max(iv.hi, st)
		}
		return iv, true
	}
	return interval{}, false
}

// meterRange is the range a meter can reach in a game.
func (an *reach) meterRange(m *Meter) interval {
	return interval{max(m.Min, m.Start-an.down[m.ID]), min(m.Max, m.Start+an.up[m.ID])}
}
