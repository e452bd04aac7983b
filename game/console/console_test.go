package console

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/table"
	"github.com/brink-ttx/brink/game/tui"
)

// fakeHost is a host for the console's tests: tables of the mechanics
// fixture, clocks that keep their state and nothing else, seats named as
// game/host names them, and a record of the seats the console acts on.
type fakeHost struct {
	s        *scenario.Scenario
	tables   []*fakeTable
	turn     time.Duration
	sessions map[string]int // by seat
	freed    []string
	log      *bytes.Buffer
	done     chan struct{}
}

// fakeTable is a table of fakeHost: a real game, a clock of its own.
type fakeTable struct {
	n     int
	g     *table.Table
	turn  time.Duration
	clock ClockState
}

func (h *fakeHost) Scenario() *scenario.Scenario { return h.s }
func (h *fakeHost) TurnTime() time.Duration      { return h.turn }
func (h *fakeHost) Now() time.Time               { return time.Unix(7000, 0) }
func (h *fakeHost) Log() *slog.Logger            { return slog.New(slog.NewTextHandler(h.log, nil)) }
func (h *fakeHost) Done() <-chan struct{}        { return h.done }

func (h *fakeHost) Tables() []Table {
	var out []Table
	for _, t := range h.tables {
		out = append(out, t)
	}
	return out
}

func (h *fakeHost) Seats(n int) []string {
	return []string{fmt.Sprintf("t%d-a", n), fmt.Sprintf("t%d-b", n), fmt.Sprintf("t%d-observer", n)}
}

func (h *fakeHost) Sessions(n int) map[string]int {
	return map[string]int{"a": h.sessions[fmt.Sprintf("t%d-a", n)], "b": h.sessions[fmt.Sprintf("t%d-b", n)]}
}

func (h *fakeHost) FreeSeat(user string) int {
	h.freed = append(h.freed, user)
	return h.sessions[user]
}

func (h *fakeHost) NewCode(user string) (string, int, error) {
	h.freed = append(h.freed, user)
	return "k7mx2-q9rtd", h.sessions[user], nil
}

func (t *fakeTable) Number() int                { return t.n }
func (t *fakeTable) Game() *table.Table         { return t.g }
func (t *fakeTable) Clock(time.Time) ClockState { return t.clock }
func (t *fakeTable) TogglePause(time.Time) bool {
	if !t.clock.Running {
		return false
	}
	t.clock.Paused = !t.clock.Paused
	return true
}

func (t *fakeTable) StartClock(_ time.Time, round int) bool {
	if t.turn <= 0 || t.clock.Running {
		return false
	}
	t.clock = ClockState{Running: true, Remaining: t.turn}
	return true
}

func (t *fakeTable) ExtendClock(_ time.Time, d time.Duration) bool {
	if !t.clock.Running {
		return false
	}
	t.clock.Remaining += d
	return true
}

// newTestConsole is a console of a fakeHost with n tables, drawn in lang
// at 120×36; turn is the clock's time per round (0: no clock).
func newTestConsole(t *testing.T, n int, lang bilingual.Lang, turn time.Duration) (*fakeHost, *Model) {
	t.Helper()
	s, err := scenario.LoadFile("../engine/testdata/mech.toml")
	if err != nil {
		t.Fatal(err)
	}
	h := &fakeHost{s: s, turn: turn, sessions: map[string]int{}, log: &bytes.Buffer{}, done: make(chan struct{})}
	for i := 1; i <= n; i++ {
		h.tables = append(h.tables, &fakeTable{n: i, g: table.New(engine.New(s, uint64(i-1)), nil, nil, h.Now), turn: turn})
	}
	m := New(h, tui.NewCommon(colorprofile.NoTTY, lang))
	t.Cleanup(m.Close)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 36})
	return h, m
}

