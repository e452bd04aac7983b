package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// DebriefGame is one game as the debrief shows it: its scenario and a view
// of it. The debrief draws only the public record in the view (the revealed
// rounds, the meters, and the scorecards once the game is over), so any
// seat's view will do; an observer's (engine.Observer) is the natural one.
type DebriefGame struct {
	Label    string // the table's name, shown above its column; "" for one game
	Scenario *scenario.Scenario
	View     engine.View
	Names    map[string]string // team → the people at its seat (may be nil)
	// Stated tells what a computer-played team states as its reason, in
	// either language (Table.Stated); nil: the rationales as recorded.
	Stated func(team string) bilingual.Msg
}

// Debrief walks through games round by round: every team's choice,
// rationale, read and the truth, what happened, the meters and the
// principle points of the round, then a last page with the outcome, the
// scorecards and the scenario's debrief questions. Given several games (the
// tables of a class) it lays each round's tables side by side, for a
// projector.
//
// It is a component: the terminal game shows it after the scorecard and
// `brink debrief` on its own; a facilitator's console can hold one, pass it
// its keys (Handle), its size (SetSize) and fresh views (SetGames), and draw
// View in its body.
type Debrief struct {
	c     *Common
	games []DebriefGame
	you   func(team string) bool
	page  int
	w, h  int
	body  scroller
}

// NewDebrief makes a debrief of games, opening on its first round.
func NewDebrief(c *Common, games ...DebriefGame) *Debrief {
	d := &Debrief{c: c, you: func(string) bool { return false }}
	d.games = games
	return d
}

// SetGames gives the debrief fresh views (a game went on), keeping its page.
func (d *Debrief) SetGames(games ...DebriefGame) {
	d.games = games
	d.page = min(d.page, d.Pages()-1)
	d.layout()
}

// Pages is the number of pages: one per round revealed in the longest
// game, and the questions.
func (d *Debrief) Pages() int {
	n := 0
	for _, g := range d.games {
		n = max(n, len(g.View.History))
	}
	return n + 1
}

// Page is the page shown, from 0; Pages()-1 is the questions.
func (d *Debrief) Page() int { return d.page }

// SetPage shows page p (clamped), from its top.
func (d *Debrief) SetPage(p int) {
	d.page = min(max(p, 0), d.Pages()-1)
	d.body.top()
	d.layout()
}

// SetSize lays the debrief out in w×h cells.
func (d *Debrief) SetSize(w, h int) {
	d.w, d.h = w, h
	d.body.SetHeight(h - 1)
	d.layout()
}

// Handle takes a key or the mouse: ←/→ (and Enter) turn the page, ↑/↓,
// PgUp/PgDn, Home/End scroll. It reports whether it used msg.
func (d *Debrief) Handle(msg tea.Msg) bool {
	k := d.c.Keys
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, k.Left):
			if d.page > 0 {
				d.SetPage(d.page - 1)
			}
			return true
		case key.Matches(km, k.Right), key.Matches(km, k.Continue):
			if d.page < d.Pages()-1 {
				d.SetPage(d.page + 1)
			}
			return true
		}
	}
	return d.body.handle(msg, k, k.Up, k.Down)
}

func (d *Debrief) layout() {
	if d.w == 0 {
		return
	}
	d.body.SetContent(d.content())
}

func (d *Debrief) content() string {
	w := d.w - 4
	if len(d.games) == 1 {
		w = min(w, max(readingWidth, 0))
	}
	var lines []string
	if d.page >= d.Pages()-1 {
		lines = d.questions(w)
	} else {
		lines = d.round(d.page, w)
	}
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n")
}

// round lays out round n+1 of every game: side by side when each column
// has room, else one game under another.
func (d *Debrief) round(n, w int) []string {
	st := d.c.Styles
	lines := []string{st.Dim.Render(cut(d.c.Textf("DEBRIEF  -  round %d of %d", n+1, d.Pages()-1), w))}
	if len(d.games) == 1 {
		return append(lines, d.gameRound(d.games[0], n, w)...)
	}
	const gap = 3
	colW := (w - gap*(len(d.games)-1)) / max(len(d.games), 1)
	if colW < 36 {
		for _, g := range d.games {
			lines = append(lines, "")
			lines = append(lines, d.gameRound(g, n, w)...)
		}
		return lines
	}
	cols := make([]string, 0, len(d.games))
	for i, g := range d.games {
		gl := d.gameRound(g, n, colW)
		col := block(strings.Join(gl, "\n"), colW, len(gl))
		if i > 0 {
			col = lipgloss.JoinHorizontal(lipgloss.Top, strings.Repeat(" ", gap), col)
		}
		cols = append(cols, col)
	}
	return append(lines, strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, cols...), "\n")...)
}

