package scenario

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func demo(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// posOf is the 1-based line and column of the first occurrence of needle.
func posOf(src, needle string) Pos {
	i := strings.Index(src, needle)
	if i < 0 {
		return Pos{}
	}
	line := strings.Count(src[:i], "\n") + 1
	col := len([]rune(src[strings.LastIndex(src[:i], "\n")+1:i])) + 1
	return Pos{line, col}
}

func TestLoadDemo(t *testing.T) {
	s, err := Load("demo.toml", []byte(demo(t)))
	if err != nil {
		t.Fatalf("demo should load: %v", err)
	}
	if s.ID != "demo" || len(s.Teams) != 2 || len(s.Injects) != 3 {
		t.Fatalf("unexpected scenario: %s, %d teams, %d injects", s.ID, len(s.Teams), len(s.Injects))
	}
	if got := s.Meter("tension").Start; got != 35 {
		t.Errorf("tension start = %d, want the file's 35", got)
	}
	if got := s.Meter("trust").Start; got != 40 {
		t.Errorf("trust start = %d, want the default 40", got)
	}
	if s.Meter("tension").Name.In("zh") != "紧张度" {
		t.Errorf("an overridden default meter keeps its default name")
	}
	if ids := []string{s.Meters[0].ID, s.Meters[1].ID, s.Meters[2].ID}; strings.Join(ids, ",") != "tension,trust,interests" {
		t.Errorf("meter order = %v", ids)
	}
	if !s.IsFollowUp("protest") || s.IsFollowUp("spill") {
		t.Errorf("follow-up detection is wrong")
	}
	if o := s.Inject("intrusion").Option("us", "name"); o == nil || !o.Public() || o.Effects["interests"].PerTeam["others"] != -5 {
		t.Errorf("option us/name decoded wrongly: %+v", o)
	}
	if s.Title.In("zh") != "小型演示" || s.Summary.In("zh") != s.Summary.In("en") {
		t.Errorf("text languages or fallback wrong")
	}
}

// TestLoadBadInput covers malformed scenarios: each must fail with a clear,
// positioned message and never yield a partial scenario.
func TestLoadBadInput(t *testing.T) {
	cases := []struct {
		name     string
		old, new string // replace the first old with new in the demo
		want     string // the message contains this
		at       string // the problem is reported where this text first stands in the new file ("" = not checked)
	}{
		{"syntax error", `rounds = 3`, `rounds = = 3`, "expected value", "= 3"},
		{"unterminated string", `id = "demo"`, `id = "demo`, "strings cannot contain newlines", ""},
		{"wrong type", `rounds = 3`, `rounds = "three"`, "rounds: must be a whole number, not a string", "rounds = \"three"},
		{"unknown top-level key", `rounds = 3`, "rounds = 3\nroundz = 4", `unknown key "roundz"`, "roundz"},
		{"unknown key deep, with hint", `stance = -1`, `stanse = -1`, `unknown key "stanse" in injects.options.us (did you mean "stance"?)`, "stanse"},
		{"unknown team in intel", `intel.us = "The implant`, `intel.uk = "The implant`, `intelligence for unknown team "uk" (did you mean "us"?)`, "intel.uk"},
		{"unknown flag in set", `set = ["named"]`, `set = ["namd"]`, `sets unknown flag "namd" (did you mean "named"?)`, `"namd"`},
		{"unknown follow-up", `follow = ["protest"]`, `follow = ["protests"]`, `follow-up to unknown inject "protests"`, `"protests"`},
		{"unknown meter in effects", `effects = { tension = -5, trust = 5 }`, `effects = { tensoin = -5, trust = 5 }`, `effect on unknown meter "tensoin" (did you mean "tension"?)`, "tensoin"},
		{"unknown flag in condition", `when = "tension >= 60 && flags.named"`, `when = "tension >= 60 && flags.nmed"`, `unknown flag "nmed"`, "when = \"tension >= 60"},
		{"condition syntax", `when = "channels.hotline"`, `when = "channels.hotline &&"`, `condition "channels.hotline &&"`, `when = "channels.hotline &&"`},
		{"condition type", `when = "channels.hotline"`, `when = "tension + 1"`, `expected bool`, `when = "tension + 1"`},
		{"unknown variable", `when = "channels.hotline"`, `when = "tenson > 3"`, `unknown name tenson`, `when = "tenson`},
		{"picked outside rules", `when = "channels.hotline"`, `when = 'picked("us", "ask")'`, `picked() only works in combination rules`, `when = 'picked`},
		{"unknown option in picked", `picked("us", "ask")`, `picked("us", "asq")`, `team "us" has no option "asq" in any inject (did you mean "ask"?)`, `when = 'picked("us", "asq")`},
		{"stance out of range", `stance = 2`, `stance = 3`, `stance 3 is outside -2..2`, `stance = 3`},
		{"duplicate option id", `id = "name"`, `id = "ask"`, `duplicate option id "ask"`, `id = "ask"` + "\nlabel = \"Name"},
		{"duplicate inject id", `id = "protest"`, `id = "intrusion"`, `duplicate inject id "intrusion"`, ""},
		{"missing label", `label = "Lodge the protest"`, `description = "x"`, `option cn/protest: label is missing`, ""},
		{"missing brief", `brief = "The named side lodges a protest and asks for the evidence."`, ``, `inject "protest": brief is missing`, ""},
		{"team without options", "[[injects.options.us]]\nid = \"brief\"", "[[injects.options.uz]]\nid = \"brief\"", `team "us" has no options`, ""},
		{"bad principle", `marks.sum = { weight = 10, reason = "Treats`, `marks.sums = { weight = 10, reason = "Treats`, `unknown principle "sums"`, "marks.sums"},
		{"mark without reason", `marks.face = { weight = 5, reason = "Raises it privately." }`, `marks.face = { weight = 5 }`, `mark on face needs a reason`, ""},
		{"mark weight zero", `marks.face = { weight = 5, reason`, `marks.face = { weight = 0, reason`, `needs a weight within -50..50`, ""},
		{"meter start out of bounds", `start = 35`, `start = 135`, `start 135 is outside 0..100`, `start = 135`},
		{"threshold order", `crisis = 60, catastrophe = 90`, `crisis = 95, catastrophe = 90`, `crisis (95) must be below catastrophe (90)`, ""},
		{"truth not a hypothesis", `truth = "third"`, `truth = "thrid"`, `truth "thrid" is not one of the hypotheses (did you mean "third"?)`, `truth = "thrid"`},
		{"choice truth without about", `about = "us"`, `about = "uk"`, `truth = "choice" needs about`, `about = "uk"`},
		{"choice stances gap", `stances = [1, 2]`, `stances = [2, 2]`, `every stance -2..2 must fall in exactly one hypothesis`, ""},
		{"one team only", "[[teams]]\nid = \"us\"\nname = { en = \"U.S. delegation\", zh = \"美方代表团\" }", "", "at least 2 teams", ""},
		{"bad visibility", `visibility = "public"`, `visibility = "loud"`, `visibility must be "public" or "private"`, `visibility = "loud"`},
		{"unknown language", `zh = "小型演示"`, `fr = "Petite"`, `unknown language "fr"`, ""},
		{"per-team effect key", `others = -5`, `enemies = -5`, `effect on interests for "enemies"`, "enemies"},
		{"never fires", `when = "tension >= 60 && flags.named"`, `weight = 1`, `can never fire`, ""},
		{"round beyond rounds", `round = 1`, `round = 9`, `round 9 is outside 1..3`, `round = 9`},
		{"bad id", `id = "demo"`, `id = "Demo Scenario"`, `scenario id "Demo Scenario"`, `id = "Demo`},
		{"missing id", `id = "demo"`, ``, `missing required key "id"`, ""},
		{"shared meter as table", `effects = { tension = -5, trust = 5 }`, `effects = { tension = { us = 1 }, trust = 5 }`, `"tension" is a shared meter`, ""},
		{"effect not a number", `effects = { tension = -5, trust = 5 }`, `effects = { tension = "up", trust = 5 }`, `effect on tension must be a whole number`, ""},
		{"effect beyond the meter", `others = -5`, `others = -500`, `effect -500 on "interests" is larger than the meter's whole range`, ""},
		{"effect at the integer's limit", `others = -5`, `others = -9223372036854775808`, `effect -9223372036854775808 on "interests" is larger than the meter's whole range`, ""},
		{"two hold options", `label = "Offer a joint look at the evidence"`, "label = \"Offer a joint look at the evidence\"\nhold = true", `only one option per team may be the hold option`, ""},
		{"not text", `id = "demo"`, "id = \"demo\"\x00", `not a text file`, ""},
		{"rounds zero", `rounds = 3`, `rounds = 0`, `rounds must be at least 1, not 0`, "rounds = 0"},
		{"rounds negative", `rounds = 3`, `rounds = -1`, `rounds must be at least 1, not -1`, "rounds = -1"},
		{"rounds beyond the maximum", `rounds = 3`, `rounds = 1000000000`, `rounds must be at most 1000, not 1000000000`, "rounds = 1000000000"},
		{"missing rounds", `rounds = 3`, ``, `missing required key "rounds"`, ""},
	}
	base := demo(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(base, tc.old) {
				t.Fatalf("fixture: %q not in demo", tc.old)
			}
			src := strings.Replace(base, tc.old, tc.new, 1)
			s, err := Load("bad.toml", []byte(src))
			if err == nil {
				t.Fatalf("loaded a bad scenario without error")
			}
			if s != nil {
				t.Errorf("returned a partial scenario with the error")
			}
			ps := AsProblems(err)
			var hit *Problem
			for i := range ps {
				if strings.Contains(ps[i].Msg, tc.want) {
					hit = &ps[i]
					break
				}
			}
			if hit == nil {
				t.Fatalf("no problem says %q; got:\n%s", tc.want, err)
			}
			if hit.File != "bad.toml" {
				t.Errorf("problem names file %q", hit.File)
			}
			if !strings.HasPrefix(hit.Error(), "bad.toml:") {
				t.Errorf("problem line %q does not start with the file", hit.Error())
			}
			if tc.at != "" {
				want := posOf(src, tc.at)
				if hit.Pos != want {
					t.Errorf("reported at %v, want %v (where %q stands)\n%s", hit.Pos, want, tc.at, hit.Error())
				}
			}
			if strings.Contains(err.Error(), "goroutine") || strings.Contains(err.Error(), "panic") {
				t.Errorf("error leaks a stack trace: %s", err)
			}
			// In Chinese: the same place, then the message in Chinese.
			loc := strings.TrimSuffix(hit.Error(), hit.Msg)
			if zh := hit.In("zh"); !strings.HasPrefix(zh, loc) || strings.TrimPrefix(zh, loc) != hit.Zh {
				t.Errorf("in Chinese %q, in English %q", zh, hit.Error())
			}
			checkZh(t, hit.Msg, hit.Zh)
			if hit.In("en") != hit.Error() || ps.In("zh") == "" {
				t.Errorf("In(\"en\") = %q", hit.In("en"))
			}
		})
	}
}

