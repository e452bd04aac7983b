package console

import (
	"testing"

	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

// Every word the console says has its Chinese, with the same verbs in the
// same order and full-width punctuation: its screen (t, tf), what each act
// did (did, act) and why it did nothing (Errorf).
func TestZhCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "zhMsg", zhMsg)
	if n := bilingualtest.Code(t, zhMsg, bilingualtest.PackageFiles(t), map[string]int{"Errorf": 0, "Msg": 0, "t": 0, "tf": 0, "did": 0, "act": 1}); n < 45 {
		t.Errorf("found only %d messages: has the code moved?", n)
	}
}
