package scenario

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
)

// Warning is something in a valid scenario that is probably not what its
// author meant: the game runs, but a part of it can never be played, or
// plays badly. Each has a stable Code (see LintCodes).
type Warning struct {
	File string
	Pos  Pos
	Code string
	Msg  string // in English
	Zh   string // in Chinese; "" where the linter has no Chinese for it
	// Inject is the id of the inject the warning is about, if any.
	Inject string
}

// String is the warning as `file:line:col: warning CODE: message`.
func (w Warning) String() string { return w.In("en") }

// In is the warning as String says it, in lang: in Chinese
// `file:line:col: 警告 CODE：message`. The code is the same in every language.
func (w Warning) In(lang bilingual.Lang) string {
	line := "warning " + w.Code + ": " + w.Msg
	if lang == "zh" && w.Zh != "" {
		line = "警告 " + w.Code + "：" + w.Zh
	}
	return located(w.File, w.Pos, line)
}

// Message is the message alone, in lang (English where it has no Chinese).
func (w Warning) Message(lang bilingual.Lang) string { return inLang(lang, w.Msg, w.Zh) }

// Warnings is every warning about one scenario, in order of position.
type Warnings []Warning

// Has reports whether any warning has the code.
func (ws Warnings) Has(code string) bool { return len(ws.Only(code)) > 0 }

// Only returns the warnings with the code.
func (ws Warnings) Only(code string) Warnings {
	var out Warnings
	for _, w := range ws {
		if w.Code == code {
			out = append(out, w)
		}
	}
	return out
}

// The lint codes. They are stable: tests, scripts and content/FORMAT.md
// name them.
const (
	LintUnreachableInject  = "unreachable-inject"
	LintOptionNeverOffered = "option-never-offered"
	LintRuleNeverFires     = "rule-never-fires"
	LintFlagNeverRead      = "flag-never-read"
	LintFlagNeverSet       = "flag-never-set"
	LintMeterNeverChanged  = "meter-never-changed"
	LintOptionWithoutMarks = "option-without-marks"
	LintFewOptions         = "few-options"
	LintMissingIntel       = "missing-intel"
	LintHypothesisNever    = "hypothesis-never-true"
	LintAssessForegone     = "assessment-foregone"
	LintMissingZh          = "missing-zh"
	LintMissingEn          = "missing-en"
	LintNoDebrief          = "no-debrief"
	LintNoSources          = "no-sources"
	LintSoftestBest        = "softest-best"
	LintNoFirmPrincipled   = "no-firm-principled"
	LintHoldOnlyPrinciple  = "hold-only-principle"
	LintPublicHold         = "public-hold"
	LintUnlabelledTruth    = "unlabelled-truth"
	LintOneSidedTruths     = "one-sided-truths"
	LintHotlinePoints      = "hotline-points"
	LintTimeTravel         = "time-travel"
)

// LintCode describes one lint code.
type LintCode struct {
	Code    string
	Summary string
}

// LintCodes lists every code Lint may report, in the order FORMAT.md
// documents them.
var LintCodes = []LintCode{
	{LintUnreachableInject, "an inject that no play of the scenario can reach"},
	{LintOptionNeverOffered, "an option whose when can never hold"},
	{LintRuleNeverFires, "a combination rule whose when can never hold"},
	{LintFlagNeverRead, "a flag no condition reads"},
	{LintFlagNeverSet, "a flag conditions read but nothing changes"},
	{LintMeterNeverChanged, "a meter no effect moves"},
	{LintOptionWithoutMarks, "an option with no principle marks"},
	{LintFewOptions, "a team with fewer than 3 options in an inject"},
	{LintMissingIntel, "an inject without private intelligence for a team"},
	{LintHypothesisNever, "a hypothesis that the other team's options can never make true"},
	{LintAssessForegone, "an assessment whose answer every option gives away"},
	{LintMissingZh, "text without its Chinese (zh)"},
	{LintMissingEn, "text without its English (en)"},
	{LintNoDebrief, "a scenario without debrief questions"},
	{LintNoSources, "a scenario without sources"},
	{LintSoftestBest, "the softest option has the top marks in more than half of the decisions"},
	{LintNoFirmPrincipled, "fewer than half of the decisions offer a firm option that scores as well as the softest"},
	{LintHoldOnlyPrinciple, "a principle that only hold options mark, for a team"},
	{LintPublicHold, "a hold option that is public"},
	{LintUnlabelledTruth, "a fixed truth whose hypothesis has no kind (benign or hostile)"},
	{LintOneSidedTruths, "every fixed truth is the same kind of reading"},
	{LintHotlinePoints, "hotline messages that earn points whatever they say"},
	{LintTimeTravel, "an inject whose day comes before one that can be played earlier"},
}

