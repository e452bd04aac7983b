package scenario

import (
	"errors"
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/checker"
	"github.com/expr-lang/expr/compiler"
	"github.com/expr-lang/expr/conf"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/optimizer"
	"github.com/expr-lang/expr/vm"
)

// Cond is a compiled condition. A nil Cond always holds.
type Cond struct {
	src  string
	prog *vm.Program
}

// Source is the condition as written.
func (c *Cond) Source() string {
	if c == nil {
		return ""
	}
	return c.src
}

// Holds evaluates the condition in env.
func (c *Cond) Holds(env *Env) bool {
	if c == nil {
		return true
	}
	out, err := env.vm.Run(c.prog, env.vars)
	if err != nil {
		// Conditions are type-checked at load; what is left (a division by
		// zero, say) reads as false rather than stopping a game.
		return false
	}
	b, _ := out.(bool)
	return b
}

// Funcs answers the questions conditions may ask about the game's history.
type Funcs interface {
	// Chose: did team choose option in any round so far (this round too, at the reveal)?
	Chose(team, option string) bool
	// Picked: did team choose option this round? Only in combination rules.
	Picked(team, option string) bool
	// Stance: team's stance this round (at the reveal) or in the last revealed round.
	Stance(team string) int
	// Fired: has the inject been played?
	Fired(inject string) bool
}

// Env is the mutable environment conditions read; one per game.
type Env struct {
	vars     map[string]any
	flags    map[string]bool
	channels map[string]bool
	secrets  map[string]string
	team     map[string]map[string]int
	vm       vm.VM // reused: a game evaluates its conditions one at a time
}

// NewEnv makes an environment with every name the scenario declares.
func (s *Scenario) NewEnv(f Funcs) *Env {
	e := &Env{vars: map[string]any{}, flags: map[string]bool{}, channels: map[string]bool{}, secrets: map[string]string{}, team: map[string]map[string]int{}}
	for _, m := range s.Meters {
		if m.PerTeam {
			per := map[string]int{}
			for _, t := range s.Teams {
				per[t.ID] = m.Start
			}
			e.team[m.ID] = per
			e.vars[m.ID] = per
		} else {
			e.vars[m.ID] = m.Start
		}
	}
	for _, fl := range s.Flags {
		e.flags[fl.ID] = fl.Default
	}
	for _, c := range s.Channels {
		e.channels[c.ID] = c.IsOpen()
	}
	for _, sc := range s.Secrets {
		e.secrets[sc.ID] = ""
	}
	e.vars["flags"] = e.flags
	e.vars["channels"] = e.channels
	e.vars["secrets"] = e.secrets
	e.vars["round"] = 0
	if f != nil {
		e.vars["chose"] = f.Chose
		e.vars["picked"] = f.Picked
		e.vars["stance"] = f.Stance
		e.vars["fired"] = f.Fired
	}
	return e
}

// SetMeter sets a shared meter, or team's value of a per-team meter.
func (e *Env) SetMeter(meter, team string, v int) {
	if per, ok := e.team[meter]; ok {
		per[team] = v
		return
	}
	e.vars[meter] = v
}

// SetFlag sets a flag.
func (e *Env) SetFlag(id string, v bool) { e.flags[id] = v }

// SetChannel opens or closes a channel.
func (e *Env) SetChannel(id string, open bool) { e.channels[id] = open }

// SetSecret fixes a secret's truth.
func (e *Env) SetSecret(id, truth string) { e.secrets[id] = truth }

// Secret is a secret's truth ("" before it is drawn).
func (e *Env) Secret(id string) string { return e.secrets[id] }

// SetRound sets the round number.
func (e *Env) SetRound(n int) { e.vars["round"] = n }

// condKind says where a condition stands; rules may ask about this round.
type condKind int

const (
	condInject condKind = iota
	condOption
	condRule
)

// condChecker compiles conditions against a scenario's declared names.
type condChecker struct {
	s         *Scenario
	templ     map[string]any
	rulesEnv  map[string]any
	flagsRead map[string]bool
	cache     map[condKey]condResult

	// One compiler configuration per environment, made once per load: it
	// is most of the cost of compiling a short condition. The visitor is
	// shared and reset for each condition.
	confs [2]*conf.Config
	vis   nameVisitor
}

// Conditions repeat across a scenario ("channels.hotline"); each distinct one
// is compiled once.
type condKey struct {
	src  string
	rule bool
}

