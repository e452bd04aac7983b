package report_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/journal/journaltest"
	"github.com/brink-ttx/brink/game/report"
	"github.com/brink-ttx/brink/game/scenario"
)

var seats = map[string]string{"cn": "random", "us": journal.Human}

// rich finds a seed whose game uses every section: hotline messages,
// facilitator actions, rules, held choices, rationales.
func rich(t *testing.T, s *scenario.Scenario) (string, *journal.Rebuilt) {
	t.Helper()
	dir := t.TempDir()
	for seed := uint64(1); seed < 200; seed++ {
		p := filepath.Join(dir, "game.jsonl")
		os.Remove(p)
		g := journaltest.WriteJournal(t, p, s, "", seed, seats)
		held, rules, rationale := false, false, false
		for _, rd := range g.History() {
			rules = rules || len(rd.Rules) > 0
			for _, c := range rd.Choices {
				held = held || c.Held
				rationale = rationale || strings.Contains(c.Rationale, "|")
			}
		}
		if len(g.Posts()) > 0 && len(g.Actions()) > 0 && held && rules && rationale && len(g.History()) >= 3 {
			rb, err := journal.Rebuild(mustRead(t, p), s, false)
			if err != nil {
				t.Fatal(err)
			}
			return p, rb
		}
	}
	t.Fatal("no seed gives a rich game")
	return "", nil
}

func mustRead(t *testing.T, p string) *journal.Journal {
	t.Helper()
	j, err := journal.Read(p)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func TestMarkdown(t *testing.T) {
	s := journaltest.Scenario(t, 6)
	_, rb := rich(t, s)
	for _, lang := range bilingual.Langs {
		t.Run(string(lang), func(t *testing.T) {
			r := report.Build(rb, lang)
			md := string(r.Markdown())
			heads := map[bilingual.Lang][]string{
				"en": {"# After-action report: ", "## Outcome", "## Timeline", "## Meter history", "## Hotline transcript", "## Facilitator", "## Scorecards", "## Interests", "## Debrief questions", "## Sources"},
				"zh": {"# 复盘报告：", "## 结局", "## 进程回顾", "## 指标变化", "## 热线记录", "## 导演组操作", "## 评分卡", "## 国家利益", "## 复盘问题", "## 资料来源"},
			}[lang]
			last := -1
			for _, h := range heads {
				i := strings.Index(md, h)
				if i < 0 {
					t.Fatalf("no %q in:\n%s", h, md)
				}
				if i < last {
					t.Errorf("%q out of order", h)
				}
				last = i
			}
			g := rb.Game
			for _, rd := range g.History() {
				in := s.Inject(rd.Inject)
				if !strings.Contains(md, in.Title.In(lang)) {
					t.Errorf("round %d: no title", rd.Number)
				}
				for _, c := range rd.Choices {
					if o := in.Option(c.Team, c.Option); o != nil && !strings.Contains(md, o.Label.In(lang)) {
						t.Errorf("round %d: no label %q", rd.Number, o.Label.In(lang))
					}
				}
			}
			for _, team := range s.Teams {
				if !strings.Contains(md, "### "+team.Name.In(lang)) {
					t.Errorf("no scorecard for %s", team.ID)
				}
				for _, p := range g.Card(team.ID).Principles {
					for _, e := range p.Evidence {
						if !strings.Contains(md, e.Why.In(lang)[:min(12, len(e.Why.In(lang)))]) {
							t.Errorf("evidence %q missing", e.Why.In(lang))
						}
					}
				}
			}
			for _, q := range s.Debrief {
				if !strings.Contains(md, q.In(lang)) {
					t.Errorf("no debrief question %q", q.In(lang))
				}
			}
			// Player text is escaped: no raw HTML, no broken tables.
			if strings.Contains(md, "<b>") || strings.Contains(md, "[link](") {
				t.Error("player text reaches the Markdown unescaped")
			}
			checkTables(t, md)
		})
	}
}

// checkTables: every row of a Markdown table has as many cells as its header.
func checkTables(t *testing.T, md string) {
	t.Helper()
	cells := func(line string) int {
		line = strings.ReplaceAll(line, `\|`, "")
		return strings.Count(line, "|")
	}
	want := 0
	for i, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			want = 0
			continue
		}
		if want == 0 {
			want = cells(line)
			continue
		}
		if got := cells(line); got != want {
			t.Errorf("line %d: %d cells, header has %d: %s", i+1, got, want, line)
		}
	}
}

