package fasttoml

import (
	"sort"
	"sync"
	"testing"
)

// Parsers are pooled and reused: what one call returns must not change when
// later calls, in this goroutine or others, reuse the parser's memory.
func TestResultsOutliveTheParser(t *testing.T) {
	files := seedFiles(t)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	kept := map[string]map[string]any{}
	for _, name := range names {
		if m, err := Parse(string(files[name])); err == nil {
			kept[name] = m
		}
	}
	if len(kept) < 5 {
		t.Fatalf("only %d seed files parse", len(kept))
	}
	// Parse them all again, at once and in reverse, reusing pooled parsers.
	var wg sync.WaitGroup
	for i := len(names) - 1; i >= 0; i-- {
		wg.Add(1)
		go func(src string) {
			defer wg.Done()
			for range 3 {
				_, _ = Parse(src)
			}
		}(string(files[names[i]]))
	}
	wg.Wait()
	for name, m := range kept {
		want, err := burntParse(string(files[name]))
		if err != nil {
			t.Fatalf("%s: the fast path accepted what BurntSushi rejects: %v", name, err)
		}
		if d := diff("", m, want); d != "" {
			t.Errorf("%s: a kept result changed after the parser was reused: %s", name, d)
		}
	}
}
