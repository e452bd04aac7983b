package scenario

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// lintClean is a small bilingual scenario that draws no warning: two
// scheduled injects, three options a team in each, a follow-up and a
// conditional ending.
func lintClean() string {
	var b strings.Builder
	b.WriteString(`id = "clean"
title = { en = "Clean", zh = "干净" }
rounds = 3
debrief = [{ en = "What did you learn?", zh = "你学到了什么？" }]
sources = [{ title = "Illustration", where = "here" }]

[[teams]]
id = "cn"
name = { en = "Chinese delegation", zh = "中方代表团" }
[[teams]]
id = "us"
name = { en = "U.S. delegation", zh = "美方代表团" }

[[flags]]
id = "named"
description = { en = "Someone was named.", zh = "有人被点名。" }

[[channels]]
id = "hotline"
name = { en = "Hotline", zh = "热线" }
`)
	stances := []int{-1, 0, 2}
	for i, in := range []string{"one", "two"} {
		fmt.Fprintf(&b, `
[[injects]]
id = %q
round = %d
title = { en = "Inject %s", zh = "事件%s" }
brief = { en = "Brief %s.", zh = "简报%s。" }
intel.cn = { en = "Intel for cn.", zh = "中方情报。" }
intel.us = { en = "Intel for us.", zh = "美方情报。" }
`, in, i+1, in, in, in, in)
		if in == "one" {
			b.WriteString(`
[injects.assess.cn]
question = { en = "How will the U.S. answer?", zh = "美方会如何回应？" }
truth = "choice"
about = "us"
[[injects.assess.cn.hypotheses]]
id = "soft"
text = { en = "Softly.", zh = "温和地。" }
stances = [-2, 0]
[[injects.assess.cn.hypotheses]]
id = "hard"
text = { en = "Hard.", zh = "强硬地。" }
stances = [1, 2]
`)
		}
		for _, team := range []string{"cn", "us"} {
			for k, st := range stances {
				id := fmt.Sprintf("%s%d", in, k+1)
				fmt.Fprintf(&b, `
[[injects.options.%s]]
id = %q
label = { en = "Option %s", zh = "选项%s" }
stance = %d
effects = { tension = %d, trust = %d, interests = { self = 2, others = -1 } }
marks.intent = { weight = %d, reason = { en = "Because.", zh = "因为。" } }
`, team, id, id, id, st, 5*st, -5*st, 5+5*max(st, -st))
				if in == "one" && team == "us" && k == 2 {
					b.WriteString("set = [\"named\"]\nfollow = [\"answer\"]\n")
				}
			}
		}
		if in == "one" {
			b.WriteString(`
[[injects.rules]]
id = "both-soft"
when = 'picked("us", "one1") && picked("cn", "one1")'
narrative = { en = "Both are soft.", zh = "双方都温和。" }
effects = { trust = 5 }
`)
		}
	}
	b.WriteString(`
[[injects]]
id = "answer"
title = { en = "An answer", zh = "回应" }
brief = { en = "The named side answers.", zh = "被点名的一方回应。" }
intel.cn = { en = "Intel for cn.", zh = "中方情报。" }
intel.us = { en = "Intel for us.", zh = "美方情报。" }
`)
	for _, team := range []string{"cn", "us"} {
		for k := 1; k <= 3; k++ {
			fmt.Fprintf(&b, `
[[injects.options.%s]]
id = "answer%d"
label = { en = "Answer %d", zh = "回应%d" }
stance = %d
marks.face = { weight = 5, reason = { en = "Because.", zh = "因为。" } }
`, team, k, k, k, k-2)
			if team == "us" && k == 1 {
				b.WriteString("when = \"flags.named\"\n")
			}
		}
	}
	b.WriteString(`
[[injects]]
id = "summit"
when = "trust >= 60 && fired(\"two\")"
ends = true
title = { en = "A summit", zh = "峰会" }
brief = { en = "The leaders meet.", zh = "领导人会面。" }
`)
	return b.String()
}

func lint(t *testing.T, src string) Warnings {
	t.Helper()
	s, err := Load("clean.toml", []byte(src))
	if err != nil {
		t.Fatalf("does not load:\n%v\n%s", err, src)
	}
	return s.Lint()
}

func TestLintClean(t *testing.T) {
	if ws := lint(t, lintClean()); len(ws) > 0 {
		for _, w := range ws {
			t.Error(w)
		}
	}
}

