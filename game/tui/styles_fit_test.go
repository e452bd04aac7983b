package tui

import (
	"bytes"
	"regexp"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// The styles hold the colours for the background (the dark shade unless the
// terminal says it is light); a terminal that shows no styles (NoTTY) gets
// none at all, so that its screens hold no escape sequences.
func TestStylesFitTheTerminal(t *testing.T) {
	for _, c := range []struct {
		dark bool
		want string
	}{{true, "#E6EDF3"}, {false, "#1F2328"}} {
		got := DefaultStyles(colorprofile.TrueColor, c.dark).Header.GetForeground()
		if got != lipgloss.Color(c.want) {
			t.Errorf("dark %v: the header's colour is %#v, want %s", c.dark, got, c.want)
		}
	}
	s := DefaultStyles(colorprofile.NoTTY, true)
	if _, ok := s.Header.GetForeground().(lipgloss.NoColor); !ok {
		t.Errorf("without colour the header's colour is %#v", s.Header.GetForeground())
	}
	for _, st := range []lipgloss.Style{s.Title, s.Error, s.TabActive, s.Help.ShortKey, s.Box} {
		if r := st.Render("text"); bytes.ContainsRune([]byte(r), '\x1b') {
			t.Errorf("without styles a style draws %q", r)
		}
	}
}

// Colours are converted to a program's profile as it writes them: a
// 256-colour terminal gets palette numbers, a true-colour one the colours
// themselves, and one that shows no styles none.
func TestProgramFitsItsProfile(t *testing.T) {
	for _, c := range []struct {
		profile   colorprofile.Profile
		want, not *regexp.Regexp
	}{
		{colorprofile.ANSI256, regexp.MustCompile(`\x1b\[[0-9;]*38;5;\d+`), regexp.MustCompile(`38;2;`)},
		{colorprofile.TrueColor, regexp.MustCompile(`\x1b\[[0-9;]*38;2;\d+;\d+;\d+`), regexp.MustCompile(`38;5;`)},
		{colorprofile.NoTTY, regexp.MustCompile(`Brink`), regexp.MustCompile(`\x1b\[[0-9;]*m`)},
	} {
		out := programOutput(t, c.profile, DefaultStyles(colorprofile.TrueColor, true).Title.Render("Brink"))
		if !c.want.Match(out) || c.not.Match(out) {
			t.Errorf("profile %v: the program wrote %q", c.profile, out)
		}
	}
}

// frameModel draws one frame and quits.
type frameModel string

func (m frameModel) Init() tea.Cmd                       { return tea.Quit }
func (m frameModel) Update(tea.Msg) (tea.Model, tea.Cmd) { return m, nil }
func (m frameModel) View() tea.View                      { return tea.NewView(string(m)) }

// programOutput is what a program with profile p writes to draw frame.
func programOutput(t *testing.T, p colorprofile.Profile, frame string) []byte {
	t.Helper()
	var out bytes.Buffer
	prog := tea.NewProgram(frameModel(frame), tea.WithInput(nil), tea.WithOutput(&out), tea.WithColorProfile(p),
		tea.WithWindowSize(40, 5), tea.WithoutSignals(), tea.WithEnvironment([]string{"TERM=xterm-256color"}))
	if _, err := prog.Run(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}
