package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

var kReview = tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl}

// One key, shown in the footer, reopens the brief and the seat's own
// intelligence during the hotline, the assessment and the decision; the
// same key or Esc goes back to where the player was, text kept.
func TestReviewTheBrief(t *testing.T) {
	const intel = "Your own services report no operation of this kind."
	m := soloModel(t)
	m.Update(sizeMsg(80, 24))
	press(m, kReview)
	if m.review != nil {
		t.Fatal("ctrl+r opened a review on the brief itself")
	}
	press(m, kEnter, runes("half a message"))
	for _, phase := range []screenID{scrHotline, scrAssess, scrDecide} {
		if m.cur != phase {
			t.Fatalf("at %d, want %d", m.cur, phase)
		}
		if !strings.Contains(plain(m.View().Content), "ctrl+r brief") {
			t.Errorf("phase %d: the footer does not show the review key:\n%s", phase, plain(m.View().Content))
		}
		press(m, kReview)
		v := strings.Join(strings.Fields(plain(m.View().Content)), " ")
		if m.review == nil || !strings.Contains(v, intel) || !strings.Contains(v, "The brief again") {
			t.Fatalf("phase %d: ctrl+r does not show the brief and intelligence:\n%s", phase, plain(m.View().Content))
		}
		checkFits(t, m, 80, 24)
		press(m, runes("x"), kEnter) // neither typed nor taken as the phase's Enter
		if m.review != nil || m.cur != phase {
			t.Fatalf("phase %d: Enter should close the review only (at %d)", phase, m.cur)
		}
		press(m, kReview, kEsc)
		if m.review != nil || m.menuOpen || m.cur != phase {
			t.Fatalf("phase %d: Esc should close the review, not open the menu", phase)
		}
		switch phase {
		case scrHotline:
			if v := m.screen.(*hotlineScreen).input.Value(); v != "half a message" {
				t.Errorf("the hotline's text after a review: %q", v)
			}
			press(m, kTab)
		case scrAssess:
			press(m, kEnter)
		}
	}
}
