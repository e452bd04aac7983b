package tui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"

	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

// Every UI string the code writes has its Chinese, with the same verbs in
// the same order, and every Chinese is still written by the code.
func TestZhCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "zhMsg", zhMsg)
	files := bilingualtest.PackageFiles(t)
	formats := map[string]int{"Text": 0, "Textf": 0, "Sprintf": 1, "Msg": 0}
	if n := bilingualtest.Code(t, zhMsg, files, formats); n < len(zhMsg) {
		t.Errorf("found only %d messages for %d entries: has the code moved?", n, len(zhMsg))
	}
	// Every entry is used: a string the code no longer writes is a
	// translation nobody reads.
	used := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			i, ok := formats[sel.Sel.Name]
			if !ok || i >= len(call.Args) {
				return true
			}
			if lit, ok := call.Args[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					used[s] = true
				}
			}
			return true
		})
	}
	for en := range zhMsg {
		if !used[en] {
			t.Errorf("zhMsg has %q, which no code writes", en)
		}
	}
}