func TestLintCodes(t *testing.T) {
	cases := []struct {
		name string
		edit func(string) string
		code string
		at   string // the warning stands where this text first appears in the edited file
	}{
		{"a condition above what the meters can reach",
			replace(`when = "trust >= 60 && fired(\"two\")"`, `when = "tension >= 80 && fired(\"two\")"`),
			LintUnreachableInject, `[[injects]]
id = "summit"`},
		{"a round past the end", replace(`when = "trust >= 60 && fired(\"two\")"`, `when = "round > 3"`),
			LintUnreachableInject, `[[injects]]
id = "summit"`},
		{"a follow-up of an option never offered",
			replace("set = [\"named\"]\nfollow = [\"answer\"]\n", "set = [\"named\"]\nfollow = [\"answer\"]\nwhen = \"round > 3\"\n"),
			LintUnreachableInject, `[[injects]]
id = "answer"`},
		{"an option never offered", replace("when = \"flags.named\"\n", "when = \"flags.named && round == 1\"\n"),
			LintOptionNeverOffered, `when = "flags.named && round == 1"`},
		{"a rule that picks another inject's option", replace(`picked("us", "one1") && picked("cn", "one1")`, `picked("us", "two1") && picked("cn", "one1")`),
			LintRuleNeverFires, `when = 'picked("us", "two1")`},
		{"a rule that needs a stance no option has", replace(`picked("us", "one1") && picked("cn", "one1")`, `stance("us") <= -2`),
			LintRuleNeverFires, `when = 'stance("us") <= -2'`},
		{"a flag set, never read", replace("when = \"flags.named\"\n", ""), LintFlagNeverRead, "[[flags]]"},
		{"a flag neither set nor read", replace(`[[flags]]`, "[[flags]]\nid = \"spare\"\n[[flags]]"), LintFlagNeverRead, "[[flags]]"},
		{"a flag read, never set", replace("set = [\"named\"]\n", ""), LintFlagNeverSet, "[[flags]]"},
		{"a meter never changed", replace("[[flags]]", "[[meters]]\nid = \"pressure\"\nname = { en = \"Pressure\", zh = \"压力\" }\n\n[[flags]]"),
			LintMeterNeverChanged, "[[meters]]"},
		{"an option without marks", replace("stance = -1\neffects = { tension = -5, trust = 5, interests = { self = 2, others = -1 } }\nmarks.intent = { weight = 10, reason = { en = \"Because.\", zh = \"因为。\" } }\n",
			"stance = -1\neffects = { tension = -5, trust = 5, interests = { self = 2, others = -1 } }\n"),
			LintOptionWithoutMarks, "[[injects.options.cn]]"},
		{"two options", dropOption(`id = "two2"`), LintFewOptions, `[[injects.options.cn]]
id = "two1"`},
		{"no intel for a team", replace("intel.us = { en = \"Intel for us.\", zh = \"美方情报。\" }\n", ""), LintMissingIntel, `[[injects]]
id = "one"`},
		{"a hypothesis no option makes true", replace("stances = [-2, 0]", "stances = [-2, -2]\n[[injects.assess.cn.hypotheses]]\nid = \"mid\"\ntext = { en = \"Mid.\", zh = \"中。\" }\nstances = [-1, 0]"),
			LintHypothesisNever, "[[injects.assess.cn.hypotheses]]"},
		{"an assessment every option gives away", replace("[injects.assess.cn]", "[injects.assess.us]\nquestion = { en = \"Q\", zh = \"问\" }\ntruth = \"choice\"\nabout = \"cn\"\n[[injects.assess.us.hypotheses]]\nid = \"low\"\ntext = { en = \"Low.\", zh = \"低。\" }\nstances = [-2, 1]\n[[injects.assess.us.hypotheses]]\nid = \"high\"\ntext = { en = \"High.\", zh = \"高。\" }\nstances = [2, 2]\n\n[injects.assess.cn]").
			then(replace("id = \"one3\"\nlabel = { en = \"Option one3\", zh = \"选项one3\" }\nstance = 2", "id = \"one3\"\nlabel = { en = \"Option one3\", zh = \"选项one3\" }\nstance = 1")),
			LintAssessForegone, "[injects.assess.us]"},
		{"one text without zh", replace(`brief = { en = "Brief two.", zh = "简报two。" }`, `brief = "Brief two."`), LintMissingZh, `brief = "Brief two."`},
		{"one text without en", replace(`brief = { en = "Brief two.", zh = "简报two。" }`, `brief = { zh = "简报two。" }`), LintMissingEn, `brief = { zh = "简报two。" }`},
		{"no debrief", replace(`debrief = [{ en = "What did you learn?", zh = "你学到了什么？" }]`, ""), LintNoDebrief, ""},
		{"no sources", replace(`sources = [{ title = "Illustration", where = "here" }]`, ""), LintNoSources, ""},
		{"the softest option on top", replaceAll("weight = 15", "weight = 5"), LintSoftestBest, "[[injects.options.cn]]"},
		{"no firm option scores as well", replaceAll("weight = 15", "weight = 5"), LintNoFirmPrincipled, "[[injects.options.cn]]"},
		{"a principle only a hold option marks",
			replace("stance = -1\nmarks.face = { weight = 5", "stance = -1\nhold = true\nmarks.sum = { weight = 5, reason = { en = \"Waits.\", zh = \"等待。\" } }\nmarks.face = { weight = 5"),
			LintHoldOnlyPrinciple, "marks.sum"},
		{"a public hold", replace("stance = -1\nmarks.face = { weight = 5", "stance = -1\nhold = true\nvisibility = \"public\"\nmarks.face = { weight = 5"),
			LintPublicHold, "hold = true"},
		{"a fixed truth with no kind", replace("[injects.assess.cn]", fixedTruth("us", "third", "")+"\n[injects.assess.cn]"),
			LintUnlabelledTruth, "[[injects.assess.us.hypotheses]]"},
		{"every fixed truth benign",
			replace("[injects.assess.cn]", fixedTruth("us", "third", "benign")+"\n[injects.assess.cn]").
				then(replace(two, two+fixedTruth("cn", "third", "benign"))),
			LintOneSidedTruths, `truth = "third"`},
		{"a later round on an earlier day", replace("id = \"one\"\nround = 1\n", "id = \"one\"\nround = 1\nday = 10\n").
			then(replace("id = \"two\"\nround = 2\n", "id = \"two\"\nround = 2\nday = 5\n")), LintTimeTravel, "day = 5"},
		{"a follow-up on an earlier day", replace("id = \"one\"\nround = 1\n", "id = \"one\"\nround = 1\nday = 10\n").
			then(replace("id = \"answer\"\n", "id = \"answer\"\nday = 3\n")), LintTimeTravel, "day = 3"},
		{"hotline points", replace("[[teams]]", "[scoring]\nhotline = 2\n\n[[teams]]"), LintHotlinePoints, "hotline = 2"},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		seen[c.code] = true
		t.Run(c.name, func(t *testing.T) {
			src := c.edit(lintClean())
			ws := lint(t, src).Only(c.code)
			if len(ws) == 0 {
				t.Fatalf("no %s warning; got %v", c.code, lint(t, src))
			}
			want := Pos{}
			if c.at != "" {
				want = posOf(src, c.at)
			}
			found := false
			for _, w := range ws {
				found = found || w.Pos == want
				if !strings.HasPrefix(w.String(), "clean.toml:") || !strings.Contains(w.String(), ": warning "+c.code+": ") {
					t.Errorf("warning reads %q", w.String())
				}
				// In Chinese: the same place and code, the message in Chinese.
				loc := strings.TrimSuffix(w.String(), "warning "+c.code+": "+w.Msg)
				if zh := w.In("zh"); zh != loc+"警告 "+c.code+"："+w.Zh {
					t.Errorf("in Chinese %q, in English %q", zh, w.String())
				}
				checkZh(t, w.Msg, w.Zh)
			}
			if !found {
				t.Errorf("%s at %v, want at %v", c.code, ws, want)
			}
		})
	}
	// Every code but the aggregate zh warning has a case here.
	for _, lc := range LintCodes {
		if !seen[lc.Code] {
			t.Errorf("lint code %s has no test case", lc.Code)
		}
	}
}

