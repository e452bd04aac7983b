package tui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
)

// built is the real binary, built once for all the end-to-end tests
// (TestMain removes it).
var built struct {
	once sync.Once
	dir  string
	bin  string
	err  error
	out  []byte
}

// buildBrink builds the real binary once for the end-to-end tests.
func buildBrink(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		built.dir, built.err = os.MkdirTemp("", "brink-tui-e2e-")
		if built.err != nil {
			return
		}
		built.bin = filepath.Join(built.dir, "brink")
		built.out, built.err = exec.Command("go", "build", "-o", built.bin, "../../cmd/brink").CombinedOutput()
	})
	if built.err != nil {
		t.Fatalf("go build: %v\n%s", built.err, built.out)
	}
	return built.bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// tmuxSession drives one program in a private tmux server.
type tmuxSession struct {
	t      *testing.T
	socket string
	target string // the tmux session; "" is "e2e"
}

func (s *tmuxSession) tgt() string {
	if s.target == "" {
		return "e2e"
	}
	return s.target
}

func (s *tmuxSession) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (s *tmuxSession) capture() string { return s.tmux("capture-pane", "-p", "-t", s.tgt()) }

// history is the pane with its scrollback (what the program printed after
// leaving the alternate screen can land there).
func (s *tmuxSession) history() string { return s.tmux("capture-pane", "-p", "-S", "-", "-t", s.tgt()) }

func (s *tmuxSession) keys(keys ...string) {
	s.tmux(append([]string{"send-keys", "-t", s.tgt()}, keys...)...)
}

func (s *tmuxSession) text(text string) { s.tmux("send-keys", "-t", s.tgt(), "-l", text) }

