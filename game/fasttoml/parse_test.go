package fasttoml

import (
	"errors"
	"strings"
	"testing"
)

type expect int

const (
	valid       expect = iota // both accept, same map
	invalid                   // both reject
	lenient                   // not TOML, BurntSushi accepts anyway; the fast path rejects
	unsupported               // the fast path answers ErrUnsupported
)

var validCases = []struct{ name, src string }{
	{"empty", ""},
	{"only comments", "# a comment\n\n   # another\t with tab\n"},
	{"bom", "\ufeffa = 1\n"},
	{"crlf", "a = 1\r\nb = 'x'\r\n[t]\r\nc = 2 # c\r\n"},
	{"no final newline", "a = 1"},
	{"comment at eof", "a = 1 # end"},
	{"tabs", "\ta\t=\t1\t\n[\tt\t]\t\nb=2"},
	{"bare keys", "key = 1\nbare_key = 2\nbare-key = 3\n1234 = 4\nA-Z_09 = 5\n"},
	{"keys like values", "true = 1\nfalse = 2\ninf = 3\nnan = 4\n-1 = 5\n"},
	{"quoted keys", `"127.0.0.1" = 1
"character encoding" = 2
"ʎǝʞ" = 3
'key2' = 4
'quoted "value"' = 5
"esc\taped\u00e9" = 6
`},
	{"dotted keys", `name = "Orange"
physical.color = "orange"
physical.shape = "round"
site."google.com" = true
a . b . c = 1
a.b.d = 2
`},
	{"dotted numeric key", "3.14159 = \"pi\"\n"},
	{"dotted then subtable", `[fruit]
apple.color = "red"
apple.taste.sweet = true
[fruit.apple.texture]
smooth = true
`},
	{"integers", `i1 = +99
i2 = 42
i3 = 0
i4 = -17
i5 = 1_000
i6 = 5_349_221
i7 = 53_49_221
i8 = 1_2_3_4_5
i9 = +0
i10 = -0
max = 9_223_372_036_854_775_807
min = -9223372036854775808
`},
	{"other bases", `hex1 = 0xDEADBEEF
hex2 = 0xdeadbeef
hex3 = 0xdead_beef
hex4 = 0x7FFFFFFFFFFFFFFF
hex5 = 0x00
oct1 = 0o01234567
oct2 = 0o755
oct3 = 0o777_777_777_777_777_777_777
bin1 = 0b11010110
bin2 = 0b0
bin3 = 0b1_0
`},
	{"floats", `f1 = +1.0
f2 = 3.1415
f3 = -0.01
f4 = 5e+22
f5 = 1e06
f6 = -2E-2
f7 = 6.626e-34
f8 = 224_617.445_991_228
f9 = 0.0
f10 = -0.0
f11 = +0.0
f12 = 0e0
f13 = 1e5_0
f14 = 1.0e-0_5
f15 = 1e-400
f16 = 1.7976931348623157e308
f17 = 9_007_199_254_740_993.0
f18 = 0.1e-1
`},
	{"special floats", "a = inf\nb = +inf\nc = -inf\nd = nan\ne = +nan\nf = -nan\ng = [inf, nan]\n"},
	{"bools", "t = true\nf = false\narr = [true,false]\n"},
	{"basic strings", `a = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
b = "\b\t\n\f\r\"\\"
c = "\u0041\U0001F600\u00e9"
d = ""
e = "tab	inside"
f = "\e\x41\x00\xff"
g = "unicode ☃ 中文 😀"
h = "#not a comment"
`},
	{"literal strings", `winpath = 'C:\Users\nodejs\templates'
winpath2 = '\\ServerX\admin$\system32\'
quoted = 'Tom "Dubs" Preston-Werner'
regex = '<\i\c*\s*>'
empty = ''
`},
	{"multiline basic", `str1 = """
Roses are red
Violets are blue"""
str2 = """The quick brown \


  fox jumps over \
    the lazy dog."""
str3 = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
str4 = """Here are two quotation marks: "". Simple enough."""
str5 = """Here are three quotation marks: ""\"."""
str6 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
str7 = """"This," she said, "is just a pointless statement.""""
str8 = """"""
str9 = """a"""""
str10 = """escapes \t \u00e9 \\ \" end"""
str11 = """
"""
str12 = """\\
not stripped"""
str13 = """a \\\
  b"""
str14 = """ends with backslash newline \
"""
`},
	{"multiline quote runs", "a = \"\"\"\"\"\"\"\nb = \"\"\"\"\"\"\"\"\nc = '''''''\nd = ''''''''\n"},
	{"multiline literal crlf", "a = '''\r\nline one\r\n'''\r\n"},
	{"multiline basic crlf", "a = \"\"\"\r\nline one\r\nline two \\\r\n   joined\"\"\"\r\n"},
	{"multiline literal", `regex2 = '''I [dw]on't need \d{2} apples'''
lines = '''
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
'''
quot15 = '''Here are fifteen quotation marks: """""""""""""""'''
apos15 = "Here are fifteen apostrophes: '''''''''''''''"
str = ''''That,' she said, 'is still pointless.''''
two = '''a'''''
empty = ''''''
`},
	{"arrays", `integers = [ 1, 2, 3 ]
colors = [ "red", "yellow", "green" ]
nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
string_array = [ "all", 'strings', """are the same""", '''type''' ]
numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
contributors = [
  "Foo Bar <foo@example.com>",
  { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" }
]
integers2 = [
  1, 2, 3
]
integers3 = [
  1,
  2, # this is ok
]
empty = []
empty2 = [ # comment
]
nested_empty = [[], [[]]]
`},
	{"inline tables", `name = { first = "Tom", last = "Preston-Werner" }
point = { x = 1, y = 2 }
animal = { type.name = "pug" }
empty = {}
nested = { a = { b = { c = 1 } }, d = [ { e = 1 }, { e = 2 } ] }
dotted = { a.b = 1, a.c = 2, d.e.f = 3 }
`},
	{"inline tables toml 1.1", `a = {
  b = 1, # comment
  c = 2,
}
d = { e = 1, }
f = {
}
g = { # only a comment
}
h = { x = 1
    , y = 2 }
`},
	{"tables", `[table-1]
key1 = "some string"
key2 = 123

[table-2]
key1 = "another string"
key2 = 456

[dog."tater.man"]
type.name = "pug"

[a.b.c]
[ d.e.f ]
[ g .  h  . i ]
[ j . "ʞ" . 'l' ]
[x.y.z.w]
[x]
`},
	{"super table after", "[x.y.z.w]\na = 1\n[x]\nb = 2\n[x.y]\nc = 3\n"},
	{"implicit then defined deeper", "[a.b.c]\nd = 1\n[a]\ne = 2\n[a.b.f]\ng = 3\n"},
	{"root keys then tables", "a = 1\n[t]\na = 2\n[u]\n[t2]\n"},
	{"array of tables", `[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"
`},
	{"nested array of tables", `[[fruits]]
name = "apple"

[fruits.physical]  # subtable
color = "red"
shape = "round"

[[fruits.varieties]]  # nested array of tables
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"


[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"
`},
	{"array of tables implicit parent", "[[a.b]]\nx = 1\n[[a.b]]\nx = 2\n[a]\ny = 3\n"},
	{"array of tables in array of tables", "[[a]]\n[[a.b]]\nc = 1\n[[a.b]]\nc = 2\n[[a]]\n[[a.b]]\nc = 3\n"},
	{"subtable in each element", "[[a]]\nx = 1\n[a.t]\ny = 1\n[[a]]\nx = 2\n[a.t]\ny = 2\n"},
	{"dotted keys in elements", "[[a]]\nb.c = 1\nb.d = 2\n[[a]]\nb.c = 3\n"},
	{"array then table elsewhere", "[[a]]\nb = [1]\n[[a]]\nb = 2\n"},
	{"arrays of inline tables", "a = [{b = 1}, {b = 2, c = [{d = 3}]}]\n[[t]]\nx = [{y.z = 1}, {y.z = 2}]\n"},
	{"inline in aot", "[[a]]\nt = { x = 1 }\n[[a]]\nt = { x = 2, y.z = 3 }\n"},
	{"scenario-like", `id = "x"
title = { en = "T", zh = "中" }
[[teams]]
id = "cn"
[[injects]]
id = "i1"
brief.en = """Brief."""
brief.zh = """简报。"""
intel.cn = { en = "For CN." }
[injects.assess.cn]
question = "Q"
[[injects.assess.cn.hypotheses]]
id = "a"
stances = [-2, -1]
[[injects.options.cn]]
id = "o"
effects = { tension = -4, interests = { self = -3, others = 1 } }
marks.sum = { weight = 10, reason = "R" }
marks.face = { weight = 5, reason = { en = "F" } }
[[injects]]
id = "i2"
options.cn = [{ id = "a", effects = { trust = 3 } },
  { id = "b", set = ["f"] }]
options.us = []
`},
	{"large tables", func() string {
		var b strings.Builder
		for i := 0; i < 40; i++ {
			b.WriteString("k")
			b.WriteString(strings.Repeat("x", i))
			b.WriteString(" = 1\n")
		}
		b.WriteString("t = {")
		for i := 0; i < 40; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("k")
			b.WriteString(strings.Repeat("y", i))
			b.WriteString(" = ")
			b.WriteString("[1, 2]")
		}
		b.WriteString("}\n")
		return b.String()
	}()},
	{"comment with unicode and tab", "# ☃\t中文 \u0080\u009f\na = 1 #☃\n"},
	{"values then comment without space", "a = 1#c\nb = \"x\"#c\nc = true#c\nd = [1]#c\ne = {}#c\n"},
	{"many underscores", "a = 1_2_3\nb = 0x1_2\nc = 1_0.0_1e1_0\n"},
	{"exponent forms", "a = 1E5\nb = 1e+05\nc = 1e-05\nd = -1.5E+3\n"},
}

