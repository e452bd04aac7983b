package host

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
	"github.com/brink-ttx/brink/game/score"
	"github.com/brink-ttx/brink/game/textwrap"
	"github.com/brink-ttx/brink/game/tui"
)

// The console's own words, in both languages. An entry with verbs is a
// format (tf).
var consoleText = map[string][2]string{
	"title":     {"Brink host — facilitator console", "Brink 主持端 — 导演控制台"},
	"tableno":   {"Table %d  ", "第 %d 桌  "},
	"over":      {"over: %s  ", "已结束：%s  "},
	"round":     {"round %d/%d %s  ", "回合 %d/%d %s  "},
	"decided":   {"decided", "已决定"},
	"waiting":   {"waiting", "未决定"},
	"teamstate": {"%s:%s(%d) ", "%s：%s（%d） "},
	"meters":    {" T%d R%d", " 紧张度 %d 互信 %d"},
	"clock":     {"  clock %s", "  计时 %s"},
	"paused":    {"  clock %s (paused)", "  计时 %s（已暂停）"},
	"private":   {"Everything at this table (the white cell sees all)", "本桌全部信息（导演组可见一切）"},
	"help":      {"F2 中文 · ↑/↓ table · tab details · s/p/+ clock · d debrief · ? every key · q quit", "F2 English · ↑/↓ 选桌 · tab 详情 · s/p/+ 计时 · d 复盘 · '?' 全部按键 · q 退出"},
	"keys": {"F2 中文 · ↑/↓ choose a table · tab or enter: everything at the table · s start its clock · p pause it · + extend it by 1m · a advance (hold the teams that have not decided) · i insert an inject next · m adjust a meter, with a journaled reason · e end the game · f free a seat · c give a seat a new join code · d the debrief of every table, for the projector · ? fewer keys · q quit",
		"F2 English · ↑/↓ 选桌 · tab 或回车：本桌全部信息 · s 开始计时 · p 暂停计时 · + 延长1分钟 · a 推进（未决定的参演方按超时处理）· i 下一回合插入事件 · m 调整指标（理由记入日志）· e 结束游戏 · f 释放席位 · c 为席位更换加入码 · d 各桌复盘（供投影）· '?' 收起按键说明 · q 退出"},
	"debrief":     {"Debrief, every table side by side", "复盘：各桌并列"},
	"debriefhelp": {"←/→ round · ↑/↓ scroll · d or esc back · F2 中文", "←/→ 翻轮 · ↑/↓ 滚动 · d 或 esc 返回 · F2 English"},
	"pickinject":  {"Insert which inject next? (enter to insert, esc to cancel)", "下一回合插入哪个事件？（回车确认，esc 取消）"},
	"pickmeter":   {"Adjust which meter? (enter, esc to cancel)", "调整哪个指标？（回车确认，esc 取消）"},
	"pickseat":    {"Free which seat? Its sessions are disconnected. (enter, esc)", "释放哪个席位？其连接将被断开。（回车，esc）"},
	"pickcode":    {"New join code for which seat? Its sessions are disconnected. (enter, esc)", "为哪个席位更换加入码？其连接将被断开。（回车，esc）"},
	"delta":       {"Change (e.g. +10 or -5), then enter:", "变化量（如 +10 或 -5），回车："},
	"reason":      {"Reason (journaled), then enter:", "理由（记入日志），回车："},
	"confirmend":  {"End the game at this table? y to confirm, any other key to cancel", "结束本桌游戏？按 y 确认，其他键取消"},
	"outcomes":    {"Outcomes", "结局"},
	"small":       {"terminal too small: need 80×24", "终端太小：至少需要 80×24"},
	"nothing":     {"nothing to do: %s", "无法执行：%s"},
	"done":        {"done: %s", "已执行：%s"},
	"principle":   {"%s %d (L%d)", "%s %d（%d 级）"},
	"untested":    {"%s %d (not tested)", "%s %d（未检验）"},
	"card":        {"%s: %s · interests %d", "%s：%s · 利益 %d"},
	"post":        {"(%s) %s: %s", "（%s）%s：%s"},
	"notsaving":   {"  ! journal not saving since %s, inputs refused: %s", "  ！推演记录自 %s 起无法保存，输入被拒绝：%s"},
	"savedagain":  {"  journal saving again since %s", "  推演记录自 %s 起恢复保存"},
}

