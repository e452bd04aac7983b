package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/brink-ttx/brink/game/engine"
)

// headerView is the top of every screen: the game's name, the scenario, the
// round, whose turn it is and the timer; in game, the meters below.
func (m *Model) headerView() string {
	st := m.c.Styles
	w := m.c.Width
	var parts []string
	var clk string
	var warn, unsaved bool
	if m.inGame() {
		v := m.sess.view
		parts = append(parts, m.c.Line(m.sess.scen.Title))
		switch r, ok := m.screen.(*revealScreen); {
		case ok && m.cur == scrReveal:
			parts = append(parts, m.c.Textf("Round %d of %d", r.r.Number, v.MaxRounds))
		case v.Over:
			parts = append(parts, m.c.Text("Game over"))
		default:
			parts = append(parts, m.c.Textf("Round %d of %d", v.Round, v.MaxRounds))
		}
		switch {
		case m.menuOpen:
		case m.cur == scrHandover:
			parts = append(parts, m.c.Text("Hand-over"))
		case m.cur.private():
			parts = append(parts, m.sess.teamName(m.sess.seat, m.c))
		}
		if left, ok := m.remaining(); ok {
			clk, warn = m.c.Textf("Time left %s", clock(left)), left <= 30*time.Second
		}
		unsaved = m.sess.t.JournalError() != nil
	} else {
		parts = append(parts, m.c.Text("a tabletop exercise in cyber-crisis management"))
	}
	lines := []string{m.titleLine(parts, clk, warn, unsaved)}
	if m.inGame() {
		lines = append(lines, m.meterLines()...)
	}
	lines = append(lines, st.ruleLine(w))
	return strings.Join(lines, "\n")
}

// titleLine is the header's first line: Brink, what is being played and
// where, and on the right the clock (warn: in its last 30 s), whether the
// journal is not saving, and the language key. It is drawn again only when
// one of those changes.
func (m *Model) titleLine(parts []string, clk string, warn, unsaved bool) string {
	st := m.c.Styles
	w := m.c.Width
	key := fmt.Sprintf("%d %t %t %s\x00%s\x00%s", w, warn, unsaved, m.c.LangKey(), clk, strings.Join(parts, "\x00"))
	if key == m.titleKey {
		return m.titleMemo
	}
	left := st.HeaderTitle.Render(" BRINK")
	right := ""
	if clk != "" {
		right = st.Strong.Render(clk)
		if warn {
			right = st.HeaderWarn.Render(clk)
		}
	}
	if unsaved {
		right = st.HeaderWarn.Render(m.c.Text("! journal not saving")) + "  " + right
	}
	// The language key sits where a web page keeps its language switch,
	// named in the language it switches to.
	lang := st.HeaderDim.Render("F2 ") + st.Strong.Render(m.c.LangKey())
	if right != "" {
		right += "  " + lang
	} else {
		right = lang
	}
	room := w - width(left) - width(right) - 1
	// The scenario's title gives way first: the round and the seat matter more.
	if len(parts) > 1 {
		rest := width("  " + strings.Join(parts[1:], "  |  ") + "  |  ")
		parts[0] = cut(parts[0], max(room-rest-2, 8))
	}
	mid := st.HeaderDim.Render("  " + strings.Join(parts, "  |  "))
	line := left + cut(mid, max(room, 0))
	gap := w - width(line) - width(right) - 1
	line = line + strings.Repeat(" ", max(gap, 1)) + right
	m.titleKey, m.titleMemo = key, cut(line, w)
	return m.titleMemo
}

