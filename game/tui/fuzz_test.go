package tui

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/brink-ttx/brink/game/scenario"
)

// The property test: random keys, text, mouse wheels, ticks and resizes,
// over fixed seeds, mostly on hot-seat games of the default scenario. After
// every event: no panic, every line exactly the terminal's width, and no
// team's private intelligence on screen unless it is that team's own
// private phase. BRINK_FUZZ_EVENTS sets the total (default 100,000; 12,000
// with -short, which CI runs under the race detector).
func TestRandomInputProperties(t *testing.T) {
	total := 100_000
	if testing.Short() {
		total = 12_000
	}
	if n, err := strconv.Atoi(os.Getenv("BRINK_FUZZ_EVENTS")); err == nil && n > 0 {
		total = n
	}
	s := builtin(t)
	secrets := newSecrets(t, s)
	seeds := []uint64{1, 2, 3, 4, 5, 6, 7, 8}
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed%d", seed), func(t *testing.T) {
			t.Parallel()
			f := &fuzzer{t: t, s: s, secrets: secrets, rng: rand.New(rand.NewPCG(seed, 0x5eed)), seed: seed}
			f.run(total / len(seeds))
			t.Logf("seed %d: %d events, %d games, %d reveals, %d scorecards, %d privacy checks in private phases",
				seed, total/len(seeds), f.games, f.reveals, f.scorecards, f.private)
		})
	}
}

type fuzzer struct {
	t       *testing.T
	s       *scenario.Scenario
	secrets *secrets
	rng     *rand.Rand
	seed    uint64
	m       *Model
	w, h    int
	now     time.Time

	games, reveals, scorecards, private int
	lastCur                             screenID
	lastView                            string
	zh                                  bool
}

// fresh starts a new model: most are hot-seat games (where privacy
// matters), some solo, some from the title.
func (f *fuzzer) fresh() {
	if f.m != nil {
		f.m.Close()
	}
	f.games++
	f.now = fixedNow
	clock := func() time.Time { return f.now }
	turn := time.Duration(0)
	if f.rng.IntN(3) == 0 {
		turn = time.Minute
	}
	switch k := f.rng.IntN(6); {
	case k < 4:
		tb := newTable(f.t, f.s, f.rng.Uint64(), "random", f.s.TeamIDs()...)
		f.m = New(Config{Table: tb, Humans: f.s.TeamIDs(), Now: clock, TurnTime: turn, NoAnimation: k == 0}, nil)
	case k == 4:
		team := f.s.Teams[f.rng.IntN(len(f.s.Teams))].ID
		tb := newTable(f.t, f.s, f.rng.Uint64(), "random", team)
		f.m = New(Config{Table: tb, Humans: []string{team}, Now: clock, TurnTime: turn, Coach: true}, nil)
	default:
		cfg := menuConfig(f.t, f.s)
		cfg.Now, cfg.TurnTime, cfg.Hotseat = clock, turn, f.rng.IntN(2) == 0
		f.m = New(cfg, nil)
	}
	// One game in five in Chinese: widths of CJK text, wrapped between
	// characters; F2 and L switch languages mid-game too. (The privacy
	// check reads English intelligence, so it skips Chinese screens.)
	if f.zh = f.rng.IntN(5) == 0; f.zh {
		cfg := f.m.cfg
		f.m.Close()
		f.m = New(cfg, NewCommon(0, "zh"))
	}
	f.m.Update(sizeMsg(f.w, f.h))
}

func (f *fuzzer) run(n int) {
	f.w, f.h = 80, 24
	f.fresh()
	for i := 0; i < n; i++ {
		msg := f.event()
		f.step(i, msg)
		if f.m.Quitting() || (f.m.cur == scrScorecard && f.rng.IntN(40) == 0) {
			f.fresh()
		}
	}
}

