package host

import (
	"testing"

	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

// Every message the package says has its Chinese, with the same verbs in
// the same order: its errors, and what a session reads outside the game.
func TestZhCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "zhMsg", zhMsg)
	files := bilingualtest.PackageFiles(t)
	if n := bilingualtest.Code(t, zhMsg, files, map[string]int{"Errorf": 0, "Sprintf": 1, "Msg": 0}); n < 20 {
		t.Errorf("found only %d messages: has the code moved?", n)
	}
}
