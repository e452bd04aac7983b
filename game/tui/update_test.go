package tui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/table"
)

func TestTitleToSoloGameInTwoEnters(t *testing.T) {
	m := titleModel(t)
	m.Update(sizeMsg(80, 24))
	press(m, kEnter)
	if m.cur != scrSetup {
		t.Fatalf("Enter on the title: screen %d, want the seat setup", m.cur)
	}
	press(m, kEnter)
	if m.sess == nil || m.cur != scrBrief {
		t.Fatalf("Enter on the seat setup: screen %d, want the brief of a solo game", m.cur)
	}
	if m.sess.hotseat() || m.sess.seat != "cn" || !m.sess.t.IsBot("us") {
		t.Errorf("want solo as cn with us played by a bot; humans %v", m.sess.humans)
	}
}

func TestPickerAndSetupNavigation(t *testing.T) {
	m := titleModel(t)
	m.Update(sizeMsg(100, 30))
	press(m, kDown, kEnter)
	if m.cur != scrPicker {
		t.Fatalf("want the picker, at %d", m.cur)
	}
	press(m, kDown) // the second entry does not load: the details say so
	if !strings.Contains(m.View().Content, "not exist") {
		t.Errorf("a scenario that fails to load should show its error:\n%s", plain(m.View().Content))
	}
	press(m, kEnter)
	if m.cur != scrPicker {
		t.Fatalf("Enter on a broken scenario left the picker")
	}
	press(m, kUp, kEnter)
	if m.cur != scrSetup {
		t.Fatalf("want the seat setup, at %d", m.cur)
	}
	// Make both teams computer-played: the setup refuses to start.
	press(m, kRight, kDown, kRight)
	su := m.screen.(*setupScreen)
	if len(su.humans()) != 0 {
		// the first Right turned cn into a bot; us was already one
		t.Fatalf("humans %v", su.humans())
	}
	press(m, kEnter)
	if m.cur != scrSetup || !strings.Contains(m.View().Content, "at least one") {
		t.Fatalf("starting with no human seat should be refused:\n%s", plain(m.View().Content))
	}
	// Both human: hot-seat, starting with a hand-over.
	press(m, kUp, kLeft, kDown)
	for su.choice[1] != 0 {
		press(m, kRight)
	}
	if !strings.Contains(m.View().Content, "Hot-seat") {
		t.Errorf("the setup should announce hot-seat play:\n%s", plain(m.View().Content))
	}
	press(m, runes("c"), kEnter)
	if m.cur != scrHandover || !m.sess.hotseat() || !m.c.Coach {
		t.Fatalf("want a coached hot-seat game at the hand-over; at %d", m.cur)
	}
	press(m, kEsc)
	if !m.menuOpen {
		t.Fatal("Esc should open the menu in game")
	}
	press(m, kEsc)
	if m.menuOpen {
		t.Fatal("Esc should close the menu")
	}
	// Back from the setup goes to the picker, and from the picker to the title.
	m2 := titleModel(t)
	m2.Update(sizeMsg(80, 24))
	press(m2, kDown, kEnter, kEnter, kEsc)
	if m2.cur != scrPicker {
		t.Fatalf("Esc on the setup: at %d, want the picker", m2.cur)
	}
	press(m2, kEsc)
	if m2.cur != scrTitle {
		t.Fatalf("Esc on the picker: at %d, want the title", m2.cur)
	}
}

