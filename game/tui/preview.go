package tui

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// PreviewOptions say which part of an inject Preview draws, and how.
type PreviewOptions struct {
	Teams       []string // the seats to show, in this order; nil: every seat
	Facilitator bool     // also the facilitator's part: rules, warnings, the other injects
	Width       int      // columns (at least 30); 0: 80
	Lang        bilingual.Lang
	// Profile is the colour profile the preview is drawn for: the styles'
	// colours are fitted to it as they are written. Zero (or NoTTY) is
	// plain text, without escape codes.
	Profile colorprofile.Profile
	Light   bool // the terminal's background is light (zero: dark)
	ASCII   bool // the chrome and punctuation in ASCII (see Common.ASCII)
}

// Preview draws inject in of s as the game draws it to each seat, without
// playing: the brief, then for each seat its private intelligence, its
// assessment and its decision screen, the options in the file's order with
// the coach's stance words; and, for the scenario's author, what no seat
// sees, in the same styles: how the inject comes into play, the true
// hypothesis, each option's condition, effects, marks and consequences,
// and the facilitator's combination rules and the inject's warnings.
func Preview(w io.Writer, s *scenario.Scenario, in *scenario.Inject, o PreviewOptions) error {
	c := NewCommon(o.Profile, o.Lang)
	c.SetASCII(o.ASCII)
	if o.Light {
		c.SetDark(false)
	}
	if c.Profile != colorprofile.NoTTY {
		w = &colorprofile.Writer{Forward: w, Profile: c.Profile}
	}
	c.Coach = true // the stance of every option, and the principles it touches
	width := o.Width
	if width == 0 {
		width = 80
	}
	c.Width = max(width, 30)
	teams := o.Teams
	if teams == nil {
		teams = s.TeamIDs()
	}
	p := &previewer{c: c, s: s, in: in, w: min(c.Width-4, readingWidth)}
	p.inject(teams, o.Facilitator)
	_, err := io.WriteString(w, strings.TrimRight(strings.Join(p.lines, "\n"), "\n")+"\n")
	return err
}

// previewer gathers the preview's lines. Screens' content comes indented
// by two columns; the previewer's own lines are indented to match.
type previewer struct {
	c     *Common
	s     *scenario.Scenario
	in    *scenario.Inject
	w     int // the reading width inside the two-column margin
	lines []string
}

// add appends lines, each indented by n columns, without the blanks a
// screen pads its lines with.
func (p *previewer) add(n int, lines ...string) {
	for _, l := range lines {
		if l = strings.TrimRight(l, " "); l != "" {
			l = strings.Repeat(" ", n) + l
		}
		p.lines = append(p.lines, l)
	}
}

// gap appends a blank line, unless the last line is blank already.
func (p *previewer) gap() {
	if len(p.lines) > 0 && p.lines[len(p.lines)-1] != "" {
		p.lines = append(p.lines, "")
	}
}

// span is a piece of a paragraph and its style.
type span struct {
	text  string
	style lipgloss.Style
}

// spans appends the spans as one paragraph, wrapped to the width less the
// indent, each piece in its own style; lines after the first are indented
// by hangBy more.
func (p *previewer) spans(indent, hangBy int, ss ...span) {
	var b strings.Builder
	ends := make([]int, len(ss))
	for i := range ss {
		b.WriteString(p.c.Safe(ss[i].text))
		ends[i] = b.Len()
	}
	text, pos := b.String(), 0
	for i, line := range strings.Split(wrap(text, max(p.w+2-indent-hangBy, 10)), "\n") {
		// The wrapped line is a stretch of text (less the blanks
		// at the break): each span styles its part of it.
		start := pos
		if k := strings.Index(text[pos:], line); k >= 0 {
			start = pos + k
		}
		end := min(start+len(line), len(text))
		var l strings.Builder
		from := 0
		for j, sp := range ss {
			if lo, hi := max(from, start), min(ends[j], end); lo < hi {
				l.WriteString(sp.style.Render(text[lo:hi]))
			}
			from = ends[j]
		}
		pos = end
		if i > 0 {
			p.add(indent+hangBy, l.String())
		} else {
			p.add(indent, l.String())
		}
	}
}

// para appends text in style, wrapped to the width less the indent.
func (p *previewer) para(indent int, style lipgloss.Style, text string) {
	p.spans(indent, 0, span{text, style})
}