// gameRound is round n+1 of one game in w cells.
func (d *Debrief) gameRound(g DebriefGame, n, w int) []string {
	st := d.c.Styles
	var lines []string
	if g.Label != "" {
		lines = append(lines, st.TeamLabel.Render(cut(d.c.Safe(oneLine(g.Label)), w)))
	}
	if n >= len(g.View.History) {
		return append(lines, st.Dim.Render(cut(d.c.Text("This table did not reach this round."), w)))
	}
	r := g.View.History[n]
	in := g.Scenario.Inject(r.Inject)
	var title, date scenario.Text
	if in != nil {
		title, date = in.Title, in.Date
	}
	lines = append(lines, injectHead(d.c, r.Number, date, title, w)...)
	lines = append(lines, "")
	if len(r.Choices) == 0 {
		lines = append(lines, st.Strong.Render(d.c.Text("EPILOGUE")))
		if in != nil {
			lines = append(lines, strings.Split(st.Text.Render(wrap(d.c.Line(in.BriefFor(r.Variant)), w)), "\n")...)
		}
	} else {
		lines = append(lines, d.cards(g, r, w)...)
	}
	lines = append(lines, "")
	var happened []string
	for _, t := range r.Narrative {
		happened = append(happened, d.c.Line(t))
	}
	for _, t := range r.Notes {
		happened = append(happened, d.c.Line(t))
	}
	if len(happened) > 0 {
		lines = append(lines, st.Strong.Render(cut(d.c.Text("What happened"), w)))
		for _, h := range happened {
			lines = append(lines, strings.Split(st.Text.Render(hang("- "+h, w, 2)), "\n")...)
		}
		lines = append(lines, "")
	}
	if len(r.Meters) > 0 {
		lines = append(lines, st.Strong.Render(cut(d.c.Text("Meters"), w)))
		for _, mc := range r.Meters {
			name := d.meterName(g, mc)
			delta := mc.Delta()
			style := st.Dim
			switch {
			case delta > 0 && mc.Meter != "tension", delta < 0 && mc.Meter == "tension":
				style = st.Up
			case delta != 0:
				style = st.Down
			}
			change := fmt.Sprintf("%+d", delta)
			if delta == 0 {
				change = "0"
			}
			row := fmt.Sprintf("%3d -> %3d  ", mc.Before, mc.After) + style.Render(change)
			lines = append(lines, cut(pad(name, min(18, w/3))+" "+row, w))
		}
		lines = append(lines, "")
	}
	if pts := d.points(g, r, w); len(pts) > 0 {
		lines = append(lines, st.Strong.Render(cut(d.c.Text("Principles this round"), w)))
		lines = append(lines, pts...)
	}
	return lines
}

// cards are the teams' choices and reads, side by side when they fit.
func (d *Debrief) cards(g DebriefGame, r engine.Round, w int) []string {
	st := d.c.Styles
	n := len(r.Choices)
	const gap = 2
	colW := (w - gap*(n-1)) / max(n, 1)
	if colW >= 28 {
		var cols []string
		for i, ch := range r.Choices {
			card := strings.Join(roundCard(d.c, g.Scenario, g.Names, g.Stated, r, ch, d.you(ch.Team), colW-4), "\n")
			box := inner(st.Box, colW-2).Render(card)
			if i > 0 {
				box = lipgloss.JoinHorizontal(lipgloss.Top, strings.Repeat(" ", gap), box)
			}
			cols = append(cols, box)
		}
		return strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, cols...), "\n")
	}
	var out []string
	for _, ch := range r.Choices {
		card := strings.Join(roundCard(d.c, g.Scenario, g.Names, g.Stated, r, ch, d.you(ch.Team), w-4), "\n")
		out = append(out, strings.Split(inner(st.Box, w-2).Render(card), "\n")...)
	}
	return out
}

// points sum the round's evidence per team and principle.
func (d *Debrief) points(g DebriefGame, r engine.Round, w int) []string {
	st := d.c.Styles
	var lines []string
	for _, t := range g.Scenario.Teams {
		parts := roundPoints(d.c, r, t.ID)
		if len(parts) == 0 {
			continue
		}
		label := pad(teamShortIn(g.Scenario, t.ID, d.c), 4)
		lines = append(lines, strings.Split(st.TeamLabel.Render(label)+st.Text.Render(hang(strings.Join(parts, d.c.ListSep()), w-4, 4)), "\n")...)
	}
	return lines
}

func (d *Debrief) meterName(g DebriefGame, mc engine.MeterChange) string {
	mv := engine.MeterValue{ID: mc.Meter, Team: mc.Team}
	if m := g.Scenario.Meter(mc.Meter); m != nil {
		mv.Name = m.Name
	}
	name := meterName(d.c, mv)
	if mc.Team != "" {
		name += " " + teamShortIn(g.Scenario, mc.Team, d.c)
	}
	return name
}

