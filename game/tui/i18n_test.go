package tui

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/game/bilingual"
)

var verbs = regexp.MustCompile(`%[-+ #0-9.]*[a-zA-Z%]`)

// Every UI string exists in every language, with the same format verbs in
// the same order, and every key the code asks for exists.
func TestCatalogue(t *testing.T) {
	en := messages["en"]
	for _, lang := range bilingual.Langs {
		msgs := messages[lang]
		for k, v := range en {
			tr, ok := msgs[k]
			if !ok {
				t.Errorf("%s: no %q", lang, k)
				continue
			}
			if a, b := verbs.FindAllString(v, -1), verbs.FindAllString(tr, -1); strings.Join(a, " ") != strings.Join(b, " ") {
				t.Errorf("%s %q: verbs %v, English has %v", lang, k, b, a)
			}
		}
		for k := range msgs {
			if _, ok := en[k]; !ok {
				t.Errorf("%s has %q, English does not", lang, k)
			}
		}
	}
	// Keys named in the code, literally or as a prefix with a known tail.
	files, _ := filepath.Glob("*.go")
	used := regexp.MustCompile(`\bTf?\("([a-zA-Z0-9.]+)"`)
	var missing []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range used.FindAllStringSubmatch(string(src), -1) {
			k := m[1]
			if strings.HasSuffix(k, ".") {
				found := false
				for ek := range en {
					found = found || strings.HasPrefix(ek, k)
				}
				if !found {
					missing = append(missing, f+": "+k+"*")
				}
				continue
			}
			if _, ok := en[k]; !ok {
				missing = append(missing, f+": "+k)
			}
		}
	}
	sort.Strings(missing)
	for _, k := range missing {
		t.Errorf("no English string for %s", k)
	}
	for _, k := range []string{"stance.-2", "stance.-1", "stance.0", "stance.1", "stance.2", "outcome.catastrophe", "outcome.escalated", "outcome.contained", "outcome.resolved", "meter.tension", "meter.trust", "meter.interests"} {
		if _, ok := en[k]; !ok {
			t.Errorf("no English string for %s", k)
		}
	}
	for _, p := range []string{"intent", "face", "time", "sum"} {
		for _, part := range []string{"what", "why", "earns", "loses"} {
			if _, ok := en["principles."+p+"."+part]; !ok {
				t.Errorf("no English string for principles.%s.%s", p, part)
			}
		}
	}
}