func TestHTMLIsSelfContained(t *testing.T) {
	s := journaltest.Scenario(t, 6)
	_, rb := rich(t, s)
	for _, lang := range bilingual.Langs {
		r := report.Build(rb, lang)
		h := string(r.HTML())
		if !strings.HasPrefix(h, "<!DOCTYPE html>") || !strings.HasSuffix(strings.TrimSpace(h), "</html>") {
			t.Fatal("not one HTML document")
		}
		for _, bad := range []string{"<script", "<link", " src=", "url(", "@import", "<iframe", "<object", "<img"} {
			if strings.Contains(strings.ToLower(h), bad) {
				t.Errorf("%s: HTML contains %q", lang, bad)
			}
		}
		// The only address inside a tag is a source's link (not fetched);
		// players' text may mention one, escaped, as text.
		noLinks := regexp.MustCompile(`<a href="[^"]*">`).ReplaceAllString(h, "")
		if tag := regexp.MustCompile(`<[^>]*http[^>]*>`).FindString(noLinks); tag != "" {
			t.Errorf("%s: an address inside a tag: %q", lang, tag)
		}
		// One chart per meter, each threshold drawn.
		ids := map[string]bool{}
		thresholds := 0
		for _, m := range s.Meters {
			ids[m.ID] = true
			thresholds += len(m.Thresholds)
		}
		if n := strings.Count(h, "<svg"); n != len(ids) {
			t.Errorf("%s: %d charts for %d meters", lang, n, len(ids))
		}
		if n := strings.Count(h, `class="th"`); n != thresholds {
			t.Errorf("%s: %d threshold lines, want %d", lang, n, thresholds)
		}
		if n := strings.Count(h, "<polyline"); n != len(r.Meters) {
			t.Errorf("%s: %d lines, want %d", lang, n, len(r.Meters))
		}
		if !strings.Contains(h, "@page") || !strings.Contains(h, "A4") {
			t.Errorf("%s: no A4 page style", lang)
		}
		if strings.Contains(h, "<resolve>") || !strings.Contains(h, "Show &lt;resolve&gt; &amp; | pipes |") {
			t.Errorf("%s: player text is not escaped", lang)
		}
		for _, id := range []string{"outcome", "meters", "timeline", "hotline", "facilitator", "scorecards", "interests", "debrief", "sources"} {
			if !strings.Contains(h, `<section id="`+id+`">`) {
				t.Errorf("%s: no section %s", lang, id)
			}
		}
	}
}

// TestJSONSchema checks the JSON against SCHEMA.md: every field the JSON
// has is documented, and every documented field appears.
func TestJSONSchema(t *testing.T) {
	s := journaltest.Scenario(t, 6)
	_, rb := rich(t, s)
	doc := documented(t)
	r := report.Build(rb, "en")
	var v map[string]any
	if err := json.Unmarshal(r.JSON(), &v); err != nil {
		t.Fatal(err)
	}
	if v["schema"] != report.Schema || v["seed"] != "1" && v["seed"] == nil {
		t.Fatalf("schema %v seed %v", v["schema"], v["seed"])
	}
	if _, ok := v["seed"].(string); !ok {
		t.Fatal("seed is not a string")
	}
	seen := map[string]bool{}
	walk(v, seen)
	for k := range seen {
		if !doc[k] {
			t.Errorf("JSON field %q is not in SCHEMA.md", k)
		}
	}
	// Every list is a list, never null.
	if strings.Contains(string(r.JSON()), ": null") {
		for _, line := range strings.Split(string(r.JSON()), "\n") {
			if strings.Contains(line, ": null") && !strings.Contains(line, `"at"`) {
				t.Errorf("null: %s", line)
			}
		}
	}
	// The class JSON too.
	dir := t.TempDir()
	var games []*journal.Rebuilt
	for seed := uint64(1); seed <= 3; seed++ {
		p := filepath.Join(dir, "t"+string(rune('0'+seed))+".jsonl")
		journaltest.WriteJournal(t, p, s, "", seed, seats)
		rb, _ := journal.Rebuild(mustRead(t, p), s, false)
		games = append(games, rb)
	}
	c, err := report.BuildClass(games, "en")
	if err != nil {
		t.Fatal(err)
	}
	var cv map[string]any
	json.Unmarshal(c.JSON(), &cv)
	walk(cv, seen)
	for k := range seen {
		if !doc[k] {
			t.Errorf("JSON field %q is not in SCHEMA.md", k)
		}
	}
	for k := range doc {
		if !seen[k] {
			t.Errorf("SCHEMA.md documents %q, which the JSON never has", k)
		}
	}
}