// hang appends a prefix, then text in style beside it and wrapped under
// it; where the prefix leaves too little room, the text follows it and
// wraps under both.
func (p *previewer) hang(indent int, prefix []span, style lipgloss.Style, text string) {
	var head strings.Builder
	pw := 0
	for _, sp := range prefix {
		sp.text = p.c.Safe(sp.text)
		head.WriteString(sp.style.Render(sp.text))
		pw += width(sp.text)
	}
	room := p.w + 2 - indent - pw
	if room < 16 {
		p.spans(indent, 2, append(prefix, span{text, style})...)
		return
	}
	lines := strings.Split(wrap(p.c.Safe(text), room), "\n")
	for i, l := range lines {
		if i == 0 {
			p.add(indent, head.String()+style.Render(l))
		} else {
			p.add(indent+pw, style.Render(l))
		}
	}
}

// label is a label and the colon after it, in the preview's language.
func (p *previewer) label(name string) string { return p.c.Textf("%s: %s", name, "") }

// bar is a heading across the width: "CN · Chinese delegation ─────".
func (p *previewer) bar(title string) {
	st := p.c.Styles
	title = cut(title, p.w)
	p.add(0, st.TeamLabel.Render(title)+" "+st.ruleLine(p.w+3-width(title)))
}

func (p *previewer) inject(teams []string, facilitator bool) {
	st, c, s, in := p.c.Styles, p.c, p.s, p.in
	n := slices.IndexFunc(s.Injects, func(x scenario.Inject) bool { return x.ID == in.ID }) + 1
	p.para(2, st.Dim, fmt.Sprintf("%s · %s · %d/%d", c.Line(s.Title), in.ID, n, len(s.Injects)))
	for _, k := range p.kind() {
		p.para(2, st.Dim, k)
	}
	p.gap()
	head := injectHead(c, in.Round, in.Date, in.Title, p.w)
	if in.Round == 0 {
		// Not scheduled: the round it falls in is known only in play.
		head = head[1:]
		if d := c.Line(in.Date); d != "" {
			head = append([]string{st.Dim.Render(cut(d, p.w))}, head...)
		}
	}
	p.add(2, head...)
	p.gap()
	p.add(2, briefLines(c, in.Brief, p.w)...)
	epilogue := in.Ends && len(in.Options) == 0
	if epilogue {
		p.gap()
		p.para(2, st.Dim, c.Text("(no options: the game ends here, and this is the epilogue)"))
	}
	for _, team := range teams {
		if epilogue && in.Intel[team].Empty() {
			continue
		}
		p.gap()
		p.seat(team, epilogue)
	}
	if facilitator {
		p.gap()
		p.facilitator()
	}
}

// kind says how the inject comes into play.
func (p *previewer) kind() []string {
	c, s, in := p.c, p.s, p.in
	var out []string
	switch {
	case in.Round > 0:
		k := c.Textf("scheduled in round %d", in.Round)
		if alts := s.Slot(in.Round); len(alts) > 1 {
			total := 0
			for _, a := range alts {
				total += a.Weight
			}
			k += " · " + c.Textf("weight %d/%d", in.Weight, total)
		}
		out = append(out, k)
	case s.IsFollowUp(in.ID):
		out = append(out, c.Textf("follow-up of %s", strings.Join(p.followSources(), c.ListSep())))
	case in.When != "":
		out = append(out, c.Text("conditional: fires on its own in the first round its condition holds"))
	}
	if in.When != "" {
		out = append(out, p.label(c.Text("when"))+in.When)
	}
	if in.Repeat {
		out = append(out, c.Text("may fire more than once"))
	}
	if in.Ends {
		out = append(out, c.Text("the game ends after this round"))
	}
	return out
}

// followSources names the options and rules that queue the inject.
func (p *previewer) followSources() []string {
	s, id := p.s, p.in.ID
	var out []string
	for _, in := range s.Injects {
		for _, team := range s.TeamIDs() {
			for _, o := range in.Options[team] {
				if slices.Contains(o.Follow, id) {
					out = append(out, in.ID+"/"+team+"/"+o.ID)
				}
			}
		}
		for k, r := range in.Rules {
			if slices.Contains(r.Follow, id) {
				name := r.ID
				if name == "" {
					name = p.c.Textf("rule %d", k+1)
				}
				out = append(out, in.ID+"/"+name)
			}
		}
	}
	return out
}