// MinOptions is the fewest options a team should have in an inject before
// LintFewOptions stays quiet.
const MinOptions = 3

// Lint returns the warnings about a loaded scenario. It never changes the
// scenario. What it says about reachability assumes the facilitator neither
// adjusts a meter nor inserts an inject by hand.
func (s *Scenario) Lint() Warnings {
	l := &linter{s: s, an: reachOf(s)}
	l.injects()
	l.principles()
	l.truths()
	l.timeTravel()
	if s.HotlinePoints() > 0 {
		l.warn("scoring.hotline", LintHotlinePoints, "scoring.hotline = %d gives intent points for any message, whatever it says; leave it 0 and mark the options that ask and check", s.HotlinePoints())
	}
	l.flags()
	l.meters()
	l.texts()
	if len(s.Debrief) == 0 {
		l.warn("", LintNoDebrief, "no debrief questions: give the room a few with debrief = [\"…\"]")
	}
	if len(s.Sources) == 0 {
		l.warn("", LintNoSources, "no sources: cite what the scenario draws on with [[sources]]")
	}
	sort.SliceStable(l.out, func(i, j int) bool {
		a, b := l.out[i].Pos, l.out[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return l.out
}

type linter struct {
	s   *Scenario
	an  *reach
	out Warnings
}

func (l *linter) warn(path, code, format string, a ...any) {
	var p Pos
	if l.s.loc != nil && path != "" {
		p = l.s.loc.Find(path)
	}
	m := zhMsg.Msg(format, a...)
	w := Warning{File: l.s.File, Pos: p, Code: code, Msg: m.In(bilingual.English), Zh: m.In(bilingual.Chinese)}
	var i int
	if _, err := fmt.Sscanf(path, "injects[%d]", &i); err == nil && i >= 0 && i < len(l.s.Injects) {
		w.Inject = l.s.Injects[i].ID
	}
	l.out = append(l.out, w)
}

// epilogue: an ending inject with no options at all, shown as the epilogue.
func epilogue(in *Inject) bool { return in.Ends && len(in.Options) == 0 }

func (l *linter) injects() {
	s, an := l.s, l.an
	for i := range s.Injects {
		in := &s.Injects[i]
		p := fmt.Sprintf("injects[%d]", i)
		if !an.reach[in.ID] {
			l.warn(p, LintUnreachableInject, "inject %q can never fire: %s", in.ID, an.whyNot(in))
		}
		if epilogue(in) {
			continue
		}
		for _, t := range s.Teams {
			opts := in.Options[t.ID]
			if n := len(opts); n > 0 && n < MinOptions {
				if n == 1 {
					l.warn(p+".options."+t.ID, LintFewOptions, "inject %q: team %q has %d option; give it at least %d so the choice means something", in.ID, t.ID, n, MinOptions)
				} else {
					l.warn(p+".options."+t.ID, LintFewOptions, "inject %q: team %q has %d options; give it at least %d so the choice means something", in.ID, t.ID, n, MinOptions)
				}
			}
			if in.Intel[t.ID].Empty() {
				l.warn(p, LintMissingIntel, "inject %q: no private intelligence for team %q (intel.%s)", in.ID, t.ID, t.ID)
			}
		}
		for _, team := range sortedKeys(in.Options) {
			for k := range in.Options[team] {
				o := &in.Options[team][k]
				op := fmt.Sprintf("%s.options.%s[%d]", p, team, k)
				l.publicHold(p, in, team, k, o)
				if len(o.Marks) == 0 {
					l.warn(op, LintOptionWithoutMarks, "inject %q: option %s/%s has no principle marks: say what it earns or costs with marks.<principle> = { weight = …, reason = \"…\" }",
						in.ID, team, o.ID)
				}
				if an.reach[in.ID] && o.When != "" && !an.condCanHold(o.When, an.ctxFor(in)) {
					extra := bilingual.Msg{}
					if k == 0 {
						extra = zhMsg.Msg(" (except as the fallback when no option's condition holds)")
					}
					l.warn(op+".when", LintOptionNeverOffered, "inject %q: option %s/%s is never offered%s: its when %s can never hold",
						in.ID, team, o.ID, extra, quoteCond(o.When))
				}
			}
		}
		for k := range in.Rules {
			r := &in.Rules[k]
			if !an.reach[in.ID] || r.When == "" {
				continue
			}
			c := an.ctxFor(in)
			c.rule = in
			if !an.condCanHold(r.When, c) {
				name := zhMsg.Msg("rule %d", k+1)
				if r.ID != "" {
					name = zhMsg.Msg("rule %q", r.ID)
				}
				l.warn(fmt.Sprintf("%s.rules[%d].when", p, k), LintRuleNeverFires, "inject %q: %s can never fire: its when %s can never hold",
					in.ID, name, quoteCond(r.When))
			}
		}
		for _, team := range sortedKeys(in.Assess) {
			l.assessment(p+".assess."+team, in, team)
		}
	}
}

// assessment checks a truth = "choice" question against the stances the
// other team can actually choose in this inject.
func (l *linter) assessment(p string, in *Inject, team string) {
	a := in.Assess[team]
	if a.Truth != TruthIsChoice || len(in.Options[a.About]) == 0 {
		return
	}
	stances := l.an.stancesIn(in, a.About)
	hit := map[int]bool{}
	for i, h := range a.Hypotheses {
		if len(h.Stances) != 2 {
			continue
		}
		any := false
		for st := range stances {
			if st >= h.Stances[0] && st <= h.Stances[1] {
				any = true
				hit[i] = true
			}
		}
		if !any {
			l.warn(fmt.Sprintf("%s.hypotheses[%d]", p, i), LintHypothesisNever,
				"inject %q: %s's hypothesis %q can never be true: no option of %q has a stance in %d..%d",
				in.ID, team, h.ID, a.About, h.Stances[0], h.Stances[1])
		}
	}
	if len(hit) == 1 && len(a.Hypotheses) > 1 {
		l.warn(p, LintAssessForegone, "inject %q: %s's assessment is foregone: every choice %q can make falls in one hypothesis",
			in.ID, team, a.About)
	}
}

func (l *linter) flags() {
	s, an := l.s, l.an
	for i, f := range s.Flags {
		p := fmt.Sprintf("flags[%d]", i)
		changed := an.everSet[f.ID] || an.everCleared[f.ID]
		switch {
		case !an.flagRead[f.ID] && !changed:
			l.warn(p, LintFlagNeverRead, "flag %q is never read nor set: remove it, or read it in a when condition", f.ID)
		case !an.flagRead[f.ID]:
			l.warn(p, LintFlagNeverRead, "flag %q is set but no condition reads it: read it in a when (flags.%s), or remove it", f.ID, f.ID)
		case !f.Default && !an.everSet[f.ID]:
			l.warn(p, LintFlagNeverSet, "flag %q is read but nothing sets it, so it is always false: add it to some option's or rule's set", f.ID)
		case f.Default && !an.everCleared[f.ID]:
			l.warn(p, LintFlagNeverSet, "flag %q is read but nothing clears it, so it is always true: add it to some option's or rule's clear", f.ID)
		}
	}
}

func (l *linter) meters() {
	for _, m := range l.s.Meters {
		if l.an.meterMoved[m.ID] {
			continue
		}
		p := ""
		if m.at >= 0 {
			p = fmt.Sprintf("meters[%d]", m.at)
		}
		l.warn(p, LintMeterNeverChanged, "meter %q never changes: no option's or rule's effects move it", m.ID)
	}
}

type textAt struct {
	path string
	t    Text
}

// texts lists every player-facing text the file gives, with its key path.
func (s *Scenario) texts() []textAt {
	var out []textAt
	add := func(path string, t Text) {
		if len(t) > 0 {
			out = append(out, textAt{path, t})
		}
	}
	add("title", s.Title)
	add("summary", s.Summary)
	for i, t := range s.Teams {
		p := fmt.Sprintf("teams[%d]", i)
		add(p+".name", t.Name)
		add(p+".description", t.Description)
		for k, ln := range t.Lines {
			add(fmt.Sprintf("%s.lines[%d]", p, k), ln)
		}
	}
	for _, m := range s.Meters {
		if m.at < 0 {
			continue // a default meter: its names are built in
		}
		p := fmt.Sprintf("meters[%d]", m.at)
		add(p+".name", m.Name)
		add(p+".description", m.Description)
	}
	for i, f := range s.Flags {
		add(fmt.Sprintf("flags[%d].description", i), f.Description)
	}
	for i, c := range s.Channels {
		add(fmt.Sprintf("channels[%d].name", i), c.Name)
	}
	for i := range s.Injects {
		in := &s.Injects[i]
		p := fmt.Sprintf("injects[%d]", i)
		add(p+".title", in.Title)
		add(p+".date", in.Date)
		add(p+".brief", in.Brief)
		for _, team := range sortedKeys(in.Intel) {
			add(p+".intel."+team, in.Intel[team])
		}
		for _, team := range sortedKeys(in.Assess) {
			a := in.Assess[team]
			ap := p + ".assess." + team
			add(ap+".question", a.Question)
			for k, h := range a.Hypotheses {
				add(fmt.Sprintf("%s.hypotheses[%d].text", ap, k), h.Text)
			}
		}
		for _, team := range sortedKeys(in.Options) {
			for k, o := range in.Options[team] {
				op := fmt.Sprintf("%s.options.%s[%d]", p, team, k)
				add(op+".label", o.Label)
				add(op+".description", o.Description)
				add(op+".result", o.Result)
				for _, pr := range sortedKeys(o.Marks) {
					add(op+".marks."+pr+".reason", o.Marks[pr].Reason)
				}
			}
		}
		for k, va := range in.Variants {
			vp := fmt.Sprintf("%s.variants[%d]", p, k)
			add(vp+".brief", va.Brief)
			for _, team := range sortedKeys(va.Intel) {
				add(vp+".intel."+team, va.Intel[team])
			}
		}
		for k, r := range in.Rules {
			rp := fmt.Sprintf("%s.rules[%d]", p, k)
			add(rp+".narrative", r.Narrative)
			for _, team := range sortedKeys(r.Marks) {
				for _, pr := range sortedKeys(r.Marks[team]) {
					add(rp+".marks."+team+"."+pr+".reason", r.Marks[team][pr].Reason)
				}
			}
		}
	}
	for i, d := range s.Debrief {
		add(fmt.Sprintf("debrief[%d]", i), d)
	}
	for i, sc := range s.Secrets {
		p := fmt.Sprintf("secrets[%d]", i)
		add(p+".description", sc.Description)
		for k, t := range sc.Truths {
			add(fmt.Sprintf("%s.truths[%d].text", p, k), t.Text)
		}
	}
	return out
}

// texts warns about missing translations. A scenario written mostly in one
// language gets one warning for the lot, not one per line.
func (l *linter) texts() {
	all := l.s.texts()
	var noZh []textAt
	for _, t := range all {
		if !t.t.Has("en") && t.t.Has("zh") {
			l.warn(t.path, LintMissingEn, "%s has Chinese but no English (en) text", t.path)
		}
		if !t.t.Has("zh") {
			noZh = append(noZh, t)
		}
	}
	switch {
	case len(noZh) == 0:
	case 2*len(noZh) > len(all):
		l.warn(noZh[0].path, LintMissingZh, "%d of %d texts have no Chinese (zh), the first here: write each as { en = \"…\", zh = \"…\" }",
			len(noZh), len(all))
	default:
		for _, t := range noZh {
			l.warn(t.path, LintMissingZh, "%s has no Chinese (zh) text", t.path)
		}
	}
}

// quoteCond quotes a condition as TOML would, without escaping its quotes.
func quoteCond(c string) string {
	if strings.Contains(c, `"`) && !strings.Contains(c, "'") {
		return "'" + c + "'"
	}
	return strconv.Quote(c)
}