// walk collects every object key, except inside maps keyed by data (seats,
// per-principle scores and levels).
func walk(v any, seen map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			seen[k] = true
			if k == "seats" || k == "levels" || (k == "scores" && isNumberMap(c)) {
				continue
			}
			walk(c, seen)
		}
	case []any:
		for _, c := range x {
			walk(c, seen)
		}
	}
}

func isNumberMap(v any) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	for _, x := range m {
		if _, ok := x.(float64); !ok {
			return false
		}
	}
	return true
}

// documented reads the field names from SCHEMA.md's tables and inline
// {a, b} lists.
func documented(t *testing.T) map[string]bool {
	data, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	code := regexp.MustCompile("`([a-z_]+)`")
	braces := regexp.MustCompile("`\\{([a-z_, ]+)\\}`")
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		cols := strings.Split(line, "|")
		for _, m := range code.FindAllStringSubmatch(cols[1], -1) {
			out[m[1]] = true
		}
		for _, m := range braces.FindAllStringSubmatch(line, -1) {
			for _, f := range strings.Split(m[1], ",") {
				out[strings.TrimSpace(f)] = true
			}
		}
	}
	return out
}

func TestClass(t *testing.T) {
	s := journaltest.Scenario(t, 6)
	dir := t.TempDir()
	var games []*journal.Rebuilt
	policies := []string{"hawk", "dove", "random"}
	for i, pol := range policies {
		p := filepath.Join(dir, "table-"+string(rune('a'+i))+".jsonl")
		journaltest.WriteJournal(t, p, s, "", uint64(10+i), map[string]string{"cn": pol, "us": journal.Human})
		rb, err := journal.Rebuild(mustRead(t, p), s, false)
		if err != nil {
			t.Fatal(err)
		}
		games = append(games, rb)
	}
	// Given in any order, tables come out by name.
	c, err := report.BuildClass([]*journal.Rebuilt{games[2], games[0], games[1]}, "en")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Tables) != 3 || c.Tables[0].Name != "table-a" || c.Tables[2].Name != "table-c" {
		t.Fatalf("tables %+v", c.Tables)
	}
	differs := 0
	for _, r := range c.Rounds {
		if r.Differs {
			differs++
		}
		if len(r.Tables) != 3 {
			t.Fatalf("round %d: %d tables", r.Round, len(r.Tables))
		}
	}
	if differs == 0 {
		t.Fatal("a hawk, a dove and a random bot never chose differently")
	}
	for ti := range c.Teams {
		sum := 0.0
		for _, tb := range c.Tables {
			sum += float64(tb.Scores[ti].Scores["face"])
		}
		if got := c.Means[ti].Scores["face"]; got < sum/3-1e-9 || got > sum/3+1e-9 {
			t.Errorf("mean face %v, want %v", got, sum/3)
		}
	}
	md := string(c.Markdown())
	for _, want := range []string{"# Class comparison: ", "## Outcome", "## Principle scores per table", "### Chinese delegation (CN)", "### U.S. delegation (US)", "## Rounds where tables chose differently", "table-a", "table-b", "table-c", "computer (hawk)", "computer (dove)", "| *Mean* |"} {
		if !strings.Contains(md, want) {
			t.Errorf("class Markdown lacks %q", want)
		}
	}
	checkTables(t, md)
	h := string(c.HTML())
	if strings.Contains(h, "<script") || !strings.Contains(h, "table-b") || !strings.Contains(h, `<section id="divergent">`) {
		t.Error("class HTML")
	}
	zh := string(func() []byte { c, _ := report.BuildClass(games, "zh"); return c.Markdown() }())
	if !strings.Contains(zh, "# 课堂对比：") || !strings.Contains(zh, "## 各组决策不同的回合") {
		t.Error("class report in Chinese")
	}

	// A mix of scenarios is refused, naming them.
	other := filepath.Join(dir, "other.jsonl")
	demo := journaltest.Demo(t)
	journaltest.WriteJournal(t, other, demo, "", 1, seats)
	rb, _ := journal.Rebuild(mustRead(t, other), demo, false)
	if _, err := report.BuildClass(append(games, rb), "en"); err == nil || !strings.Contains(err.Error(), "different scenarios") || !strings.Contains(err.Error(), "demo: other.jsonl") {
		t.Fatalf("mixed scenarios: %v", err)
	}
}