// Every problem is reported, not just the first.
func TestLoadReportsAllProblems(t *testing.T) {
	src := demo(t)
	src = strings.Replace(src, `stance = 2`, `stance = 7`, 1)
	src = strings.Replace(src, `set = ["named"]`, `set = ["nope"]`, 1)
	src = strings.Replace(src, `rounds = 3`, "rounds = 3\ncolour = \"red\"", 1)
	_, err := Load("x.toml", []byte(src))
	ps := AsProblems(err)
	if len(ps) < 3 {
		t.Fatalf("want at least 3 problems, got %d:\n%v", len(ps), err)
	}
	for i := 1; i < len(ps); i++ {
		if ps[i].Pos.Line < ps[i-1].Pos.Line {
			t.Errorf("problems not in file order: %v", ps)
		}
	}
}

// Several wrong types are reported together, each at its position.
func TestLoadReportsEveryWrongType(t *testing.T) {
	src := demo(t)
	src = strings.Replace(src, `id = "demo"`, `id = 5`, 1)
	src = strings.Replace(src, `title = { en = "A small demonstration", zh = "小型演示" }`, `title = 7`, 1)
	src = strings.Replace(src, `rounds = 3`, `rounds = "three"`, 1)
	_, err := Load("x.toml", []byte(src))
	ps := AsProblems(err)
	for _, at := range []string{"id = 5", "title = 7", `rounds = "three"`} {
		want := posOf(src, at)
		found := false
		for _, p := range ps {
			found = found || p.Pos.Line == want.Line
		}
		if !found {
			t.Errorf("no problem on line %d (%s); got:\n%v", want.Line, at, err)
		}
	}
}