func TestLintMostlyEnglish(t *testing.T) {
	src := lintClean()
	// Strip every zh: a monolingual scenario gets one warning, not dozens.
	for {
		i := strings.Index(src, `, zh = "`)
		if i < 0 {
			break
		}
		j := strings.Index(src[i+8:], `"`)
		src = src[:i] + src[i+8+j+1:]
	}
	ws := lint(t, src)
	if got := ws.Only(LintMissingZh); len(got) != 1 || !strings.Contains(got[0].Msg, "texts have no Chinese") {
		t.Fatalf("want one aggregate missing-zh warning, got %v", ws)
	}
	checkZh(t, ws[0].Msg, ws[0].Zh)
	if len(ws) != 1 {
		t.Errorf("other warnings: %v", ws)
	}
}

func TestLintDemo(t *testing.T) {
	s, err := Load("demo.toml", []byte(demo(t)))
	if err != nil {
		t.Fatal(err)
	}
	ws := s.Lint()
	// The demo's "spill" needs tension 60, but its options can raise
	// tension from 35 by 15 at most.
	got := ws.Only(LintUnreachableInject)
	if len(got) != 1 || !strings.Contains(got[0].Msg, `"spill"`) || !strings.Contains(got[0].Msg, "tension stays within") {
		t.Errorf("unreachable-inject: %v", got)
	}
	if want := `事件 "spill" 永远不会触发：它的 when "tension >= 60 && flags.named" 永远不成立（tension 始终在 20..50 之内）`; len(got) == 1 && got[0].Zh != want {
		t.Errorf("unreachable-inject in Chinese:\n got %s\nwant %s", got[0].Zh, want)
	}
	for _, w := range ws {
		checkZh(t, w.Msg, w.Zh)
	}
	if ws.Has(LintFlagNeverRead) || ws.Has(LintOptionWithoutMarks) {
		t.Errorf("unexpected: %v", ws)
	}
}