// clock formats a duration as m:ss.
func clock(d time.Duration) string {
	s := int((d + time.Second - 1) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// meters are the values the header shows: the seat's view, or the reveal's
// animated values while it plays.
func (m *Model) meters() []engine.MeterValue {
	if r, ok := m.screen.(*revealScreen); ok && m.cur == scrReveal {
		return r.current()
	}
	return m.sess.view.Meters
}

// meterLines draws the meters in the widest form that fits: bars with
// thresholds, then shorter bars, then numbers alone.
func (m *Model) meterLines() []string {
	w := m.c.Width - 1
	ms := m.meters()
	var kb strings.Builder
	fmt.Fprintf(&kb, "%d %s", w, m.c.Lang)
	for _, mv := range ms {
		fmt.Fprintf(&kb, " %s.%s=%d", mv.ID, mv.Team, mv.Value)
	}
	if k := kb.String(); k == m.meterKey {
		return m.meterMemo
	} else {
		m.meterKey = k
	}
	m.meterMemo = m.drawMeters(w, ms)
	return m.meterMemo
}

func (m *Model) drawMeters(w int, ms []engine.MeterValue) []string {
	per := strings.Join(m.interestCells(ms), "  ")
	shared := func(bar int) string {
		var cells []string
		for _, mv := range ms {
			if mv.Team == "" {
				cells = append(cells, m.meterCell(mv, bar))
			}
		}
		return " " + strings.Join(cells, "   ")
	}
	for _, bar := range []int{30, 24, 16, 12, 10} {
		if line := shared(bar) + "   " + per; width(line) <= w {
			return []string{line}
		}
	}
	// Too many meters for one line: the shared ones with their bars, then
	// the teams' on a line of their own.
	for _, bar := range []int{30, 24, 16, 12, 10, 0} {
		if line := shared(bar); width(line) <= w || bar == 0 {
			return []string{cut(line, w), cut(" "+per, w)}
		}
	}
	return nil
}

func (m *Model) interestCells(ms []engine.MeterValue) []string {
	st := m.c.Styles
	var out []string
	label := ""
	for _, mv := range ms {
		if mv.Team == "" {
			continue
		}
		if label != mv.ID {
			label = mv.ID
			out = append(out, st.MeterLabel.Render(meterName(m.c, mv)))
		}
		out = append(out, st.Strong.Render(m.sess.teamShort(mv.Team, m.c))+" "+fmt.Sprintf("%d", mv.Value))
	}
	return out
}

// meterName is a meter's name in the game's language.
func meterName(c *Common, mv engine.MeterValue) string {
	switch mv.ID {
	case "tension":
		return c.Text("Tension")
	case "trust":
		return c.Text("Trust")
	case "interests":
		return c.Text("Interests")
	}
	if n := c.Line(mv.Name); n != "" {
		return n
	}
	return c.Safe(mv.ID)
}

// meterCell is "Tension 45 [####|###---|--]": a bar of barW cells (none
// when 0) with the meter's thresholds marked.
func (m *Model) meterCell(mv engine.MeterValue, barW int) string {
	st := m.c.Styles
	s := st.MeterLabel.Render(meterName(m.c, mv)) + " " + st.Strong.Render(fmt.Sprintf("%d", mv.Value))
	if barW > 0 {
		s += " " + meterBar(st, mv, barW)
	}
	return s
}

// meterBar draws mv as barW cells: '#' filled, '-' empty, '|' at each
// threshold that matters to the players (tension's crisis and catastrophe,
// trust's low). Colour tells the zone.
func meterBar(st *Styles, mv engine.MeterValue, barW int) string {
	span := mv.Max - mv.Min
	if span <= 0 || barW <= 0 {
		return ""
	}
	cell := func(v int) int { return min(max((v-mv.Min)*barW/span, 0), barW) }
	filled := cell(mv.Value)
	marks := map[int]bool{}
	var names []string
	switch mv.ID {
	case "tension":
		names = []string{"crisis", "catastrophe"}
	case "trust":
		names = []string{"low"}
	}
	for _, n := range names {
		if t, ok := mv.Thresholds[n]; ok {
			marks[min(cell(t), barW-1)] = true
		}
	}
	fill := st.MeterCalm
	if mv.ID == "tension" {
		if t, ok := mv.Thresholds["crisis"]; ok && mv.Value >= t {
			fill = st.MeterCrisis
		}
		if t, ok := mv.Thresholds["catastrophe"]; ok && mv.Value >= t {
			fill = st.MeterHot
		}
	}
	if mv.ID == "trust" {
		if t, ok := mv.Thresholds["low"]; ok && mv.Value < t {
			fill = st.MeterHot
		}
	}
	// Runs of one kind of cell are styled together: one Render per run,
	// not per cell. Without brackets (Unicode) the bar takes their cells.
	g := st.Glyphs
	if g.Open == "" {
		barW += 2
		filled = cell(mv.Value) * barW / max(barW-2, 1)
		m2 := map[int]bool{}
		for i := range marks {
			m2[min(i*barW/max(barW-2, 1), barW-1)] = true
		}
		marks = m2
	}
	var b strings.Builder
	b.WriteString(g.Open)
	run, kind := 0, byte(0)
	flush := func() {
		if run == 0 {
			return
		}
		switch kind {
		case '|':
			b.WriteString(st.MeterMark.Render(strings.Repeat(g.Mark, run)))
		case '#':
			b.WriteString(fill.Render(strings.Repeat(g.Fill, run)))
		default:
			b.WriteString(st.MeterEmpty.Render(strings.Repeat(g.Empty, run)))
		}
		run = 0
	}
	for i := 0; i < barW; i++ {
		k := byte('-')
		switch {
		case marks[i]:
			k = '|'
		case i < filled:
			k = '#'
		}
		if k != kind {
			flush()
			kind = k
		}
		run++
	}
	flush()
	b.WriteString(g.Close)
	return b.String()
}