// questions is the last page: each game's outcome and scorecards, then the
// debrief questions of each scenario played.
func (d *Debrief) questions(w int) []string {
	st := d.c.Styles
	var lines []string
	lines = append(lines, st.Title.Render(cut(d.c.Text("Debrief"), w)), "")
	for _, g := range d.games {
		if g.Label != "" {
			lines = append(lines, st.TeamLabel.Render(cut(d.c.Safe(oneLine(g.Label)), w)))
		}
		v := g.View
		if !v.Over {
			lines = append(lines, st.Dim.Render(cut(d.c.Text("The game is still in play."), w)), "")
			continue
		}
		lines = append(lines, cut(d.c.Textf("Outcome: %s", strings.ToUpper(d.c.Outcome(v.Outcome))), w))
		nameW := 0
		for _, id := range scenario.Principles {
			nameW = max(nameW, width(d.c.Line(score.Name(id))))
		}
		for _, card := range v.Cards {
			lines = append(lines, st.Strong.Render(cut(teamNameIn(g.Scenario, g.Names, card.Team, d.c), w)))
			for _, p := range card.Principles {
				row := "  " + pad(d.c.Line(score.Name(p.ID)), nameW) + fmt.Sprintf("  %3d  ", p.Score) + st.Accent.Render(levelWord(d.c, p))
				lines = append(lines, cut(row, w))
			}
			if mv, ok := v.Meter("interests", card.Team); ok {
				lines = append(lines, cut("  "+pad(d.c.Text("Interests"), nameW)+fmt.Sprintf("  %3d", mv.Value), w))
			}
		}
		lines = append(lines, "")
	}
	seen := map[string]bool{}
	for _, g := range d.games {
		s := g.Scenario
		if seen[s.ID] {
			continue
		}
		seen[s.ID] = true
		head := d.c.Text("Questions for the debrief")
		if len(d.games) > 1 {
			head += "  -  " + d.c.Line(s.Title)
		}
		lines = append(lines, st.Strong.Render(cut(head, w)))
		if len(s.Debrief) == 0 {
			lines = append(lines, st.Dim.Render(cut(d.c.Text("This scenario has no debrief questions."), w)))
		}
		for i, q := range s.Debrief {
			pre := fmt.Sprintf("%d. ", i+1)
			lines = append(lines, strings.Split(st.Text.Render(pre+hang(d.c.Line(q), w-width(pre), width(pre))), "\n")...)
		}
		lines = append(lines, "")
	}
	return lines
}

// View draws the page and, below it, where the reader is.
func (d *Debrief) View() string {
	st := d.c.Styles
	where := d.body.position(d.c)
	hint := d.c.Textf("%s: round by round, then the questions", d.c.Keys.Left.Help().Key)
	foot := "  " + st.Accent.Render(cut(hint, max(d.w-6-width(where), 0)))
	foot += strings.Repeat(" ", max(d.w-width(foot)-width(where)-2, 1)) + st.Dim.Render(where)
	return rows(d.body.View(), d.body.height) + "\n" + foot
}

// ShortHelp is the debrief's own keys.
func (d *Debrief) ShortHelp() []key.Binding {
	k := d.c.Keys
	return []key.Binding{withHelp(k.Left, k.Left.Help().Key, d.c.Text("round")), k.Up}
}

// FullHelp is the debrief's own keys, in columns.
func (d *Debrief) FullHelp() [][]key.Binding {
	k := d.c.Keys
	return [][]key.Binding{d.ShortHelp(), {k.PageDown, k.Home, k.End}}
}

// debriefScreen is the debrief in the terminal game, after the scorecard.
type debriefScreen struct {
	*Debrief
	s       *session
	canBack bool // the scorecard is there to go back to (a game played here)
}

func newDebriefScreen(c *Common, s *session, canBack bool) *debriefScreen {
	d := NewDebrief(c, DebriefGame{Scenario: s.scen, View: s.view, Names: s.names, Stated: s.stated})
	d.you = s.plays
	return &debriefScreen{Debrief: d, s: s, canBack: canBack}
}

func (ds *debriefScreen) refresh() {
	s := ds.s
	ds.SetGames(DebriefGame{Scenario: s.scen, View: s.view, Names: s.names, Stated: s.stated})
}

func (ds *debriefScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	k := ds.c.Keys
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case ds.canBack && key.Matches(km, k.Debrief):
			return navScorecard{}, nil
		case key.Matches(km, k.QuitQ):
			return navQuit{}, nil
		}
	}
	ds.Handle(msg)
	return stay, nil
}

func (ds *debriefScreen) ShortHelp() []key.Binding {
	k := ds.c.Keys
	b := ds.Debrief.ShortHelp()
	if ds.canBack {
		b = append(b, withHelp(k.Debrief, "d", ds.c.Text("scorecard")))
	}
	return append(b, k.QuitQ)
}

func (ds *debriefScreen) FullHelp() [][]key.Binding {
	return [][]key.Binding{ds.ShortHelp(), ds.Debrief.FullHelp()[1]}
}
