package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

var kF2 = tea.KeyPressMsg{Code: tea.KeyF2}

// F2 switches every screen to the other language and back, UI strings and
// scenario text alike, and the screen still fits; L does the same where no
// text field has the focus.
func TestLanguageSwitch(t *testing.T) {
	for _, zc := range zhCases() {
		for _, sz := range sizes {
			w, h := sz[0], sz[1]
			t.Run(fmt.Sprintf("%s/%dx%d", zc.name, w, h), func(t *testing.T) {
				m := zc.drive(t, w, h)
				zh := m.View().Content
				if !strings.Contains(zh, "F2 English") {
					t.Errorf("the header does not offer English:\n%s", plain(zh))
				}
				press(m, kF2)
				if m.Lang() != "en" || m.cur != zc.want || m.menuOpen != zc.menu {
					t.Fatalf("F2: language %q at screen %d (menu %v)", m.Lang(), m.cur, m.menuOpen)
				}
				en := m.View().Content
				checkCJK(t, m, w, h)
				if !strings.Contains(en, "F2 中文") {
					t.Errorf("the header does not offer Chinese:\n%s", plain(en))
				}
				if strings.Contains(en, "推演") || strings.Contains(en, "代表团") {
					t.Errorf("Chinese left on the English screen:\n%s", plain(en))
				}
				if m.typing() {
					press(m, runes("L"))
					if m.Lang() != "en" {
						t.Fatal("L typed in a text field switched the language")
					}
					press(m, kF2)
				} else {
					press(m, runes("L"))
				}
				if m.Lang() != "zh" {
					t.Fatalf("back: language %q", m.Lang())
				}
				checkCJK(t, m, w, h)
				if !strings.Contains(m.View().Content, "F2 English") {
					t.Errorf("not back in Chinese:\n%s", plain(m.View().Content))
				}
			})
		}
	}
}

// The language is the program's own: two seats over one table (two SSH
// sessions) switch apart, and scenario text follows each.
func TestLanguageSwitchPerProgram(t *testing.T) {
	s := zhScenario(t)
	tb := newTable(t, s, demoSeed, "fixed", "cn", "us")
	cn := New(Config{Table: tb, Humans: []string{"cn"}, Now: clock0, NoAnimation: true, Lang: "zh"}, nil)
	us := New(Config{Table: tb, Humans: []string{"us"}, Now: clock0, NoAnimation: true, Lang: "zh"}, nil)
	cn.Update(sizeMsg(80, 24))
	us.Update(sizeMsg(80, 24))
	press(us, kF2)
	if cn.Lang() != "zh" || us.Lang() != "en" {
		t.Fatalf("languages %q and %q, want zh and en", cn.Lang(), us.Lang())
	}
	if v := plain(us.View().Content); !strings.Contains(v, "An intrusion is found") || !strings.Contains(v, "Your intelligence") {
		t.Errorf("the switched seat should read the scenario in English:\n%s", v)
	}
	if v := plain(cn.View().Content); !strings.Contains(v, "发现网络入侵") {
		t.Errorf("the other seat should still read Chinese:\n%s", v)
	}
	// The hotline's placeholder follows, and a half-written message stays.
	press(us, kEnter, runes("Half a thought"))
	press(us, kF2)
	h := us.screen.(*hotlineScreen)
	if h.input.Value() != "Half a thought" || h.input.Placeholder != zhMsg["Write on this channel..."] {
		t.Errorf("after F2 in the hotline: value %q, placeholder %q", h.input.Value(), h.input.Placeholder)
	}
}

