package report

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

// Every error the package makes has its Chinese, with the same verbs in the
// same order.
func TestZhCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "zhMsg", zhMsg)
	files := bilingualtest.PackageFiles(t)
	if n := bilingualtest.Code(t, zhMsg, files, map[string]int{"Errorf": 0, "Sprintf": 1, "Msg": 0}); n == 0 {
		t.Error("no message found: has the code moved?")
	}
}

// The templates' words ({{.W "Outcome"}}) have their Chinese too.
func TestZhTemplates(t *testing.T) {
	files, err := filepath.Glob("*.tmpl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no templates: %v", err)
	}
	word := regexp.MustCompile(`\.W ("(?:[^"\\]|\\.)*")`)
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range word.FindAllStringSubmatch(string(b), -1) {
			en, err := strconv.Unquote(m[1])
			if err != nil {
				t.Fatalf("%s: %s: %v", f, m[1], err)
			}
			if _, ok := zhMsg[en]; !ok {
				t.Errorf("%s: no Chinese for %q: add it to zhMsg", f, en)
			}
			n++
		}
	}
	if n < 50 {
		t.Errorf("found only %d words in the templates: have they moved?", n)
	}
}
