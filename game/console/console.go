// Package console is the facilitator's screen at a hosted game: every
// table's round, who has decided (never what), meters, clock and journal,
// everything at the chosen table, the debrief of every table side by side,
// and the white cell's acts: the clock, an inject next, a meter adjusted
// with its reason, the end, a seat freed or given a new join code. The
// host (game/host) runs it over SSH and keeps what it acts on (Host).
package console

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
	"github.com/brink-ttx/brink/game/textwrap"
	"github.com/brink-ttx/brink/game/tui"
)

// t is an English string of the console in its language, ready to draw.
// A format keeps its verbs (tf fills them).
func (m *Model) t(format string) string {
	if zh, ok := zhMsg[format]; ok && m.c.Lang == bilingual.Chinese {
		format = zh
	}
	return m.c.Safe(format)
}

// tf is the English format with args, in the console's language.
func (m *Model) tf(format string, a ...any) string { return fmt.Sprintf(m.t(format), a...) }

type mode int

const (
	modeTables mode = iota
	modeInject
	modeMeter
	modeDelta
	modeReason
	modeSeat
	modeCode
	modeEnd
)

// Model is the facilitator's screen: every table's state, and the white
// cell's acts on the chosen one.
type Model struct {
	h       Host
	s       *scenario.Scenario
	tables  []Table
	c       *tui.Common
	sel     int
	mode    mode
	list    []string // choices in the pick modes
	cursor  int
	detail  bool
	keys    bool         // every key is shown
	debrief *tui.Debrief // the debrief of every table, for the projector; nil when closed
	input   textinput.Model
	meter   string
	team    string
	delta   int
	status  bilingual.Msg // what the last act did, said in the language of the moment
	failed  error         // or why it did nothing
	w, ht   int
	updates chan struct{}
	unsubs  []func()
	done    chan struct{} // closed by Close: the subscriptions' goroutines end
}

type tick struct{}
type changed struct{}

// New is the console of host h, drawn with c (whose language F2
// switches). Close ends what it runs in the background.
func New(h Host, c *tui.Common) *Model {
	in := textinput.New()
	in.CharLimit = engine.MaxReason
	// Unstyled, with the terminal's cursor where the facilitator types
	// (tui.FieldView).
	in.SetStyles(textinput.Styles{Cursor: textinput.CursorStyle{Shape: tea.CursorBlock}})
	in.SetVirtualCursor(false)
	m := &Model{h: h, s: h.Scenario(), tables: h.Tables(), c: c, input: in, updates: make(chan struct{}, 1), w: 80, ht: 24, done: make(chan struct{})}
	for _, t := range m.tables {
		ch, unsub := t.Game().Subscribe()
		m.unsubs = append(m.unsubs, unsub)
		go func() {
			for {
				select {
				case <-m.done:
					return
				case <-ch:
				}
				select {
				case m.updates <- struct{}{}:
				default:
				}
			}
		}()
	}
	return m
}

// Close stops the console's subscriptions and their goroutines.
func (m *Model) Close() {
	for _, u := range m.unsubs {
		u()
	}
	select {
	case <-m.done:
	default:
		close(m.done)
	}
}

func (m *Model) wait() tea.Cmd {
	return func() tea.Msg {
		select {
		case <-m.updates:
			return changed{}
		case <-time.After(time.Second):
			return tick{}
		case <-m.h.Done():
			return tea.Quit()
		case <-m.done:
			return nil
		}
	}
}

func (m *Model) Init() tea.Cmd { return m.wait() }

func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	msg = tui.PlainEnter(msg)
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.ht = msg.Width, msg.Height
		if m.debrief != nil {
			m.debrief.SetSize(m.w, m.ht-2)
		}
		return m, nil
	case tick, changed:
		if m.debrief != nil {
			m.debrief.SetGames(m.debriefGames()...)
		}
		return m, m.wait()
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
		if msg.Code == tea.KeyF2 && m.mode != modeDelta && m.mode != modeReason {
			// F2 switches the console's language, as it does the game's.
			if m.c.Lang == "zh" {
				m.c.SetLang("en")
			} else {
				m.c.SetLang("zh")
			}
			return m, nil
		}
		return m, m.key(msg)
	case tea.PasteMsg:
		// A paste goes into the field being typed, as its keys do.
		if m.debrief == nil && (m.mode == modeDelta || m.mode == modeReason) {
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			return m, cmd
		}
	}
	return m, nil
}

