package journal

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"testing"

	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

// Every error and note the journal writes has its Chinese, with the same
// verbs in the same order, and every *Error made with a message carries its
// Chinese (Zh).
func TestZhCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "zhMsg", zhMsg)
	files := bilingualtest.PackageFiles(t)
	if n := bilingualtest.Code(t, zhMsg, files, map[string]int{"Errorf": 0, "Sprintf": 1, "at": 3, "bad": 1}); n < 30 {
		t.Errorf("found only %d messages: has the code moved?", n)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			var keys []string
			for _, e := range lit.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok {
						keys = append(keys, k.Name)
					}
				}
			}
			if slices.Contains(keys, "Msg") && !slices.Contains(keys, "Zh") {
				t.Errorf("%s: an error without its Chinese (Zh)", fset.Position(n.Pos()))
			}
			return true
		})
	}
}

// The JSON decoder's messages are said in Chinese.
func TestJSONInChinese(t *testing.T) {
	for _, src := range []string{`{x`, `{"type":"input"`, `{"type":1}`, `[1 2]`, `{"a" 1}`, `tru`, `{"type":"x"}x`} {
		var v struct {
			Type string `json:"type"`
		}
		err := json.Unmarshal([]byte(src), &v)
		if err == nil {
			t.Fatalf("%s: no error", src)
		}
		je := jsonErr{err}
		bilingualtest.Chinese(t, src, je.In("zh"))
		if je.In("en") != je.Error() {
			t.Errorf("%s: the English changed", src)
		}
	}
}