var invalidCases = []struct{ name, src string }{
	// Keys and tables defined twice.
	{"duplicate key", "a = 1\na = 2\n"},
	{"duplicate key quoted", "a = 1\n\"a\" = 2\n"},
	{"duplicate table", "[a]\n[a]\n"},
	{"duplicate table quoted", "[a]\n['a']\n"},
	{"duplicate key escaped", "\"\\u0061\" = 1\na = 2\n"},
	{"duplicate key literal", "'a' = 1\na = 2\n"},
	{"duplicate numeric key", "1 = 1\n\"1\" = 2\n"},
	{"duplicate dotted quoted", "a.b = 1\n\"a\".'b' = 2\n"},
	{"table over key", "[a]\nb = 1\n[a.b]\n"},
	{"key over table", "[a.b]\n[a]\nb = 1\n"},
	{"table over inline", "a = {}\n[a]\n"},
	{"table over value", "a = 1\n[a]\n"},
	{"dotted over value", "a = 1\na.b = 2\n"},
	{"dotted duplicate", "a.b = 1\na.b = 2\n"},
	{"aot over static array", "a = []\n[[a]]\n"},
	{"aot over static array 2", "a = [1]\n[[a]]\n"},
	{"aot over table", "[a]\n[[a]]\n"},
	{"table over aot", "[[a]]\n[a]\n"},
	{"aot over implicit table", "[a.b.c]\n[[a.b]]\n"},
	{"table through static array", "a = [{}]\n[a.b]\n"},
	{"table through value", "a = 1\n[a.b]\n"},
	{"inline duplicate", "a = {b = 1, b = 2}\n"},
	{"inline dotted duplicate", "a = {b.c = 1, b.c = 2}\n"},
	{"aot in element over key", "[[a]]\nb = 1\n[[a.b]]\n"},
	// Escapes.
	{"bad escape", `a = "\q"`},
	{"escape space", `a = "\ "`},
	{"escape tab", "a = \"\\\t\""},
	{"short u", `a = "\u00"`},
	{"short U", `a = "\U0001F60"`},
	{"bad hex u", `a = "\u00G0"`},
	{"short x", `a = "\x4"`},
	{"surrogate", `a = "\uD800"`},
	{"too big", `a = "\U00110000"`},
	{"huge", `a = "\UFFFFFFFF"`},
	{"escape in literal is literal, quote ends it", `a = 'it\'s'`},
	{"multiline bad escape", "a = \"\"\"\\q\"\"\""},
	{"multiline escape space no newline", "a = \"\"\"a\\ b\"\"\""},
	{"multiline escape space at end", "a = \"\"\"a\\ \"\"\""},
	{"escape in key", `"\q" = 1`},
	// Control characters, newlines, encoding.
	{"nul in string", "a = \"\x00\""},
	{"nul at top", "\x00a = 1"},
	{"control in string", "a = \"\x01\""},
	{"del in string", "a = \"\x7f\""},
	{"control in literal", "a = '\x1f'"},
	{"control in multiline", "a = \"\"\"\x0b\"\"\""},
	{"control in multiline literal", "a = '''\x7f'''"},
	{"control in comment", "# \x01\na = 1"},
	{"del in comment", "# \x7f\n"},
	{"escape character raw", "a = \"\x1b\""},
	{"bare cr at end", "a = 1\r"},
	{"bare cr between", "a = 1\rb = 2\n"},
	{"bare cr in comment", "# a\rb\n"},
	{"bare cr in multiline", "a = \"\"\"x\ry\"\"\""},
	{"bare cr in multiline literal", "a = '''x\ry'''"},
	{"bare cr after backslash", "a = \"\"\"x\\\r y\"\"\""},
	{"newline in string", "a = \"x\ny\""},
	{"crlf in string", "a = \"x\r\ny\""},
	{"newline in literal", "a = 'x\ny'"},
	{"invalid utf8 string", "a = \"\xff\""},
	{"invalid utf8 comment", "# \xc3\x28\n"},
	{"overlong utf8", "a = \"\xc0\xaf\""},
	{"utf8 surrogate", "a = \"\xed\xa0\x80\""},
	{"truncated utf8", "a = \"\xe4\xb8\""},
	{"invalid utf8 key", "\xff = 1"},
	{"utf16 nul", "a\x00 = 1"},
	// Numbers.
	{"leading zero", "a = 01"},
	{"leading zeros", "a = 00"},
	{"leading zero neg", "a = -01"},
	{"leading zero pos", "a = +01"},
	{"leading zero underscore", "a = 0_1"},
	{"leading zero float", "a = 00.1"},
	{"leading zero float neg", "a = -00.1"},
	{"leading zero exp float", "a = 01e5"},
	{"double underscore", "a = 1__2"},
	{"leading underscore", "a = _1"},
	{"trailing underscore", "a = 1_"},
	{"hex leading underscore", "a = 0x_1"},
	{"hex trailing underscore", "a = 0x1_"},
	{"underscore before dot", "a = 1_.5"},
	{"underscore after dot", "a = 1._5"},
	{"underscore before e", "a = 1_e5"},
	{"underscore after e", "a = 1e_5"},
	{"underscore after sign", "a = +_1"},
	{"trailing dot", "a = 1."},
	{"leading dot", "a = .1"},
	{"dot e", "a = 1.e5"},
	{"bare e", "a = 1e"},
	{"e sign", "a = 1e+"},
	{"sign dot", "a = +.1"},
	{"two dots", "a = 1.5.5"},
	{"exp dot", "a = 1e5.5"},
	{"two e", "a = 1e5e5"},
	{"signed hex", "a = +0x1"},
	{"signed bin", "a = -0b1"},
	{"empty hex", "a = 0x"},
	{"octal 8", "a = 0o8"},
	{"binary 2", "a = 0b2"},
	{"upper X", "a = 0X1"},
	{"int overflow", "a = 9223372036854775808"},
	{"int underflow", "a = -9223372036854775809"},
	{"hex overflow", "a = 0x8000000000000000"},
	{"hex overflow 2", "a = 0xFFFFFFFFFFFFFFFFFF"},
	{"octal overflow", "a = 0o1000000000000000000000"},
	{"binary overflow", "a = 0b1" + strings.Repeat("0", 63)},
	{"float overflow", "a = 1e400"},
	{"float neg overflow", "a = -1.8e308"},
	{"lone sign", "a = +"},
	{"lone minus", "a = -"},
	{"number then letters", "a = 12abc"},
	{"NaN", "a = NaN"},
	{"Inf", "a = Inf"},
	{"infinity", "a = infinity"},
	{"nan1", "a = nan1"},
	{"inan", "a = inan"},
	{"signed words", "a = +nan1"},
	// Other values.
	{"tru", "a = tru"},
	{"truee", "a = truee"},
	{"True", "a = True"},
	{"word", "a = foo"},
	{"no value", "a = "},
	{"no value eof", "a ="},
	{"value on next line", "a =\n1"},
	{"no equals", "a"},
	{"no equals 2", "a 1"},
	{"no key", "= 1"},
	{"two values", "a = 1 b = 2"},
	{"two values 2", "a = 1 2"},
	{"dot key start", ".a = 1"},
	{"dot key end", "a. = 1"},
	{"double dot key", "a..b = 1"},
	{"space in bare key", "a b = 1"},
	{"unicode bare key", "é = 1"},
	{"multiline key", "\"\"\"a\"\"\" = 1"},
	{"multiline literal key", "'''a''' = 1"},
	{"key newline", "a\n= 1"},
	// Strings.
	{"unterminated", "a = \"abc"},
	{"unterminated literal", "a = 'abc"},
	{"unterminated multiline", "a = \"\"\"abc"},
	{"unterminated multiline literal", "a = '''abc"},
	{"six quotes", "a = \"\"\"a\"\"\"\"\"\""},
	{"six quotes after escape", "a = \"\"\"a\\\"\"\"\"\"\"\""},
	{"six apostrophes", "a = '''a''''''"},
	{"string then junk", "a = \"x\" y"},
	// Arrays.
	{"array no comma", "a = [1 2]"},
	{"array leading comma", "a = [,1]"},
	{"array only comma", "a = [,]"},
	{"array double comma", "a = [1,,2]"},
	{"array unterminated", "a = [1, 2"},
	{"array unterminated 2", "a = ["},
	{"array table close", "a = [1}"},
	// Inline tables.
	{"inline only comma", "a = {,}"},
	{"inline double comma", "a = {b = 1,,}"},
	{"inline leading comma", "a = {, b = 1}"},
	{"inline no comma", "a = {b = 1 c = 2}"},
	{"inline unterminated", "a = {b = 1"},
	{"inline newline before equals", "a = {b\n= 1}"},
	{"inline newline after equals", "a = {b =\n1}"},
	{"inline array close", "a = {b = 1]"},
	{"inline no value", "a = {b}"},
	// Headers.
	{"empty header", "[]"},
	{"header dot end", "[a.]"},
	{"header dot start", "[.a]"},
	{"header double dot", "[a..b]"},
	{"header unterminated", "[a"},
	{"header unterminated 2", "[a.b"},
	{"header junk after", "[a] b = 1"},
	{"header junk after 2", "[a]]"},
	{"aot unterminated", "[[a]"},
	{"aot space", "[[a] ]"},
	{"aot space 2", "[ [a]]"},
	{"aot extra", "[[a]]]"},
	{"header newline", "[a\n]"},
	{"header with value", "[a = 1]"},
	{"header multiline key", "[\"\"\"a\"\"\"]"},
	{"header space key", "[a b]"},
	{"header unicode", "[é]"},
}

