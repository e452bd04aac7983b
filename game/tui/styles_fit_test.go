package tui

import (
	"io"
	"regexp"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Colours are converted to a session's profile once, when its styles are
// built: a 256-colour terminal's styles hold palette numbers, a true-colour
// one's the colours themselves, and a colourless one's none.
func TestStylesFitTheProfile(t *testing.T) {
	for _, c := range []struct {
		profile termenv.Profile
		want    *regexp.Regexp
	}{
		{termenv.ANSI256, regexp.MustCompile(`^\d+$`)},
		{termenv.TrueColor, regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)},
	} {
		r := lipgloss.NewRenderer(io.Discard)
		r.SetColorProfile(c.profile)
		fg, ok := DefaultStyles(r).Header.GetForeground().(lipgloss.Color)
		if !ok || !c.want.MatchString(string(fg)) {
			t.Errorf("profile %v: the header's colour is %#v", c.profile, DefaultStyles(r).Header.GetForeground())
		}
	}
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	if _, ok := DefaultStyles(r).Header.GetForeground().(lipgloss.NoColor); !ok {
		t.Errorf("without colour the header's colour is %#v", DefaultStyles(r).Header.GetForeground())
	}
}