func (f *fuzzer) step(i int, msg tea.Msg) {
	defer func() {
		if r := recover(); r != nil {
			f.t.Fatalf("seed %d, event %d (%#v) at screen %d: panic: %v", f.seed, i, msg, f.m.cur, r)
		}
	}()
	f.m.Update(msg)
	v := f.m.View().Content
	if f.m.Quitting() {
		return
	}
	if v == f.lastView && f.m.cur == f.lastCur {
		return // the same frame as before: already checked
	}
	f.lastView = v
	lines := strings.Split(v, "\n")
	if len(lines) != f.h {
		f.t.Fatalf("seed %d, event %d (%#v): %d lines on a %d-line terminal", f.seed, i, msg, len(lines), f.h)
	}
	for _, l := range lines {
		if lipgloss.Width(l) != f.w {
			f.t.Fatalf("seed %d, event %d (%#v) at screen %d: a line %d wide on a %d-wide terminal: %q", f.seed, i, msg, f.m.cur, lipgloss.Width(l), f.w, l)
		}
	}
	if f.m.overflow != 0 {
		f.t.Fatalf("seed %d, event %d (%#v) at screen %d, %dx%d: the layout overflowed:\n%s", f.seed, i, msg, f.m.cur, f.w, f.h, plain(v))
	}
	f.checkPrivacy(i, msg, v)
	if f.m.cur != f.lastCur {
		switch f.m.cur {
		case scrReveal:
			f.reveals++
		case scrScorecard:
			f.scorecards++
		}
		f.lastCur = f.m.cur
	}
}

// checkPrivacy: the seat whose private phase is on screen may see its own
// intelligence; nobody else's may show, ever.
func (f *fuzzer) checkPrivacy(i int, msg tea.Msg, v string) {
	m := f.m
	if m.c.Lang != "en" {
		return
	}
	allowed := "-"
	if m.sess != nil && !m.menuOpen && !m.tooSmall() && m.cur.private() {
		allowed = m.sess.seat
		f.private++
	}
	if team, chunk := f.secrets.leak(v, allowed); team != "" {
		f.t.Fatalf("seed %d, event %d (%#v): screen %d (seat %q) shows %s's private intelligence (%q):\n%s",
			f.seed, i, msg, m.cur, allowed, team, chunk, plain(v))
	}
}

var fuzzText = []string{"a", "q", "?", "c", "s", "n", "k", "j", "1", "2", "3", "9", " ", "Hello", "我们", "谈谈", "\t", "x"}