// waitFor polls the screen until cond holds.
func (s *tmuxSession) waitFor(what string, cond func(string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		screen := s.capture()
		if cond(screen) {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waiting for %s; the screen is:\n%s", what, screen)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func has(subs ...string) func(string) bool {
	return func(s string) bool {
		for _, sub := range subs {
			if !strings.Contains(s, sub) {
				return false
			}
		}
		return true
	}
}

// checkWidth: every captured line fits w cells.
func checkWidth(t *testing.T, screen string, w int) {
	t.Helper()
	for i, l := range strings.Split(screen, "\n") {
		if lipgloss.Width(l) > w {
			t.Errorf("line %d is %d cells wide on a %d-cell terminal: %q", i+1, lipgloss.Width(l), w, l)
		}
	}
}

var roundMark = regexp.MustCompile(`Round (\d+) of (\d+)`)

// The real binary in tmux: `brink` with no flags, solo on the default
// scenario, played to the scorecard with send-keys, resized mid-game.
func TestEndToEndInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the end-to-end game in tmux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: skipping the end-to-end game (.ci/run installs it)")
	}
	t.Parallel() // with the Chinese game: both mostly wait for the screen
	bin := buildBrink(t)
	data := t.TempDir()
	s := &tmuxSession{t: t, socket: fmt.Sprintf("brink-e2e-%d", os.Getpid())}
	t.Cleanup(func() { exec.Command("tmux", "-L", s.socket, "kill-server").Run() })
	cmd := fmt.Sprintf("env LC_ALL=C.UTF-8 XDG_DATA_HOME=%s TERM=xterm-256color %s --seed 1", data, bin)
	s.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "36", cmd)
	s.tmux("set-option", "-t", "e2e", "remain-on-exit", "on")

	s.waitFor("the title", has("BRINK", "Play:", "Choose a scenario"))
	s.keys("Enter")
	s.waitFor("the seat setup", has("Seats -", "Solo:"))
	s.keys("Enter")

	resized := false
	reveals := 0
	var screen string
	for step := 0; step < 300; step++ {
		screen = s.waitFor("a game screen", func(sc string) bool {
			return strings.Contains(sc, "ROUND") || strings.Contains(sc, "EPILOGUE") || strings.Contains(sc, "done talking") || strings.Contains(sc, "Your assessment") ||
				strings.Contains(sc, "Your decision") || strings.Contains(sc, "Outcome:")
		})
		if strings.Contains(screen, "Outcome:") {
			break
		}
		switch {
		case strings.Contains(screen, "EPILOGUE"):
			s.keys("Enter")
			s.waitFor("the scorecard after the epilogue", has("Outcome:"))
		case strings.Contains(screen, "REVEALED"):
			reveals++
			if reveals == 1 && !resized {
				resized = true
				s.tmux("resize-window", "-t", "e2e", "-x", "80", "-y", "24")
				small := s.waitFor("the reveal at 80x24", func(sc string) bool {
					lines := strings.Split(strings.TrimRight(sc, "\n"), "\n")
					return strings.Contains(sc, "REVEALED") && len(lines) <= 24 && strings.Contains(sc, "Tension")
				})
				checkWidth(t, small, 80)
				s.tmux("resize-window", "-t", "e2e", "-x", "120", "-y", "36")
				s.waitFor("the reveal at 120x36 again", func(sc string) bool {
					return strings.Contains(sc, "REVEALED") && len(strings.Split(strings.TrimRight(sc, "\n"), "\n")) > 30
				})
			}
			s.keys("Enter")
			s.waitFor("the next screen", func(sc string) bool { return !strings.Contains(sc, "REVEALED") })
		case strings.Contains(screen, "Write on this channel") || strings.Contains(screen, "done talking"):
			s.text("We want to talk before anyone acts.")
			s.keys("Enter")
			s.waitFor("the message on the hotline", has("CN  We want to talk before anyone acts."))
			s.keys("Tab")
			s.waitFor("the assessment or the decision", func(sc string) bool { return !strings.Contains(sc, "done talking") })
		case strings.Contains(screen, "Your assessment"):
			s.keys("Right", "Enter")
			s.waitFor("the decision", has("Your decision"))
		case strings.Contains(screen, "Your decision"):
			s.keys("Tab")
			s.text("Keep it technical.")
			s.keys("Enter")
			s.waitFor("the reveal", has("REVEALED"))
		case strings.Contains(screen, "ROUND"):
			m := roundMark.FindStringSubmatch(screen)
			if m == nil {
				t.Fatalf("the brief shows no round:\n%s", screen)
			}
			s.keys("Enter")
			s.waitFor("the phase after the brief", func(sc string) bool {
				return !strings.Contains(sc, "Your intelligence") || strings.Contains(sc, "Hotline")
			})
		}
	}
	if !strings.Contains(screen, "Outcome:") {
		t.Fatalf("never reached the scorecard:\n%s", screen)
	}
	if !resized || reveals == 0 {
		t.Fatalf("played %d reveals, resized %v", reveals, resized)
	}
	checkWidth(t, screen, 120)
	for _, want := range []string{"Read intentions", "Leave a way out", "Restraint and time", "Positive-sum", "Interests", "level", "/100", "Evidence", "Journal:", "q quit"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the scorecard lacks %q:\n%s", want, screen)
		}
	}
	t.Logf("played %d rounds to the scorecard:\n%s", reveals, screen)
	// A UTF-8 terminal: rounded borders, box rules and block meters.
	if !strings.Contains(screen, "─") || !strings.Contains(screen, "█") {
		t.Errorf("the scorecard in a UTF-8 terminal is not drawn with box rules and blocks:\n%s", screen)
	}

	// After the scorecard, the debrief: round by round, then the questions.
	s.keys("Enter")
	debrief := s.waitFor("the debrief", has("DEBRIEF", "round 1 of", "What happened", "Meters"))
	checkWidth(t, debrief, 120)
	for page := 0; page < 20 && !strings.Contains(s.capture(), "Questions for the debrief"); page++ {
		s.keys("Right")
		time.Sleep(30 * time.Millisecond)
	}
	questions := s.waitFor("the debrief questions", has("Questions for the debrief", "Outcome:"))
	checkWidth(t, questions, 120)
	s.keys("d")
	s.waitFor("the scorecard again", has("Outcome:", "Evidence"))
	s.keys("q")
	s.waitFor("the exit", has("brink report"))
	after := s.history()
	m := regexp.MustCompile(`Journal: (\S+)`).FindStringSubmatch(after)
	if m == nil {
		t.Fatalf("no journal path after exit:\n%s", after)
	}
	j, err := os.ReadFile(m[1])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(m[1], data) || !strings.Contains(string(j), `"type":"brink-journal"`) || !strings.Contains(string(j), "Keep it technical.") {
		t.Errorf("the journal %s is not what was played:\n%.400s", m[1], j)
	}

	// `brink debrief JOURNAL` opens the same debrief from the journal.
	s.tmux("new-window", "-t", "e2e", "-n", "debrief", fmt.Sprintf("env LC_ALL=C.UTF-8 TERM=xterm-256color %s debrief %s", bin, m[1]))
	d := &tmuxSession{t: t, socket: s.socket, target: "e2e:debrief"}
	d.waitFor("brink debrief", has("DEBRIEF", "round 1 of", "Game over"))
	d.keys("q")
	if after, _ := os.ReadFile(m[1]); string(after) != string(j) {
		t.Error("brink debrief changed the journal")
	}
	if os.Getenv("BRINK_SCREENSHOT") != "" {
		if err := os.WriteFile(os.Getenv("BRINK_SCREENSHOT"), []byte(screen), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