func TestInProgressAndCaveats(t *testing.T) {
	s := journaltest.Scenario(t, 6)
	dir := t.TempDir()
	full := filepath.Join(dir, "full.jsonl")
	journaltest.WriteJournal(t, full, s, "", 5, seats)
	data, _ := os.ReadFile(full)
	lines := strings.SplitAfter(string(data), "\n")
	// Keep the first half, and half of the next line: a crash mid-game.
	part := strings.Join(lines[:len(lines)/2], "") + lines[len(lines)/2][:10]
	p := filepath.Join(dir, "part.jsonl")
	os.WriteFile(p, []byte(part), 0o644)
	rb, err := journal.Rebuild(mustRead(t, p), s, false)
	if err != nil {
		t.Fatal(err)
	}
	r := report.Build(rb, "en")
	if r.Outcome.Over || r.Outcome.Result != "in-progress" || !r.Journal.Truncated {
		t.Fatalf("outcome %+v journal %+v", r.Outcome, r.Journal)
	}
	md := string(r.Markdown())
	for _, want := range []string{"**In progress**", "last line was cut off", "is not over"} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q", want)
		}
	}
	for _, m := range r.Meters {
		if len(m.Series) != len(r.Rounds)+1 {
			t.Fatalf("meter %s: %d points for %d rounds", m.ID, len(m.Series), len(r.Rounds))
		}
	}
	// A game with no round revealed yet still reports.
	first := filepath.Join(dir, "first.jsonl")
	os.WriteFile(first, []byte(lines[0]), 0o644)
	rb, err = journal.Rebuild(mustRead(t, first), s, false)
	if err != nil {
		t.Fatal(err)
	}
	r = report.Build(rb, "zh")
	if len(r.Rounds) != 0 || !bytes.Contains(r.HTML(), []byte("<svg")) || !bytes.Contains(r.Markdown(), []byte("进行中")) {
		t.Fatal("empty game report")
	}
}

func TestDeterministic(t *testing.T) {
	s := journaltest.Demo(t)
	p, rb := rich(t, journaltest.Scenario(t, 5))
	_ = s
	a := report.Build(rb, "en")
	if _, err := journal.Open(p, false, journaltest.Resolver); err == nil {
		t.Fatal("the generated scenario is not on disk: Open should fail to find it")
	}
	rb2, err := journal.Rebuild(mustRead(t, p), rb.Scenario, false)
	if err != nil {
		t.Fatal(err)
	}
	b := report.Build(rb2, "en")
	for _, f := range []func(*report.Report) []byte{(*report.Report).Markdown, (*report.Report).HTML, (*report.Report).JSON} {
		if !bytes.Equal(f(a), f(b)) {
			t.Fatal("two builds of one journal differ")
		}
	}
}

func TestWriteBeside(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "20250314-093000-demo.jsonl")
	journaltest.WriteJournal(t, p, journaltest.Demo(t), "demo", 1, seats)
	got, err := report.WriteBeside(p, "en", journaltest.Resolver)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "20250314-093000-demo.md"), filepath.Join(dir, "20250314-093000-demo.html")}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("wrote %v", got)
	}
	md1, _ := os.ReadFile(want[0])
	// Saving again never overwrites: a suffix.
	os.WriteFile(want[0], []byte("my notes"), 0o644)
	got, err = report.WriteBeside(p, "en", journaltest.Resolver)
	if err != nil || filepath.Base(got[0]) != "20250314-093000-demo-2.md" || filepath.Base(got[1]) != "20250314-093000-demo-2.html" {
		t.Fatalf("second save: %v %v", got, err)
	}
	if b, _ := os.ReadFile(want[0]); string(b) != "my notes" {
		t.Fatal("overwrote a file")
	}
	if b, _ := os.ReadFile(got[0]); !bytes.Equal(b, md1) {
		t.Fatal("the second report differs")
	}
	got, err = report.WriteBeside(p, "zh", journaltest.Resolver)
	if err != nil || filepath.Base(got[0]) != "20250314-093000-demo.zh.md" {
		t.Fatalf("Chinese: %v %v", got, err)
	}
	if _, err := report.WriteBeside(filepath.Join(dir, "nope.jsonl"), "en", journaltest.Resolver); err == nil {
		t.Fatal("no error for a missing journal")
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	if len(names) != 7 {
		t.Fatalf("files: %v", names)
	}
}

