package scenario

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/fasttoml"
	"github.com/brink-ttx/brink/game/scenario/scenariotest"
)

// burntDecode decodes src into a fresh Scenario with BurntSushi/toml, the
// reference decoder, and lists the undecoded keys. A panic counts as an
// error, as Load turns it into one.
func burntDecode(src string) (s *Scenario, undecoded []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, undecoded, err = nil, nil, fmt.Errorf("BurntSushi panicked: %v", r)
		}
	}()
	s = &Scenario{}
	md, err := toml.Decode(src, s)
	if err != nil {
		return nil, nil, err
	}
	for _, k := range md.Undecoded() {
		undecoded = append(undecoded, k.String())
	}
	return s, undecoded, nil
}

// fastDecode decodes src into a fresh Scenario with the fast path.
func fastDecode(src string) (*Scenario, []string, error) {
	s := &Scenario{}
	keys, err := fasttoml.Unmarshal(src, s)
	if err != nil {
		return nil, nil, err
	}
	var undecoded []string
	for _, k := range keys {
		undecoded = append(undecoded, toml.Key(k).String())
	}
	return s, undecoded, nil
}

// sameKeys compares undecoded keys as sets.
func sameKeys(a, b []string) bool {
	set := func(ks []string) []string {
		m := map[string]bool{}
		for _, k := range ks {
			m[k] = true
		}
		out := make([]string, 0, len(m))
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	return reflect.DeepEqual(set(a), set(b))
}

// compareDecoders decodes src both ways. When the fast path succeeds,
// BurntSushi must succeed with an equal Scenario and the same undecoded
// keys. It returns the fast path's error.
func compareDecoders(t *testing.T, src string) error {
	t.Helper()
	fs, fu, ferr := fastDecode(src)
	if ferr != nil {
		var pe *fasttoml.PanicError
		if errors.As(ferr, &pe) {
			t.Fatalf("fast path: %v\ninput %q", ferr, src)
		}
		return ferr
	}
	bs, bu, berr := burntDecode(src)
	if berr != nil {
		t.Fatalf("fast path accepts input BurntSushi rejects: %v\ninput %q", berr, src)
	}
	if !reflect.DeepEqual(fs, bs) {
		t.Fatalf("fast path and BurntSushi decode different scenarios\nfast  %+v\nburnt %+v\ninput %q", fs, bs, src)
	}
	if !sameKeys(fu, bu) {
		t.Fatalf("undecoded keys differ\nfast  %q\nburnt %q\ninput %q", fu, bu, src)
	}
	// The fast path lists them as BurntSushi does: in order, with repeats.
	if !reflect.DeepEqual(fu, bu) {
		t.Fatalf("undecoded key lists differ\nfast  %q\nburnt %q\ninput %q", fu, bu, src)
	}
	return nil
}

func builtinScenarios(t testing.TB) map[string][]byte {
	ids := content.IDs()
	for id := range content.Unlisted {
		ids = append(ids, id)
	}
	out := map[string][]byte{}
	for _, id := range ids {
		name, data, ok := content.Read(id)
		if !ok {
			t.Fatalf("built-in scenario %s cannot be read", id)
		}
		out[name] = data
	}
	return out
}

// TestFastDecodeBuiltin checks that every built-in scenario and a generated
// one take the fast path, and that it agrees with BurntSushi on them.
func TestFastDecodeBuiltin(t *testing.T) {
	files := builtinScenarios(t)
	files["generated(50)"] = generated(50)
	files["testdata/demo.toml"], _ = os.ReadFile("testdata/demo.toml")
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			if err := compareDecoders(t, string(data)); err != nil {
				t.Fatalf("fast path: %v", err)
			}
		})
	}
}

// TestFastDecodeUnknownKeys checks the undecoded keys on a scenario with
// unknown keys at several depths, under texts and under effects.
func TestFastDecodeUnknownKeys(t *testing.T) {
	src := `id = "x"
colour = "red"
title = { en = "T", zh = "Z" }
[scoring]
hotline = 3
bonus = 1
[[teams]]
id = "cn"
nmae = "typo"
[[injects]]
id = "i"
brief.en = "B"
intel.cn = { en = "I" }
intel.us.en = "U"
[injects.assess.cn]
question = "Q"
answer = 1
[[injects.assess.cn.hypotheses]]
id = "h"
weight = 2
[[injects.options.cn]]
id = "o"
effects = { tension = 1, interests = { self = 2 } }
marks.face = { weight = 1, reason = "R", note = "n" }
[injects.options.cn.whatever]
x = 1
[[injects.rules]]
id = "r"
marks.cn.face = { weight = 1, reason = "R" }
extra = [{ a = 1 }]
`
	if err := compareDecoders(t, src); err != nil {
		t.Fatal(err)
	}
	_, undecoded, _ := fastDecode(src)
	want := []string{"colour", "scoring.bonus", "teams.nmae", "injects.assess.cn.answer",
		"injects.assess.cn.hypotheses.weight", "injects.options.cn.marks.face.note",
		"injects.options.cn.whatever", "injects.options.cn.whatever.x", "injects.rules.extra", "injects.rules.extra.a"}
	if !reflect.DeepEqual(undecoded, want) {
		t.Errorf("undecoded %q\nwant      %q", undecoded, want)
	}
}