func TestRoundInputsReachTheEngine(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(80, 24))
	press(m, kEnter) // brief → hotline
	if m.cur != scrHotline {
		t.Fatalf("at %d, want the hotline", m.cur)
	}
	// Chinese arrives as one key message of several runes, as a terminal's
	// input method sends it; "?" and "q" are typing here, not keys.
	press(m, tea.KeyPressMsg{Code: []rune("我们愿意私下核实?q")[0], Text: "我们愿意私下核实?q"}, kEnter)
	posts := postsBy(m.sess.view.Posts, "cn")
	if len(posts) == 0 || posts[len(posts)-1].Text != "我们愿意私下核实?q" || posts[len(posts)-1].Team != "cn" {
		t.Fatalf("the message did not reach the hotline: %+v", posts)
	}
	if m.help.ShowAll {
		t.Error("? in a text field toggled the help")
	}
	press(m, kEnter) // an empty line sends nothing
	if len(postsBy(m.sess.view.Posts, "cn")) != len(posts) {
		t.Error("an empty message was sent")
	}
	press(m, kTab) // → assess
	if m.cur != scrAssess {
		t.Fatalf("at %d, want assess", m.cur)
	}
	press(m, kDown, kRight, kEnter)
	a := m.sess.view.MyAssess
	if a == nil || a.Hypothesis != "loud" || a.Confidence != 90 {
		t.Fatalf("assessment %+v, want loud at 90%%", a)
	}
	if m.cur != scrDecide {
		t.Fatalf("at %d, want decide", m.cur)
	}
	press(m, runes("2"), kTab, runes("Buy time"), kEnter)
	// The round resolves at once (the bot decided first): the reveal.
	if m.cur != scrReveal {
		t.Fatalf("at %d, want the reveal", m.cur)
	}
	last := m.sess.view.History[0]
	var cn engine.Choice
	for _, c := range last.Choices {
		if c.Team == "cn" {
			cn = c
		}
	}
	if cn.Option != "deny" || cn.Rationale != "Buy time" {
		t.Errorf("choice %+v, want deny with the rationale", cn)
	}
	v := plain(m.View().Content)
	for _, want := range []string{"ROUND 1 REVEALED", "Deny and wait", "Buy time"} {
		if !strings.Contains(v, want) {
			t.Errorf("the reveal lacks %q:\n%s", want, v)
		}
	}
}

func TestHelpToggles(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(80, 24))
	short := m.View().Content
	press(m, runes("?"))
	if !m.help.ShowAll || m.View().Content == short {
		t.Fatal("? should show the full help")
	}
	checkFits(t, m, 80, 24)
	press(m, runes("?"))
	if m.help.ShowAll {
		t.Fatal("? again should hide it")
	}
}

func TestMenu(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(80, 24))
	press(m, kEsc)
	v := plain(m.View().Content)
	for _, want := range []string{"Resume", "The four principles", "Save and quit", "20260102-030405-demo.jsonl"} {
		if !strings.Contains(v, want) {
			t.Errorf("the menu lacks %q:\n%s", want, v)
		}
	}
	press(m, kDown, kEnter)
	if !strings.Contains(m.View().Content, "Leave a way out") {
		t.Error("the principles page should explain the principles")
	}
	press(m, kEsc, kUp, kEnter) // back, up to Resume, resume
	if m.menuOpen || m.cur != scrBrief {
		t.Fatalf("resume: menu %v at %d", m.menuOpen, m.cur)
	}
	press(m, kEsc, kDown, kDown, kEnter)
	if !m.Quitting() || !m.SavedAndQuit() {
		t.Fatal("save and quit should quit")
	}
	if m.View().Content != "" {
		t.Error("a quitting model draws nothing")
	}
}

func TestCtrlCAlwaysQuits(t *testing.T) {
	for _, sc := range screenCases() {
		m := sc.drive(t, 80, 24)
		_, cmd := m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
		if !m.Quitting() || cmd == nil {
			t.Errorf("%s: ctrl+c did not quit", sc.name)
		}
		if msg := cmd(); msg != (tea.QuitMsg{}) {
			t.Errorf("%s: ctrl+c returned %T, want tea.QuitMsg", sc.name, msg)
		}
	}
}