func keys(m *Model, ks ...string) {
	for _, k := range ks {
		var msg tea.KeyPressMsg
		switch k {
		case "enter":
			msg = tea.KeyPressMsg{Code: tea.KeyEnter}
		case "down":
			msg = tea.KeyPressMsg{Code: tea.KeyDown}
		case "esc":
			msg = tea.KeyPressMsg{Code: tea.KeyEscape}
		case "tab":
			msg = tea.KeyPressMsg{Code: tea.KeyTab}
		default:
			msg = tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
		}
		m.Update(msg)
	}
}

func TestConsoleAdjustInsertEnd(t *testing.T) {
	h, m := newTestConsole(t, 2, bilingual.English, 0)
	keys(m, "down") // table 2
	keys(m, "m")    // meters: tension, trust, interests.a, interests.b
	if m.View().Cursor != nil {
		t.Error("a cursor while no field is typed in")
	}
	keys(m, "down", "down", "down", "enter", "-")
	// A paste goes into the field as typing does; the terminal's cursor
	// stands after it.
	m.Update(tea.PasteMsg{Content: "7"})
	if v := m.View(); v.Cursor == nil || !strings.HasSuffix(ansi.Truncate(strings.Split(v.Content, "\n")[v.Cursor.Y], v.Cursor.X, ""), "> -7") {
		t.Errorf("the change's cursor is at %+v:\n%s", v.Cursor, v.Content)
	}
	keys(m, "enter", "domestic pressure", "enter")
	t2 := h.tables[1].g
	if got := t2.View("b"); func() int { mv, _ := got.Meter("interests", "b"); return mv.Value }() != 43 {
		t.Fatalf("interests.b at table 2 should be 50−7; status %q", m.statusLine())
	}
	if v := h.tables[0].g.View("b"); func() int { mv, _ := v.Meter("interests", "b"); return mv.Value }() != 50 {
		t.Fatal("the adjustment reached the wrong table")
	}
	keys(m, "i", "down", "enter") // the second inject in file order: answer
	keys(m, "e", "y")
	var acts []engine.FacilitatorAction
	t2.With(func(g *engine.Game) { acts = g.Actions() })
	if len(acts) != 3 || acts[0].Kind != engine.Adjust || acts[0].Reason != "domestic pressure" || acts[1].Inject != "answer" || acts[2].Kind != engine.End {
		t.Errorf("facilitator actions: %+v", acts)
	}
	if !t2.View("").Over {
		t.Error("e y should end the game")
	}
	keys(m, "e", "n")
	if h.tables[0].g.View("").Over {
		t.Error("any key but y cancels the end")
	}
}

func TestConsoleShowsWhoDecidedNotWhat(t *testing.T) {
	h, m := newTestConsole(t, 1, bilingual.English, 0)
	tb := h.tables[0].g
	tb.Apply(engine.Input{Kind: engine.Assess, Team: "a", Hypothesis: "soft", Confidence: 70})
	tb.Apply(engine.Input{Kind: engine.Choose, Team: "a", Option: "calm", Rationale: "RATIONALE-A"})
	h.sessions["t1-a"] = 2
	v := m.View().Content
	if !strings.Contains(v, "A:decided(2)") || !strings.Contains(v, "B:waiting(0)") {
		t.Errorf("the table line should say who decided:\n%s", v)
	}
	if strings.Contains(v, "Calm") || strings.Contains(v, "RATIONALE-A") {
		t.Errorf("the console shows what a team chose before the reveal")
	}
	keys(m, "tab")
	v = m.View().Content
	if !strings.Contains(v, "SECRET-A-ONE") || !strings.Contains(v, "SECRET-B-ONE") {
		t.Errorf("the white cell sees every team's intelligence:\n%s", v)
	}
	for _, line := range strings.Split(v, "\n") {
		if lipgloss.Width(line) > 120 {
			t.Errorf("line wider than the terminal: %q", line)
		}
	}
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	if !strings.Contains(m.View().Content, "too small") {
		t.Error("a small terminal gets a clear message")
	}
}