func (c *console) t(key string) string {
	v, ok := consoleText[key]
	if !ok {
		return key
	}
	if c.c.Lang == "zh" {
		return c.c.Safe(v[1])
	}
	return c.c.Safe(v[0])
}

// tf is the format key with args, in the console's language.
func (c *console) tf(key string, a ...any) string { return fmt.Sprintf(c.t(key), a...) }

type consoleMode int

const (
	modeTables consoleMode = iota
	modeInject
	modeMeter
	modeDelta
	modeReason
	modeSeat
	modeCode
	modeEnd
)

// console is the facilitator's screen: every table's state, and the white
// cell's acts on the chosen one.
type console struct {
	h       *Host
	c       *tui.Common
	sel     int
	mode    consoleMode
	list    []string // choices in the pick modes
	cursor  int
	detail  bool
	keys    bool         // every key is shown
	debrief *tui.Debrief // the debrief of every table, for the projector; nil when closed
	input   textinput.Model
	meter   string
	team    string
	delta   int
	status  message // what the last act did, said in the language of the moment
	failed  error   // or why it did nothing
	w, ht   int
	updates chan struct{}
	unsubs  []func()
	done    chan struct{} // closed by Close: the subscriptions' goroutines end
}

type consoleTick struct{}
type consoleChanged struct{}

