package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// revealFrames is how many frames the meters take to move (about 0.6 s).
const (
	revealFrames = 15
	revealFrame  = 40 * time.Millisecond
)

// revealScreen shows one revealed round: every team's choice side by side,
// what happened, and the meters moving from their old values to the new.
type revealScreen struct {
	c      *Common
	s      *session
	r      engine.Round
	frame  int
	w, h   int
	body   scroller
	static []string // everything above the meters, laid out once per size
}

// animMsg is the reveal's next frame.
type animMsg struct {
	r     *revealScreen
	frame int
}

func newReveal(c *Common, s *session, r engine.Round, animate bool) *revealScreen {
	rs := &revealScreen{c: c, s: s, r: r}
	if !animate {
		rs.frame = revealFrames
	}
	return rs
}

// start begins the animation.
func (rs *revealScreen) start() tea.Cmd {
	if rs.frame >= revealFrames {
		return nil
	}
	return rs.tick()
}

// tick asks for the next frame that shows something new, when its time
// comes: a meter that moves a few points has fewer distinct frames than
// revealFrames, and a frame that draws the last one again is work for
// nothing (at a hosted table, for every seat at once).
func (rs *revealScreen) tick() tea.Cmd {
	next := rs.nextFrame()
	return tea.Tick(time.Duration(next-rs.frame)*revealFrame, func(time.Time) tea.Msg { return animMsg{r: rs, frame: next} })
}

// nextFrame is the first frame after this one that shows a meter at
// another value, or the last frame.
func (rs *revealScreen) nextFrame() int {
	next := rs.frame + 1
	for next < revealFrames && !rs.differs(rs.frame, next) {
		next++
	}
	return next
}

// differs reports whether frames a and b show any meter at a different value.
func (rs *revealScreen) differs(a, b int) bool {
	for _, mc := range rs.r.Meters {
		if valueAt(mc, a) != valueAt(mc, b) {
			return true
		}
	}
	return false
}

func (rs *revealScreen) SetSize(w, h int) {
	rs.w, rs.h = w, h
	rs.body.SetHeight(h - 1)
	rs.static = rs.staticLines()
	rs.body.SetContent(rs.content())
}

func (rs *revealScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	switch msg := msg.(type) {
	case animMsg:
		if msg.r != rs || rs.frame >= revealFrames {
			return stay, nil
		}
		rs.frame = min(max(msg.frame, rs.frame+1), revealFrames)
		rs.body.SetContent(rs.content())
		if rs.frame < revealFrames {
			return stay, rs.tick()
		}
		return stay, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, rs.c.Keys.Continue) {
			return navNext{}, nil
		}
		if rs.frame < revealFrames {
			// Any other key finishes the animation.
			rs.frame = revealFrames
			rs.body.SetContent(rs.content())
		}
	}
	rs.body.handle(msg, rs.c.Keys, rs.c.Keys.Up, rs.c.Keys.Down)
	return stay, nil
}

// value is a meter at the animation's frame.
func (rs *revealScreen) value(mc engine.MeterChange) int { return valueAt(mc, rs.frame) }

// valueAt is a meter at frame f of the animation, its old value at 0 and
// its new at revealFrames.
func valueAt(mc engine.MeterChange, f int) int {
	return mc.Before + int(float64(mc.After-mc.Before)*float64(f)/revealFrames)
}

// current is every meter at the animation's point.
func (rs *revealScreen) current() []engine.MeterValue {
	out := make([]engine.MeterValue, 0, len(rs.s.view.Meters))
	for _, mv := range rs.s.view.Meters {
		for _, mc := range rs.r.Meters {
			if mc.Meter == mv.ID && mc.Team == mv.Team {
				mv.Value = rs.value(mc)
			}
		}
		out = append(out, mv)
	}
	return out
}

func (rs *revealScreen) content() string {
	lines := append([]string(nil), rs.static...)
	lines = append(lines, rs.meterLines()...)
	lines = append(lines, rs.scoreLines()...)
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n")
}

func (rs *revealScreen) staticLines() []string {
	st := rs.c.Styles
	w := min(rs.w-4, readingWidth)
	in := rs.s.scen.Inject(rs.r.Inject)
	title, date, brief := rs.c.Safe(rs.r.Inject), "", ""
	if in != nil {
		title, date, brief = rs.c.Line(in.Title), rs.c.Line(in.Date), rs.c.Para(in.BriefFor(rs.r.Variant))
	}
	epilogue := len(rs.r.Choices) == 0
	head := rs.c.Textf("ROUND %d REVEALED", rs.r.Number)
	if epilogue {
		// An ending inject with no options is the story's close, not a
		// round of choices: no "revealed", no cards, no meters.
		head = rs.c.Text("EPILOGUE")
	}
	if date != "" {
		head += "  -  " + date
	}
	var lines []string
	lines = append(lines, st.Dim.Render(cut(head, w)))
	lines = append(lines, strings.Split(st.Title.Render(wrap(title, w)), "\n")...)
	lines = append(lines, "")
	if epilogue {
		for _, para := range strings.Split(brief, "\n") {
			if para = strings.TrimSpace(para); para != "" {
				lines = append(lines, strings.Split(st.Text.Render(wrap(para, w)), "\n")...)
			}
		}
		lines = append(lines, "")
	} else {
		lines = append(lines, rs.choiceColumns(w)...)
		lines = append(lines, "")
	}
	var happened []string
	for _, n := range rs.r.Narrative {
		happened = append(happened, rs.c.Line(n))
	}
	for _, n := range rs.r.Notes {
		happened = append(happened, rs.c.Line(n))
	}
	if len(happened) > 0 {
		lines = append(lines, st.Strong.Render(rs.c.Text("What happened")))
		for _, h := range happened {
			lines = append(lines, strings.Split(st.Text.Render(hang("- "+h, w, 2)), "\n")...)
		}
		lines = append(lines, "")
	}
	return lines
}