func TestConsoleSwitchesLanguage(t *testing.T) {
	_, m := newTestConsole(t, 1, bilingual.English, 0)
	if !strings.Contains(m.View().Content, "facilitator console") {
		t.Fatal("English first")
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyF2})
	if v := m.View().Content; !strings.Contains(v, "导演控制台") || !strings.Contains(v, "F2 English") {
		t.Fatalf("F2 should switch to Chinese:\n%s", v)
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyF2})
	if !strings.Contains(m.View().Content, "facilitator console") {
		t.Fatal("F2 again switches back")
	}
}

// Every act of the console says what it did, or why it did nothing, in the
// console's language; F2 says the last one again in the other language.
func TestConsoleSaysWhatItDidInItsLanguage(t *testing.T) {
	type step struct {
		keys   []string
		en, zh string
	}
	steps := []step{
		{[]string{"p"}, "nothing to do: no clock is running at table 1 (s starts it)", "无法执行：第 1 桌没有在计时（按 s 开始）"},
		{[]string{"s"}, "done: clock started at table 1", "已执行：第 1 桌已开始计时"},
		{[]string{"s"}, "nothing to do: the clock at table 1 is already running", "无法执行：第 1 桌已在计时"},
		{[]string{"p"}, "done: clock paused at table 1", "已执行：第 1 桌的计时已暂停"},
		{[]string{"p"}, "done: clock resumed at table 1", "已执行：第 1 桌的计时已继续"},
		{[]string{"+"}, "done: clock extended by 1 minute at table 1", "已执行：第 1 桌的计时延长了 1 分钟"},
		{[]string{"m", "down", "enter", "x", "enter", "esc"}, `nothing to do: "x" is not a change (e.g. +10 or -5)`, `无法执行："x" 不是有效的变化量（如 +10 或 -5）`},
		{[]string{"m", "down", "down", "enter", "+3", "enter", "why", "enter"}, "done: Interests A +3 at table 1, journaled with its reason", "已执行：利益 A +3（第 1 桌），已连同理由记入推演记录"},
		{[]string{"i", "down", "enter"}, "done: inject answer comes next at table 1", "已执行：事件 answer 将在第 1 桌的下一回合出现"},
		{[]string{"f", "enter"}, "done: seat t1-a freed: 0 sessions disconnected", "已执行：席位 t1-a 已释放：断开了 0 个连接"},
		{[]string{"c", "down", "enter"}, "done: seat t1-b has the join code k7mx2-q9rtd now: 0 sessions disconnected", "已执行：席位 t1-b 的加入码现为 k7mx2-q9rtd：断开了 0 个连接"},
		{[]string{"a"}, "done: A, B hold at table 1", "已执行：A, B 在第 1 桌按默认选项处理"},
		{[]string{"e", "y"}, "done: game ended at table 1", "已执行：第 1 桌的推演已结束"},
		{[]string{"a"}, "nothing to do: no team at table 1 is waiting for its decision", "无法执行：第 1 桌没有尚未决定的参演方"},
	}
	for _, lang := range bilingual.Langs {
		h, m := newTestConsole(t, 1, lang, 2*time.Minute)
		for _, st := range steps {
			keys(m, st.keys...)
			want, other := st.en, st.zh
			if lang == "zh" {
				want, other = other, want
			}
			if v := m.View().Content; !strings.Contains(v, want) {
				t.Errorf("%s %v: the status should say %q:\n%s", lang, st.keys, want, v)
			}
			// F2 says the same in the other language, and back.
			m.Update(tea.KeyPressMsg{Code: tea.KeyF2})
			if v := m.View().Content; !strings.Contains(v, other) {
				t.Errorf("%s %v, then F2: the status should say %q:\n%s", lang, st.keys, other, v)
			}
			m.Update(tea.KeyPressMsg{Code: tea.KeyF2})
		}
		v := m.View().Content
		if lang == "zh" {
			for _, want := range []string{"第 1 桌  已结束：", "紧张度", "互信"} {
				if !strings.Contains(v, want) {
					t.Errorf("zh: the table line lacks %q:\n%s", want, v)
				}
			}
			if left := bilingualtest.EnglishLeft(strings.Join(strings.Split(v, "\n")[:4], "\n")); left != "" {
				t.Errorf("zh: the console still says %q:\n%s", left, v)
			}
		} else if !strings.Contains(v, "Table 1  over: ") {
			t.Errorf("en: the table line:\n%s", v)
		}
		// The acts reached the host and the game: the seats, the holds, the log.
		if fmt.Sprint(h.freed) != "[t1-a t1-b]" {
			t.Errorf("%s: seats acted on %v", lang, h.freed)
		}
		if v := h.tables[0].g.View(engine.Observer); len(v.History) != 1 || !v.History[0].Choices[0].Held || !v.History[0].Choices[1].Held {
			t.Errorf("%s: a should hold both teams in round 1: %+v", lang, v.History)
		}
		for _, want := range []string{`"clock started" table=1`, `"clock paused" table=1`, `"clock resumed" table=1`, `"clock extended" table=1`, `"meter adjusted" table=1 meter=interests team=a delta=3`,
			`"inject inserted" table=1 inject=answer`, `"teams held by the facilitator" table=1 round=1 teams="[a b]"`, `"game ended" table=1`} {
			if !strings.Contains(h.log.String(), want) {
				t.Errorf("%s: the log lacks %q:\n%s", lang, want, h.log)
			}
		}
	}
	// Without --turn-time there is no clock to start.
	_, m := newTestConsole(t, 1, bilingual.Chinese, 0)
	keys(m, "s")
	if v := m.View().Content; !strings.Contains(v, "无法执行：主持端未设置 --turn-time：没有计时") {
		t.Errorf("s without a turn time:\n%s", v)
	}
}