// seat draws what team's seat sees of the inject: its intelligence, its
// assessment and its decision, as the game's screens draw them, with the
// author's notes under each hypothesis and each option.
func (p *previewer) seat(team string, epilogue bool) {
	c, s, in := p.c, p.s, p.in
	t := s.Team(team)
	p.bar(c.Safe(t.Short + " · " + c.Line(t.Name)))
	v := engine.View{Team: team, Round: in.Round, InjectID: in.ID, Title: in.Title, Date: in.Date, Brief: in.Brief, Intel: in.Intel[team]}
	if a, ok := in.Assess[team]; ok {
		v.Question = &engine.AssessQuestion{Question: a.Question, Hypotheses: a.Hypotheses}
	}
	for k := range in.Options[team] {
		v.Options = append(v.Options, &in.Options[team][k])
	}
	sess := &session{scen: s, seat: team, view: v}
	p.add(2, intelLines(c, sess.teamName(team, c), v.Intel, p.w)...)
	if v.Question != nil {
		p.gap()
		p.assess(sess, in.Assess[team])
	}
	if epilogue {
		return
	}
	p.gap()
	p.decide(sess)
}

// screenLines is a screen's content drawn with nothing selected, and the
// lines of each item, as the screen finds them for its cursor.
func screenLines(n int, content func(cursor int) (string, int, int)) (lines []string, items [][2]int) {
	all, _, _ := content(-1)
	for k := 0; k < n; k++ {
		_, from, to := content(k)
		items = append(items, [2]int{from, to})
	}
	return strings.Split(all, "\n"), items
}

// interleave appends a screen's lines, and after the lines of item k the
// author's notes note(k) draws.
func (p *previewer) interleave(lines []string, items [][2]int, note func(k int)) {
	next := 0
	for k, it := range items {
		p.add(0, lines[next:it[1]+1]...)
		next = it[1] + 1
		note(k)
	}
	p.add(0, lines[next:]...)
}

func (p *previewer) assess(sess *session, a scenario.Assess) {
	st, c := p.c.Styles, p.c
	scr := &assessScreen{c: c, s: sess, conf: 1, w: p.w + 4}
	lines, items := screenLines(len(a.Hypotheses), func(k int) (string, int, int) {
		scr.cursor = k
		return scr.content()
	})
	p.interleave(lines, items, func(k int) {
		h := a.Hypotheses[k]
		note := []span{{"[" + h.ID + "]", st.Accent}}
		if len(h.Stances) == 2 {
			note = append(note, span{"  " + c.Textf("stance %s..%s", signed(h.Stances[0]), signed(h.Stances[1])), st.Dim})
		}
		if h.ID == a.Truth {
			note = append(note, span{"  ✓ " + c.Text("truth"), st.Good})
		}
		p.spans(4+width(fmt.Sprintf("( ) %d. ", k+1)), 0, note...)
	})
	if a.Truth == scenario.TruthIsChoice {
		about := c.Safe(a.About)
		if t := p.s.Team(a.About); t != nil {
			about = c.Line(t.Name)
		}
		p.para(2, st.Dim, p.label(c.Text("truth"))+c.Textf("whichever hypothesis holds the stance the %s chooses this round", about))
	}
}

func (p *previewer) decide(sess *session) {
	st, c := p.c.Styles, p.c
	opts := sess.view.Options
	if len(opts) == 0 {
		p.add(2, st.Title.Render(cut(c.Text("Your decision"), p.w)))
		p.para(2, st.Dim, c.Text("No options for this seat."))
		return
	}
	scr := newDecide(c, sess, false)
	scr.w = p.w + 4
	lines, items := screenLines(len(opts), func(k int) (string, int, int) {
		scr.cursor = k
		return scr.content()
	})
	p.interleave(lines, items, func(k int) {
		p.option(4+width(fmt.Sprintf("%d. ", k+1)), opts[k])
	})
}

// option draws the author's notes on an option under it: its id, whether it
// is the hold or the historical choice, its condition, effects, marks,
// consequences and result.
func (p *previewer) option(indent int, o *scenario.Option) {
	st, c := p.c.Styles, p.c
	head := []span{{"[" + o.ID + "]", st.Accent}}
	var meta []string
	if o.Hold {
		meta = append(meta, c.Text("hold: chosen when time runs out"))
	}
	if o.Historical {
		meta = append(meta, c.Text("historical"))
	}
	if len(meta) > 0 {
		head = append(head, span{" · " + strings.Join(meta, " · "), st.Dim})
	}
	p.spans(indent, 0, head...)
	if o.When != "" {
		p.para(indent, st.Dim, p.label(c.Text("offered while"))+o.When)
	}
	p.outcomes(indent, o.Effects, map[string]map[string]scenario.Mark{"": o.Marks}, o.Set, o.Clear, o.Open, o.Close, o.Follow)
	if r := c.Line(o.Result); r != "" {
		p.hang(indent, []span{{p.label(c.Text("result")), st.Dim}}, st.Text, r)
	}
}