func (m *Model) current() Table { return m.tables[m.sel] }

// did notes what the last act did: a format of zhMsg.
func (m *Model) did(format string, a ...any) { m.status, m.failed = zhMsg.Msg(format, a...), nil }

// fail notes why the last act did nothing.
func (m *Model) fail(err error) { m.status, m.failed = bilingual.Msg{}, err }

// act notes the last act: why it did nothing if err, else what it did.
func (m *Model) act(err error, format string, a ...any) {
	if err != nil {
		m.fail(err)
		return
	}
	m.did(format, a...)
}

// statusLine is the last act's note in the console's language.
func (m *Model) statusLine() string {
	switch {
	case m.failed != nil:
		return m.tf("nothing to do: %s", m.c.Err(m.failed))
	case !m.status.IsZero():
		return m.tf("done: %s", m.c.Safe(m.status.In(m.c.Lang)))
	}
	return ""
}

// meterLabel names a meter (and its team) in both languages.
func (m *Model) meterLabel(id, team string) bilingual.Pair {
	s := m.s
	p := bilingual.Pair{En: id, Zh: id}
	if mt := s.Meter(id); mt != nil {
		p = bilingual.Pair{En: mt.Name.In("en"), Zh: mt.Name.In("zh")}
	}
	if tm := s.Team(team); tm != nil {
		p.En += " " + tm.Short
		p.Zh += " " + tm.Short
	}
	return p
}

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	now := m.h.Now()
	t := m.current()
	n := t.Number()
	s := m.s
	if m.debrief != nil {
		switch k.String() {
		case "d", "esc", "q":
			m.debrief = nil
		default:
			m.debrief.Handle(k)
		}
		return nil
	}
	switch m.mode {
	case modeTables:
		switch k.String() {
		case "q":
			return tea.Quit
		case "up", "k":
			m.sel = max(m.sel-1, 0)
		case "down", "j":
			m.sel = min(m.sel+1, len(m.tables)-1)
		case "tab", "enter":
			m.detail = !m.detail
		case "?":
			m.keys = !m.keys
		case "d":
			m.debrief = tui.NewDebrief(m.c, m.debriefGames()...)
			m.debrief.SetSize(m.w, m.ht-2)
		case "s":
			var round int
			t.Game().With(func(g *engine.Game) { round = g.RoundNumber() })
			switch {
			case m.h.TurnTime() <= 0:
				m.fail(zhMsg.Errorf("the host runs without --turn-time: there is no clock"))
			case t.StartClock(now, round):
				m.did("clock started at table %d", n)
				m.h.Log().Info("clock started", "table", n)
			default:
				m.fail(zhMsg.Errorf("the clock at table %d is already running", n))
			}
		case "p":
			switch {
			case !t.TogglePause(now):
				m.fail(zhMsg.Errorf("no clock is running at table %d (s starts it)", n))
			case t.Clock(now).Paused:
				m.did("clock paused at table %d", n)
				m.h.Log().Info("clock paused", "table", n)
			default:
				m.did("clock resumed at table %d", n)
				m.h.Log().Info("clock resumed", "table", n)
			}
		case "+", "=":
			if t.ExtendClock(now, time.Minute) {
				m.did("clock extended by 1 minute at table %d", n)
				m.h.Log().Info("clock extended", "table", n)
			} else {
				m.fail(zhMsg.Errorf("no clock is running at table %d (s starts it)", n))
			}
		case "a":
			var round int
			t.Game().With(func(g *engine.Game) { round = g.RoundNumber() })
			held, err := t.Game().HoldUndecided(round, zhMsg.Msg("held by the facilitator").String())
			if len(held) > 0 {
				m.h.Log().Info("teams held by the facilitator", "table", n, "round", round, "teams", held)
			}
			switch {
			case err != nil:
				m.fail(err)
			case len(held) == 0:
				m.fail(zhMsg.Errorf("no team at table %d is waiting for its decision", n))
			default:
				for i, team := range held {
					if tm := s.Team(team); tm != nil {
						held[i] = tm.Short
					}
				}
				m.did("%s hold at table %d", strings.Join(held, ", "), n)
			}
		case "i":
			m.list = s.InjectIDs()
			m.mode, m.cursor = modeInject, 0
		case "m":
			m.list = nil
			for _, mt := range s.Meters {
				if mt.PerTeam {
					for _, team := range s.TeamIDs() {
						m.list = append(m.list, mt.ID+"."+team)
					}
				} else {
					m.list = append(m.list, mt.ID)
				}
			}
			m.mode, m.cursor = modeMeter, 0
		case "e":
			m.mode = modeEnd
		case "f", "c":
			m.list = nil
			m.list = m.h.Seats(n)
			m.mode, m.cursor = modeSeat, 0
			if k.String() == "c" {
				m.mode = modeCode
			}
		}
	case modeInject, modeMeter, modeSeat, modeCode:
		switch k.String() {
		case "esc":
			m.mode = modeTables
		case "up", "k":
			m.cursor = max(m.cursor-1, 0)
		case "down", "j":
			m.cursor = min(m.cursor+1, len(m.list)-1)
		case "enter":
			choice := m.list[m.cursor]
			switch m.mode {
			case modeInject:
				err := t.Game().Apply(engine.Input{Kind: engine.Insert, Inject: choice, Reason: "facilitator"})
				m.act(err, "inject %s comes next at table %d", choice, n)
				if err == nil {
					m.h.Log().Info("inject inserted", "table", n, "inject", choice)
				}
				m.mode = modeTables
			case modeSeat:
				n := m.h.FreeSeat(choice)
				m.did("seat %s freed: %d sessions disconnected", choice, n)
				m.mode = modeTables
			case modeCode:
				code, n, err := m.h.NewCode(choice)
				m.act(err, "seat %s has the join code %s now: %d sessions disconnected", choice, code, n)
				m.mode = modeTables
			case modeMeter:
				m.meter, m.team, _ = strings.Cut(choice, ".")
				m.mode = modeDelta
				m.input.SetValue("")
				m.input.Focus()
			}
		}
	case modeDelta, modeReason:
		switch k.String() {
		case "esc":
			m.mode = modeTables
			m.input.Blur()
			return nil
		case "enter":
			v := strings.TrimSpace(m.input.Value())
			if m.mode == modeDelta {
				d, err := strconv.Atoi(strings.TrimPrefix(v, "+"))
				if err != nil || d == 0 {
					m.fail(zhMsg.Errorf("%q is not a change (e.g. +10 or -5)", v))
					return nil
				}
				m.delta = d
				m.mode = modeReason
				m.input.SetValue("")
				return nil
			}
			err := t.Game().Apply(engine.Input{Kind: engine.Adjust, Meter: m.meter, Team: m.team, Delta: m.delta, Reason: v})
			m.act(err, "%s %+d at table %d, journaled with its reason", m.meterLabel(m.meter, m.team), m.delta, n)
			if err == nil {
				m.h.Log().Info("meter adjusted", "table", n, "meter", m.meter, "team", m.team, "delta", m.delta)
			}
			m.mode = modeTables
			m.input.Blur()
			return nil
		}
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(k)
		return cmd
	case modeEnd:
		if k.String() == "y" {
			err := t.Game().Apply(engine.Input{Kind: engine.End, Reason: "ended by the facilitator"})
			m.act(err, "game ended at table %d", n)
			if err == nil {
				m.h.Log().Info("game ended", "table", n)
			}
		}
		m.mode = modeTables
	}
	return nil
}

