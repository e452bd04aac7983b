package tui

import "testing"

// TestScreenPhases: what each screen is, said by its predicates, whatever
// the order of the constants.
func TestScreenPhases(t *testing.T) {
	for _, tc := range []struct {
		id                         screenID
		inGame, private, showsPlay bool
	}{
		{scrNone, false, false, false},
		{scrTitle, false, false, false},
		{scrPicker, false, false, false},
		{scrSetup, false, false, false},
		{scrHandover, true, false, false},
		{scrBrief, true, true, false},
		{scrHotline, true, true, false},
		{scrAssess, true, true, false},
		{scrDecide, true, true, false},
		{scrWaiting, true, false, false},
		{scrReveal, true, false, true},
		{scrScorecard, true, false, true},
		{scrDebrief, true, false, true},
	} {
		if got := tc.id.inGame(); got != tc.inGame {
			t.Errorf("screen %d: inGame %v, want %v", tc.id, got, tc.inGame)
		}
		if got := tc.id.private(); got != tc.private {
			t.Errorf("screen %d: private %v, want %v", tc.id, got, tc.private)
		}
		if got := tc.id.showsPlay(); got != tc.showsPlay {
			t.Errorf("screen %d: showsPlay %v, want %v", tc.id, got, tc.showsPlay)
		}
	}
}
