package scenario

import (
	"fmt"
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
	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

// checkZh fails unless zh is Chinese with nothing of the English left.
func checkZh(t *testing.T, en, zh string) {
	t.Helper()
	bilingualtest.Chinese(t, en, zh)
}

// The formats of the files below that make paths, not messages.
var notMessages = map[string]bool{
	"%T":                                  true,
	"teams[%d]":                           true,
	"meters[%d]":                          true,
	"flags[%d]":                           true,
	"channels[%d]":                        true,
	"injects[%d]":                         true,
	"debrief[%d]":                         true,
	"sources[%d]":                         true,
	"%s.teams[%d]":                        true,
	"%s.options.%s[%d]":                   true,
	"%s.rules[%d]":                        true,
	"%s.rules[%d].when":                   true,
	"%s.hypotheses[%d]":                   true,
	"%s.hypotheses[%d].stances":           true,
	"%s.hypotheses[%d].text":              true,
	"%s.set[%d]":                          true,
	"%s.clear[%d]":                        true,
	"%s.follow[%d]":                       true,
	"%s.open[%d]":                         true,
	"%s.close[%d]":                        true,
	"%s.lines[%d]":                        true,
	"flags[%d].description":               true,
	"channels[%d].name":                   true,
	"secrets[%d]":                         true,
	"%s.truths[%d]":                       true,
	"%s.variants[%d]":                     true,
	"%s.truths[%d].text":                  true,
	"injects[%d].options.%s":              true,
	"injects[%d].options.%s[%d].marks.%s": true,
	"%s.options.%s[%d].hold":              true,
	"injects[%d].assess.%s":               true,
	"%d:%d":                               true,
	"%s[%d]":                              true,
}

// TestZhCatalogue reads the loader and the linter and checks that every
// message they can write has its Chinese: each format given to v.at, l.warn,
// the condition checker's fail, biOf, zhf, fmt.Sprintf and fmt.Errorf is a
// literal in zhMsg (or a path), each noun given to checkID is in zhNouns,
// each text needText names is in zhMsg, and every Problem or Warning built
// with a Msg has its Zh.
func TestZhCatalogue(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	files = slices.DeleteFunc(files, func(f string) bool {
		// The tests and the catalogue itself write no message.
		return strings.HasSuffix(f, "_test.go") || f == "msg_zh.go" || f == "zh.go"
	})
	formatArg := map[string]int{"at": 1, "warn": 2, "fail": 0, "biOf": 0, "zhf": 0, "Sprintf": 0, "Errorf": 0}
	passesOn := map[string]bool{"at": true, "warn": true, "fail": true, "biOf": true} // their own format
	fset := token.NewFileSet()
	seen := 0
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		var fn string // the function being read
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				fn = n.Name.Name
			case *ast.CallExpr:
				callee := ""
				switch x := n.Fun.(type) {
				case *ast.Ident:
					callee = x.Name
				case *ast.SelectorExpr:
					callee = x.Sel.Name
					if pkg, ok := x.X.(*ast.Ident); ok && pkg.Name == "fmt" && strings.Contains(callee, "rint") && callee != "Sprintf" {
						t.Errorf("%s: fmt.%s in a message path: use Sprintf or Errorf", fset.Position(n.Pos()), callee)
					}
				}
				at := fset.Position(n.Pos())
				if i, ok := formatArg[callee]; ok && i < len(n.Args) {
					format, ok := literal(n.Args[i])
					if id, isID := n.Args[i].(*ast.Ident); isID && id.Name == "format" && passesOn[fn] {
						return true
					}
					switch {
					case !ok:
						t.Errorf("%s: %s with a format that is not a literal: the catalogue cannot check it", at, callee)
					case zhMsg[format] == "" && !notMessages[format]:
						t.Errorf("%s: no Chinese for %q (add it to zhMsg in msg_zh.go)", at, format)
					default:
						seen++
					}
				}
				if callee == "checkID" && len(n.Args) > 1 {
					if w, ok := literal(n.Args[1]); !ok || zhNouns[noun(w)] == "" {
						t.Errorf("%s: checkID names a thing the catalogue has no Chinese for (zhNouns)", at)
					}
				}
				if callee == "needText" && len(n.Args) > 1 {
					switch w := n.Args[1].(type) {
					case *ast.BasicLit:
						if s, _ := literal(w); zhMsg[s] == "" {
							t.Errorf("%s: no Chinese for %q (add it to zhMsg)", at, s)
						}
					case *ast.BinaryExpr:
						if s, ok := literal(w.Y); !ok || zhMsg["%s"+s] == "" {
							t.Errorf("%s: no Chinese for the phrase %%s%s (add it to zhMsg)", at, s)
						}
					}
				}
			case *ast.CompositeLit:
				var keys []string
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if k, ok := kv.Key.(*ast.Ident); ok {
							keys = append(keys, k.Name)
						}
					}
				}
				// AsProblems wraps an error that is none of the loader's.
				if slices.Contains(keys, "Msg") && !slices.Contains(keys, "Zh") && fn != "AsProblems" {
					t.Errorf("%s: a message without its Chinese (Zh)", fset.Position(n.Pos()))
				}
			}
			return true
		})
	}
	if seen < 100 {
		t.Errorf("found only %d message formats: has the code moved?", seen)
	}
}