// FuzzFastDecode checks the fast path against BurntSushi on scenarios:
// whatever it decodes, BurntSushi must decode to an equal Scenario with the
// same undecoded keys.
func FuzzFastDecode(f *testing.F) {
	for _, data := range builtinScenarios(f) {
		f.Add(data)
	}
	f.Add(generated(3))
	files, _ := filepath.Glob("testdata/*.toml")
	corpus, _ := filepath.Glob("testdata/fuzz/*/*")
	for _, file := range append(files, corpus...) {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		if strings.HasPrefix(string(data), "go test fuzz v1\n") {
			var ok bool
			if data, ok = scenariotest.FuzzInput(string(data)); !ok {
				continue
			}
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		compareDecoders(t, string(data))
	})
}

// BenchmarkDecode compares decoding a scenario (without validation) with
// BurntSushi and with the fast path.
func BenchmarkDecode(b *testing.B) {
	for _, in := range []struct {
		name string
		data func() []byte
	}{
		{content.Default, func() []byte { _, data, _ := content.Read(content.Default); return data }},
		{"injects=10000", func() []byte { return generated(10000) }},
	} {
		var src string
		input := func() string {
			if src == "" {
				src = string(in.data())
			}
			return src
		}
		b.Run(in.name+"/burntsushi", func(b *testing.B) {
			src := input()
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				var s Scenario
				md, err := toml.Decode(src, &s)
				if err != nil {
					b.Fatal(err)
				}
				_ = md.Undecoded()
			}
		})
		b.Run(in.name+"/fast", func(b *testing.B) {
			src := input()
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				var s Scenario
				if _, err := fasttoml.Unmarshal(src, &s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestFastDecodeRandom compares the decoders on many small scenario-shaped
// documents: tables, arrays of tables, texts, effects, marks and unknown
// keys in every order, most of them invalid as scenarios but many valid as
// TOML.
func TestFastDecodeRandom(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 2000
	}
	lines := []string{
		"[[injects]]", "[[injects.options.cn]]", "[injects.assess.cn]", "[[injects.assess.cn.hypotheses]]",
		"[[injects.rules]]", "[injects.intel]", "[injects.options]", "[[teams]]", "[[meters]]", "[scoring]",
		"[meters.thresholds]", "[[channels]]", "[injects.marks]", "[[debrief]]", "[title]", "[[sources]]",
		`id = "x"`, `ID = "y"`, `title = "T"`, `title.en = "T"`, `title.zh = "Z"`, `title = { en = "a", zh = "b" }`,
		`title = 1`, `title = { fr = "f" }`, `brief.en = """B"""`, `intel.cn = "x"`, `intel.us = { en = "u" }`,
		`intel = "oops"`, `effects = { tension = 1 }`, `effects.tension = 1`, `effects = { interests = { self = 1, cn = -2 } }`,
		`effects.interests.self = 3`, `effects = 5`, `marks.face = { weight = 1, reason = "r" }`,
		`marks.cn.face = { weight = 1, reason = { en = "r" } }`, `marks.face.weight = 2`,
		`options.cn = [{ id = "a", effects = { trust = 1 }, extra = 1 }]`, `options.us = []`, `options = 1`,
		`rules = [{ when = "true", effects = {} }]`, `hypotheses = [{ id = "h", stances = [1, 2] }]`,
		`stances = [1, 2]`, `set = ["f"]`, `rounds = 3`, `rounds = 3.5`, `open = true`, `hotline = 4`,
		`thresholds = { a = 1 }`, `thresholds = 5`, `thresholds.b = 2`, `per_team = true`, `unknown = 1`,
		`unknown.deep = { x = [{ y = 1 }] }`, `debrief = ["a", { en = "b" }]`, `question = { en = "q" }`,
		`lines = ["l", { zh = "z" }]`, `teams = ["cn"]`, `weight = 2`, `reason = "r"`, `en = "e"`, `min = 0`,
	}
	rng := uint64(7)
	next := func(n int) int {
		rng ^= rng << 13
		rng ^= rng >> 7
		rng ^= rng << 17
		return int(rng % uint64(n))
	}
	fastOK := 0
	for i := 0; i < n; i++ {
		var b strings.Builder
		for j := next(8) + 1; j > 0; j-- {
			b.WriteString(lines[next(len(lines))])
			b.WriteByte('\n')
		}
		if compareDecoders(t, b.String()) == nil {
			fastOK++
		}
	}
	t.Logf("fast path decoded %d of %d documents", fastOK, n)
}