func newConsole(h *Host, c *tui.Common) *console {
	in := textinput.New()
	in.CharLimit = engine.MaxReason
	// Unstyled, with the terminal's cursor where the facilitator types
	// (tui.FieldView).
	in.SetStyles(textinput.Styles{Cursor: textinput.CursorStyle{Shape: tea.CursorBlock}})
	in.SetVirtualCursor(false)
	m := &console{h: h, c: c, input: in, updates: make(chan struct{}, 1), w: 80, ht: 24, done: make(chan struct{})}
	for _, t := range h.tables {
		ch, unsub := t.Table.Subscribe()
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
func (m *console) Close() {
	for _, u := range m.unsubs {
		u()
	}
	select {
	case <-m.done:
	default:
		close(m.done)
	}
}

func (m *console) wait() tea.Cmd {
	return func() tea.Msg {
		select {
		case <-m.updates:
			return consoleChanged{}
		case <-time.After(time.Second):
			return consoleTick{}
		case <-m.h.stop:
			return tea.Quit()
		case <-m.done:
			return nil
		}
	}
}

func (m *console) Init() tea.Cmd { return m.wait() }

func (m *console) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.ht = msg.Width, msg.Height
		if m.debrief != nil {
			m.debrief.SetSize(m.w, m.ht-2)
		}
		return m, nil
	case consoleTick, consoleChanged:
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

func (m *console) current() *Table { return m.h.tables[m.sel] }

// did notes what the last act did: a format of zhMsg.
func (m *console) did(format string, a ...any) { m.status, m.failed = say(format, a...), nil }

// fail notes why the last act did nothing.
func (m *console) fail(err error) { m.status, m.failed = message{}, err }

// act notes the last act: why it did nothing if err, else what it did.
func (m *console) act(err error, format string, a ...any) {
	if err != nil {
		m.fail(err)
		return
	}
	m.did(format, a...)
}

// statusLine is the last act's note in the console's language.
func (m *console) statusLine() string {
	switch {
	case m.failed != nil:
		return m.tf("nothing", m.c.Err(m.failed))
	case m.status.format != "":
		return m.tf("done", m.c.Safe(m.status.In(m.c.Lang)))
	}
	return ""
}

// meterLabel names a meter (and its team) in both languages.
func (m *console) meterLabel(id, team string) bilingual.Pair {
	s := m.h.cfg.Scenario
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

func (m *console) key(k tea.KeyPressMsg) tea.Cmd {
	now := m.h.cfg.Now()
	t := m.current()
	s := m.h.cfg.Scenario
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
			m.sel = min(m.sel+1, len(m.h.tables)-1)
		case "tab", "enter":
			m.detail = !m.detail
		case "?":
			m.keys = !m.keys
		case "d":
			m.debrief = tui.NewDebrief(m.c, m.debriefGames()...)
			m.debrief.SetSize(m.w, m.ht-2)
		case "s":
			var round int
			t.Table.With(func(g *engine.Game) { round = g.RoundNumber() })
			switch {
			case m.h.cfg.TurnTime <= 0:
				m.fail(zhMsg.Errorf("the host runs without --turn-time: there is no clock"))
			case t.clock.start(now, round):
				m.did("clock started at table %d", t.N)
				m.h.log.Info("clock started", "table", t.N)
			default:
				m.fail(zhMsg.Errorf("the clock at table %d is already running", t.N))
			}
		case "p":
			switch {
			case !t.clock.togglePause(now):
				m.fail(zhMsg.Errorf("no clock is running at table %d (s starts it)", t.N))
			case t.Clock(now).Paused:
				m.did("clock paused at table %d", t.N)
				m.h.log.Info("clock paused", "table", t.N)
			default:
				m.did("clock resumed at table %d", t.N)
				m.h.log.Info("clock resumed", "table", t.N)
			}
		case "+", "=":
			if t.clock.extend(now, time.Minute) {
				m.did("clock extended by 1 minute at table %d", t.N)
				m.h.log.Info("clock extended", "table", t.N)
			} else {
				m.fail(zhMsg.Errorf("no clock is running at table %d (s starts it)", t.N))
			}
		case "a":
			t.expire()
			m.did("the undecided teams at table %d hold", t.N)
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
			for _, seat := range m.h.Seats() {
				if seat.Table == t.N {
					m.list = append(m.list, seat.User)
				}
			}
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
				m.act(t.Table.Apply(engine.Input{Kind: engine.Insert, Inject: choice, Reason: "facilitator"}), "inject %s comes next at table %d", choice, t.N)
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
			err := t.Table.Apply(engine.Input{Kind: engine.Adjust, Meter: m.meter, Team: m.team, Delta: m.delta, Reason: v})
			m.act(err, "%s %+d at table %d, journaled with its reason", m.meterLabel(m.meter, m.team), m.delta, t.N)
			if err == nil {
				m.h.log.Info("meter adjusted", "table", t.N, "meter", m.meter, "team", m.team, "delta", m.delta)
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
			m.act(t.Table.Apply(engine.Input{Kind: engine.End, Reason: "ended by the facilitator"}), "game ended at table %d", t.N)
		}
		m.mode = modeTables
	}
	return nil
}

// tableLine is one table's state: round, who has decided (not what), meters, clock.
func (m *console) tableLine(t *Table, conn map[string]int) string {
	var b strings.Builder
	b.WriteString(m.tf("tableno", t.N))
	t.Table.With(func(g *engine.Game) {
		if g.Over() {
			outcome := m.c.Text("outcome." + string(g.Outcome()))
			if m.c.Lang != "zh" {
				outcome = strings.ToUpper(outcome)
			}
			b.WriteString(m.tf("over", outcome))
		} else {
			b.WriteString(m.tf("round", g.RoundNumber(), g.Scenario().Rounds, m.c.Line(g.Current().Title)))
			for _, tm := range g.Scenario().Teams {
				state := m.t("waiting")
				if g.Decided(tm.ID) {
					state = m.t("decided")
				}
				b.WriteString(m.tf("teamstate", m.c.Safe(tm.Short), state, conn[teamUser(t.N, tm.ID)]))
			}
		}
		b.WriteString(m.tf("meters", g.Meter("tension", ""), g.Meter("trust", "")))
	})
	now := m.h.cfg.Now()
	switch err, since := t.Table.JournalHealth(); {
	case err != nil:
		b.WriteString(m.tf("notsaving", since.Local().Format("15:04:05"), m.c.Err(err)))
	case !since.IsZero() && now.Sub(since) < 10*time.Minute:
		b.WriteString(m.tf("savedagain", since.Local().Format("15:04:05")))
	}
	cs := t.Clock(now)
	switch {
	case !cs.Running:
	case cs.Paused:
		b.WriteString(m.tf("paused", minSec(cs.Remaining)))
	default:
		b.WriteString(m.tf("clock", minSec(cs.Remaining)))
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
func (m *console) privateView(t *Table, w int) []string {
	lang := m.c.Lang
	var lines []string
	add := func(s string) { lines = append(lines, textwrap.Lines(m.c.Safe(s), w)...) }
	t.Table.With(func(g *engine.Game) {
		s := g.Scenario()
		if g.Over() {
			for _, tm := range s.Teams {
				card := g.Card(tm.ID)
				var parts []string
				for _, p := range card.Principles {
					if !p.Tested() {
						parts = append(parts, m.tf("untested", score.Name(p.ID).In(lang), p.Score))
						continue
					}
					parts = append(parts, m.tf("principle", score.Name(p.ID).In(lang), p.Score, p.Level))
				}
				add(m.tf("card", tm.Name.In(lang), strings.Join(parts, " · "), g.Meter("interests", tm.ID)))
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
				add(m.tf("post", channel, s.Team(p.Team).Short, p.Text))
			}
		}
	})
	return lines
}

// View is the console's screen (tui.Frame).
func (m *console) View() tea.View { return tui.Frame(m.frame()) }

func (m *console) frame() string {
	if m.w < tui.MinWidth || m.ht < tui.MinHeight {
		return ansi.Truncate(m.t("small"), m.w, "")
	}
	st := m.c.Styles
	w := m.w
	if m.debrief != nil {
		return lipgloss.JoinVertical(lipgloss.Left,
			ansi.Truncate(st.Title.Render(m.t("debrief"))+"  "+st.Dim.Render(m.h.cfg.Scenario.Title.In(m.c.Lang)), w, m.c.Safe("…")),
			m.debrief.View(),
			ansi.Truncate(st.Dim.Render(m.t("debriefhelp")), w, m.c.Safe("…")))
	}
	var lines []string
	lines = append(lines, st.Title.Render(m.t("title"))+"  "+st.Dim.Render(m.h.cfg.Scenario.Title.In(m.c.Lang)))
	lines = append(lines, "")
	conn := m.h.Connected()
	for i, t := range m.h.tables {
		line := m.tableLine(t, conn)
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
		key := map[consoleMode]string{modeInject: "pickinject", modeMeter: "pickmeter", modeSeat: "pickseat", modeCode: "pickcode"}[m.mode]
		lines = append(lines, st.Strong.Render(m.t(key)))
		start := max(0, m.cursor-(m.ht-len(lines)-4))
		for i := start; i < len(m.list) && len(lines) < m.ht-3; i++ {
			label := m.list[i]
			switch m.mode {
			case modeInject:
				if in := m.h.cfg.Scenario.Inject(label); in != nil {
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
		key := "delta"
		if m.mode == modeReason {
			key = "reason"
		}
		lines = append(lines, st.Strong.Render(m.t(key)), tui.FieldView(m.input))
	case modeEnd:
		lines = append(lines, st.Warn.Render(m.t("confirmend")))
	default:
		if m.detail {
			lines = append(lines, st.PrivateTitle.Render(m.t("private")))
			lines = append(lines, m.privateView(m.current(), w)...)
		} else if m.allOver() {
			lines = append(lines, st.Strong.Render(m.t("outcomes")))
			for _, t := range m.h.tables {
				lines = append(lines, st.Strong.Render(strings.TrimSpace(fmt.Sprintf(m.t("tableno"), t.N))))
				lines = append(lines, m.privateView(t, w)...)
			}
		}
	}
	// Keep the status and help at the bottom, wrapped to the width (a path
	// in a note is never cut); cut what does not fit above them.
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, m.c.Safe("…"))
	}
	help := m.t("help")
	if m.keys {
		help = m.t("keys")
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

// debriefGames are every table's public record, for the debrief on the
// projector: each seat's read, choice and rationale only once revealed.
func (m *console) debriefGames() []tui.DebriefGame {
	var out []tui.DebriefGame
	for _, t := range m.h.tables {
		out = append(out, tui.DebriefGame{
			Label:    fmt.Sprintf(m.t("tableno"), t.N),
			Scenario: m.h.cfg.Scenario,
			View:     t.Table.View(engine.Observer),
		})
	}
	return out
}

func (m *console) allOver() bool {
	for _, t := range m.h.tables {
		over := false
		t.Table.With(func(g *engine.Game) { over = g.Over() })
		if !over {
			return false
		}
	}
	return true
}