// TestLintCodesDocumented: content/FORMAT.md documents every lint code.
func TestLintCodesDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../content/FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, lc := range LintCodes {
		if !strings.Contains(string(doc), "### `"+lc.Code+"`") {
			t.Errorf("content/FORMAT.md has no section ### `%s`", lc.Code)
		}
	}
}

type edit func(string) string

func (e edit) then(f edit) edit { return func(s string) string { return f(e(s)) } }

func replace(old, new string) edit {
	return func(s string) string {
		if !strings.Contains(s, old) {
			panic(fmt.Sprintf("lintClean has no %q", old))
		}
		return strings.Replace(s, old, new, 1)
	}
}

// two is inject two's brief and intelligence, after which its own tables start.
const two = `brief = { en = "Brief two.", zh = "简报two。" }
intel.cn = { en = "Intel for cn.", zh = "中方情报。" }
intel.us = { en = "Intel for us.", zh = "美方情报。" }
`

func replaceAll(old, new string) edit {
	return func(s string) string {
		if !strings.Contains(s, old) {
			panic(fmt.Sprintf("lintClean has no %q", old))
		}
		return strings.ReplaceAll(s, old, new)
	}
}

// fixedTruth is an assessment for team whose truth is the hypothesis
// "third", listed first, of the given kind ("" for none).
func fixedTruth(team, truth, kind string) string {
	k := ""
	if kind != "" {
		k = fmt.Sprintf("kind = %q\n", kind)
	}
	return fmt.Sprintf(`[injects.assess.%[1]s]
question = { en = "Who did it?", zh = "是谁干的？" }
truth = %[2]q
[[injects.assess.%[1]s.hypotheses]]
id = "third"
text = { en = "A third party.", zh = "第三方。" }
%[3]s[[injects.assess.%[1]s.hypotheses]]
id = "state"
text = { en = "The other state.", zh = "对方国家。" }
kind = "hostile"
`, team, truth, k)
}

// dropOption removes the option table that holds line.
func dropOption(line string) edit {
	return func(s string) string {
		i := strings.Index(s, line)
		start := strings.LastIndex(s[:i], "\n[[")
		end := strings.Index(s[i:], "\n[") + i
		return s[:start] + s[end:]
	}
}

// A flag that only a variant's condition reads is read.
func TestLintFlagReadByAVariant(t *testing.T) {
	src := replace("when = \"flags.named\"\n", "").
		then(replace(two, two+"[[injects.variants]]\nwhen = \"flags.named\"\nbrief = { en = \"Named.\", zh = \"已点名。\" }\n"))(lintClean())
	if ws := lint(t, src); ws.Has(LintFlagNeverRead) {
		t.Errorf("a flag read by a variant: %v", ws.Only(LintFlagNeverRead))
	}
}

// A repeating inject counts once with the rounds it may fill, so what lint
// reads of the meters is worked out in time that does not grow with rounds.
func TestTopSumsCountRepeats(t *testing.T) {
	per := map[string][]change{"tension": {{3, 1}, {5, 1000}, {4, 2}}}
	for _, c := range []struct{ n, want int }{{1, 5}, {10, 50}, {1000, 5000}, {1001, 5004}, {1003, 5011}, {5000, 5011}} {
		if got := topSums(per, c.n)["tension"]; got != c.want {
			t.Errorf("the %d largest changes add up to %d, want %d", c.n, got, c.want)
		}
	}
}

func BenchmarkLintManyRounds(b *testing.B) {
	src := strings.Replace(demo(b), `rounds = 3`, fmt.Sprintf("rounds = %d", MaxRounds), 1)
	src = strings.Replace(src, `id = "protest"`, "id = \"protest\"\nrepeat = true", 1)
	s, err := Load("x.toml", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		s.Lint()
	}
}