var lenientCases = []struct{ name, src string }{
	{"inline extended by dotted key", "a = {}\na.b = 1\n"},
	{"inline extended by dotted key 2", "a = {b = 1}\na.c = 2\n"},
	{"inline extended by header", "a = {b = 1}\n[a.c]\n"},
	{"dotted table redefined by header", "[a]\nb.c = 1\n[a.b]\n"},
	{"dotted table redefined by header at root", "a.b = 1\n[a]\n"},
	{"inline dotted then value", "t = {a.b = 1, a = 2}\n"},
	{"static array redefined in element", "[[t.a]]\n[t]\na = [{}]\n"},
	{"static array extended by dotted key", "a = []\na.b = 1\n"},
	{"six quotes after escaped backslash", "a = \"\"\"\\\\\"\"\"\"\"\"\n"},
	{"dotted key after inline key", "a = {b.c = 1, b = 2}\n"},
	{"inline table extended by dotted key in inline", "a = {b = {c = 1}, b.d = 2}\n"},
	{"implicit table extended by dotted key", "[a.b.c]\n[a]\nb.d = 1\n"},
	{"table redefined in later element", "[[a]]\n[a.b.c]\n[[a]]\n[a.b]\n[a.b]\n"},
}

var unsupportedCases = []struct{ name, src string }{
	{"offset datetime", "a = 1979-05-27T07:32:00Z"},
	{"local datetime", "a = 1979-05-27T07:32:00"},
	{"local date", "a = 1979-05-27"},
	{"local time", "a = 07:32:00"},
	{"date in array", "a = [1979-05-27]"},
	{"empty key", "\"\" = 1"},
	{"empty literal key", "'' = 1"},
	{"empty dotted key", "a.\"\" = 1"},
	{"empty header", "[\"\"]"},
	{"empty key in inline", "a = [{\"\" = 1}]"},
	// BurntSushi overwrites a table at a path last given an array when a
	// dotted key or header reuses it.
	{"dotted key over array path", "[[x]]\na = []\n[[x]]\na.b = 1\na.c = 2\n"},
	{"header over array path", "[[x]]\na = []\n[[x]]\n[x.a.b]\n[x.a]\n"},
	{"dotted key over array path in inline array", "x = [{a = []}, {a.b = 1, a.c = 2}]\n"},
}

