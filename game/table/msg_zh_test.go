package table

import (
	"testing"

	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

// Every message the table says has its Chinese, with the same verbs.
func TestZhCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "zhMsg", zhMsg)
	if n := bilingualtest.Code(t, zhMsg, []string{"table.go", "msg_zh.go"}, map[string]int{"Errorf": 0}); n < 1 {
		t.Errorf("found only %d messages: has the code moved?", n)
	}
}
