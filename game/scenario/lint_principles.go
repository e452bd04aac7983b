package scenario

import "fmt"

// The lint rules about what a scenario teaches: that the four principles are
// not the same as conceding, that hidden truths are not always the kind
// reading, that running out of time is never a public act.

// decision is one team's choice in one inject, as the file offers it.
type decision struct {
	path string // the inject's options of the team
	in   *Inject
	team string
	opts []Option
}

// marksTotal is the sum of an option's principle weights.
func marksTotal(o *Option) int {
	n := 0
	for _, m := range o.Marks {
		n += m.Weight
	}
	return n
}

// decisions lists every inject's choice for every team that has at least
// two options of different stances: the ones where a soft and a firm answer
// can be compared.
func (s *Scenario) decisions() []decision {
	var out []decision
	for i := range s.Injects {
		in := &s.Injects[i]
		for _, t := range s.Teams {
			opts := in.Options[t.ID]
			lo, hi := 3, -3
			for _, o := range opts {
				lo, hi = min(lo, o.Stance), max(hi, o.Stance)
			}
			if len(opts) >= 2 && lo < hi {
				out = append(out, decision{fmt.Sprintf("injects[%d].options.%s", i, t.ID), in, t.ID, opts})
			}
		}
	}
	return out
}

// Softest is the best marks total among a decision's softest options; Top
// the best of all; FirmBest the best among options of stance +1 or more
// (FirmBest is false when there is none).
func (d decision) totals() (softest, top, firm int, hasFirm bool) {
	lo := 3
	for _, o := range d.opts {
		lo = min(lo, o.Stance)
	}
	softest, top = -1<<31, -1<<31
	for k := range d.opts {
		o := &d.opts[k]
		n := marksTotal(o)
		top = max(top, n)
		if o.Stance == lo {
			softest = max(softest, n)
		}
		if o.Stance >= 1 && (!hasFirm || n > firm) {
			firm, hasFirm = n, true
		}
	}
	return softest, top, firm, hasFirm
}

// SoftestBest counts the decisions in which the softest option ties for the
// top marks, of all decisions.
func (s *Scenario) SoftestBest() (n, of int) {
	for _, d := range s.decisions() {
		soft, top, _, _ := d.totals()
		if soft >= top {
			n++
		}
		of++
	}
	return n, of
}

// FirmPrincipled counts the decisions that offer a firm option (stance +1
// or more) whose marks total is at least the softest option's, of all
// decisions.
func (s *Scenario) FirmPrincipled() (n, of int) {
	for _, d := range s.decisions() {
		soft, _, firm, ok := d.totals()
		if ok && firm >= soft {
			n++
		}
		of++
	}
	return n, of
}

// principles warns about a scenario that rewards concession: the softest
// option on top in more than half of its decisions, or a firm principled
// option in fewer than half.
func (l *linter) principles() {
	s := l.s
	ds := s.decisions()
	if len(ds) == 0 {
		return
	}
	first := ""
	for _, d := range ds {
		if soft, top, _, _ := d.totals(); soft >= top {
			first = d.path
			break
		}
	}
	if n, of := s.SoftestBest(); 2*n > of {
		l.warn(first, LintSoftestBest, "in %d of %d decisions the softest option has the top principle marks, the first here: make a firm, principled option (a private démarche with a workable deadline, a proportionate and reversible measure, a conditional offer) score as well", n, of)
	}
	first = ""
	for _, d := range ds {
		if soft, _, firm, ok := d.totals(); !ok || firm < soft {
			first = d.path
			break
		}
	}
	if n, of := s.FirmPrincipled(); 2*n < of {
		l.warn(first, LintNoFirmPrincipled, "only %d of %d decisions offer a firm option (stance +1 or more) with marks at least the softest option's, the first without here: principled is not the same as conciliatory", n, of)
	}
	l.holdOnly()
}

// holdOnly warns about a principle that, for a team, only hold options mark:
// a team that never runs out of time is never tested on it.
func (l *linter) holdOnly() {
	s := l.s
	for _, t := range s.Teams {
		for _, pr := range Principles {
			held, other, at := 0, 0, ""
			for i := range s.Injects {
				for k, o := range s.Injects[i].Options[t.ID] {
					if _, ok := o.Marks[pr]; !ok {
						continue
					}
					if o.Hold {
						held++
						if at == "" {
							at = fmt.Sprintf("injects[%d].options.%s[%d].marks.%s", i, t.ID, k, pr)
						}
					} else {
						other++
					}
				}
			}
			if held > 0 && other == 0 {
				l.warn(at, LintHoldOnlyPrinciple, "team %q: principle %s is marked only on hold options, so a team that decides in time is never tested on it", t.ID, pr)
			}
		}
	}
}

