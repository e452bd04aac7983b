package tui

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

var zhRoundMark = regexp.MustCompile(`第 (\d+) 轮 / 共 (\d+) 轮`)

// The real binary in tmux with LANG=zh_CN.UTF-8: the title, the seat
// setup and a whole solo game of the default scenario in Chinese, to the
// scorecard, with Chinese typed through the terminal, F2 to English and
// back, and a resize to 80×24. Every screen is checked for width and for
// lines that start with closing punctuation. Then the same binary with
// RUNEWIDTH_EASTASIAN=1 draws nothing of ambiguous width.
func TestEndToEndChineseInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the Chinese end-to-end game in tmux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: skipping the Chinese end-to-end game (.ci/run installs it)")
	}
	t.Parallel()
	bin := buildBrink(t)
	data := t.TempDir()
	s := &tmuxSession{t: t, socket: fmt.Sprintf("brink-e2e-zh-%d", os.Getpid())}
	t.Cleanup(func() { exec.Command("tmux", "-L", s.socket, "kill-server").Run() })
	// LC_ALL and LC_MESSAGES unset: LANG decides, as on a Chinese desktop.
	cmd := fmt.Sprintf("env -u LC_ALL -u LC_MESSAGES -u RUNEWIDTH_EASTASIAN LANG=zh_CN.UTF-8 XDG_DATA_HOME=%s TERM=xterm-256color %s --seed 1", data, bin)
	s.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "36", cmd)
	s.tmux("set-option", "-t", "e2e", "remain-on-exit", "on")

	check := func(screen string, w int) {
		t.Helper()
		checkWidth(t, screen, w)
		checkBreaks(t, screen)
	}
	check(s.waitFor("the title", has("BRINK", "开始推演：", "选择情景", "F2 English")), 120)
	s.keys("Enter")
	check(s.waitFor("the seat setup", has("席位安排 -", "单人推演：")), 120)
	s.keys("Enter")

	switched, resized := false, false
	reveals := 0
	var screen string
	for step := 0; step < 300; step++ {
		screen = s.waitFor("a game screen", func(sc string) bool {
			return strings.Contains(sc, "enter 继续") || strings.Contains(sc, "结束沟通") || strings.Contains(sc, "本方研判") ||
				strings.Contains(sc, "本方决策") || strings.Contains(sc, "结局：")
		})
		check(screen, 120)
		if strings.Contains(screen, "结局：") {
			break
		}
		switch {
		case strings.Contains(screen, "结果揭晓"):
			reveals++
			if !switched {
				switched = true
				s.keys("F2")
				en := s.waitFor("the reveal in English", has("REVEALED", "F2 中文"))
				check(en, 120)
				s.keys("F2")
				s.waitFor("the reveal in Chinese again", has("结果揭晓", "F2 English"))
			} else if !resized {
				resized = true
				s.tmux("resize-window", "-t", "e2e", "-x", "80", "-y", "24")
				small := s.waitFor("the reveal at 80x24", func(sc string) bool {
					lines := strings.Split(strings.TrimRight(sc, "\n"), "\n")
					return strings.Contains(sc, "结果揭晓") && len(lines) <= 24 && strings.Contains(sc, "紧张度")
				})
				check(small, 80)
				s.tmux("resize-window", "-t", "e2e", "-x", "120", "-y", "36")
				s.waitFor("the reveal at 120x36 again", func(sc string) bool {
					return strings.Contains(sc, "结果揭晓") && len(strings.Split(strings.TrimRight(sc, "\n"), "\n")) > 30
				})
			}
			s.keys("Enter")
			s.waitFor("the next screen", func(sc string) bool { return !strings.Contains(sc, "结果揭晓") })
		case strings.Contains(screen, "结束沟通"):
			s.text("我们希望在任何一方行动之前先沟通。")
			s.keys("Enter")
			s.waitFor("the message on the hotline", has("CN  我们希望在任何一方行动之前先沟通。"))
			s.keys("Tab")
			s.waitFor("the assessment or the decision", func(sc string) bool { return !strings.Contains(sc, "结束沟通") })
		case strings.Contains(screen, "本方研判") && !strings.Contains(screen, "本方决策"):
			s.keys("Right", "Enter")
			s.waitFor("the decision", has("本方决策"))
		case strings.Contains(screen, "本方决策"):
			s.keys("Tab")
			s.text("先核实，再表态。")
			s.keys("Enter")
			s.waitFor("the reveal", has("结果揭晓"))
		default: // the brief
			if zhRoundMark.FindStringSubmatch(screen) == nil {
				t.Fatalf("the brief shows no round:\n%s", screen)
			}
			s.keys("Enter")
			s.waitFor("the phase after the brief", func(sc string) bool { return !strings.Contains(sc, "enter 继续") })
		}
	}
	if !strings.Contains(screen, "结局：") {
		t.Fatalf("never reached the scorecard:\n%s", screen)
	}
	if !switched || !resized || reveals < 2 {
		t.Fatalf("played %d reveals, switched %v, resized %v", reveals, switched, resized)
	}
	for _, want := range []string{"判明意图", "留有余地", "克制与时间", "正和思维", "利益", "等级", "/100", "评分依据", "推演记录：", "q 退出"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the scorecard lacks %q:\n%s", want, screen)
		}
	}
	t.Logf("played %d rounds to the scorecard in Chinese:\n%s", reveals, screen)
	s.keys("q")
	s.waitFor("the exit", has("brink report"))
	if os.Getenv("BRINK_SCREENSHOT_ZH") != "" {
		if err := os.WriteFile(os.Getenv("BRINK_SCREENSHOT_ZH"), []byte(screen), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// RUNEWIDTH_EASTASIAN=1: the ASCII mode, chosen by itself.
	cmd = fmt.Sprintf("env -u LC_ALL -u LC_MESSAGES RUNEWIDTH_EASTASIAN=1 LANG=zh_CN.UTF-8 XDG_DATA_HOME=%s TERM=xterm-256color %s --seed 1", data, bin)
	s.tmux("new-session", "-d", "-s", "ascii", "-x", "80", "-y", "24", cmd)
	a := &tmuxSession{t: t, socket: s.socket, target: "ascii"}
	// The default scenario's title, 2013—2015 with an ASCII hyphen.
	a.waitFor("the title", has("开始推演：", "（2013-2015）", "F2 English"))
	a.keys("Enter")
	a.waitFor("the seat setup", has("席位安排 -"))
	a.keys("Enter")
	brief := a.waitFor("the brief", has("enter 继续", "紧张度"))
	checkWidth(t, brief, 80)
	for i, l := range strings.Split(brief, "\n") {
		for _, r := range l {
			if runewidth.IsAmbiguousWidth(r) {
				t.Errorf("RUNEWIDTH_EASTASIAN=1: line %d has %q of ambiguous width: %q", i+1, r, l)
				break
			}
		}
	}
	t.Logf("the brief with RUNEWIDTH_EASTASIAN=1:\n%s", brief)
	a.keys("C-c")
}