// tableLine is one table's state: round, who has decided (not what), meters, clock.
func (m *Model) tableLine(t Table) string {
	var b strings.Builder
	b.WriteString(m.tf("Table %d  ", t.Number()))
	conn := m.h.Sessions(t.Number())
	t.Game().With(func(g *engine.Game) {
		if g.Over() {
			outcome := m.c.Outcome(g.Outcome())
			if m.c.Lang != "zh" {
				outcome = strings.ToUpper(outcome)
			}
			b.WriteString(m.tf("over: %s  ", outcome))
		} else {
			b.WriteString(m.tf("round %d/%d %s  ", g.RoundNumber(), g.Scenario().Rounds, m.c.Line(g.Current().Title)))
			for _, tm := range g.Scenario().Teams {
				state := m.t("waiting")
				if g.Decided(tm.ID) {
					state = m.t("decided")
				}
				b.WriteString(m.tf("%s:%s(%d) ", m.c.Safe(tm.Short), state, conn[tm.ID]))
			}
		}
		b.WriteString(m.tf(" T%d R%d", g.Meter("tension", ""), g.Meter("trust", "")))
	})
	now := m.h.Now()
	switch err, since := t.Game().JournalHealth(); {
	case err != nil:
		b.WriteString(m.tf("  ! journal not saving since %s, inputs refused: %s", since.Local().Format("15:04:05"), m.c.Err(err)))
	case !since.IsZero() && now.Sub(since) < 10*time.Minute:
		b.WriteString(m.tf("  journal saving again since %s", since.Local().Format("15:04:05")))
	}
	cs := t.Clock(now)
	switch {
	case !cs.Running:
	case cs.Paused:
		b.WriteString(m.tf("  clock %s (paused)", minSec(cs.Remaining)))
	default:
		b.WriteString(m.tf("  clock %s", minSec(cs.Remaining)))
	}
	return b.String()
}