// TestHeldWithoutHoldOption: a hold with no hold option reads "No decision",
// with why the team held.
func TestHeldWithoutHoldOption(t *testing.T) {
	s := journaltest.Demo(t)
	g := engine.New(s, 1)
	p := filepath.Join(t.TempDir(), "g.jsonl")
	w, _ := journal.Create(p, journal.Header{Scenario: s.ID, Source: "demo", Hash: s.Hash, Seed: 1, Seats: map[string]string{"cn": "human", "us": "human"}})
	for _, in := range []engine.Input{
		{Kind: engine.Assess, Team: "us", Hypothesis: "state", Confidence: 90},
		{Kind: engine.Hold, Team: "us"},
		{Kind: engine.Assess, Team: "cn", Hypothesis: "loud", Confidence: 50},
		{Kind: engine.Hold, Team: "cn", Reason: "held by the facilitator"},
	} {
		if err := g.Apply(in); err != nil {
			t.Fatal(err)
		}
		w.Record(in, journaltest.Start)
	}
	w.Close()
	rb, err := journal.Open(p, false, journaltest.Resolver)
	if err != nil {
		t.Fatal(err)
	}
	md := string(report.Build(rb, "en").Markdown())
	if !strings.Contains(md, "**No decision**") || !strings.Contains(md, "held (time ran out)") {
		t.Fatalf("holds:\n%s", md)
	}
	// The facilitator's hold says so, in either language; it is not the clock's.
	if strings.Count(md, "held (time ran out)") != 1 || !strings.Contains(md, "held by the facilitator") {
		t.Errorf("the facilitator's hold should read as such:\n%s", md)
	}
	if zh := string(report.Build(rb, "zh").Markdown()); strings.Count(zh, "超时未决") != 1 || !strings.Contains(zh, "导演组按默认选项处理") {
		t.Errorf("the Chinese report should tell the two holds apart:\n%s", zh)
	}
}

// The outcome's cost and the secrets the game drew are in every form of the
// report once the game is over.
func TestOutcomeSettlementAndSecrets(t *testing.T) {
	s, err := scenario.LoadFile("../engine/testdata/hidden.toml")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "game.jsonl")
	g := journaltest.WriteJournal(t, p, s, "../engine/testdata/hidden.toml", 1, map[string]string{"a": "hawk", "b": "hawk"})
	if g.Outcome() != engine.Catastrophe {
		t.Fatalf("two hawks: %s", g.Outcome())
	}
	rb, err := journal.Rebuild(mustRead(t, p), s, false)
	if err != nil {
		t.Fatal(err)
	}
	r := report.Build(rb, "en")
	if len(r.Outcome.Settlement) != 2 || r.Outcome.Settlement[0].Change != -20 {
		t.Errorf("settlement %+v", r.Outcome.Settlement)
	}
	want := map[string]string{"state": "TRUTH-STATE", "third": "TRUTH-THIRD"}[g.Secret("culprit")]
	if len(r.Outcome.Secrets) != 1 || r.Outcome.Secrets[0].Text != want {
		t.Fatalf("secrets %+v, want %s", r.Outcome.Secrets, want)
	}
	md, h, js := string(r.Markdown()), string(r.HTML()), string(r.JSON())
	for name, doc := range map[string]string{"markdown": md, "html": h, "json": js} {
		if !strings.Contains(doc, want) || !strings.Contains(doc, "-20") {
			t.Errorf("%s lacks the secret %s or the outcome's −20", name, want)
		}
	}
}