// Chinese typed into the hotline and the rationale, as whole-rune key
// messages (an input method's commit), reaches the engine intact and
// shows on screen; Backspace takes one character, not one byte.
func TestChineseTyping(t *testing.T) {
	m := zhSolo(t)
	m.Update(sizeMsg(80, 24))
	press(m, kEnter, runes("我们愿意"), runes("私下核实"), tea.KeyPressMsg{Code: tea.KeyBackspace}, runes("实。"))
	h := m.screen.(*hotlineScreen)
	if got := h.input.Value(); got != "我们愿意私下核实。" {
		t.Fatalf("the field holds %q", got)
	}
	checkCJK(t, m, 80, 24)
	if !strings.Contains(m.View().Content, "9/280") {
		t.Errorf("the counter should count characters:\n%s", plain(m.View().Content))
	}
	long := strings.Repeat("中美双方应当保持沟通，", 10)
	press(m, kEnter, runes(long), kEnter)
	posts := postsBy(m.sess.view.Posts, "cn")
	if len(posts) < 2 || posts[len(posts)-2].Text != "我们愿意私下核实。" || posts[len(posts)-1].Text != strings.TrimSpace(long) {
		t.Fatalf("the messages did not reach the hotline: %+v", posts)
	}
	checkCJK(t, m, 80, 24)
	press(m, kTab, kEnter, kTab, runes("先核实，再表态"), tea.KeyPressMsg{Code: tea.KeyBackspace}, runes("態"), kEnter)
	if m.cur != scrReveal {
		t.Fatalf("at %d, want the reveal", m.cur)
	}
	var got string
	for _, c := range m.sess.view.History[0].Choices {
		if c.Team == "cn" {
			got = c.Rationale
		}
	}
	want := "先核实，再表態"
	if m.c.ASCII {
		want = "先核实，再表態"
	}
	if got != want {
		t.Errorf("rationale %q, want %q", got, want)
	}
	if !strings.Contains(m.View().Content, "先核实，再表態") {
		t.Errorf("the reveal should show the rationale:\n%s", plain(m.View().Content))
	}
	checkCJK(t, m, 80, 24)
}

// The same through a running Bubble Tea program (teatest), with key
// messages of whole runes: tm.Type would send the bytes of each character
// one by one.
func TestChineseTypingTeatest(t *testing.T) {
	m := zhSolo(t)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	tm.Send(kEnter)
	tm.Send(runes("我们在港口网络里发现了同样的样本。"))
	tm.Send(kEnter)
	tm.Send(runes("请告诉我们“你们的判断”"))
	tm.Send(kF2)
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	v := plain(fm.View().Content)
	for _, want := range []string{"我们在港口网络里发现了同样的样本。", "Hotline", "F2 中文"} {
		if !strings.Contains(v, want) {
			t.Errorf("the screen lacks %q:\n%s", want, v)
		}
	}
	field := "请告诉我们“你们的判断”"
	if fm.c.ASCII {
		field = "请告诉我们「你们的判断」"
	}
	if got := fm.screen.(*hotlineScreen).input.Value(); got != field {
		t.Errorf("the field holds %q, want %q", got, field)
	}
	posts := postsBy(fm.sess.view.Posts, "cn")
	if len(posts) == 0 || posts[len(posts)-1].Text != "我们在港口网络里发现了同样的样本。" {
		t.Errorf("posts %+v", posts)
	}
}

// The help names the language key: F2/L in the full help, F2 while typing.
func TestHelpNamesLanguageKey(t *testing.T) {
	m := zhSolo(t)
	m.Update(sizeMsg(120, 40))
	press(m, runes("?"))
	if !regexp.MustCompile(`F2/L +English`).MatchString(m.View().Content) {
		t.Errorf("the full help lacks the language key:\n%s", plain(m.View().Content))
	}
	press(m, runes("?"), kEnter) // the hotline: typing
	if !strings.Contains(m.View().Content, "F2 English") || strings.Contains(m.View().Content, "F2/L") {
		t.Errorf("while typing, only F2:\n%s", plain(m.View().Content))
	}
}

// A turn timer reads as a person says it, in either language.
func TestSpanReads(t *testing.T) {
	en, zh := NewCommon(0, bilingual.English), NewCommon(0, bilingual.Chinese)
	for _, c := range []struct {
		d      time.Duration
		en, zh string
	}{
		{2 * time.Minute, "2 min", "2 分钟"},
		{45 * time.Second, "45 s", "45 秒"},
		{90 * time.Second, "1:30", "1:30"},
	} {
		if got := en.span(c.d); got != c.en {
			t.Errorf("%v in English: %q, want %q", c.d, got, c.en)
		}
		if got := zh.span(c.d); got != c.zh {
			t.Errorf("%v in Chinese: %q, want %q", c.d, got, c.zh)
		}
	}
}
