package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

// briefScreen is the round's public narrative and the seat's own private
// intelligence, in a scrollable window.
type briefScreen struct {
	c         *Common
	s         *session
	w, h      int
	body      scroller
	reviewing bool // reopened during a later phase (Keys.Review)
	// The round's head, brief and intelligence, drawn once for the way
	// they are shown: every change at the table (a message, another
	// seat's decision) redraws the screen, and they do not change with it.
	drawn     briefDrawn
	drawnText []string
}

// briefDrawn is what the brief's drawing depends on.
type briefDrawn struct {
	round, w    int
	lang        bilingual.Lang
	dark, ascii bool
	team        string
}

func newBrief(c *Common, s *session) *briefScreen { return &briefScreen{c: c, s: s} }

func (b *briefScreen) SetSize(w, h int) {
	b.w, b.h = w, h
	b.body.SetHeight(h - 1)
	b.body.SetContent(b.content())
}

func (b *briefScreen) refresh() { b.body.SetContent(b.content()) }

// injectHead is "ROUND 2 - May 2014" and the inject's title.
func injectHead(c *Common, round int, date, title scenario.Text, w int) []string {
	st := c.Styles
	head := c.Textf("ROUND %d", round)
	if d := c.Line(date); d != "" {
		head += "  -  " + d
	}
	out := []string{st.Dim.Render(cut(head, w))}
	for _, l := range strings.Split(wrap(c.Line(title), w), "\n") {
		out = append(out, st.Title.Render(l))
	}
	return out
}

func (b *briefScreen) content() string {
	st := b.c.Styles
	v := b.s.view
	w := min(b.w-4, readingWidth)
	var lines []string
	if b.reviewing {
		lines = append(lines, b.c.Styles.Accent.Render(cut(b.c.Text("The brief again - ctrl+r or Esc goes back"), w)))
	}
	if key := (briefDrawn{v.Round, w, b.c.Lang, b.c.Dark, b.c.ASCII, v.Team}); key != b.drawn || b.drawnText == nil {
		text := injectHead(b.c, v.Round, v.Date, v.Title, w)
		text = append(text, "")
		text = append(text, briefLines(b.c, v.Brief, w)...)
		text = append(text, "")
		text = append(text, intelLines(b.c, b.s.teamName(v.Team, b.c), v.Intel, w)...)
		b.drawn, b.drawnText = key, append(text, "")
	}
	lines = append(lines, b.drawnText...)
	var chans []string
	for _, ch := range v.Channels {
		if !ch.Member {
			continue
		}
		state := b.c.Text("closed")
		if ch.Open {
			state = b.c.Text("open")
		}
		chans = append(chans, b.c.Textf("%s: %s", b.c.Line(ch.Name), state))
	}
	if len(chans) > 0 {
		lines = append(lines, strings.Split(st.Dim.Render(wrap(strings.Join(chans, "   "), w)), "\n")...)
	}
	if legend := thresholdLegend(b.c, v); legend != "" {
		lines = append(lines, strings.Split(st.Dim.Render(wrap(legend, w)), "\n")...)
	}
	if v.LowTrust {
		lines = append(lines, strings.Split(st.Warn.Render(wrap(b.c.Text("Trust is low: conciliatory moves will be read with suspicion this round."), w)), "\n")...)
	}
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n")
}

// briefLines is the public brief, its paragraphs wrapped to w.
func briefLines(c *Common, brief scenario.Text, w int) []string {
	var lines []string
	for _, para := range strings.Split(c.Para(brief), "\n") {
		if strings.TrimSpace(para) == "" {
			lines = append(lines, "")
			continue
		}
		lines = append(lines, strings.Split(c.Styles.Text.Render(wrap(strings.TrimSpace(para), w)), "\n")...)
	}
	return lines
}

// intelLines is the seat's private intelligence in its box under the
// team's name, or the note that it has none this round.
func intelLines(c *Common, team string, intel scenario.Text, w int) []string {
	st := c.Styles
	if intel := c.Para(intel); strings.TrimSpace(intel) != "" {
		lines := []string{st.PrivateTitle.Render(cut(c.Textf("Your intelligence - for the %s only", team), w))}
		// The box is w wide inside its borders, padding included.
		box := inner(st.Private, w).Render(wrap(strings.TrimSpace(intel), w-2))
		return append(lines, strings.Split(box, "\n")...)
	}
	return []string{st.Dim.Render(cut(c.Text("No private intelligence this round."), w))}
}

func (b *briefScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, b.c.Keys.Continue) {
		return navNext{}, nil
	}
	b.body.handle(msg, b.c.Keys, b.c.Keys.Up, b.c.Keys.Down)
	return stay, nil
}

func (b *briefScreen) View() string {
	return b.body.View() + "\n" + b.c.Styles.Dim.Render(pad("", b.w-width(b.body.position(b.c))-2)+b.body.position(b.c))
}

func (b *briefScreen) ShortHelp() []key.Binding {
	k := b.c.Keys
	if b.reviewing {
		return []key.Binding{withHelp(k.Review, "ctrl+r/esc", b.c.Text("back")), k.Up, k.PageDown}
	}
	return []key.Binding{k.Continue, k.Up, k.PageDown}
}

func (b *briefScreen) FullHelp() [][]key.Binding { return [][]key.Binding{b.ShortHelp()} }

// thresholdLegend says where the marks on the tension and trust bars are.
func thresholdLegend(c *Common, v engine.View) string {
	var parts []string
	if t, ok := v.Meter("tension", ""); ok {
		if cr, ok := t.Thresholds["crisis"]; ok {
			if ca, ok := t.Thresholds["catastrophe"]; ok {
				parts = append(parts, c.Textf("Tension bar: %s marks the crisis (%d) and catastrophe (%d) thresholds; at catastrophe the game ends.", c.Styles.Glyphs.Mark, cr, ca))
			}
		}
	}
	if t, ok := v.Meter("trust", ""); ok {
		if low, ok := t.Thresholds["low"]; ok {
			parts = append(parts, c.Textf("Trust bar: %s marks low trust (%d), below which conciliatory moves count for half.", c.Styles.Glyphs.Mark, low))
		}
	}
	return strings.Join(parts, "\n")
}