// minSec is a time left as minutes and seconds, "2:05", as a seat's screen
// shows it.
func minSec(d time.Duration) string {
	s := int((d + time.Second - 1) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// privateView is everything at the chosen table: the white cell sees all.
func (m *Model) privateView(t Table, w int) []string {
	lang := m.c.Lang
	var lines []string
	add := func(s string) { lines = append(lines, textwrap.Lines(m.c.Safe(s), w)...) }
	t.Game().With(func(g *engine.Game) {
		s := g.Scenario()
		if g.Over() {
			for _, tm := range s.Teams {
				card := g.Card(tm.ID)
				var parts []string
				for _, p := range card.Principles {
					if !p.Tested() {
						parts = append(parts, m.tf("%s %d (not tested)", score.Name(p.ID).In(lang), p.Score))
						continue
					}
					parts = append(parts, m.tf("%s %d (L%d)", score.Name(p.ID).In(lang), p.Score, p.Level))
				}
				add(m.tf("%s: %s · interests %d", tm.Name.In(lang), strings.Join(parts, " · "), g.Meter("interests", tm.ID)))
			}
			return
		}
		in := g.Current()
		// The brief and each team's intelligence as this game tells them
		// (an inject's variant, drawn from the game's secrets).
		add(in.Title.In(lang) + " — " + g.ViewFor(engine.Observer).Brief.In(lang))
		for _, tm := range s.Teams {
			if intel := g.ViewFor(tm.ID).Intel; !intel.Empty() {
				add("[" + tm.Short + "] " + intel.In(lang))
			}
		}
		for _, p := range g.Posts() {
			if p.Round == g.RoundNumber() {
				channel := p.Channel
				if ch := s.Channel(p.Channel); ch != nil && !ch.Name.Empty() {
					channel = ch.Name.In(lang)
				}
				add(m.tf("(%s) %s: %s", channel, s.Team(p.Team).Short, p.Text))
			}
		}
	})
	return lines
}

// View is the console's screen (tui.Frame).
func (m *Model) View() tea.View { return tui.Frame(m.frame()) }

func (m *Model) frame() string {
	if m.w < tui.MinWidth || m.ht < tui.MinHeight {
		return ansi.Truncate(m.t("terminal too small: need 80×24"), m.w, "")
	}
	st := m.c.Styles
	w := m.w
	if m.debrief != nil {
		return lipgloss.JoinVertical(lipgloss.Left,
			ansi.Truncate(st.Title.Render(m.t("Debrief, every table side by side"))+"  "+st.Dim.Render(m.s.Title.In(m.c.Lang)), w, m.c.Safe("…")),
			m.debrief.View(),
			ansi.Truncate(st.Dim.Render(m.t("←/→ round · ↑/↓ scroll · d or esc back · F2 中文")), w, m.c.Safe("…")))
	}
	var lines []string
	lines = append(lines, st.Title.Render(m.t("Brink host — facilitator console"))+"  "+st.Dim.Render(m.s.Title.In(m.c.Lang)))
	lines = append(lines, "")
	for i, t := range m.tables {
		line := m.tableLine(t)
		if i == m.sel {
			line = st.Selected.Render("> " + line)
		} else {
			line = "  " + line
		}
		lines = append(lines, line)
	}
	lines = append(lines, "")
	switch m.mode {
	case modeInject, modeMeter, modeSeat, modeCode:
		lines = append(lines, st.Strong.Render(m.pickTitle()))
		start := max(0, m.cursor-(m.ht-len(lines)-4))
		for i := start; i < len(m.list) && len(lines) < m.ht-3; i++ {
			label := m.list[i]
			switch m.mode {
			case modeInject:
				if in := m.s.Inject(label); in != nil {
					label += " — " + m.c.Line(in.Title)
				}
			case modeMeter:
				id, team, _ := strings.Cut(label, ".")
				label += " — " + m.c.Safe(m.meterLabel(id, team).In(m.c.Lang))
			}
			if i == m.cursor {
				lines = append(lines, st.Selected.Render("> "+label))
			} else {
				lines = append(lines, "  "+label)
			}
		}
	case modeDelta, modeReason:
		prompt := m.t("Change (e.g. +10 or -5), then enter:")
		if m.mode == modeReason {
			prompt = m.t("Reason (journaled), then enter:")
		}
		lines = append(lines, st.Strong.Render(prompt), tui.FieldView(m.input))
	case modeEnd:
		lines = append(lines, st.Warn.Render(m.t("End the game at this table? y to confirm, any other key to cancel")))
	default:
		if m.detail {
			lines = append(lines, st.PrivateTitle.Render(m.t("Everything at this table (the white cell sees all)")))
			lines = append(lines, m.privateView(m.current(), w)...)
		} else if m.allOver() {
			lines = append(lines, st.Strong.Render(m.t("Outcomes")))
			for _, t := range m.tables {
				lines = append(lines, st.Strong.Render(strings.TrimSpace(m.tf("Table %d  ", t.Number()))))
				lines = append(lines, m.privateView(t, w)...)
			}
		}
	}
	// Keep the status and help at the bottom, wrapped to the width (a path
	// in a note is never cut); cut what does not fit above them.
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, m.c.Safe("…"))
	}
	help := m.t("F2 中文 · ↑/↓ table · tab details · s/p/+ clock · d debrief · ? every key · q quit")
	if m.keys {
		help = m.t("F2 中文 · ↑/↓ choose a table · tab or enter: everything at the table · s start its clock · p pause it · + extend it by 1m · a advance (hold the teams that have not decided) · i insert an inject next · m adjust a meter, with a journaled reason · e end the game · f free a seat · c give a seat a new join code · d the debrief of every table, for the projector · ? fewer keys · q quit")
	}
	var foot []string
	for _, f := range []string{m.statusLine(), help} {
		for _, l := range textwrap.Lines(f, w) {
			foot = append(foot, st.Dim.Render(l))
		}
	}
	room := max(m.ht-len(foot), 0)
	if len(lines) > room {
		lines = lines[:room]
	}
	for len(lines) < room {
		lines = append(lines, "")
	}
	lines = append(lines, foot...)
	return lipgloss.JoinVertical(lipgloss.Left, lines...)
}

// pickTitle asks what the pick mode picks.
func (m *Model) pickTitle() string {
	switch m.mode {
	case modeInject:
		return m.t("Insert which inject next? (enter to insert, esc to cancel)")
	case modeMeter:
		return m.t("Adjust which meter? (enter, esc to cancel)")
	case modeSeat:
		return m.t("Free which seat? Its sessions are disconnected. (enter, esc)")
	}
	return m.t("New join code for which seat? Its sessions are disconnected. (enter, esc)")
}

// debriefGames are every table's public record, for the debrief on the
// projector: each seat's read, choice and rationale only once revealed.
func (m *Model) debriefGames() []tui.DebriefGame {
	var out []tui.DebriefGame
	for _, t := range m.tables {
		out = append(out, tui.DebriefGame{
			Label:    m.tf("Table %d  ", t.Number()),
			Scenario: m.s,
			View:     t.Game().View(engine.Observer),
			Stated:   t.Game().Stated,
		})
	}
	return out
}

func (m *Model) allOver() bool {
	for _, t := range m.tables {
		over := false
		t.Game().With(func(g *engine.Game) { over = g.Over() })
		if !over {
			return false
		}
	}
	return true
}