func TestValid(t *testing.T) {
	for _, c := range validCases {
		t.Run(c.name, func(t *testing.T) {
			fastErr, burntErr := differential(t, c.src)
			if burntErr != nil {
				t.Fatalf("BurntSushi rejects a valid case: %v", burntErr)
			}
			if fastErr != nil {
				t.Fatalf("Parse: %v", fastErr)
			}
		})
	}
}

func TestInvalid(t *testing.T) {
	for _, c := range invalidCases {
		t.Run(c.name, func(t *testing.T) {
			fastErr, burntErr := differential(t, c.src)
			if burntErr == nil {
				t.Errorf("BurntSushi accepts an invalid case")
			}
			if fastErr == nil {
				t.Errorf("Parse accepts an invalid case")
			}
		})
	}
}

func TestLenient(t *testing.T) {
	for _, c := range lenientCases {
		t.Run(c.name, func(t *testing.T) {
			fastErr, burntErr := differential(t, c.src)
			if burntErr != nil {
				t.Errorf("BurntSushi now rejects this case: %v", burntErr)
			}
			if fastErr == nil || errors.Is(fastErr, ErrUnsupported) {
				t.Errorf("Parse: %v, want a syntax error", fastErr)
			}
		})
	}
}

func TestUnsupported(t *testing.T) {
	for _, c := range unsupportedCases {
		t.Run(c.name, func(t *testing.T) {
			fastErr, _ := differential(t, c.src)
			if !errors.Is(fastErr, ErrUnsupported) {
				t.Errorf("Parse: %v, want ErrUnsupported", fastErr)
			}
		})
	}
}