// choiceCard is one team's revealed choice, rationale and assessment.
func (rs *revealScreen) choiceCard(ch engine.Choice, w int) string {
	return strings.Join(roundCard(rs.c, rs.s.scen, rs.s.names, rs.s.stated, rs.r, ch, rs.s.plays(ch.Team), w), "\n")
}

// roundCard is one team's part of a revealed round: its choice, its
// rationale, and its read with the truth it was scored against. you: the
// team is played at this terminal ("You read …"). It draws only the round's
// public record, so the reveal, the debrief and a projector may all show it;
// stated (may be nil) tells what a computer-played team states as its
// reason, so that it reads in the reader's language.
func roundCard(c *Common, sc *scenario.Scenario, names map[string]string, stated func(team string) bilingual.Msg, r engine.Round, ch engine.Choice, you bool, w int) []string {
	st := c.Styles
	in := sc.Inject(r.Inject)
	var lines []string
	lines = append(lines, st.TeamLabel.Render(cut(teamNameIn(sc, names, ch.Team, c), w)))
	var label string
	if in != nil {
		if o := in.Option(ch.Team, ch.Option); o != nil {
			label = c.Line(o.Label)
			if ch.Held {
				label = c.Textf("Held: %s", label)
			}
			lines = append(lines, strings.Split(st.Strong.Render(wrap(label, w)), "\n")...)
			for _, l := range factsLines(c, o, w) {
				lines = append(lines, st.Dim.Render(l))
			}
		}
	}
	if label == "" {
		lines = append(lines, st.Warn.Render(cut(c.Text("Held: no decision"), w)))
	}
	if r := rationale(c, stated, ch); r != "" {
		lines = append(lines, strings.Split(st.italic(st.Text).Render(wrap(c.Textf("\"%s\"", c.Safe(r)), w)), "\n")...)
	}
	for _, a := range r.Assessments {
		if a.Team != ch.Team || in == nil {
			continue
		}
		q, ok := in.Assess[a.Team]
		if !ok {
			continue
		}
		read, truth := c.Safe(a.Hypothesis), c.Safe(a.Truth)
		if h, _ := q.Hypothesis(a.Hypothesis); h != nil {
			read = c.Line(h.Text)
		}
		if h, _ := q.Hypothesis(a.Truth); h != nil {
			truth = c.Line(h.Text)
		}
		verdict, style := c.Text("right"), st.Good
		if a.Hypothesis != a.Truth {
			verdict, style = c.Text("wrong"), st.Bad
		}
		// Every read is shown with the truth it is scored against: the
		// player's own as "You read", the others' under their team's name.
		text := c.Textf("Read \"%s\" at %d%%; it was \"%s\".", sentence(read), a.Confidence, sentence(truth))
		if you {
			text = c.Textf("You read \"%s\" at %d%%; it was \"%s\".", sentence(read), a.Confidence, sentence(truth))
		}
		lines = append(lines, strings.Split(st.Dim.Render(wrap(text, w)), "\n")...)
		lines = append(lines, style.Render(cut(c.Textf("%s (%+d)", verdict, a.Points), w)))
	}
	return lines
}

// choiceColumns lays the teams' cards side by side when they fit, else one
// under another.
func (rs *revealScreen) choiceColumns(w int) []string {
	st := rs.c.Styles
	n := len(rs.r.Choices)
	gap := 2
	colW := (w - gap*(n-1)) / max(n, 1)
	if colW >= 28 {
		var cols []string
		for i, ch := range rs.r.Choices {
			box := inner(st.Box, colW-2).Render(rs.choiceCard(ch, colW-4))
			if i > 0 {
				box = lipgloss.JoinHorizontal(lipgloss.Top, strings.Repeat(" ", gap), box)
			}
			cols = append(cols, box)
		}
		return strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, cols...), "\n")
	}
	var out []string
	for _, ch := range rs.r.Choices {
		out = append(out, strings.Split(inner(st.Box, w-2).Render(rs.choiceCard(ch, w-4)), "\n")...)
	}
	return out
}

