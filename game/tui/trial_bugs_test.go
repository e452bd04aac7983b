package tui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
)

const longPath = "/home/a-participant-with-a-long-name/.local/share/brink/workshops/2026-12-track-two/table-three/20260102-030405-espionage-2013.jsonl"

// Long paths wrap whole, in the Esc menu and in the scorecard's lines.
func TestLongPathsWrap(t *testing.T) {
	for _, w := range []int{80, 120} {
		m := soloModel(t)
		m.cfg.SaveReport = func() ([]string, error) { return []string{longPath + ".md", longPath + ".html"}, nil }
		m.sess.journal = longPath
		m.Update(sizeMsg(w, 40))
		press(m, kEsc)
		if got := joined(m.View().Content); !strings.Contains(got, longPath) {
			t.Errorf("%d: the menu cuts the journal's path:\n%s", w, plain(m.View().Content))
		}
		press(m, kEsc)
		press(m, append(append([]tea.Msg{}, playRound...), kEnter, runes("s"))...)
		if m.cur != scrScorecard {
			t.Fatalf("at %d", m.cur)
		}
		got := joined(m.View().Content)
		for _, want := range []string{longPath, longPath + ".md", longPath + ".html"} {
			if !strings.Contains(got, want) {
				t.Errorf("%d: the scorecard cuts %q:\n%s", w, want, plain(m.View().Content))
			}
		}
		checkFits(t, m, w, 40)
	}
}

// joined is the view's text with each line's margins trimmed and the
// lines joined, so that a wrapped path reads whole again.
func joined(v string) string {
	var b strings.Builder
	for _, l := range strings.Split(plain(v), "\n") {
		b.WriteString(strings.Trim(strings.TrimSpace(l), "|│"))
	}
	return strings.ReplaceAll(b.String(), " ", "")
}

// "Save and quit" saves the report before it quits; a failure keeps the
// game open and says why.
func TestSaveAndQuitSaves(t *testing.T) {
	m := soloModel(t)
	saves := 0
	fail := true
	m.cfg.SaveReport = func() ([]string, error) {
		saves++
		if fail {
			return nil, errors.New("disk full")
		}
		return []string{"/tmp/r.md"}, nil
	}
	m.Update(sizeMsg(80, 24))
	press(m, kEsc, kDown, kDown, kEnter)
	if saves != 1 || m.Quitting() || !strings.Contains(plain(m.View().Content), "disk full") {
		t.Fatalf("a failed save: %d saves, quitting %v:\n%s", saves, m.Quitting(), plain(m.View().Content))
	}
	fail = false
	press(m, kEnter)
	if saves != 2 || !m.Quitting() || !m.SavedAndQuit() || len(m.Saved()) != 1 {
		t.Errorf("save and quit: %d saves, quitting %v, saved %v", saves, m.Quitting(), m.Saved())
	}
}

// Long input shows its limit: a counter beside the hotline and the
// rationale, which says when the field is full.
func TestInputShowsItsLimit(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(80, 24))
	press(m, kEnter)
	if !strings.Contains(plain(m.View().Content), "0/280") {
		t.Errorf("the hotline shows no counter:\n%s", plain(m.View().Content))
	}
	press(m, runes(strings.Repeat("x", 300)))
	if !strings.Contains(plain(m.View().Content), "full 280/280") {
		t.Errorf("a full hotline field does not say so:\n%s", plain(m.View().Content))
	}
	press(m, kTab, kEnter, kTab)
	if m.cur != scrDecide {
		t.Fatalf("at %d", m.cur)
	}
	if !strings.Contains(plain(m.View().Content), "0/200") {
		t.Errorf("the rationale shows no counter:\n%s", plain(m.View().Content))
	}
	press(m, runes(strings.Repeat("y", 250)))
	v := plain(m.View().Content)
	if !strings.Contains(v, "full 200/200") {
		t.Errorf("a full rationale does not say so:\n%s", v)
	}
	for i, l := range strings.Split(m.View().Content, "\n") {
		if lipgloss.Width(l) != 80 {
			t.Errorf("line %d is %d wide", i, lipgloss.Width(l))
		}
	}
}

// An epilogue (an ending inject with no options) is drawn as the story's
// close: no "ROUND n REVEALED", no cards, no empty Meters.
func TestEpilogueIsNotARevealedRound(t *testing.T) {
	m := soloModel(t)
	m.Update(sizeMsg(80, 24))
	r := engine.Round{Number: 2, Inject: "protest"}
	rs := newReveal(m.c, m.sess, r, false)
	rs.SetSize(80, 20)
	v := plain(rs.View())
	if strings.Contains(v, "REVEALED") || strings.Contains(v, "Meters") || strings.Contains(v, "Held") {
		t.Errorf("an epilogue drawn as a reveal:\n%s", v)
	}
	for _, want := range []string{"EPILOGUE", "A formal protest", "The named side lodges a protest"} {
		if !strings.Contains(v, want) {
			t.Errorf("the epilogue lacks %q:\n%s", want, v)
		}
	}
}

// In the Chinese game a computer player's stated reason is Chinese; every
// built-in personality's reason has its Chinese.
func TestBotReasonInChinese(t *testing.T) {
	for _, name := range bot.Names() {
		p, err := bot.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		if m := bot.Stated(p); m.String() != "" && m.In(bilingual.Chinese) == m.String() {
			t.Errorf("%s: no Chinese for its reason %q (add it to game/bot's zhMsg)", name, m)
		}
	}
	s := demo(t)
	tb := newTable(t, s, demoSeed, "dove", "cn")
	c := NewCommon(0, "zh")
	m := New(Config{Table: tb, Humans: []string{"cn"}, Now: clock0, NoAnimation: true}, c)
	m.Update(sizeMsg(120, 40))
	press(m, playRound...)
	if m.cur != scrReveal {
		t.Fatalf("at %d", m.cur)
	}
	v := plain(m.View().Content)
	if !strings.Contains(v, "我们先降温，再提问。") || strings.Contains(v, "We lower the temperature") {
		t.Errorf("the dove's reason is not in Chinese:\n%s", v)
	}
}

// The seat setup says in one line what each computer player does.
func TestSetupSaysWhatEachBotDoes(t *testing.T) {
	for _, name := range bot.Names() {
		c := NewCommon(0, bilingual.Chinese)
		if d := policyDoes(c, name); d == "" || policyName(c, name) == name {
			t.Errorf("policy %s has no name or no one-line description in Chinese: %q", name, d)
		}
	}
	m := titleModel(t)
	m.Update(sizeMsg(80, 24))
	press(m, kEnter) // the setup: cn human, us the dove
	if m.cur != scrSetup {
		t.Fatalf("at %d", m.cur)
	}
	if v := plain(m.View().Content); !strings.Contains(v, "Concedes to calm things, even when exploited.") {
		t.Errorf("the dove's seat does not say what it does:\n%s", v)
	}
	press(m, kDown)
	for m.screen.(*setupScreen).seatName(1) != "Computer (principled)" {
		press(m, kRight)
	}
	if v := strings.Join(strings.Fields(plain(m.View().Content)), " "); !strings.Contains(v, "Firm but fair: reads before acting, reciprocates, never an ultimatum.") {
		t.Errorf("the principled seat does not say what it does:\n%s", v)
	}
	checkFits(t, m, 80, 24)
}
