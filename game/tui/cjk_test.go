package tui

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"

	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/textwrap"
)

// zhScenario is the bilingual layout fixture: long Chinese text full of
// ambiguous-width punctuation.
func zhScenario(t testing.TB) *scenario.Scenario {
	t.Helper()
	s, err := scenario.LoadFile("testdata/zh.toml")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

const zhJournal = "/home/玩家/.local/share/brink/20260102-030405-zhtest.jsonl"

func zhSolo(t testing.TB) *Model {
	s := zhScenario(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn")
	return New(Config{Table: tb, Humans: []string{"cn"}, JournalPath: zhJournal, Now: clock0, NoAnimation: true, Coach: true, Lang: "zh"}, nil)
}

func zhHotseat(t testing.TB) *Model {
	s := zhScenario(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn", "us")
	return New(Config{Table: tb, Humans: []string{"cn", "us"}, JournalPath: zhJournal, Now: clock0, NoAnimation: true, Lang: "zh"}, nil)
}

func zhObserver(t testing.TB) *Model {
	s := zhScenario(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn", "us")
	return New(Config{Table: tb, Now: clock0, NoAnimation: true, Lang: "zh"}, nil)
}

func zhTitle(t testing.TB) *Model {
	s := zhScenario(t)
	cfg := menuConfig(t, s)
	cfg.Lang = "zh"
	m := New(cfg, nil)
	m.Update(scenarioLoadedMsg{id: s.ID, s: s})
	return m
}

// Chinese as an input method sends it: whole runes in one key message.
var (
	zhMessage   = runes("我们在物流网络中发现了植入程序，希望私下核对“技术细节”——你们能否协助？")
	zhRationale = runes("先核实，再表态……给对方留有余地。")
)

// zhRound plays the seat's round in Chinese: brief, hotline, assess,
// decide with a rationale.
var zhRound = []tea.Msg{kEnter, zhMessage, kEnter, kTab, kEnter, kTab, zhRationale, kEnter}

// untilScorecard plays on (Enter, a Chinese message, Tab) to the scorecard.
func untilScorecard(t testing.TB, m *Model) {
	for i := 0; i < 100 && m.cur != scrScorecard; i++ {
		switch m.cur {
		case scrHotline:
			press(m, zhMessage, kEnter, kTab)
		default:
			press(m, kEnter)
		}
	}
	if m.cur != scrScorecard {
		t.Fatalf("never reached the scorecard (at %d)", m.cur)
	}
}

type zhCase struct {
	name  string
	model func(t testing.TB) *Model
	keys  []tea.Msg
	then  func(t testing.TB, m *Model) // after the keys
	want  screenID
	menu  bool
}

func zhCases() []zhCase {
	return []zhCase{
		{name: "title", model: zhTitle, want: scrTitle},
		{name: "picker", model: zhTitle, keys: []tea.Msg{kDown, kEnter}, want: scrPicker},
		{name: "setup", model: zhTitle, keys: []tea.Msg{kEnter, kRight}, want: scrSetup},
		{name: "handover", model: zhHotseat, want: scrHandover},
		{name: "brief", model: zhSolo, want: scrBrief},
		{name: "hotline", model: zhSolo, keys: []tea.Msg{kEnter, zhMessage, kEnter, runes("请稍等，我们正在核实“IP地址”")}, want: scrHotline},
		{name: "assess", model: zhSolo, keys: []tea.Msg{kEnter, kTab, kDown, kRight}, want: scrAssess},
		{name: "decide", model: zhSolo, keys: []tea.Msg{kEnter, kTab, kEnter, kTab, zhRationale}, want: scrDecide},
		{name: "reveal", model: zhSolo, keys: zhRound, want: scrReveal},
		{name: "waiting", model: zhObserver, want: scrWaiting},
		{name: "scorecard", model: zhSolo, then: untilScorecard, want: scrScorecard},
		{name: "menu", model: zhSolo, keys: []tea.Msg{kEsc}, want: scrBrief, menu: true},
		{name: "principles", model: zhSolo, keys: []tea.Msg{kEsc, kDown, kEnter}, want: scrBrief, menu: true},
	}
}

func (zc zhCase) drive(t testing.TB, w, h int) *Model {
	t.Helper()
	m := zc.model(t)
	m.Update(sizeMsg(w, h))
	press(m, zc.keys...)
	if zc.then != nil {
		zc.then(t, m)
	}
	if m.cur != zc.want || m.menuOpen != zc.menu {
		t.Fatalf("%s: at screen %d (menu %v), want %d (menu %v)\n%s", zc.name, m.cur, m.menuOpen, zc.want, zc.menu, plain(m.View().Content))
	}
	return m
}

// Every screen in Chinese, over long Chinese text, at 80×24 and 120×40,
// every page of it: the frame is exactly the terminal, nothing had to be
// cut, no character is broken, box borders line up, no line starts with
// closing punctuation. With RUNEWIDTH_EASTASIAN=1 (TestEastAsianAmbiguous
// runs this again so) the ASCII mode is on and nothing on screen is of
// ambiguous width, so a CJK terminal draws every line exactly as wide.
func TestChineseScreens(t *testing.T) {
	if EastAsianWide(nil) && lipgloss.Width("“") != 2 {
		t.Fatal("RUNEWIDTH_EASTASIAN is set but lipgloss measures “ one cell wide")
	}
	for _, zc := range zhCases() {
		for _, sz := range sizes {
			w, h := sz[0], sz[1]
			t.Run(fmt.Sprintf("%s/%dx%d", zc.name, w, h), func(t *testing.T) {
				m := zc.drive(t, w, h)
				if m.c.Lang != "zh" {
					t.Fatalf("the UI is in %q", m.c.Lang)
				}
				if m.c.ASCII != EastAsianWide(nil) {
					t.Fatalf("ASCII mode %v with RUNEWIDTH_EASTASIAN=%q", m.c.ASCII, os.Getenv("RUNEWIDTH_EASTASIAN"))
				}
				for page := 0; page < 12; page++ {
					checkCJK(t, m, w, h)
					before := m.View().Content
					press(m, tea.KeyPressMsg{Code: tea.KeyPgDown})
					if m.View().Content == before {
						break
					}
				}
			})
		}
	}
}

// checkCJK is checkFits and more, for a screen with Chinese on it.
func checkCJK(t *testing.T, m *Model, w, h int) {
	t.Helper()
	checkFits(t, m, w, h)
	v := m.View().Content
	if !utf8.ValidString(v) || strings.ContainsRune(v, utf8.RuneError) {
		t.Errorf("a character was cut in the middle:\n%s", plain(v))
	}
	checkBorders(t, v)
	checkBreaks(t, v)
	if m.c.ASCII {
		checkUnambiguous(t, v)
		if m.late != 0 {
			t.Errorf("the frame had to map %d parts the screens drew with ambiguous characters", m.late)
		}
	}
}

// checkUnambiguous: every character is ASCII or wide, none of ambiguous
// width, and a terminal that draws ambiguous characters wide sees every
// line exactly as wide as lipgloss does.
func checkUnambiguous(t *testing.T, v string) {
	t.Helper()
	cjk := &runewidth.Condition{EastAsianWidth: true}
	for i, l := range strings.Split(v, "\n") {
		for _, r := range l {
			if r >= 0x80 && (runewidth.IsAmbiguousWidth(r) || runewidth.RuneWidth(r) != 2) {
				t.Errorf("line %d has %q (%U), neither ASCII nor wide: %q", i+1, r, r, l)
				break
			}
		}
		if cw, lw := cjk.StringWidth(ansi.Strip(l)), lipgloss.Width(l); cw != lw {
			t.Errorf("line %d is %d cells in a CJK terminal, %d by lipgloss: %q", i+1, cw, lw, l)
		}
	}
}

// cells is a line as the terminal's cells: a wide character fills its
// cell and leaves the next one "".
func cells(l string) []string {
	var out []string
	var state byte
	l = ansi.Strip(l)
	for len(l) > 0 {
		seq, w, n, next := ansi.DecodeSequence(l, state, nil)
		state = next
		l = l[n:]
		if w == 0 {
			continue
		}
		out = append(out, seq)
		for ; w > 1; w-- {
			out = append(out, "")
		}
	}
	return out
}

// checkBorders: every box that starts on screen (a +---+ top) has its
// sides in the same columns on every line down to its bottom or the end
// of the window.
func checkBorders(t *testing.T, v string) {
	t.Helper()
	lines := strings.Split(v, "\n")
	grid := make([][]string, len(lines))
	// Rounded Unicode boxes are checked as their ASCII shape.
	shape := strings.NewReplacer("╭", "+", "╮", "+", "╰", "+", "╯", "+", "─", "-", "│", "|")
	for i, l := range lines {
		grid[i] = cells(shape.Replace(l))
	}
	at := func(i, c int) string {
		if c < len(grid[i]) {
			return grid[i][c]
		}
		return ""
	}
	edge := func(i, a, b int) bool {
		if at(i, a) != "+" || at(i, b) != "+" {
			return false
		}
		for c := a + 1; c < b; c++ {
			if at(i, c) != "-" {
				return false
			}
		}
		return true
	}
	for i := range grid {
		for a := 0; a < len(grid[i]); a++ {
			if at(i, a) != "+" || at(i, a+1) != "-" {
				continue
			}
			b := a + 1
			for at(i, b) == "-" {
				b++
			}
			if at(i, b) != "+" {
				continue
			}
			for j := i + 1; j < len(grid); j++ {
				if edge(j, a, b) || at(j, a) != "|" {
					// The bottom, or the end of a scrolling window (or
					// this was a bottom whose top is scrolled away).
					break
				}
				if at(j, b) != "|" {
					t.Errorf("a box from column %d to %d (line %d) is broken on line %d: %q", a, b, i+1, j+1, lines[j])
					break
				}
			}
			a = b
		}
	}
}

// checkBreaks: no run of text on screen starts with closing punctuation
// or ends with an opening bracket (runs are separated by box borders and
// wide gaps).
func checkBreaks(t *testing.T, v string) {
	t.Helper()
	const noStart = "，。、；：？！）》」』】…"
	const noEnd = "（《「『【“"
	for i, l := range strings.Split(ansi.Strip(v), "\n") {
		for _, run := range strings.FieldsFunc(strings.ReplaceAll(l, "   ", "|"), func(r rune) bool { return r == '|' }) {
			run = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(run), ">"))
			if run == "" {
				continue
			}
			rs := []rune(run)
			if strings.ContainsRune(noStart, rs[0]) {
				t.Errorf("line %d: text starts with %q: %q", i+1, rs[0], l)
			}
			if strings.ContainsRune(noEnd, rs[len(rs)-1]) {
				t.Errorf("line %d: text ends with %q: %q", i+1, rs[len(rs)-1], l)
			}
		}
	}
}

// The scenario's Chinese is on screen, wrapped between characters: the
// brief's lines are full, not broken at the few spaces Chinese text has.
func TestChineseBriefWraps(t *testing.T) {
	for _, w := range []int{80, 120} {
		m := zhSolo(t)
		m.Update(sizeMsg(w, 40))
		v := plain(m.View().Content)
		for _, want := range []string{"港口停摆", "发现网络入侵", "约翰", "麦迪安式", "内部情报", "国家互联网应急中心"} {
			if !strings.Contains(v, want) {
				t.Errorf("%d columns: the brief lacks %q:\n%s", w, want, v)
			}
		}
		full := 0
		for _, l := range strings.Split(v, "\n")[4:] {
			// A line of the brief or the intelligence box filled to
			// within one Chinese character of its edge (the reading
			// width on a wide terminal).
			if l = strings.TrimRight(l, " |│"); lipgloss.Width(l) >= min(w-4, readingWidth)+2-2 {
				full++
			}
		}
		if full < 3 {
			t.Errorf("%d columns: the Chinese lines are not filled:\n%s", w, v)
		}
	}
}

// The ASCII mode maps what is shown and what is typed: scenario text,
// UI strings and a “quote” typed by an input method.
func TestASCIIMode(t *testing.T) {
	s := zhScenario(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn")
	m := New(Config{Table: tb, Humans: []string{"cn"}, Now: clock0, NoAnimation: true, Lang: "zh", ASCII: true}, nil)
	m.Update(sizeMsg(80, 24))
	v := m.View().Content
	for _, want := range []string{"港口停摆--长文本排", "「麦迪安式」", "约翰・克里", "工具--但这些"} {
		if !strings.Contains(strings.ReplaceAll(plain(v), "\n", ""), want) {
			t.Errorf("the ASCII brief lacks %q:\n%s", want, plain(v))
		}
	}
	checkCJK(t, m, 80, 24)
	press(m, kEnter, runes("他们说“马上”"), runes("……"))
	if got := m.screen.(*hotlineScreen).input.Value(); got != "他们说「马上」......" {
		t.Errorf("typed in ASCII mode: %q", got)
	}
	checkCJK(t, m, 80, 24)
	press(m, kEnter)
	posts := postsBy(m.sess.view.Posts, "cn")
	if len(posts) == 0 || posts[len(posts)-1].Text != "他们说「马上」......" {
		t.Errorf("the message sent: %+v", posts)
	}
	// Without the ASCII mode the punctuation stays as written.
	m2 := zhSolo(t)
	m2.Update(sizeMsg(80, 24))
	if !strings.Contains(plain(m2.View().Content), "“麦迪安式”") {
		t.Errorf("the ASCII mode is on without being asked for:\n%s", plain(m2.View().Content))
	}
}

// The environment variable turns the ASCII mode on the way go-runewidth
// and x/ansi read it.
func TestEastAsianWide(t *testing.T) {
	for v, want := range map[string]bool{"": false, "0": false, "1": true, "true": true, "TRUE": true, "false": false, "yes": false} {
		if got := EastAsianWide(func(string) string { return v }); got != want {
			t.Errorf("RUNEWIDTH_EASTASIAN=%q: %v, want %v", v, got, want)
		}
	}
}

// The width tests again with RUNEWIDTH_EASTASIAN=1, in a child process:
// x/ansi reads the variable once, when the program starts, and from then
// on lipgloss measures ambiguous characters two cells wide.
func TestEastAsianAmbiguous(t *testing.T) {
	if os.Getenv("RUNEWIDTH_EASTASIAN") != "" {
		t.Skip("this is the child process")
	}
	args := []string{"-test.run", "^(TestEveryScreenFits|TestChineseScreens|TestChineseTyping|TestLanguageSwitch|TestTooSmall)$", "-test.count=1"}
	if testing.Short() {
		args = append(args, "-test.short")
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "RUNEWIDTH_EASTASIAN=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("with RUNEWIDTH_EASTASIAN=1: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "PASS") {
		t.Fatalf("with RUNEWIDTH_EASTASIAN=1, no test ran:\n%s", out)
	}
}

// The mapping the ASCII mode uses leaves nothing ambiguous in the UI's own
// strings, in either language.
func TestCatalogueUnambiguous(t *testing.T) {
	for en, zh := range zhMsg {
		for _, v := range []string{en, zh} {
			for _, r := range textwrap.Unambiguous(v) {
				if runewidth.IsAmbiguousWidth(r) {
					t.Errorf("%q keeps %q in ASCII mode", v, r)
				}
			}
		}
	}
}
