package fasttoml

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/brink-ttx/brink/game/scenario/scenariotest"
)

// burntParse decodes src with BurntSushi/toml into a map. A panic inside
// BurntSushi counts as rejecting the input.
func burntParse(src string) (m map[string]any, err error) {
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("BurntSushi panicked: %v", r)
		}
	}()
	_, err = toml.Decode(src, &m)
	return m, err
}

// burntUnmarshal decodes src with BurntSushi/toml into v and returns the
// undecoded keys. A panic counts as an error.
func burntUnmarshal(src string, v any) (undecoded [][]string, err error) {
	defer func() {
		if r := recover(); r != nil {
			undecoded, err = nil, fmt.Errorf("BurntSushi panicked: %v", r)
		}
	}()
	md, err := toml.Decode(src, v)
	if err != nil {
		return nil, err
	}
	for _, k := range md.Undecoded() {
		undecoded = append(undecoded, []string(k))
	}
	return undecoded, nil
}

// diff describes how two decoded TOML values differ, or is "" when they are
// the same: same Go types, same floats bit for bit (so NaN equals NaN and -0
// differs from 0).
func diff(path string, a, b any) string {
	if reflect.TypeOf(a) != reflect.TypeOf(b) {
		return fmt.Sprintf("%s: %T vs %T", path, a, b)
	}
	switch x := a.(type) {
	case map[string]any:
		y := b.(map[string]any)
		if (x == nil) != (y == nil) || len(x) != len(y) {
			return fmt.Sprintf("%s: %d keys vs %d", path, len(x), len(y))
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			yv, ok := y[k]
			if !ok {
				return fmt.Sprintf("%s: key %q missing", path, k)
			}
			if d := diff(path+"."+strconv.Quote(k), x[k], yv); d != "" {
				return d
			}
		}
	case []any:
		y := b.([]any)
		if (x == nil) != (y == nil) || len(x) != len(y) {
			return fmt.Sprintf("%s: %d elements vs %d (nil %v vs %v)", path, len(x), len(y), x == nil, y == nil)
		}
		for i := range x {
			if d := diff(fmt.Sprintf("%s[%d]", path, i), x[i], y[i]); d != "" {
				return d
			}
		}
	case []map[string]any:
		y := b.([]map[string]any)
		if (x == nil) != (y == nil) || len(x) != len(y) {
			return fmt.Sprintf("%s: %d tables vs %d", path, len(x), len(y))
		}
		for i := range x {
			if d := diff(fmt.Sprintf("%s[%d]", path, i), x[i], y[i]); d != "" {
				return d
			}
		}
	case float64:
		if math.Float64bits(x) != math.Float64bits(b.(float64)) {
			return fmt.Sprintf("%s: %v vs %v", path, x, b)
		}
	default:
		if !reflect.DeepEqual(a, b) {
			return fmt.Sprintf("%s: %#v vs %#v", path, a, b)
		}
	}
	return ""
}

// differential parses src with both parsers and reports every way the fast
// one departs from BurntSushi: accepting what it rejects, or producing a
// different map. It returns both errors.
func differential(t testing.TB, src string) (fastErr, burntErr error) {
	t.Helper()
	got, fastErr := Parse(src)
	want, burntErr := burntParse(src)
	if fastErr != nil {
		var se *SyntaxError
		if !errors.Is(fastErr, ErrUnsupported) && !errors.As(fastErr, &se) {
			t.Errorf("Parse(%q): error of unexpected type %T: %v", src, fastErr, fastErr)
		}
		return
	}
	if burntErr != nil {
		t.Errorf("Parse(%q) accepts input BurntSushi rejects: %v\ngot %#v", src, burntErr, got)
		return
	}
	if d := diff("", got, want); d != "" {
		t.Errorf("Parse(%q) differs from BurntSushi at %s\nfast  %#v\nburnt %#v", src, d, got, want)
	}
	return
}

// seedFiles returns the scenario files and fuzz inputs of the repository:
// content/*.toml, game/scenario/testdata/*.toml and the inputs of every fuzz
// corpus under game/scenario/testdata/fuzz.
func seedFiles(t testing.TB) map[string][]byte {
	out := map[string][]byte{}
	for _, pat := range []string{"../../content/*.toml", "../scenario/testdata/*.toml"} {
		files, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out[f] = data
		}
	}
	corpora, _ := filepath.Glob("../scenario/testdata/fuzz/*/*")
	corpora2, _ := filepath.Glob("testdata/fuzz/*/*")
	for _, f := range append(corpora, corpora2...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if in, ok := scenariotest.FuzzInput(string(data)); ok {
			out[f] = in
		}
	}
	return out
}
