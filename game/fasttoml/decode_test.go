package fasttoml

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

// langText is like Brink's scenario.Text: a string or a table of strings.
type langText map[string]string

func (t *langText) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case string:
		*t = langText{"en": x}
	case map[string]any:
		out := langText{}
		for k, s := range x {
			str, ok := s.(string)
			if !ok {
				return fmt.Errorf("not a string: %T", s)
			}
			out[k] = str
		}
		*t = out
	default:
		return fmt.Errorf("not text: %T", v)
	}
	return nil
}

// raw keeps whatever value it is given.
type raw struct{ V any }

func (r *raw) UnmarshalTOML(v any) error { r.V = v; return nil }

type myString string

type inner struct {
	Name string `toml:"name"`
	N    int8   `toml:"n"`
	Tags []string
}

type kitchen struct {
	S     string `toml:"s"`
	I     int    `toml:"i"`
	I8    int8
	I16   int16
	I32   int32
	I64   int64
	U     uint
	U8    uint8
	U16   uint16
	U32   uint32
	U64   uint64
	F32   float32
	F64   float64
	B     bool
	PB    *bool
	PI    *int
	PP    **string
	Skip  string `toml:"-"`
	unexp string
	Named string `toml:"renamed,omitempty"`
	Sl    []int
	SlS   []inner
	Arr   [2]int
	M     map[string]int
	MI    map[string]inner
	MA    map[string]any
	MK    map[any]int
	MS    map[string][]inner
	MM    map[string]map[string]int
	MP    map[string]*inner
	Any   any
	Raw   raw
	PRaw  *raw
	Raws  []raw
	Text  langText
	Texts []langText
	TMap  map[string]langText
	In    inner
	PIn   *inner
	My    myString
	MyMap map[myString]int
}

