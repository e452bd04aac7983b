package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/score"
)

// scorecardScreen is the end of the game: the outcome, each team's four
// principles (level 1–4, score 0–100, descriptor, the evidence behind it),
// interests, and what to do next.
type scorecardScreen struct {
	c     *Common
	s     *session
	cfg   *Config // the game's settings, read only
	tab   int
	w, h  int
	body  scroller
	saved []string
	err   string
}

func newScorecard(c *Common, cfg *Config, s *session) *scorecardScreen {
	sc := &scorecardScreen{c: c, cfg: cfg, s: s}
	// Open on the seat's own card (the first human team).
	for i, t := range s.view.Teams {
		if len(s.humans) > 0 && t.ID == s.humans[0] {
			sc.tab = i
		}
	}
	return sc
}

func (sc *scorecardScreen) SetSize(w, h int) {
	sc.w, sc.h = w, h
	sc.body.SetHeight(h - 3 - len(sc.footLines()))
	sc.body.SetContent(sc.content())
}

// outcomeStyle colours the outcome.
func (sc *scorecardScreen) outcome() string {
	st := sc.c.Styles
	v := sc.s.view
	style := st.Good
	switch v.Outcome {
	case engine.Catastrophe:
		style = st.Bad
	case engine.Escalated:
		style = st.Warn
	}
	o := st.bold(style).Render(strings.ToUpper(sc.c.Outcome(v.Outcome)))
	return sc.c.Textf("Outcome: %s", o) + st.Dim.Render("  -  "+sc.c.Safe(oneLine(v.EndReason.In(sc.c.Lang))))
}

func (sc *scorecardScreen) card() (score.Card, bool) {
	cards := sc.s.view.Cards
	if len(cards) == 0 {
		return score.Card{}, false
	}
	return cards[min(sc.tab, len(cards)-1)], true
}

func (sc *scorecardScreen) content() string {
	st := sc.c.Styles
	w := min(sc.w-4, readingWidth)
	card, ok := sc.card()
	if !ok {
		return ""
	}
	var lines []string
	// At a glance: the four principles, then interests.
	nameW := 0
	for _, p := range card.Principles {
		nameW = max(nameW, width(sc.c.Line(score.Name(p.ID))))
	}
	nameW = max(nameW, width(sc.c.Text("Interests")))
	levelW := 0
	for _, p := range card.Principles {
		levelW = max(levelW, width(levelWord(sc.c, p)))
	}
	for _, p := range card.Principles {
		row := st.Strong.Render(pad(sc.c.Line(score.Name(p.ID)), nameW)) + "  " +
			st.Accent.Render(pad(levelWord(sc.c, p), levelW)) + "  " +
			st.Strong.Render(fmt.Sprintf("%3d/100", p.Score)) + "  " + scoreBar(st, p.Score, 20)
		if d := sc.c.Line(p.Descriptor); width(row)+2+width(d) <= w {
			row += "  " + st.Dim.Render(d)
		}
		lines = append(lines, cut(row, w))
	}
	if mv, ok := sc.s.view.Meter("interests", card.Team); ok {
		row := st.Strong.Render(pad(sc.c.Text("Interests"), nameW)) + "  " + st.Strong.Render(fmt.Sprintf("%d/100", mv.Value))
		for _, m := range sc.s.view.Settlement {
			if m.Meter == "interests" && m.Team == card.Team {
				row += "  " + st.Dim.Render(sc.c.Textf("the outcome: %+d", m.Delta()))
			}
		}
		lines = append(lines, cut(row, w))
	}
	// What the game hid: the secrets it drew, told at the end.
	if secrets := sc.s.view.Secrets; len(secrets) > 0 {
		lines = append(lines, "", st.Title.Render(cut(sc.c.Text("What the game hid"), w)))
		for _, sv := range secrets {
			sec := sc.s.scen.Secret(sv.ID)
			if sec == nil {
				continue
			}
			text := sv.Truth
			if tr := sec.Truth(sv.Truth); tr != nil {
				text = sc.c.Line(tr.Text)
			}
			lines = append(lines, strings.Split(hang(sc.c.Textf("%s: %s", sc.c.Line(sec.Description), text), w, 2), "\n")...)
		}
	}
	lines = append(lines, "", st.Title.Render(cut(sc.c.Text("Evidence: every act that moved a score, and why"), w)))
	for _, p := range card.Principles {
		name := sc.c.Line(score.Name(p.ID))
		head := st.Strong.Render(name) + st.Dim.Render(fmt.Sprintf("  %d/100  ", p.Score)) + st.Dim.Render(sc.c.Line(p.Descriptor))
		lines = append(lines, strings.Split(hang(head, w, 2), "\n")...)
		for _, e := range p.Evidence {
			pre := fmt.Sprintf("R%-2d %+4d  ", e.Round, e.Delta)
			style := st.Up
			if e.Delta < 0 {
				style = st.Down
			} else if e.Delta == 0 {
				style = st.Dim
			}
			text := sc.c.Textf("%s: %s", sc.c.Line(e.What), sc.c.Line(e.Why))
			body := strings.Split(hang(text, w-2-width(pre), 0), "\n")
			for i, l := range body {
				if i == 0 {
					lines = append(lines, "  "+style.Render(pre)+st.Text.Render(l))
				} else {
					lines = append(lines, "  "+strings.Repeat(" ", width(pre))+st.Text.Render(l))
				}
			}
		}
		lines = append(lines, "")
	}
	lines = append(lines, strings.Split(st.Dim.Render(wrap(sc.c.Textf("%s: %s", sc.c.Text("Interests"), sc.c.Text("How well the delegation protected its national interests: the other half of the dilemma.")), w)), "\n")...)
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n")
}