// The pick lists name each meter in the console's language.
func TestConsoleMeterNamesInItsLanguage(t *testing.T) {
	_, m := newTestConsole(t, 1, bilingual.Chinese, 0)
	keys(m, "m")
	if v := m.View().Content; !strings.Contains(v, "interests.a — 利益 A") || !strings.Contains(v, "trust — ") {
		t.Errorf("the meters to adjust, in Chinese:\n%s", v)
	}
}

// The console's key hints fit 120 columns, '?' lists every key, a long
// note wraps instead of being cut, and 'd' puts every table's debrief side
// by side for the projector.
func TestConsoleKeysAndDebrief(t *testing.T) {
	h, m := newTestConsole(t, 2, bilingual.English, 0)
	last := func() []string {
		lines := strings.Split(strings.TrimRight(m.View().Content, "\n"), "\n")
		return lines
	}
	lines := last()
	if hint := lines[len(lines)-1]; lipgloss.Width(hint) > 120 || !strings.Contains(hint, "? every key") || strings.HasSuffix(hint, "…") {
		t.Errorf("the key hints at 120 columns: %q", hint)
	}
	keys(m, "?")
	all := strings.Join(last(), " ")
	for _, k := range []string{"s start its clock", "c give a seat a new join code", "m adjust a meter", "d the debrief", "f free a seat"} {
		if !strings.Contains(strings.Join(strings.Fields(all), " "), k) {
			t.Errorf("'?' does not list %q:\n%s", k, m.View().Content)
		}
	}
	keys(m, "?")
	long := strings.Repeat("/very/long/folder", 10) + "/journal.jsonl"
	m.did("%s", long)
	if v := strings.Join(strings.Fields(strings.ReplaceAll(m.View().Content, "\n", "")), ""); !strings.Contains(v, strings.ReplaceAll(long, " ", "")) {
		t.Errorf("a long note is cut:\n%s", m.View().Content)
	}
	// Play round 1 at both tables, then open the debrief.
	for _, tb := range h.tables {
		for _, in := range []engine.Input{
			{Kind: engine.Assess, Team: "a", Hypothesis: "hard", Confidence: 90},
			{Kind: engine.Choose, Team: "a", Option: "calm"},
			{Kind: engine.Assess, Team: "b", Hypothesis: "x", Confidence: 70},
			{Kind: engine.Choose, Team: "b", Option: "talk"},
		} {
			if err := tb.g.Apply(in); err != nil {
				t.Fatal(err)
			}
		}
	}
	keys(m, "d")
	v := m.View().Content
	if !strings.Contains(v, "Debrief, every table side by side") || !strings.Contains(v, "Table 1") || !strings.Contains(v, "Table 2") {
		t.Fatalf("the debrief on the console:\n%s", v)
	}
	for _, l := range strings.Split(v, "\n") {
		if lipgloss.Width(l) > 120 {
			t.Errorf("a debrief line is %d wide: %q", lipgloss.Width(l), l)
		}
	}
	keys(m, "esc")
	if strings.Contains(m.View().Content, "Debrief, every table") {
		t.Error("esc does not leave the debrief")
	}
}