// TestSeedFiles checks every scenario file and fuzz input in the repository.
func TestSeedFiles(t *testing.T) {
	for name, data := range seedFiles(t) {
		fastErr, burntErr := differential(t, string(data))
		if strings.HasSuffix(name, ".toml") && (fastErr != nil || burntErr != nil) {
			t.Errorf("%s: fast %v, BurntSushi %v", name, fastErr, burntErr)
		}
	}
}

// TestVariants runs each valid case through small edits: line endings,
// truncation and single-byte changes, comparing with BurntSushi each time.
func TestVariants(t *testing.T) {
	for _, c := range validCases {
		src := c.src
		differential(t, strings.ReplaceAll(src, "\n", "\r\n"))
		step := 1 + len(src)/300
		if testing.Short() {
			step *= 4
		}
		for i := 0; i <= len(src); i += step {
			differential(t, src[:i])
			if i < len(src) {
				differential(t, src[:i]+src[i+1:])
				for _, b := range []byte{'"', '\'', '\n', '.', '[', ']', '{', '}', '=', ',', '\\', '#', '_', '0', 'e', ' '} {
					differential(t, src[:i]+string(b)+src[i:])
				}
			}
		}
	}
}

// TestRandomDocuments compares Parse with BurntSushi on many small documents
// made of headers and key/value lines over a few keys, where table
// definitions collide in every way.
func TestRandomDocuments(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 2000
	}
	keys := []string{"a", "b", "a.b", "b.a", "a.a", "a.b.a", "b.b"}
	values := []string{"1", "[]", "[1]", "[{}]", "[{a = 1}]", "{}", "{a = 1}", "{a.b = 1}", "[{a = []}]", "{a = []}", "[{a.b = 1}, {a.a = 2}]", "[[{b = 1}]]"}
	var lines []string
	for _, k := range keys {
		lines = append(lines, "["+k+"]", "[["+k+"]]")
		for _, v := range values {
			lines = append(lines, k+" = "+v)
		}
	}
	rng := uint64(1)
	next := func(n int) int {
		rng ^= rng << 13
		rng ^= rng >> 7
		rng ^= rng << 17
		return int(rng % uint64(n))
	}
	accepted := 0
	for i := 0; i < n; i++ {
		var b strings.Builder
		for j := next(7) + 1; j > 0; j-- {
			b.WriteString(lines[next(len(lines))])
			b.WriteByte('\n')
		}
		src := b.String()
		if fastErr, _ := differential(t, src); fastErr == nil {
			accepted++
			checkUnmarshal(t, src, func() any { return new(map[string]raw) })
			checkUnmarshal(t, src, func() any { return new(kitchen) })
		}
		if t.Failed() {
			t.Fatalf("input:\n%s", src)
		}
	}
	t.Logf("%d of %d documents accepted", accepted, n)
}

func TestDeepNesting(t *testing.T) {
	deep := "a = " + strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth) + "\n"
	differential(t, deep)
	if _, err := Parse(deep); err != nil {
		t.Errorf("nesting %d: %v", maxDepth, err)
	}
	deeper := "a = " + strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1) + "\n"
	if _, err := Parse(deeper); !errors.Is(err, ErrUnsupported) {
		t.Errorf("nesting %d: %v, want ErrUnsupported", maxDepth+1, err)
	}
	if _, err := Parse("a = " + strings.Repeat("[{b = ", 600)); err == nil {
		t.Error("unterminated deep nesting accepted")
	}
}