func (f *fuzzer) event() tea.Msg {
	r := f.rng
	switch k := r.IntN(1000); {
	case k < 330:
		return kEnter
	case k < 420:
		return kTab
	case k < 440:
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case k < 480:
		return kEsc
	case k < 560:
		return []tea.Msg{kUp, kDown, kLeft, kRight}[r.IntN(4)]
	case k < 590:
		return []tea.Msg{tea.KeyPressMsg{Code: tea.KeyPgUp}, tea.KeyPressMsg{Code: tea.KeyPgDown}, tea.KeyPressMsg{Code: tea.KeyHome}, tea.KeyPressMsg{Code: tea.KeyEnd}}[r.IntN(4)]
	case k < 760:
		return runes(fuzzText[r.IntN(len(fuzzText))])
	case k < 800:
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case k < 810:
		return tea.KeyPressMsg{Code: 'o', Mod: tea.ModCtrl}
	case k < 830:
		b := []tea.MouseButton{tea.MouseWheelUp, tea.MouseWheelDown}[r.IntN(2)]
		return tea.MouseWheelMsg{Button: b, X: r.IntN(80), Y: r.IntN(24)}
	case k < 850:
		return f.resize()
	case k < 900:
		f.now = f.now.Add(time.Duration(r.IntN(40)) * time.Second)
		return timerTickMsg{gen: f.m.timerGen}
	case k < 950:
		if rs, ok := f.m.screen.(*revealScreen); ok {
			return animMsg{r: rs}
		}
		return kDown
	case k < 990:
		return runes(string(rune('a' + r.IntN(26))))
	case k < 999:
		return []tea.Msg{kF2, runes("L")}[r.IntN(2)] // switch the language
	default:
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
}

// resize mostly keeps to playable sizes, sometimes goes below 80×24.
func (f *fuzzer) resize() tea.Msg {
	r := f.rng
	switch r.IntN(4) {
	case 0:
		f.w, f.h = 80, 24
	case 1:
		f.w, f.h = 120, 40
	case 2:
		f.w, f.h = 80+r.IntN(121), 24+r.IntN(37)
	default:
		f.w, f.h = 1+r.IntN(100), 1+r.IntN(30)
	}
	return sizeMsg(f.w, f.h)
}

// secrets are each team's private intelligence, as 5-word shingles that
// appear nowhere else in the scenario: one on screen is a leak.
type secrets struct {
	shingles map[string]string // shingle → team
}

const shingleWords = 5

func newSecrets(t testing.TB, s *scenario.Scenario) *secrets {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	all := normalize(b.String())
	// Count every shingle of every intel text; a shingle that occurs in the
	// whole scenario more often than in one team's intel is not theirs alone.
	own := map[string]map[string]int{}
	for _, in := range s.Injects {
		for team, text := range in.Intel {
			if own[team] == nil {
				own[team] = map[string]int{}
			}
			for _, sh := range shingles(normalize(text.In("en"))) {
				own[team][sh]++
			}
		}
	}
	sec := &secrets{shingles: map[string]string{}}
	for team, shs := range own {
		for sh, n := range shs {
			if strings.ContainsAny(sh, `"\`) || strings.Count(all, sh) > n {
				continue
			}
			sec.shingles[sh] = team
		}
	}
	if len(sec.shingles) == 0 {
		t.Fatal("no private intelligence to look for")
	}
	return sec
}

// leak returns a team other than allowed whose intelligence is on screen.
func (s *secrets) leak(view, allowed string) (team, chunk string) {
	for _, sh := range shingles(screenText(view)) {
		if tm, ok := s.shingles[sh]; ok && tm != allowed {
			return tm, sh
		}
	}
	return "", ""
}

// screenText is the words on screen in reading order, box borders removed,
// so a paragraph wrapped inside a box reads as one.
func screenText(view string) string {
	var b strings.Builder
	for _, l := range strings.Split(ansi.Strip(view), "\n") {
		l = strings.TrimSpace(l)
		l = strings.Trim(l, "|+")
		b.WriteString(l)
		b.WriteByte(' ')
	}
	return normalize(b.String())
}

func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

func shingles(s string) []string {
	w := strings.Fields(s)
	if len(w) < shingleWords {
		if len(w) == 0 {
			return nil
		}
		return []string{strings.Join(w, " ")}
	}
	out := make([]string, 0, len(w)-shingleWords+1)
	for i := 0; i+shingleWords <= len(w); i++ {
		out = append(out, strings.Join(w[i:i+shingleWords], " "))
	}
	return out
}

// The privacy check itself must catch a leak: the cn brief seen as us.
func TestSecretsCatchALeak(t *testing.T) {
	s := builtin(t)
	sec := newSecrets(t, s)
	tb := newTable(t, s, demoSeed, "random", s.TeamIDs()...)
	m := New(Config{Table: tb, Humans: s.TeamIDs(), Now: clock0, NoAnimation: true}, nil)
	m.Update(sizeMsg(120, 40))
	press(m, kEnter) // the hand-over to the first seat, then its brief
	if m.cur != scrBrief {
		t.Fatalf("at %d", m.cur)
	}
	seat := m.sess.seat
	if team, _ := sec.leak(m.View().Content, seat); team != "" {
		t.Fatalf("the seat's own brief counted as a leak of %s", team)
	}
	if team, _ := sec.leak(m.View().Content, "-"); team != seat {
		t.Fatalf("the check missed %s's intelligence on screen (found %q)", seat, team)
	}
}
