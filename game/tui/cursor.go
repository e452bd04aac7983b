package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// moveCursor is the keys of every list on screen (the title's, the
// picker's, the seat setup's, the menu's, the hypotheses, the options):
// Up and Down move cursor round a list of n entries, and in a numbered
// list a digit puts it on the entry of that number. It reports whether k
// was one of those keys.
func moveCursor(cursor *int, n int, k tea.KeyPressMsg, keys *KeyMap, numbered bool) bool {
	if n <= 0 {
		return false
	}
	switch {
	case key.Matches(k, keys.Up):
		*cursor = (*cursor + n - 1) % n
	case key.Matches(k, keys.Down):
		*cursor = (*cursor + 1) % n
	case numbered && key.Matches(k, keys.Number):
		if i := int(k.Code - '1'); i >= 0 && i < n {
			*cursor = i
		}
	default:
		return false
	}
	return true
}