type condResult struct {
	c    *Cond
	errs []bilingual.Msg
}

type nopFuncs struct{}

func (nopFuncs) Chose(string, string) bool  { return false }
func (nopFuncs) Picked(string, string) bool { return false }
func (nopFuncs) Stance(string) int          { return 0 }
func (nopFuncs) Fired(string) bool          { return false }

func newCondChecker(s *Scenario) *condChecker {
	rules := s.NewEnv(nopFuncs{}).vars
	templ := map[string]any{}
	for k, v := range rules {
		if k != "picked" {
			templ[k] = v
		}
	}
	return &condChecker{s: s, templ: templ, rulesEnv: rules, flagsRead: map[string]bool{}, cache: map[condKey]condResult{}}
}

// compile returns the condition, or a message saying what is wrong with it.
func (c *condChecker) compile(src string, kind condKind) (*Cond, []bilingual.Msg) {
	if strings.TrimSpace(src) == "" {
		return nil, nil
	}
	// Option and inject conditions share an environment; rules add picked().
	key := condKey{src, kind == condRule}
	if r, ok := c.cache[key]; ok {
		return r.c, r.errs
	}
	cond, errs := c.compileNew(src, kind)
	c.cache[key] = condResult{cond, errs}
	return cond, errs
}

func (c *condChecker) compileNew(src string, kind condKind) (*Cond, []bilingual.Msg) {
	v := &c.vis
	*v = nameVisitor{c: c, kind: kind}
	prog, err := c.compileExpr(src, kind)
	if len(v.errs) > 0 {
		return nil, v.errs
	}
	if err != nil {
		return nil, []bilingual.Msg{zhMsg.Msg("condition %q: %s", src, exprMessage(err))}
	}
	return &Cond{src: src, prog: prog}, nil
}