// levelWord is "level 3 of 4", or "not tested" for a principle no act
// touched: its score is the starting value and its level means nothing.
func levelWord(c *Common, p score.Principle) string {
	if !p.Tested() {
		return c.Text("not tested")
	}
	return c.Textf("level %d of 4", p.Level)
}

// scoreBar is a 0–100 score as a bar of w cells.
func scoreBar(st *Styles, v, w int) string {
	filled := min(max(v*w/100, 0), w)
	style := st.MeterCalm
	switch {
	case v < 40:
		style = st.MeterHot
	case v < 60:
		style = st.MeterCrisis
	}
	g := st.Glyphs
	if g.Open == "" {
		w += 2
		filled = min(max(v*w/100, 0), w)
	}
	return g.Open + style.Render(strings.Repeat(g.Fill, filled)) + st.MeterEmpty.Render(strings.Repeat(g.Empty, w-filled)) + g.Close
}

func (sc *scorecardScreen) tabs() string {
	st := sc.c.Styles
	var parts []string
	for i, t := range sc.s.view.Teams {
		name := sc.s.teamName(t.ID, sc.c)
		if i == sc.tab {
			parts = append(parts, st.TabActive.Render("["+name+"]"))
		} else {
			parts = append(parts, st.Tab.Render(" "+name+" "))
		}
	}
	return cut(strings.Join(parts, " "), sc.w-4)
}

func (sc *scorecardScreen) footLines() []string {
	st := sc.c.Styles
	w := sc.w - 4
	var lines []string
	// Paths wrap rather than lose their middle: they are to be copied.
	if j := sc.s.journal; j != "" {
		lines = append(lines, styleLines(st.Dim, wrapAll(sc.c.Textf("Journal: %s", sc.c.Safe(j)), w))...)
	}
	switch {
	case sc.err != "":
		lines = append(lines, styleLines(st.Error, wrapAll(sc.c.Textf("Report not saved: %s", sc.err), w))...)
	case len(sc.saved) > 0:
		lines = append(lines, styleLines(st.Good, wrapAll(sc.c.Textf("Report saved: %s", oneLine(strings.Join(sc.saved, sc.c.ListSep()))), w))...)
	}
	next := []string{sc.c.Text("Enter the debrief")}
	if sc.cfg.SaveReport != nil {
		next = append(next, sc.c.Text("s save the report"))
	}
	if sc.cfg.Start != nil {
		next = append(next, sc.c.Text("n play again"))
	}
	next = append(next, sc.c.Text("q quit"))
	lines = append(lines, st.Accent.Render(cut(sc.c.Textf("Next: %s", strings.Join(next, "   ")), w)))
	return lines
}

func (sc *scorecardScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	keys := sc.c.Keys
	if k, ok := msg.(tea.KeyPressMsg); ok {
		n := len(sc.s.view.Teams)
		switch {
		case key.Matches(k, keys.TabPrev) && n > 0:
			sc.tab = (sc.tab + n - 1) % n
			sc.body.top()
			sc.body.SetContent(sc.content())
			return stay, nil
		case key.Matches(k, keys.TabNext) && n > 0:
			sc.tab = (sc.tab + 1) % n
			sc.body.top()
			sc.body.SetContent(sc.content())
			return stay, nil
		case key.Matches(k, keys.Save) && sc.cfg.SaveReport != nil:
			paths, err := sc.cfg.SaveReport()
			sc.saved, sc.err = paths, ""
			if err != nil {
				sc.err = sc.c.Err(err)
			}
			sc.SetSize(sc.w, sc.h)
			return stay, nil
		case key.Matches(k, keys.Debrief, keys.Continue):
			return navDebrief{}, nil
		case key.Matches(k, keys.NewGame) && sc.cfg.Start != nil:
			return navTitle{}, nil
		case key.Matches(k, keys.QuitQ):
			return navQuit{}, nil
		}
	}
	sc.body.handle(msg, keys, keys.Up, keys.Down)
	return stay, nil
}

func (sc *scorecardScreen) View() string {
	pos := sc.body.position(sc.c)
	tabs := sc.tabs()
	lines := []string{"  " + cut(sc.outcome(), sc.w-4)}
	lines = append(lines, "  "+tabs+strings.Repeat(" ", max(sc.w-4-width(tabs)-width(pos), 1))+sc.c.Styles.Dim.Render(pos))
	lines = append(lines, rows(sc.body.View(), sc.body.height))
	lines = append(lines, "  "+sc.c.Styles.ruleLine(sc.w-4))
	for _, l := range sc.footLines() {
		lines = append(lines, "  "+l)
	}
	return strings.Join(lines, "\n")
}

func (sc *scorecardScreen) ShortHelp() []key.Binding {
	k := sc.c.Keys
	b := []key.Binding{withHelp(k.Debrief, "enter/d", sc.c.Text("debrief")), k.TabPrev, k.Up}
	if sc.cfg.SaveReport != nil {
		b = append(b, k.Save)
	}
	if sc.cfg.Start != nil {
		b = append(b, k.NewGame)
	}
	return append(b, k.QuitQ)
}

func (sc *scorecardScreen) FullHelp() [][]key.Binding {
	k := sc.c.Keys
	return [][]key.Binding{sc.ShortHelp(), {k.PageDown}}
}