// outcomes draws what an option or a rule does: its effects, the marks it
// gives each team ("" when the option's own team), and what it sets,
// clears, opens, closes and queues.
func (p *previewer) outcomes(indent int, ef scenario.Effects, marks map[string]map[string]scenario.Mark, set, clear, open, close, follow []string) {
	st, c := p.c.Styles, p.c
	if e := p.effects(ef); e != "" {
		p.hang(indent, []span{{p.label(c.Text("effects")), st.Dim}}, st.Text, e)
	}
	teams := append([]string{""}, p.s.TeamIDs()...)
	for _, team := range teams {
		for _, pr := range scenario.Principles {
			m, ok := marks[team][pr]
			if !ok {
				continue
			}
			who := ""
			if t := p.s.Team(team); t != nil {
				who = t.Short + " "
			}
			weight := span{fmt.Sprintf("%+d", m.Weight), st.Good}
			if m.Weight < 0 {
				weight.style = st.Bad
			}
			prefix := []span{{p.label(c.Text("marks")), st.Dim}, {who + c.Line(score.Name(pr)) + " ", st.Text}, weight, {" — ", st.Text}}
			p.hang(indent, prefix, st.Text, c.Line(m.Reason))
		}
	}
	for _, k := range []struct {
		name string
		list []string
	}{{c.Text("sets"), set}, {c.Text("clears"), clear}, {c.Text("opens"), open}, {c.Text("closes"), close}, {c.Text("queues"), follow}} {
		if len(k.list) > 0 {
			p.para(indent, st.Dim, p.label(k.name)+strings.Join(k.list, ", "))
		}
	}
}

// effects writes effects in the scenario's meter order, each meter by its
// name: "Tension +15, Interests self +3 others -5".
func (p *previewer) effects(ef scenario.Effects) string {
	var parts []string
	for _, m := range p.s.Meters {
		e, ok := ef[m.ID]
		if !ok {
			continue
		}
		name := m.ID
		if n := p.c.Line(m.Name); n != "" {
			name = n
		}
		if !e.IsTable {
			parts = append(parts, fmt.Sprintf("%s %+d", name, e.Shared))
			continue
		}
		keys := make([]string, 0, len(e.PerTeam))
		for k := range e.PerTeam {
			keys = append(keys, k)
		}
		order := map[string]int{"self": -2, "others": -1}
		sort.Slice(keys, func(i, j int) bool {
			if order[keys[i]] != order[keys[j]] {
				return order[keys[i]] < order[keys[j]]
			}
			return keys[i] < keys[j]
		})
		per := []string{name}
		for _, k := range keys {
			per = append(per, fmt.Sprintf("%s %+d", k, e.PerTeam[k]))
		}
		parts = append(parts, strings.Join(per, " "))
	}
	return strings.Join(parts, p.c.ListSep())
}

// signed writes a stance as -1, 0 or +1.
func signed(n int) string {
	if n == 0 {
		return "0"
	}
	return fmt.Sprintf("%+d", n)
}

// facilitator draws what only the facilitator sees: the inject's
// combination rules, its warnings and the other injects.
func (p *previewer) facilitator() {
	st, c, s, in := p.c.Styles, p.c, p.s, p.in
	p.bar(c.Text("FACILITATOR ONLY"))
	bar := len(p.lines)
	gap := func() {
		if len(p.lines) > bar {
			p.gap()
		}
	}
	if len(in.Rules) > 0 {
		p.add(2, st.Title.Render(cut(c.Text("Combination rules"), p.w)))
		for k := range in.Rules {
			r := &in.Rules[k]
			name := r.ID
			if name == "" {
				name = fmt.Sprintf("%d", k+1)
			}
			p.hang(2, []span{{name + "  ", st.Accent}, {p.label(c.Text("when")), st.Dim}}, st.Text, r.When)
			if t := c.Line(r.Narrative); t != "" {
				p.para(4, st.Text, t)
			}
			p.outcomes(4, r.Effects, r.Marks, r.Set, r.Clear, r.Open, r.Close, r.Follow)
			if r.Stop {
				p.para(4, st.Dim, c.Text("stops later rules"))
			}
		}
	}
	var ws []string
	for _, w := range s.Lint() {
		if w.Inject == in.ID {
			ws = append(ws, w.In(c.Lang))
		}
	}
	if len(ws) > 0 {
		gap()
		p.add(2, st.Title.Render(cut(c.Text("Warnings"), p.w)))
		for _, w := range ws {
			p.para(2, st.Warn, w)
		}
	}
	var others []string
	for _, o := range s.Injects {
		if o.ID != in.ID {
			others = append(others, o.ID)
		}
	}
	if len(others) > 0 {
		gap()
		p.para(2, st.Dim, p.label(c.Text("other injects"))+strings.Join(others, ", "))
	}
}