// holds warns about a public hold option: running out of time is never a
// public act (the engine holds with no decision instead).
func (l *linter) publicHold(p string, in *Inject, team string, k int, o *Option) {
	if o.Hold && o.Public() {
		l.warn(fmt.Sprintf("%s.options.%s[%d].hold", p, team, k), LintPublicHold, "inject %q: option %s/%s is both the hold option and public; running out of time is never a public act, so a team that holds takes no decision instead: make the hold private", in.ID, team, o.ID)
	}
}

// timeTravel warns where the story's days would run backwards: a scheduled
// inject with an earlier day than one of an earlier slot, or a follow-up
// with an earlier day than the inject that queues it. The engine passes such
// an inject over rather than play it out of order, so it may never fire.
func (l *linter) timeTravel() {
	s := l.s
	latest, from := 0, ""
	for slot := 1; slot <= s.LastSlot(); slot++ {
		next, nextFrom := latest, from
		for _, in := range s.Slot(slot) {
			if in.Day == 0 {
				continue
			}
			if in.Day < latest {
				l.warn(l.injectPath(in)+".day", LintTimeTravel, "inject %q (day %d, round %d) can come after inject %q (day %d): the story would run backwards, and the game passes it over", in.ID, in.Day, slot, from, latest)
			}
			if in.Day > next {
				next, nextFrom = in.Day, in.ID
			}
		}
		latest, from = next, nextFrom
	}
	for i := range s.Injects {
		a := &s.Injects[i]
		if a.Day == 0 {
			continue
		}
		var follows []string
		for _, opts := range a.Options {
			for _, o := range opts {
				follows = append(follows, o.Follow...)
			}
		}
		for _, r := range a.Rules {
			follows = append(follows, r.Follow...)
		}
		for _, id := range follows {
			if b := s.Inject(id); b != nil && b.Day > 0 && b.Day < a.Day {
				l.warn(l.injectPath(b)+".day", LintTimeTravel, "inject %q (day %d) follows inject %q (day %d): the story would run backwards, and the game passes it over", b.ID, b.Day, a.ID, a.Day)
			}
		}
	}
}

// injectPath is the key path of an inject of the scenario.
func (l *linter) injectPath(in *Inject) string {
	for i := range l.s.Injects {
		if &l.s.Injects[i] == in {
			return fmt.Sprintf("injects[%d]", i)
		}
	}
	return ""
}

// truths warns when the scenario's fixed truths are all the same kind of
// reading (every one benign, say), and about fixed truths with no kind.
func (l *linter) truths() {
	s := l.s
	kinds := map[string]int{}
	fixed, first := 0, ""
	for i := range s.Injects {
		in := &s.Injects[i]
		for _, team := range sortedKeys(in.Assess) {
			a := in.Assess[team]
			p := fmt.Sprintf("injects[%d].assess.%s", i, team)
			if a.Truth == TruthIsChoice || a.Truth == "" {
				continue
			}
			fixed++
			if first == "" {
				first = p + ".truth"
			}
			if sec := a.SecretTruth(); sec != "" {
				if sc := s.Secret(sec); sc != nil {
					for _, tr := range sc.Truths {
						k := tr.Kind
						if h, _ := a.Hypothesis(tr.ID); h != nil && k == "" {
							k = h.Kind
						}
						kinds[k]++
					}
				}
				continue
			}
			h, hi := a.Hypothesis(a.Truth)
			if h == nil {
				continue
			}
			if h.Kind == "" {
				l.warn(fmt.Sprintf("%s.hypotheses[%d]", p, hi), LintUnlabelledTruth, "inject %q: %s's true hypothesis %q has no kind: label it kind = \"benign\" or \"hostile\", so that lint can tell whether the scenario's truths are all of one kind", in.ID, team, h.ID)
			}
			kinds[h.Kind]++
		}
	}
	delete(kinds, "")
	if fixed >= 2 && len(kinds) == 1 {
		for k := range kinds {
			l.warn(first, LintOneSidedTruths, "every fixed truth in the scenario is the %s reading (%d assessments, the first here): players learn the answer instead of reading the evidence; make some truths of the other kind, or draw them from a secret", k, fixed)
		}
	}
}
