package scenario

import (
	"reflect"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/content"
)

// Reading a large file in two halves gives exactly what reading it whole
// gives: every built-in scenario, and a generated one.
func TestDecodeHalvesIsDecodeWhole(t *testing.T) {
	srcs := map[string]string{"generated": string(generated(400))}
	for _, id := range append(content.IDs(), "demo") {
		_, data, _ := content.Read(id)
		srcs[id] = string(data)
	}
	halved := 0
	for name, src := range srcs {
		whole, wu, err := decodeWhole(src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		s, u, ok := decodeHalves(src)
		if !ok {
			if len(src) >= halvesFrom {
				t.Errorf("%s (%d bytes) was not read in halves", name, len(src))
			}
			continue
		}
		halved++
		if !reflect.DeepEqual(s, whole) {
			t.Errorf("%s: the halves read differently from the whole", name)
		}
		if !reflect.DeepEqual(u, wu) {
			t.Errorf("%s: unknown keys %v in halves, %v whole", name, u, wu)
		}
	}
	if halved == 0 {
		t.Fatal("no file was read in halves")
	}
}

// Where the halves cannot stand for the whole, the file is read whole: a
// table after the injects, a header line inside a multi-line string, an
// inline injects array before the header, a duplicate key across the cut.
func TestDecodeHalvesDeclines(t *testing.T) {
	_, data, _ := content.Read(content.Default)
	src := string(data)
	cut := injectsHeaderNear(src, len(src)/2)
	if cut <= 0 {
		t.Fatal("the default scenario has no [[injects]] line to cut at")
	}
	// An inject's brief with a multi-line string that holds the header line.
	inString := src[:cut] + "[[injects]]\nid = \"zz\"\nbrief = \"\"\"\n" + src[cut:] + "\"\"\"\n"
	for name, s := range map[string]string{
		"table after the injects": src + "\n[scoring]\nhotline = 2\n",
		"key after the injects":   src + "\n[outcomes.resolved]\ntension = -5\n",
		"header inside a string":  inString,
		"inline injects array":    "injects = [ { id = \"a\" } ]\n" + strings.Repeat("# pad\n", halvesFrom/6) + "[[injects]]\nid = \"b\"\n",
		"duplicate across cut":    "id = \"x\"\n" + strings.Repeat("# pad\n", halvesFrom/6) + "[[injects]]\nid = \"b\"\n[[injects]]\nid = \"c\"\n" + strings.Repeat("# pad\n", halvesFrom/6) + "[[injects]]\nid = \"d\"\n[scoring]\n[scoring]\n",
	} {
		if len(s) < halvesFrom {
			t.Fatalf("%s: %d bytes is too small to be halved", name, len(s))
		}
		if _, _, ok := decodeHalves(s); ok {
			t.Errorf("%s: read in halves", name)
		}
		// And the decode as a whole is what Load gets.
		ws, wu, werr := decodeWhole(s)
		ds, du, derr := decode(s)
		if (werr == nil) != (derr == nil) || (werr != nil && werr.Error() != derr.Error()) || !reflect.DeepEqual(ws, ds) || !reflect.DeepEqual(wu, du) {
			t.Errorf("%s: decode differs from the whole read: %v / %v", name, derr, werr)
		}
	}
}