// Once every table is over, the console's outcomes say which table each
// scorecard belongs to.
func TestConsoleOutcomesNameTheirTables(t *testing.T) {
	h, m := newTestConsole(t, 2, bilingual.English, 0)
	for _, tb := range h.tables {
		if err := tb.g.Apply(engine.Input{Kind: engine.End, Reason: "time"}); err != nil {
			t.Fatal(err)
		}
	}
	v := m.View().Content
	i1 := regexp.MustCompile(`(?m)^Table 1 *$`).FindStringIndex(v)
	i2 := regexp.MustCompile(`(?m)^Table 2 *$`).FindStringIndex(v)
	if !strings.Contains(v, "Outcomes") || i1 == nil || i2 == nil || i2[0] < i1[0] || !strings.Contains(v, "(not tested)") {
		t.Errorf("the outcomes do not name their tables:\n%s", v)
	}
}

// journalStub keeps the inputs it records, and refuses them while full is
// set, as a full disk does.
type journalStub struct {
	ins  []engine.Input
	full bool
}

func (j *journalStub) Record(in engine.Input, _ time.Time) error {
	if j.full {
		return errors.New("no space left on device")
	}
	j.ins = append(j.ins, in)
	return nil
}

// The facilitator's hold (a) says so when the journal refuses it, and
// holds no one; once the journal saves, it holds, journaled as the
// facilitator's act, not as time running out.
func TestConsoleHoldSaysWhatTheJournalDid(t *testing.T) {
	h, m := newTestConsole(t, 1, bilingual.English, 0)
	rec := &journalStub{full: true}
	h.tables[0].g = table.New(engine.New(h.s, 0), nil, rec, h.Now)
	keys(m, "a")
	if v := m.View().Content; !strings.Contains(v, "nothing to do: not accepted: the game's journal cannot be written") {
		t.Errorf("a, with the journal refusing the holds:\n%s", v)
	}
	if v := h.tables[0].g.View(engine.Observer); v.Round != 1 || v.Teams[0].Decided || v.Teams[1].Decided {
		t.Errorf("a refused by the journal held someone: round %d, %+v", v.Round, v.Teams)
	}
	if strings.Contains(h.log.String(), "teams held") {
		t.Errorf("the log says teams held that the journal refused:\n%s", h.log)
	}
	rec.full = false
	keys(m, "a")
	if v := m.View().Content; !strings.Contains(v, "done: A, B hold at table 1") {
		t.Errorf("a, with the journal saving again:\n%s", v)
	}
	var reasons []string
	for _, in := range rec.ins {
		if in.Kind == engine.Hold {
			reasons = append(reasons, in.Team+": "+in.Reason)
		}
	}
	if fmt.Sprint(reasons) != "[a: held by the facilitator b: held by the facilitator]" {
		t.Errorf("the journal's holds: %v", reasons)
	}
}
