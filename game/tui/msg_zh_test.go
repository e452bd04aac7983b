package tui

import (
	"testing"

	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

// Every UI string the code writes has its Chinese, with the same verbs in
// the same order, and every Chinese is still written by the code.
func TestZhCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "zhMsg", zhMsg)
	files := bilingualtest.PackageFiles(t)
	formats := map[string]int{"Text": 0, "Textf": 0, "Sprintf": 1, "Msg": 0}
	if n := bilingualtest.Code(t, zhMsg, files, formats); n < len(zhMsg) {
		t.Errorf("found only %d messages for %d entries: has the code moved?", n, len(zhMsg))
	}
	// Every entry is used: a string the code no longer writes is a
	// translation nobody reads.
	for _, en := range bilingualtest.Unwritten(t, zhMsg, files, formats) {
		t.Errorf("zhMsg has %q, which no code writes", en)
	}
}
