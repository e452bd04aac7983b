package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestMoveCursor(t *testing.T) {
	keys := DefaultKeyMap(NewCommon(0, "en"))
	for _, tc := range []struct {
		name     string
		from, n  int
		k        tea.KeyPressMsg
		numbered bool
		want     int
		handled  bool
	}{
		{"down", 0, 3, kDown, false, 1, true},
		{"down wraps round", 2, 3, kDown, false, 0, true},
		{"up wraps round", 0, 3, kUp, false, 2, true},
		{"j is down", 1, 3, runes("j"), false, 2, true},
		{"k is up", 1, 3, runes("k"), false, 0, true},
		{"a digit picks its entry", 0, 3, runes("3"), true, 2, true},
		{"a digit past the end is ignored", 1, 3, runes("9"), true, 1, true},
		{"a digit in an unnumbered list is not a list key", 0, 3, runes("2"), false, 0, false},
		{"other keys are not list keys", 1, 3, kEnter, true, 1, false},
		{"an empty list has no cursor", 0, 0, kDown, true, 0, false},
	} {
		c := tc.from
		if got := moveCursor(&c, tc.n, tc.k, keys, tc.numbered); got != tc.handled || c != tc.want {
			t.Errorf("%s: cursor %d, handled %v; want %d, %v", tc.name, c, got, tc.want, tc.handled)
		}
	}
}