// meterLines are the meters before and after, moving with the animation.
func (rs *revealScreen) meterLines() []string {
	st := rs.c.Styles
	w := min(rs.w-4, readingWidth)
	if len(rs.r.Meters) == 0 {
		return nil
	}
	lines := []string{st.Strong.Render(rs.c.Text("Meters"))}
	cur := rs.current()
	nameW := 0
	for _, mv := range cur {
		nameW = max(nameW, width(rs.meterLabel(mv)))
	}
	barW := min(max(w-nameW-24, 10), 40)
	for _, mc := range rs.r.Meters {
		var mv engine.MeterValue
		for _, v := range cur {
			if v.ID == mc.Meter && v.Team == mc.Team {
				mv = v
			}
		}
		d := mc.Delta()
		delta := st.Dim.Render("  0")
		switch {
		case d > 0:
			delta = rs.deltaStyle(mc.Meter, d).Render(fmt.Sprintf("%+3d", d))
		case d < 0:
			delta = rs.deltaStyle(mc.Meter, d).Render(fmt.Sprintf("%+3d", d))
		}
		row := pad(rs.meterLabel(mv), nameW) + " " + meterBar(st, mv, barW) +
			fmt.Sprintf(" %3d -> %3d ", mc.Before, rs.value(mc)) + delta
		lines = append(lines, cut(row, w))
	}
	lines = append(lines, "")
	return lines
}

func (rs *revealScreen) meterLabel(mv engine.MeterValue) string {
	name := meterName(rs.c, mv)
	if mv.Team != "" {
		name += " " + rs.s.teamShort(mv.Team, rs.c)
	}
	return name
}

// deltaStyle colours a change by whether it is good news: tension falling,
// anything else rising.
func (rs *revealScreen) deltaStyle(meter string, d int) lipgloss.Style {
	good := d > 0
	if meter == "tension" {
		good = d < 0
	}
	if good {
		return rs.c.Styles.Up
	}
	return rs.c.Styles.Down
}

// scoreLines sum this round's evidence per team and principle.
func (rs *revealScreen) scoreLines() []string {
	st := rs.c.Styles
	w := min(rs.w-4, readingWidth)
	if len(rs.r.Evidence) == 0 {
		return nil
	}
	lines := []string{st.Strong.Render(rs.c.Text("Principles this round"))}
	for _, t := range rs.s.view.Teams {
		parts := roundPoints(rs.c, rs.r, t.ID)
		if len(parts) == 0 {
			continue
		}
		label := pad(rs.s.teamShort(t.ID, rs.c), 4)
		lines = append(lines, strings.Split(st.TeamLabel.Render(label)+st.Text.Render(hang(strings.Join(parts, rs.c.ListSep()), w-4, 4)), "\n")...)
	}
	return lines
}

func (rs *revealScreen) View() string {
	next := rs.c.Text("Enter: next round")
	if rs.s.view.Over && rs.r.Number >= len(rs.s.view.History) {
		next = rs.c.Text("Enter: the scorecard")
	}
	pos := rs.body.position(rs.c)
	foot := "  " + rs.c.Styles.Accent.Render(cut(next, rs.w-6-width(pos)))
	foot += strings.Repeat(" ", max(rs.w-width(foot)-width(pos)-2, 1)) + rs.c.Styles.Dim.Render(pos)
	return rows(rs.body.View(), rs.body.height) + "\n" + foot
}

func (rs *revealScreen) ShortHelp() []key.Binding {
	k := rs.c.Keys
	return []key.Binding{k.Continue, k.Up, k.PageDown}
}

func (rs *revealScreen) FullHelp() [][]key.Binding { return [][]key.Binding{rs.ShortHelp()} }

// sentence is a hypothesis quoted inside a sentence: without its own full stop.
func sentence(s string) string { return strings.TrimRight(s, ".。 ") }

// roundPoints are a team's principle points of one round, one per principle
// the round touched ("Read intentions +5"), in the principles' order.
func roundPoints(c *Common, r engine.Round, team string) []string {
	var parts []string
	for _, p := range scenario.Principles {
		sum, any := 0, false
		for _, e := range r.Evidence {
			if e.Team == team && e.Principle == p {
				sum += e.Delta
				any = true
			}
		}
		if any {
			parts = append(parts, fmt.Sprintf("%s %+d", c.Line(score.Name(p)), sum))
		}
	}
	return parts
}

// rationale is a choice's stated reason, on one line, in c's language: a
// computer player's as its policy states it, when that is what the game
// recorded; what people typed, as they typed it. A record read back with
// no bots (a journal's debrief) says what it recorded: the English.
func rationale(c *Common, stated func(team string) bilingual.Msg, ch engine.Choice) string {
	if stated != nil {
		if m := stated(ch.Team); !m.IsZero() && m.String() == ch.Rationale {
			return oneLine(m.In(c.Lang))
		}
	}
	return oneLine(ch.Rationale)
}