var decodeCases = []string{
	``,
	`s = "x"
i = -5
I8 = 127
i16 = -32768
I32 = 2147483647
i64 = -9223372036854775808
u = 5
u8 = 255
u16 = 65535
u32 = 4294967295
u64 = 9223372036854775807
f32 = 1.5
f64 = -2.25e10
b = true
pb = false
pi = 7
pp = "deep"
renamed = "r"
sl = [1, 2, 3]
arr = [4, 5]
m = { a = 1, b = 2 }
my = "mine"
mymap = { k = 1 }
`,
	// Integers into floats, within and beyond what a float holds exactly.
	"f64 = 9007199254740991\nf32 = 16777215\n",
	"f64 = 9007199254740992\n",
	"f32 = 16777216\n",
	"f32 = -16777215\n",
	"f32 = 3.5e38\n",
	"f32 = inf\n",
	"f64 = -inf\n",
	// Ranges.
	"i8 = 128\n",
	"i8 = -129\n",
	"i16 = 32768\n",
	"i32 = -2147483649\n",
	"u8 = 256\n",
	"u8 = -1\n",
	"u16 = -1\n",
	"u32 = 4294967296\n",
	"u = -1\n",
	"u64 = -1\n",
	// Type mismatches.
	"s = 1\n",
	"i = 1.5\n",
	"i = \"1\"\n",
	"b = 1\n",
	"f64 = true\n",
	"sl = 1\n",
	"sl = [\"a\"]\n",
	"arr = [1]\n",
	"arr = [1, 2, 3]\n",
	"in = 1\n",
	"in = [1]\n",
	"[[in]]\n",
	"text = 1\n",
	"text = { en = 1 }\n",
	// A map given a non-table is left alone.
	"m = 1\n",
	"m = [1, 2]\n",
	"[[m]]\na = 1\n",
	"mi = \"x\"\n",
	"mm = { a = 1 }\n",
	"mm = { a = { b = 1 }, c = { d = \"x\" } }\n",
	// Tables.
	`[in]
name = "n"
N = 3
tags = ["a", "b"]
unknown = 1
[pin]
name = "p"
[mi.x]
name = "x"
[mi.y]
n = 2
[mp.z]
name = "z"
[[sls]]
name = "a"
[[sls]]
name = "b"
n = 1
extra.deep = true
[[ms.k]]
name = "k1"
[[ms.k]]
name = "k2"
`,
	`sls = [{ name = "a", other = 1 }, { n = 2 }]
ms = { k = [{ name = "x", q = 1 }] }
mm = { a = { x = 1, y = 2 }, b = {} }
ma = { a = 1, b = { c = [1, { d = 2 }] }, e = [[1]] }
mk = { a = 1 }
`,
	// Unmarshalers, and which keys under them count as decoded.
	`text = "plain"
texts = ["a", { en = "b", zh = "c" }]
tmap = { a = "x", b = { en = "y" } }
[raw]
a = 1
b = { c = 2, d = [{ e = 3 }] }
f.g = 4
[[raw.h]]
i = 5
[[raw.h]]
j = 6
[raw.h.k]
l = 7
[[raw.h.m]]
n = 8
`,
	"raw = 1\npraw = \"x\"\nraws = [1, { a = 2 }, [3]]\n",
	"raw = [{ a = 1 }, { b = { c = 2 } }]\n",
	"[[raw]]\na = 1\n[[raw]]\nb.c = 2\n[raw.d]\ne = 3\n",
	"[[praw]]\na = 1\n",
	"[[raws]]\na = 1\n[[raws]]\nb = { c = 1 }\n",
	"text = { en = \"e\", zh = \"z\" }\n[tmap.k]\nen = \"x\"\n",
	// Interfaces keep the raw value; nothing under them is decoded.
	"any = { a = 1, b = [{ c = 2 }] }\n",
	"[any]\na = 1\n[[any.b]]\nc = 1\n",
	"any = [1, \"x\", 1.5, true]\n",
	"[[any]]\na = 1\n",
	// Unknown keys, repeated.
	"[[unknown]]\na = 1\n[[unknown]]\na = 2\n[unknown.b]\nc = 3\n",
	"x.y.z = 1\nx.y.w = 2\n[t]\nu = 1\n",
	"[[sls]]\nzz = 1\n[[sls]]\nzz = 2\n[sls.yy]\nq = 1\n",
	"in = { name = \"a\", q = { r = 1 } }\n",
	"sls = [{ name = \"a\", q = [{ r = 1 }] }]\n",
	// Case-insensitive field names.
	"S = \"upper\"\nNAME = 1\n",
	"[IN]\nNAME = \"n\"\nTAGS = []\n",
	"pIn = { Name = \"n\" }\nMYMAP = { a = 1 }\n",
	"skip = \"s\"\nunexp = \"u\"\nnamed = \"n\"\n",
	// Empty arrays are empty, not nil.
	"sl = []\nsls = []\ntexts = []\nraws = []\n",
}

func TestUnmarshal(t *testing.T) {
	for _, src := range decodeCases {
		checkUnmarshal(t, src, func() any { return new(kitchen) })
	}
}

// checkUnmarshal decodes src into a fresh value from mk with both decoders
// and compares the values and the undecoded keys.
func checkUnmarshal(t testing.TB, src string, mk func() any) (fastErr, burntErr error) {
	t.Helper()
	fv, bv := mk(), mk()
	fu, fastErr := Unmarshal(src, fv)
	bu, burntErr := burntUnmarshal(src, bv)
	if fastErr != nil {
		var pe *PanicError
		if errors.As(fastErr, &pe) {
			t.Errorf("Unmarshal(%q): %v", src, fastErr)
		}
		return
	}
	if burntErr != nil {
		t.Errorf("Unmarshal(%q) accepts input BurntSushi rejects: %v", src, burntErr)
		return
	}
	if !strings.Contains(src, "nan") && !reflect.DeepEqual(fv, bv) {
		t.Errorf("Unmarshal(%q) differs from BurntSushi:\nfast  %+v\nburnt %+v", src, fv, bv)
	}
	if !reflect.DeepEqual(keyStrings(fu), keyStrings(bu)) {
		t.Errorf("Unmarshal(%q): undecoded keys differ:\nfast  %q\nburnt %q", src, fu, bu)
	}
	return
}