func TestTimerHolds(t *testing.T) {
	s := demo(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn")
	now := fixedNow
	m := New(Config{Table: tb, Humans: []string{"cn"}, TurnTime: 3 * time.Minute, Now: func() time.Time { return now }, NoAnimation: true}, nil)
	m.Update(sizeMsg(80, 24))
	press(m, kEnter, kTab, kEnter) // to decide
	if m.cur != scrDecide {
		t.Fatalf("at %d", m.cur)
	}
	if v := m.View().Content; !strings.Contains(v, "Time left 3:00") || !strings.Contains(v, "Deny and wait") {
		t.Fatalf("the timer and the hold should show:\n%s", plain(v))
	}
	now = now.Add(90 * time.Second)
	m.Update(timerTickMsg{gen: m.timerGen})
	if !strings.Contains(m.View().Content, "Time left 1:30") {
		t.Fatalf("timer:\n%s", plain(m.View().Content))
	}
	m.Update(timerTickMsg{gen: m.timerGen - 1}) // a stale tick does nothing
	now = now.Add(2 * time.Minute)
	m.Update(timerTickMsg{gen: m.timerGen})
	if m.cur != scrReveal {
		t.Fatalf("time ran out: at %d, want the reveal", m.cur)
	}
	c := m.sess.view.History[0].Choices[0]
	if !c.Held || c.Option != "deny" {
		t.Errorf("cn's choice %+v, want held on its hold option", c)
	}
	if !strings.Contains(m.View().Content, "Time ran out") {
		t.Errorf("the status should say the seat held:\n%s", plain(m.View().Content))
	}
}

func TestHotseatHandOverAndRotation(t *testing.T) {
	m := hotseatModel(t)
	m.Update(sizeMsg(80, 24))
	if m.cur != scrHandover || !strings.Contains(m.View().Content, "Pass the terminal to the Chinese delegation") {
		t.Fatalf("round 1 starts with a hand-over to cn:\n%s", plain(m.View().Content))
	}
	// Every delegation reads its brief before anyone talks: cn's brief,
	// then a hand-over to us for its brief.
	press(m, kEnter, kEnter)
	if m.cur != scrHandover || m.sess.seat != "us" {
		t.Fatalf("after cn's brief, a hand-over to us for its brief; at %d as %q", m.cur, m.sess.seat)
	}
	press(m, kEnter)
	if m.cur != scrBrief || m.sess.seat != "us" {
		t.Fatalf("us should read its brief; at %d as %q", m.cur, m.sess.seat)
	}
	press(m, kEnter)
	if m.cur != scrHandover || m.sess.seat != "cn" {
		t.Fatalf("once both have read, back to cn to talk; at %d as %q", m.cur, m.sess.seat)
	}
	press(m, kEnter)
	if m.cur != scrHotline {
		t.Fatalf("cn's second turn opens on the hotline, at %d", m.cur)
	}
	press(m, playRound[1:]...)
	if m.cur != scrHandover || m.sess.seat != "us" || !strings.Contains(m.View().Content, "U.S. delegation") {
		t.Fatalf("after cn decides, a hand-over to us:\n%s", plain(m.View().Content))
	}
	// us reads cn's message before answering.
	press(m, kEnter)
	if m.cur != scrHotline || !strings.Contains(m.View().Content, "compare notes") {
		t.Errorf("us should see cn's hotline message:\n%s", plain(m.View().Content))
	}
}

func TestScorecardSavesReport(t *testing.T) {
	m := reportModel(t)
	m.Update(sizeMsg(120, 40))
	press(m, append(append([]tea.Msg{}, playRound...), kEnter)...)
	if m.cur != scrScorecard {
		t.Fatalf("at %d", m.cur)
	}
	v := plain(m.View().Content)
	for _, want := range []string{"Outcome:", "Read intentions", "level", "/100", "Offer a joint look at the evidence", "s save the report"} {
		if !strings.Contains(v, want) {
			t.Errorf("the scorecard lacks %q:\n%s", want, v)
		}
	}
	press(m, kRight)
	if !strings.Contains(plain(m.View().Content), "[U.S. delegation]") {
		t.Errorf("right should show the next team's card")
	}
	press(m, runes("s"))
	if !strings.Contains(m.View().Content, "/tmp/report.html") {
		t.Errorf("the saved paths should show:\n%s", plain(m.View().Content))
	}
	m.cfg.SaveReport = func() ([]string, error) { return nil, errors.New("disk full") }
	press(m, runes("s"))
	if !strings.Contains(m.View().Content, "disk full") {
		t.Errorf("a failed report should say why")
	}
	press(m, runes("q"))
	if !m.Quitting() {
		t.Error("q on the scorecard quits")
	}
}

func TestPlayAgain(t *testing.T) {
	m := titleModel(t)
	m.Update(sizeMsg(80, 24))
	press(m, kEnter, kEnter)
	press(m, playRound...)
	press(m, kEnter)
	if m.cur != scrScorecard {
		t.Fatalf("at %d", m.cur)
	}
	old := m.sess
	press(m, runes("n"))
	if m.cur != scrTitle || m.sess != nil {
		t.Fatalf("n should open the title for a new game")
	}
	press(m, kEnter, kEnter)
	if m.sess == nil || m.sess == old || m.cur != scrBrief {
		t.Fatal("a second game should start")
	}
}

func TestResumeMidRound(t *testing.T) {
	s := demo(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn")
	if err := tb.Apply(engine.Input{Kind: engine.Assess, Team: "cn", Hypothesis: "quiet", Confidence: 70}); err != nil {
		t.Fatal(err)
	}
	m := New(Config{Table: tb, Humans: []string{"cn"}, Now: clock0, NoAnimation: true}, nil)
	m.Update(sizeMsg(80, 24))
	press(m, kEnter, kTab)
	if m.cur != scrDecide {
		t.Fatalf("an assessed seat goes from the hotline straight to decide; at %d", m.cur)
	}
}

func TestChineseUI(t *testing.T) {
	m := New(Config{Table: newTable(t, demo(t), 1, "fixed", "cn"), Humans: []string{"cn"}, Now: clock0, Lang: "zh", NoAnimation: true}, nil)
	m.Update(sizeMsg(80, 24))
	v := m.View().Content
	for _, want := range []string{"第 1 轮 / 共 3 轮", "中方代表团", "紧张度", "内部情报"} {
		if !strings.Contains(v, want) {
			t.Errorf("the zh brief lacks %q:\n%s", want, plain(v))
		}
	}
	checkFits(t, m, 80, 24)
}

func TestRevealAnimates(t *testing.T) {
	s := demo(t)
	m := New(Config{Table: newTable(t, s, demoSeed, "fixed", "cn"), Humans: []string{"cn"}, Now: clock0}, nil)
	m.Update(sizeMsg(120, 40))
	m.Update(kEnter)
	press(m, kTab, kEnter)
	_, cmd := m.Update(kEnter)
	if m.cur != scrReveal || cmd == nil {
		t.Fatalf("the reveal should start an animation (at %d)", m.cur)
	}
	r := m.screen.(*revealScreen)
	if got := m.meters()[0].Value; got != 35 {
		t.Errorf("tension starts at its old value, got %d", got)
	}
	for i := 0; i < revealFrames; i++ {
		m.Update(animMsg{r: r})
	}
	if got := m.meters()[0].Value; got != 20 {
		t.Errorf("tension ends at its new value 20, got %d", got)
	}
	if !strings.Contains(m.View().Content, " 35 ->  20 ") {
		t.Errorf("the reveal shows old -> new:\n%s", plain(m.View().Content))
	}
}

// An observer (a hosted table's public seat) sees the public brief and who
// is deciding; a seat that has decided waits for the others; both move to
// the reveal when the table changes.
func TestObserverAndWaiting(t *testing.T) {
	s := demo(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn", "us")
	obs := New(Config{Table: tb, Now: clock0, NoAnimation: true}, nil)
	obs.Update(sizeMsg(80, 24))
	us := New(Config{Table: tb, Humans: []string{"us"}, Now: clock0, NoAnimation: true}, nil)
	us.Update(sizeMsg(80, 24))
	v := plain(obs.View().Content)
	if obs.cur != scrWaiting || !strings.Contains(v, "observing") || !strings.Contains(v, "logistics network") {
		t.Fatalf("the observer should see the public brief:\n%s", v)
	}
	press(us, kEnter, kTab, kEnter, kEnter) // brief, hotline, assess, decide
	if us.cur != scrWaiting || !strings.Contains(us.View().Content, "Chinese delegation") {
		t.Fatalf("us should wait for cn:\n%s", plain(us.View().Content))
	}
	if err := tb.Apply(engine.Input{Kind: engine.Assess, Team: "cn", Hypothesis: "quiet", Confidence: 50}); err != nil {
		t.Fatal(err)
	}
	if err := tb.Apply(engine.Input{Kind: engine.Choose, Team: "cn", Option: "deny"}); err != nil {
		t.Fatal(err)
	}
	for _, m := range []*Model{obs, us} {
		m.Update(tableChangedMsg{sess: m.sess})
		if m.cur != scrReveal {
			t.Errorf("after the last decision the table changed: at %d, want the reveal", m.cur)
		}
		checkFits(t, m, 80, 24)
	}
}

// The seat setup names the people at a human seat; the game shows the name
// with the delegation's, in the language's own script.
func TestSetupNamesASeat(t *testing.T) {
	m := titleModel(t)
	m.Update(sizeMsg(100, 30))
	press(m, kEnter) // the seat setup, the cursor on the human seat
	press(m, kTab, runes("李"), runes("伟 "), kEnter)
	if su := m.screen.(*setupScreen); su.names[su.cursor] != "李伟" || !strings.Contains(m.View().Content, "李伟") {
		t.Fatalf("the name should be kept and shown:\n%s", plain(m.View().Content))
	}
	press(m, kDown, kTab) // the computer-played seat takes no name
	if !strings.Contains(m.View().Content, "Only a seat played at this terminal") {
		t.Errorf("naming a bot's seat should be refused:\n%s", plain(m.View().Content))
	}
	press(m, kUp, kTab, runes("x"), kEsc)
	if su := m.screen.(*setupScreen); su.names[su.cursor] != "李伟" || su.naming {
		t.Errorf("Esc keeps the name as it was: %q", su.names[su.cursor])
	}
	press(m, kEnter)
	if m.sess == nil || m.setup.Names["cn"] != "李伟" {
		t.Fatalf("the game should start with the seat's name: %+v", m.setup)
	}
	if got := m.sess.teamName("cn", m.c); !strings.HasSuffix(got, "(李伟)") {
		t.Errorf("team name in play = %q", got)
	}
	if !strings.Contains(m.View().Content, "李伟") {
		t.Errorf("the header should name the seat:\n%s", plain(m.View().Content))
	}
}

// The reveal draws only the frames that show something new, at the times
// they would have come: a meter moving three points takes three frames,
// not revealFrames, and ends on the new value at the same moment.
func TestRevealSkipsFramesThatLookTheSame(t *testing.T) {
	frames := func(meters ...engine.MeterChange) []int {
		rs := &revealScreen{r: engine.Round{Meters: meters}}
		var seen []int
		for rs.frame < revealFrames {
			rs.frame = rs.nextFrame()
			seen = append(seen, rs.frame)
		}
		return seen
	}
	small := frames(engine.MeterChange{Meter: "tension", Before: 40, After: 43})
	if len(small) != 3 || small[len(small)-1] != revealFrames {
		t.Errorf("a move of 3 points: frames %v, want 3 ending at %d", small, revealFrames)
	}
	for i := 1; i < len(small); i++ {
		a, b := valueAt(engine.MeterChange{Before: 40, After: 43}, small[i-1]), valueAt(engine.MeterChange{Before: 40, After: 43}, small[i])
		if a == b {
			t.Errorf("frames %d and %d show the same value %d", small[i-1], small[i], a)
		}
	}
	big := frames(engine.MeterChange{Meter: "tension", Before: 40, After: 43}, engine.MeterChange{Meter: "trust", Before: 60, After: 30})
	if len(big) != revealFrames {
		t.Errorf("a move of 30 points: frames %v, want every one of %d", big, revealFrames)
	}
	if still := frames(); len(still) != 1 || still[0] != revealFrames {
		t.Errorf("no meter moving: frames %v, want only the last", still)
	}
}

// countingScreen counts the times the table asks it to redraw.
type countingScreen struct{ refreshed int }

func (c *countingScreen) ShortHelp() []key.Binding      { return nil }
func (c *countingScreen) FullHelp() [][]key.Binding     { return nil }
func (c *countingScreen) SetSize(int, int)              {}
func (c *countingScreen) Update(tea.Msg) (nav, tea.Cmd) { return stay, nil }
func (c *countingScreen) View() string                  { return "" }
func (c *countingScreen) refresh()                      { c.refreshed++ }

// A table change that moves nothing the seat can see (a notice repeated,
// another seat's step private to it) draws nothing again; one that moves
// what it sees is drawn.
func TestTableChangeUnseenDrawsNothing(t *testing.T) {
	s := demo(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn", "us")
	m := New(Config{Table: tb, Humans: []string{"us"}, Now: clock0, NoAnimation: true}, nil)
	m.Update(sizeMsg(80, 24))
	cs := &countingScreen{}
	m.screen = cs
	m.Update(tableChangedMsg{sess: m.sess})
	m.Update(tableChangedMsg{sess: m.sess})
	if cs.refreshed != 0 {
		t.Errorf("nothing the seat sees changed, yet the screen was redrawn %d times", cs.refreshed)
	}
	if err := tb.Apply(engine.Input{Kind: engine.Assess, Team: "cn", Hypothesis: "quiet", Confidence: 50}); err != nil {
		t.Fatal(err)
	}
	m.Update(tableChangedMsg{sess: m.sess})
	m.Update(tableChangedMsg{sess: m.sess})
	if cs.refreshed != 1 {
		t.Errorf("the other seat's assessment is public; the screen was redrawn %d times, want 1", cs.refreshed)
	}
}

// toPhase presses on from the brief until m is at screen want.
func toPhase(t *testing.T, m *Model, want screenID) {
	t.Helper()
	for i := 0; i < 8 && m.cur != want; i++ {
		if m.cur == scrHotline {
			m.Update(kTab)
		} else {
			m.Update(kEnter)
		}
	}
	if m.cur != want {
		t.Fatalf("at screen %d, want %d", m.cur, want)
	}
}

// usAtDecision is the demo at a table of two human seats, this terminal
// the U.S. seat's, at its decision.
func usAtDecision(t *testing.T) (*table.Table, *Model) {
	t.Helper()
	tb := newTable(t, demo(t), demoSeed, "fixed", "cn", "us")
	m := New(Config{Table: tb, Humans: []string{"us"}, Now: clock0, NoAnimation: true}, nil)
	m.Update(sizeMsg(100, 30))
	toPhase(t, m, scrDecide)
	return tb, m
}

// The game ends (the facilitator, or a hosted clock in the last round)
// while the seat is on its decision, and the seat presses Enter before the
// table's notice arrives: the refused choice reads the ended game first,
// and the notice still takes the seat to the scorecard.
func TestRefusedInputDoesNotHideTheEnd(t *testing.T) {
	tb, m := usAtDecision(t)
	if err := tb.Apply(engine.Input{Kind: engine.End, Reason: "the bell"}); err != nil {
		t.Fatal(err)
	}
	m.Update(kEnter) // refused: the game is over
	m.Update(tableChangedMsg{sess: m.sess})
	if m.cur != scrScorecard {
		t.Errorf("the game is over, yet the seat is at screen %d:\n%s", m.cur, plain(m.View().Content))
	}
}

// A round that ends without the seat (a hosted clock or the facilitator
// holds both teams, or the other seat's choice after a hold) takes the
// seat from its brief, hotline, assessment or decision to that round's
// reveal, and on to the next round's brief; nothing it had selected carries
// over into the next round's question.
func TestRoundEndedElsewhereMovesTheSeat(t *testing.T) {
	s := builtin(t)
	a, o := s.Teams[0].ID, s.Teams[1].ID
	for _, at := range []screenID{scrBrief, scrHotline, scrAssess, scrDecide} {
		tb := newTable(t, s, 1, "fixed", a, o)
		m := New(Config{Table: tb, Humans: []string{a}, Now: clock0, NoAnimation: true}, nil)
		m.Update(sizeMsg(100, 30))
		toPhase(t, m, at)
		if at == scrAssess {
			for range m.sess.view.Question.Hypotheses {
				m.Update(kDown) // the cursor on the last read
			}
		}
		for _, team := range []string{a, o} {
			if err := tb.Apply(engine.Input{Kind: engine.Hold, Team: team, Reason: "time ran out"}); err != nil {
				t.Fatal(err)
			}
		}
		m.Update(tableChangedMsg{sess: m.sess})
		if m.cur != scrReveal || !strings.Contains(m.View().Content, "ROUND 1 REVEALED") {
			t.Fatalf("from screen %d: at %d after the round ended, want round 1's reveal:\n%s", at, m.cur, plain(m.View().Content))
		}
		m.Update(kEnter)
		if m.cur != scrBrief || m.sess.view.Round != 2 {
			t.Errorf("from screen %d: after the reveal at %d in round %d, want round 2's brief", at, m.cur, m.sess.view.Round)
		}
		toPhase(t, m, scrAssess)
		m.Update(kEnter) // the first read of round 2's question, whatever round 1's cursor was
		if m.sess.view.MyAssess == nil {
			t.Errorf("from screen %d: round 2's assessment was not taken", at)
		}
	}
}

// An assessment screen whose question loses reads under it (a new round's
// question) keeps its cursor on a read that exists.
func TestAssessCursorStaysOnARead(t *testing.T) {
	s := builtin(t)
	tb := newTable(t, s, 1, "fixed", s.Teams[0].ID)
	m := New(Config{Table: tb, Humans: []string{s.Teams[0].ID}, Now: clock0, NoAnimation: true}, nil)
	m.Update(sizeMsg(100, 30))
	toPhase(t, m, scrAssess)
	a := m.screen.(*assessScreen)
	a.cursor = len(m.sess.view.Question.Hypotheses) + 3
	m.Update(kEnter)
	if m.sess.view.MyAssess == nil || m.sess.view.MyAssess.Hypothesis != m.sess.view.Question.Hypotheses[len(m.sess.view.Question.Hypotheses)-1].ID {
		t.Errorf("the assessment should be the last read, got %+v", m.sess.view.MyAssess)
	}
}

// Another session of the same seat decides (two laptops on one hosted
// seat): this one leaves its decision for the waiting screen.
func TestSeatDecidedElsewhereWaits(t *testing.T) {
	tb, mine := usAtDecision(t)
	v := tb.View("us")
	if v.Question != nil && v.MyAssess == nil {
		if err := tb.Apply(engine.Input{Kind: engine.Assess, Team: "us", Hypothesis: v.Question.Hypotheses[0].ID, Confidence: 70}); err != nil {
			t.Fatal(err)
		}
	}
	if err := tb.Apply(engine.Input{Kind: engine.Choose, Team: "us", Option: v.Options[0].ID}); err != nil {
		t.Fatal(err)
	}
	mine.Update(tableChangedMsg{sess: mine.sess})
	if mine.cur != scrWaiting {
		t.Errorf("the seat decided elsewhere; this session is at %d, want the waiting screen", mine.cur)
	}
}

// The reveal's meters go on moving while the menu is open over it.
func TestRevealAnimatesUnderTheMenu(t *testing.T) {
	s := builtin(t)
	tb := newTable(t, s, 1, "fixed", s.Teams[0].ID)
	m := New(Config{Table: tb, Humans: []string{s.Teams[0].ID}, Now: clock0}, nil)
	m.Update(sizeMsg(100, 40))
	toPhase(t, m, scrReveal)
	rs := m.screen.(*revealScreen)
	m.Update(kEsc)
	if !m.menuOpen {
		t.Fatal("Esc should open the menu")
	}
	for i := 0; i < revealFrames && rs.frame < revealFrames; i++ {
		m.Update(animMsg{r: rs, frame: rs.nextFrame()})
	}
	if rs.frame != revealFrames {
		t.Errorf("under the menu the animation stopped at frame %d of %d", rs.frame, revealFrames)
	}
}

// A turn clock belongs to its round: once the seat has decided, the next
// round's reveal shows no clock, and the old deadline passing holds
// nobody in the round the seat has not yet seen.
func TestTurnClockBelongsToItsRound(t *testing.T) {
	s := builtin(t)
	team := s.Teams[0].ID
	tb := newTable(t, s, 1, "fixed", team)
	now := fixedNow
	m := New(Config{Table: tb, Humans: []string{team}, Now: func() time.Time { return now }, NoAnimation: true, TurnTime: 12 * time.Second}, nil)
	m.Update(sizeMsg(120, 36))
	toPhase(t, m, scrDecide)
	now = now.Add(time.Second)
	m.Update(kEnter) // decided: round 1 resolves, round 2 begins
	if m.cur != scrReveal {
		t.Fatalf("at %d after deciding, want the reveal", m.cur)
	}
	if strings.Contains(m.View().Content, "Time left") {
		t.Errorf("the reveal shows a clock for a round not yet begun:\n%s", plain(m.View().Content))
	}
	now = now.Add(time.Minute)
	m.Update(timerTickMsg{gen: m.timerGen})
	if v := tb.View(team); v.Round != 2 || v.MyChoice != nil {
		t.Fatalf("round 1's clock ran out in round %d and chose %+v for the seat", v.Round, v.MyChoice)
	}
	toPhase(t, m, scrDecide)
	if left, ok := m.remaining(); !ok || left != 12*time.Second {
		t.Errorf("round 2's decision: clock %v (%v), want a fresh 12s", left, ok)
	}
}