// exprMessage is the first line of the condition compiler's error: its
// message, then where in the condition, as it prints them ("unknown name
// x (1:5)").
func exprMessage(err error) bilingual.Sayer {
	var fe *file.Error
	if !errors.As(err, &fe) {
		return library(firstLine(err.Error()))
	}
	msg := library(firstLine(fe.Message))
	if fe.Snippet == "" {
		return msg
	}
	if msg.Zh == "" {
		return bilingual.Pair{En: firstLine(err.Error())}
	}
	return zhMsg.Msg("%s (%d:%d)", msg, fe.Line, fe.Column+1)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// compileExpr is expr.Compile with the configuration kept across calls.
func (c *condChecker) compileExpr(src string, kind condKind) (*vm.Program, error) {
	i := 0
	if kind == condRule {
		i = 1
	}
	cfg := c.confs[i]
	if cfg == nil {
		env := c.templ
		if kind == condRule {
			env = c.rulesEnv
		}
		cfg = conf.CreateNew()
		for _, op := range []expr.Option{expr.Env(env), expr.AsBool(), expr.Patch(&c.vis), expr.MaxNodes(500)} {
			op(cfg)
		}
		cfg.Check()
		c.confs[i] = cfg
	}
	tree, err := checker.ParseCheck(src, cfg)
	if err != nil {
		return nil, err
	}
	if cfg.Optimize {
		if err := optimizer.Optimize(&tree.Node, cfg); err != nil {
			var fe *file.Error
			if errors.As(err, &fe) {
				return nil, fe.Bind(tree.Source)
			}
			return nil, err
		}
	}
	return compiler.Compile(tree, cfg)
}

// nameVisitor checks the names a condition reads against the scenario:
// the map and function types of the environment cannot see a misspelt flag.
type nameVisitor struct {
	c    *condChecker
	kind condKind
	errs []bilingual.Msg
}

func (v *nameVisitor) fail(format string, a ...any) {
	v.errs = append(v.errs, zhMsg.Msg(format, a...))
}

func (v *nameVisitor) Visit(node *ast.Node) {
	s := v.c.s
	switch n := (*node).(type) {
	case *ast.MemberNode:
		id, ok := n.Node.(*ast.IdentifierNode)
		if !ok {
			return
		}
		prop, isStr := n.Property.(*ast.StringNode)
		switch {
		case id.Value == "flags":
			if !isStr {
				v.fail("flags must be named directly, as flags.name")
				return
			}
			if s.index.flag[prop.Value] == nil {
				v.fail("unknown flag %q%s", prop.Value, suggest(prop.Value, s.flagIDs()))
				return
			}
			v.c.flagsRead[prop.Value] = true
		case id.Value == "secrets":
			if !isStr {
				v.fail("secrets must be named directly, as secrets.name")
				return
			}
			if s.Secret(prop.Value) == nil {
				v.fail("unknown secret %q%s", prop.Value, suggest(prop.Value, s.secretIDs()))
			}
		case id.Value == "channels":
			if !isStr {
				v.fail("channels must be named directly, as channels.name")
				return
			}
			if s.index.channel[prop.Value] == nil {
				v.fail("unknown channel %q%s", prop.Value, suggest(prop.Value, s.channelIDs()))
			}
		case s.index.meter[id.Value] != nil && s.index.meter[id.Value].PerTeam:
			if !isStr {
				v.fail("%s must be read for a named team, as %s.%s", id.Value, id.Value, s.Teams[0].ID)
				return
			}
			if s.index.team[prop.Value] == nil {
				v.fail("unknown team %q in %s.%s%s", prop.Value, id.Value, prop.Value, suggest(prop.Value, s.teamIDs()))
			}
		}
	case *ast.BinaryNode:
		// secrets.x == "truth": the truth must be one the secret has.
		if n.Operator != "==" && n.Operator != "!=" {
			return
		}
		sec, str := secretMember(n.Left), stringLit(n.Right)
		if sec == "" {
			sec, str = secretMember(n.Right), stringLit(n.Left)
		}
		if sc := s.Secret(sec); sc != nil && str != nil && sc.Truth(*str) == nil {
			v.fail("secret %q has no truth %q%s", sec, *str, suggest(*str, sc.truthIDs()))
		}
	case *ast.CallNode:
		id, ok := n.Callee.(*ast.IdentifierNode)
		if !ok {
			return
		}
		lits := make([]string, len(n.Arguments))
		for i, a := range n.Arguments {
			str, ok := a.(*ast.StringNode)
			if !ok {
				v.fail("%s() takes quoted names, as %s", id.Value, callExample(id.Value))
				return
			}
			lits[i] = str.Value
		}
		switch id.Value {
		case "picked":
			if v.kind != condRule {
				v.fail("picked() only works in combination rules; use chose() for earlier rounds")
				return
			}
			fallthrough
		case "chose":
			if len(lits) != 2 {
				return // the type checker reports the count
			}
			if s.index.team[lits[0]] == nil {
				v.fail("unknown team %q in %s()%s", lits[0], id.Value, suggest(lits[0], s.teamIDs()))
				return
			}
			if !s.index.optionIDs[lits[0]][lits[1]] {
				v.fail("team %q has no option %q in any inject%s", lits[0], lits[1], suggest(lits[1], keys(s.index.optionIDs[lits[0]])))
			}
		case "stance":
			if len(lits) == 1 && s.index.team[lits[0]] == nil {
				v.fail("unknown team %q in stance()%s", lits[0], suggest(lits[0], s.teamIDs()))
			}
		case "fired":
			if len(lits) == 1 && s.index.inject[lits[0]] == nil {
				v.fail("unknown inject %q in fired()%s", lits[0], suggest(lits[0], s.injectIDs()))
			}
		}
	}
}

// secretMember returns x for the node secrets.x, else "".
func secretMember(n ast.Node) string {
	m, ok := n.(*ast.MemberNode)
	if !ok {
		return ""
	}
	if id, ok := m.Node.(*ast.IdentifierNode); !ok || id.Value != "secrets" {
		return ""
	}
	if p, ok := m.Property.(*ast.StringNode); ok {
		return p.Value
	}
	return ""
}

func stringLit(n ast.Node) *string {
	if s, ok := n.(*ast.StringNode); ok {
		return &s.Value
	}
	return nil
}

func callExample(fn string) string {
	switch fn {
	case "chose", "picked":
		return fn + `("us", "indict")`
	case "fired":
		return `fired("talks")`
	default:
		return fn + `("us")`
	}
}

// Meter is a shared meter's value, or team's value of a per-team meter.
func (e *Env) Meter(meter, team string) int {
	if per, ok := e.team[meter]; ok {
		return per[team]
	}
	v, _ := e.vars[meter].(int)
	return v
}

// Flag is a flag's value.
func (e *Env) Flag(id string) bool { return e.flags[id] }

// ChannelOpen reports whether a channel is open.
func (e *Env) ChannelOpen(id string) bool { return e.channels[id] }
