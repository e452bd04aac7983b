package host

import (
	"testing"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

// Every message the package says has its Chinese, with the same verbs in
// the same order: its errors, what a session reads outside the game, and
// what the console says after each act.
func TestZhCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "zhMsg", zhMsg)
	files := []string{"auth.go", "clock.go", "console.go", "guard.go", "host.go", "input.go", "limit.go", "msg_zh.go", "resume.go", "seats.go", "server.go"}
	if n := bilingualtest.Code(t, zhMsg, files, map[string]int{"Errorf": 0, "Sprintf": 1, "say": 0, "did": 0, "act": 1}); n < 20 {
		t.Errorf("found only %d messages: has the code moved?", n)
	}
}

// The console's own words: every key the code asks for (t, tf) is there,
// and each Chinese takes its English's verbs in the same order and writes
// its punctuation full-width.
func TestConsoleCatalogue(t *testing.T) {
	byEnglish, byKey := bilingual.Catalogue{}, bilingual.Catalogue{}
	for k, v := range consoleText {
		byEnglish[v[0]], byKey[k] = v[1], v[1]
	}
	bilingualtest.Catalogue(t, "consoleText", byEnglish)
	if n := bilingualtest.Code(t, byKey, []string{"console.go"}, map[string]int{"t": 0, "tf": 0}); n < 20 {
		t.Errorf("found only %d keys: has the code moved?", n)
	}
}