func keyStrings(keys [][]string) []string {
	out := []string{}
	for _, k := range keys {
		out = append(out, strings.Join(k, "\x00"))
	}
	return out
}

func TestUnmarshalCollision(t *testing.T) {
	for _, src := range []string{"s = \"a\"\nS = \"b\"\n", "[in]\nname = \"a\"\nNAME = \"b\"\n", "i8 = 1\nI8 = 2\n"} {
		if _, err := Unmarshal(src, new(kitchen)); !errors.Is(err, ErrUnsupported) {
			t.Errorf("Unmarshal(%q): %v, want ErrUnsupported", src, err)
		}
	}
}

func TestUnmarshalTargets(t *testing.T) {
	src := "aa = 1\n[bb]\ncc = [1, 2]\n[[dd]]\nee = 'x'\n"
	for _, mk := range []func() any{
		func() any { return new(map[string]any) },
		func() any { return new(any) },
		func() any { return new(map[string]raw) },
		func() any { var p *kitchen; return &p },
		func() any { return new(raw) },
		func() any { return new(map[string]map[string]any) },
	} {
		if fastErr, burntErr := checkUnmarshal(t, src, mk); fastErr != nil || burntErr != nil {
			t.Errorf("%T: fast %v, BurntSushi %v", mk(), fastErr, burntErr)
		}
	}
	for _, v := range []any{nil, kitchen{}, (*kitchen)(nil), new(int), new([]int), new(string)} {
		if _, err := Unmarshal(src, v); err == nil {
			t.Errorf("Unmarshal into %T: no error", v)
		}
		if _, err := burntUnmarshal(src, v); err == nil {
			t.Errorf("BurntSushi into %T: no error", v)
		}
	}
}

func TestUnmarshalUnsupported(t *testing.T) {
	type embedded struct{ inner }
	type withDuration struct{ D time.Duration }
	type withTime struct{ T time.Time }
	type withIface struct{ E error }
	for _, v := range []any{new(embedded), new(withDuration), new(withTime), new(withIface)} {
		if _, err := Unmarshal("d = 1\nt = 1\ne = 1\nname = 'x'\n", v); !errors.Is(err, ErrUnsupported) {
			t.Errorf("Unmarshal into %T: %v, want ErrUnsupported", v, err)
		}
	}
}

// TestUndecodedOrder checks that undecoded keys come in document order, each
// time they appear, as BurntSushi lists them.
func TestUndecodedOrder(t *testing.T) {
	src := "zz = 1\n[[q]]\na = 1\n[[q]]\na = 2\n[in]\nb = 1\n[[q]]\n"
	got, err := Unmarshal(src, new(kitchen))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"zz"}, {"q"}, {"q", "a"}, {"q"}, {"q", "a"}, {"in", "b"}, {"q"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("undecoded %q, want %q", got, want)
	}
}

// FuzzUnmarshal checks Unmarshal against BurntSushi/toml on a type with most
// kinds and both unmarshalers.
func FuzzUnmarshal(f *testing.F) {
	for _, src := range decodeCases {
		f.Add([]byte(src))
	}
	for _, c := range validCases {
		f.Add([]byte(c.src))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkUnmarshal(t, string(data), func() any { return new(kitchen) })
		checkUnmarshal(t, string(data), func() any { return new(map[string]raw) })
	})
}

func TestNaNBits(t *testing.T) {
	// The NaN the parser uses is the one strconv gives BurntSushi.
	if !math.IsNaN(math.Float64frombits(nanBits)) || !math.Signbit(math.Float64frombits(negNanBits)) {
		t.Fatal("bad NaN bits")
	}
}
