// Package bilingualtest checks a package's catalogue of Chinese messages
// against its code: every format the code says a message with has its
// Chinese, and every Chinese takes the same verbs in the same order, uses
// full-width punctuation and leaves no English behind.
package bilingualtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/game/bilingual"
)

var (
	hanRe    = regexp.MustCompile(`\p{Han}`)
	nonASCII = regexp.MustCompile(`[^\x00-\x7f]`)
	letters  = regexp.MustCompile(`[A-Za-z]`)
	path     = regexp.MustCompile(`[\w.~-]*[/\\][\w./\\~-]*`)
	location = regexp.MustCompile(`^%s:(?:%d|\d+): `)
	// code is what stays as it is in any language: a flag and its value,
	// a command.
	code = regexp.MustCompile(`--?[a-z][\w-]*(?:[ =][\w.,=/-]+)?|\bbrink(?: [a-z]+)?`)
)

// EnglishLeft returns the first run of three English words in s once
// quoted values, paths and code are taken out: a part left untranslated.
func EnglishLeft(s string) string {
	s = regexp.MustCompile("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|`[^`]*`").ReplaceAllString(s, "")
	s = path.ReplaceAllString(s, "")
	s = code.ReplaceAllString(s, "")
	return regexp.MustCompile(`[A-Za-z]+(?: [A-Za-z]+){2,}`).FindString(s)
}

// Chinese fails unless s has Chinese and no English left (EnglishLeft).
func Chinese(t testing.TB, what, s string) {
	t.Helper()
	if !hanRe.MatchString(s) {
		t.Errorf("%s: no Chinese in %q", what, s)
	} else if left := EnglishLeft(s); left != "" {
		t.Errorf("%s: still says %q in English: %q", what, left, s)
	}
}

// Catalogue checks each entry: the Chinese is Chinese, takes the English's
// verbs in the same order, and writes its own punctuation full-width.
func Catalogue(t testing.TB, name string, cat bilingual.Catalogue) {
	t.Helper()
	for en, zh := range cat {
		if a, b := bilingual.Verbs(en), bilingual.Verbs(zh); !slices.Equal(a, b) {
			t.Errorf("%s: %q has verbs %v, its Chinese %q has %v", name, en, a, zh, b)
		}
		if strings.TrimSpace(bilingual.VerbRe.ReplaceAllString(en, "")) == "" {
			continue // verbs alone ("%w %q"): nothing to translate
		}
		// A format of punctuation alone ("%s: %v") has Chinese punctuation.
		words := code.ReplaceAllString(bilingual.VerbRe.ReplaceAllString(en, ""), "")
		if zh == en || !nonASCII.MatchString(zh) || (letters.MatchString(words) && !hanRe.MatchString(zh)) {
			t.Errorf("%s: %q has no Chinese (%q)", name, en, zh)
			continue
		}
		// A location that starts a line ("%s:%d: ") keeps its ASCII colons,
		// as a compiler's does.
		plain := bilingual.VerbRe.ReplaceAllString(location.ReplaceAllString(zh, ""), "")
		if left := EnglishLeft(plain); left != "" {
			t.Errorf("%s: the Chinese of %q still says %q", name, en, left)
		}
		// ASCII punctuation stays inside code and quoted values, which are
		// taken out first (an address with its port, as 0.0.0.0:2222, is
		// code too).
		plain = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|'[^']*'|\{[^}]*\}|\[[^\]]*\]|[\w.]+\.[\w.]+(?::\d+)?|\d+:\d+|\(\)`).ReplaceAllString(code.ReplaceAllString(plain, ""), "")
		if strings.ContainsAny(plain, ",;?!") || regexp.MustCompile(`\p{Han}\s*[:(]|[:)]\s*\p{Han}`).MatchString(plain) {
			t.Errorf("%s: %q: use full-width punctuation in Chinese: %q", name, en, zh)
		}
	}
}

// Code reads the Go files and checks every call that says a message: for
// each function named in formats, the argument at the index given is a
// literal format that the catalogue holds; and no error is made in English
// alone (fmt.Errorf, errors.New). It returns how many formats it found.
// PackageFiles lists the Go files of the package in the working directory
// (a test's own package), tests left out: a catalogue check that reads them
// finds a new file by itself.
func PackageFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	return slices.DeleteFunc(files, func(f string) bool { return strings.HasSuffix(f, "_test.go") })
}

func Code(t testing.TB, cat bilingual.Catalogue, files []string, formats map[string]int) int {
	t.Helper()
	seen := 0
	eachCall(t, files, func(at token.Position, call *ast.CallExpr, pkg, callee string) {
		if pkg == "fmt" || pkg == "errors" {
			if callee == "Errorf" || callee == "New" {
				t.Errorf("%s: %s.%s makes an error in English alone: use the catalogue's Errorf", at, pkg, callee)
			}
			return // fmt.Sprintf and the like format what is no message
		}
		i, ok := formats[callee]
		if !ok || i >= len(call.Args) {
			return
		}
		lit, ok := call.Args[i].(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			// A value passed on (a helper's format, a key) is checked
			// where it is written; English composed here is not.
			composed := false
			ast.Inspect(call.Args[i], func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BinaryExpr:
					composed = composed || n.Op == token.ADD
				case *ast.SelectorExpr:
					composed = composed || n.Sel.Name == "Sprintf" || n.Sel.Name == "Sprint"
				}
				return !composed
			})
			if composed {
				t.Errorf("%s: %s with a format composed in the code: the catalogue cannot check it", at, callee)
			}
			return
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			t.Errorf("%s: %v", at, err)
			return
		}
		if _, ok := cat[s]; !ok {
			t.Errorf("%s: no Chinese for %q: add it to the catalogue", at, s)
			return
		}
		seen++
	})
	return seen
}

// Unwritten lists the catalogue's entries that no call of files writes
// (as Code finds them): translations nobody reads.
func Unwritten(t testing.TB, cat bilingual.Catalogue, files []string, formats map[string]int) []string {
	t.Helper()
	used := map[string]bool{}
	eachCall(t, files, func(_ token.Position, call *ast.CallExpr, _, callee string) {
		i, ok := formats[callee]
		if !ok || i >= len(call.Args) {
			return
		}
		if lit, ok := call.Args[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if s, err := strconv.Unquote(lit.Value); err == nil {
				used[s] = true
			}
		}
	})
	var out []string
	for en := range cat {
		if !used[en] {
			out = append(out, en)
		}
	}
	slices.Sort(out)
	return out
}

// eachCall calls fn for every call in files: where it is, the package it
// names ("fmt" in fmt.Errorf; "" for a method or a plain function) and
// the function's name.
func eachCall(t testing.TB, files []string, fn func(at token.Position, call *ast.CallExpr, pkg, callee string)) {
	t.Helper()
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
			switch x := call.Fun.(type) {
			case *ast.Ident:
				fn(fset.Position(call.Pos()), call, "", x.Name)
			case *ast.SelectorExpr:
				pkg := ""
				if id, ok := x.X.(*ast.Ident); ok && (id.Name == "fmt" || id.Name == "errors") {
					pkg = id.Name
				}
				fn(fset.Position(call.Pos()), call, pkg, x.Sel.Name)
			}
			return true
		})
	}
}