// A scenario whose checks would grow with rounds loads (or fails) at once:
// rounds is bounded, with the error at its position.
func TestHugeRoundsDoNotHang(t *testing.T) {
	src := demo(t)
	src = strings.Replace(src, `rounds = 3`, `rounds = 1000000000`, 1)
	src = strings.Replace(src, `id = "protest"`, "id = \"protest\"\nrepeat = true", 1)
	done := make(chan error, 1)
	go func() { _, err := Load("x.toml", []byte(src)); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "rounds must be at most") {
			t.Fatalf("want the bound on rounds, got %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("loading a scenario with a billion rounds did not finish")
	}
	// The largest allowed, with a repeating follow-up, loads quickly.
	src = strings.Replace(src, `rounds = 1000000000`, fmt.Sprintf("rounds = %d", MaxRounds), 1)
	begin := time.Now()
	Load("x.toml", []byte(src))
	if d := time.Since(begin); d > 5*time.Second {
		t.Errorf("loading with rounds = %d took %v", MaxRounds, d)
	}
}

func TestLocatorFindsArrayElements(t *testing.T) {
	src := demo(t)
	l := newLocator(src)
	checks := map[string]string{
		"injects[0].options.us[1].stance":                   "stance = 2",
		"injects[1].id":                                     `id = "protest"`,
		"injects[0].assess.cn.hypotheses[1].stances":        "stances = [1, 2]",
		"injects[0].options.us[0].marks.face.reason":        `reason = "Raises it privately."`,
		"injects[0].options.us[1].effects.interests":        "interests = { self",
		"meters[0].thresholds.catastrophe":                  "catastrophe = 90",
		"sources[0].where":                                  `where = "content/FORMAT.md"`,
		"injects[0].options.us[1].effects.interests.others": "others = -5",
	}
	for path, needle := range checks {
		if got, want := l.Find(path), posOf(src, needle); got != want {
			t.Errorf("Find(%s) = %v, want %v", path, got, want)
		}
	}
}

func TestConditionsEvaluate(t *testing.T) {
	s, err := Load("demo.toml", []byte(demo(t)))
	if err != nil {
		t.Fatal(err)
	}
	env := s.NewEnv(nopFuncs{})
	spill := s.Inject("spill").Condition()
	if spill.Holds(env) {
		t.Fatal("spill holds at the start")
	}
	env.SetMeter("tension", "", 70)
	if spill.Holds(env) {
		t.Fatal("spill holds without the flag")
	}
	env.SetFlag("named", true)
	if !spill.Holds(env) {
		t.Fatal("spill does not hold with tension 70 and the flag")
	}
	ask := s.Inject("intrusion").Option("us", "ask").Condition()
	if !ask.Holds(env) {
		t.Fatal("ask should be offered while the hotline is open")
	}
	env.SetChannel("hotline", false)
	if ask.Holds(env) {
		t.Fatal("ask is offered with the hotline closed")
	}
}

func TestTextDecoding(t *testing.T) {
	var tx Text
	if err := tx.UnmarshalTOML("hi"); err != nil || tx.In("zh") != "hi" {
		t.Errorf("plain string: %v %v", tx, err)
	}
	if err := tx.UnmarshalTOML(map[string]any{"en": "a", "zh": "甲"}); err != nil || tx.In("zh") != "甲" || tx.In("en") != "a" {
		t.Errorf("table: %v %v", tx, err)
	}
	if err := tx.UnmarshalTOML(int64(3)); err == nil {
		t.Errorf("a number is not text")
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte(demo(f)))
	f.Add([]byte("id = \"x\"\n[[injects]]\nid = 'a'\n[injects.options.us]\n"))
	f.Add([]byte("a = { b = [1, { c = \"\"\"x\ny\"\"\" }] }\n[[x.y]]\n[x.y.z]\nq = 1"))
	f.Add([]byte(`when = "flags["`))
	f.Add([]byte(strings.Replace(demo(f), `rounds = 3`, `rounds = 999999999`, 1)))
	f.Add([]byte(strings.Replace(strings.Replace(demo(f), `rounds = 3`, `rounds = 0`, 1), `id = "demo"`, `id = 1`, 1)))
	f.Add([]byte("id = 1\ntitle = 2\nrounds = \"x\"\nteams = 3\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Load("fuzz.toml", data)
		if err == nil && s == nil {
			t.Fatal("nil scenario without error")
		}
		if err != nil {
			if s != nil {
				t.Fatal("partial scenario with error")
			}
			for _, p := range AsProblems(err) {
				if p.Msg == "" {
					t.Fatal("empty problem message")
				}
				if strings.Contains(p.Msg, "internal error") {
					t.Fatalf("loader panicked: %s", p.Msg)
				}
			}
		}
		newLocator(string(data)).Find("x") // the locator alone must not panic either
	})
}

// validID says what idPattern says, on every short string over the
// characters that matter.
func TestValidID(t *testing.T) {
	alphabet := []byte("az09_-A. é")
	var try func(prefix []byte)
	try = func(prefix []byte) {
		if got, want := validID(string(prefix)), idPattern.MatchString(string(prefix)); got != want {
			t.Errorf("validID(%q) = %v, idPattern says %v", prefix, got, want)
		}
		if len(prefix) == 3 {
			return
		}
		for _, c := range alphabet {
			try(append(prefix, c))
		}
	}
	try(nil)
}
