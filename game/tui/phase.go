package tui

import "slices"

// screenID names a screen. What a screen is for is said by the
// predicates below, never by the order of the constants.
type screenID int

const (
	scrNone screenID = iota
	scrTitle
	scrPicker
	scrSetup
	scrHandover
	scrBrief
	scrHotline
	scrAssess
	scrDecide
	scrWaiting
	scrReveal
	scrScorecard
	scrDebrief
)

// inGame: the screen belongs to a game (the header shows its meters and
// Esc opens the menu), not to choosing one.
func (id screenID) inGame() bool {
	switch id {
	case scrNone, scrTitle, scrPicker, scrSetup:
		return false
	}
	return true
}

// turn is a seat's phases in a round, in the order it goes through them.
var turn = []screenID{scrBrief, scrHotline, scrAssess, scrDecide}

// private: the screen is a phase of the seat's own turn (its brief, the
// hotline, its assessment, its decision), where its intelligence may show
// and the header names it.
func (id screenID) private() bool { return slices.Contains(turn, id) }

// showsPlay: the screen shows what was played (a round's reveal, the
// scorecard, the debrief), so the game's end does not take it away.
func (id screenID) showsPlay() bool {
	switch id {
	case scrReveal, scrScorecard, scrDebrief:
		return true
	}
	return false
}