func literal(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// Every Chinese format takes the same arguments as its English, is Chinese
// and writes its punctuation full-width.
func TestZhVerbs(t *testing.T) {
	bilingualtest.Catalogue(t, "scenario", bilingual.Catalogue(zhMsg))
}

// Every format the catalogue knows is read back from its English.
func TestZhReadBack(t *testing.T) {
	sample := func(format string, loc []int) any {
		verb := format[loc[0]:loc[1]]
		if hintVerb(format, loc) {
			return ` (did you mean "k"?)`
		}
		switch verb[len(verb)-1] {
		case 'd':
			return 7
		case 'c', 'U':
			return 'z'
		case 'x', 'X':
			return 0x1f
		case 'q':
			return "k"
		}
		return "kk"
	}
	for en, zh := range zhMsg {
		verbs := bilingual.Verbs(en)
		if len(verbs) == 0 {
			if got, ok := zhTry(en); !ok || got != zh {
				t.Errorf("%q reads back as %q, %v", en, got, ok)
			}
			continue
		}
		var args []any
		for _, loc := range bilingual.VerbRe.FindAllStringIndex(en, -1) {
			if en[loc[0]:loc[1]] != "%%" {
				args = append(args, sample(en, loc))
			}
		}
		lit := bilingual.VerbRe.ReplaceAllString(en, "")
		if !regexp.MustCompile(`[a-zA-Z]`).MatchString(lit) {
			continue // "%s: %s" is only ever said, never read back
		}
		text := fmt.Sprintf(en, args...)
		for i, a := range args {
			if s, ok := a.(string); ok {
				args[i] = zhPhrase(s)
			}
		}
		want := fmt.Sprintf(zh, args...)
		if got, ok := zhTry(text); !ok || got != want {
			t.Errorf("%q reads back as %q, want %q", text, got, want)
		}
	}
}

// Nouns, names and hints inside a message are said in Chinese; ids, keys
// and quoted values are not.
func TestZhArguments(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{zhf("%s needs an id", noun("option")), "选项缺少 id"},
		{zhf("%s: stance %d is outside -2..2", `inject "a": option us/b`, 3), `事件 "a" 的选项 us/b：stance 3 超出了 -2..2 的范围`},
		{zhf("%s is missing", `inject "a": rule "r": title`), `缺少事件 "a" 的组合规则 "r" 的 title`},
		{zhf("%s: %s", `inject "a": rule 2`, `unknown flag "f" (did you mean "g"?)`), `事件 "a" 的第 2 条组合规则：未知的标志 "f"（是否想写 "g"？）`},
		// An option id spelt like a word of the catalogue stays an id.
		{zhf("%s: stance %d is outside -2..2", `inject "a": option us/nothing`, 3), `事件 "a" 的选项 us/nothing：stance 3 超出了 -2..2 的范围`},
		{zhf("unknown key %q", "a table"), `未知的键 "a table"`},
		{zhf("no such format"), ""},
	} {
		if c.got != c.want {
			t.Errorf("got  %s\nwant %s", c.got, c.want)
		}
	}
}
