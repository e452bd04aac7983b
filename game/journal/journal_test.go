package journal_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/journal/journaltest"
	"github.com/brink-ttx/brink/game/scenario"
)

var seats = map[string]string{"cn": "random", "us": journal.Human}

// inChinese checks that err reads in Chinese, on one line, from prefix on,
// with nothing of its English left; it returns the Chinese.
func inChinese(t *testing.T, err error, prefix string) string {
	t.Helper()
	zh := bilingual.Say(err, "zh")
	if !strings.HasPrefix(zh, prefix) || strings.Contains(zh, "\n") {
		t.Errorf("Chinese of %q: %q does not start with %q on one line", err, zh, prefix)
	}
	bilingualtest.Chinese(t, err.Error(), zh)
	return zh
}

// same fails unless two games are identical in everything a report shows.
func same(t *testing.T, want, got *engine.Game) {
	t.Helper()
	js := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	s := want.Scenario()
	check := func(what string, a, b any) {
		t.Helper()
		if x, y := js(a), js(b); x != y {
			t.Fatalf("%s differs:\nwant %s\n got %s", what, x, y)
		}
	}
	check("inputs", want.Inputs(), got.Inputs())
	check("history", want.History(), got.History())
	check("hotline", want.Posts(), got.Posts())
	check("facilitator", want.Actions(), got.Actions())
	check("meters", want.ViewFor(engine.Observer).Meters, got.ViewFor(engine.Observer).Meters)
	for _, team := range s.TeamIDs() {
		check("card of "+team, want.Card(team), got.Card(team))
	}
	check("outcome", []any{want.Over(), want.Outcome(), want.EndReason(), want.RoundNumber()}, []any{got.Over(), got.Outcome(), got.EndReason(), got.RoundNumber()})
}

func TestRoundTrip(t *testing.T) {
	for _, s := range []struct {
		name  string
		load  func(testing.TB) any
		seeds []uint64
	}{{name: "demo"}, {name: "gen"}} {
		t.Run(s.name, func(t *testing.T) {
			sc := journaltest.Demo(t)
			if s.name == "gen" {
				sc = journaltest.Scenario(t, 8)
			}
			for seed := uint64(1); seed <= 5; seed++ {
				path := filepath.Join(t.TempDir(), "game.jsonl")
				g := journaltest.WriteJournal(t, path, sc, "", seed, seats)
				j, err := journal.Read(path)
				if err != nil {
					t.Fatal(err)
				}
				h := j.Header
				if h.Type != journal.HeaderType || h.Format != journal.Format || h.Version != "test" || h.Scenario != sc.ID || h.Hash != sc.Hash || h.Seed != seed || !reflect.DeepEqual(h.Seats, seats) || !h.Started.Equal(journaltest.Start) {
					t.Fatalf("header: %+v", h)
				}
				if j.Truncated || len(j.Resumes) != 0 {
					t.Fatalf("truncated %v, resumes %d", j.Truncated, len(j.Resumes))
				}
				if !reflect.DeepEqual(j.Inputs(), g.Inputs()) {
					t.Fatalf("inputs differ")
				}
				for i, e := range j.Events {
					if e.Line != i+2 || e.At.IsZero() || (i > 0 && e.At.Before(j.Events[i-1].At)) {
						t.Fatalf("event %d: line %d at %v", i, e.Line, e.At)
					}
				}
				if fi, _ := os.Stat(path); j.ValidBytes != fi.Size() {
					t.Fatalf("valid bytes %d of %d", j.ValidBytes, fi.Size())
				}
				rb, err := journal.Rebuild(j, sc, false)
				if err != nil {
					t.Fatal(err)
				}
				same(t, g, rb.Game)
				if rb.Forced || len(rb.Notes()) != 0 {
					t.Fatalf("forced %v notes %v", rb.Forced, rb.Notes())
				}
			}
		})
	}
}

func TestEveryInputKindIsJournaled(t *testing.T) {
	sc := journaltest.Scenario(t, 8)
	kinds := map[engine.Kind]bool{}
	for seed := uint64(1); seed <= 20; seed++ {
		g := journaltest.Play(t, sc, seed, map[string]string{"cn": "human", "us": "human"}, nil, nil)
		for _, in := range g.Inputs() {
			kinds[in.Kind] = true
		}
	}
	for _, k := range []engine.Kind{engine.Message, engine.Assess, engine.Choose, engine.Hold, engine.Adjust} {
		if !kinds[k] {
			t.Errorf("the script never used %s", k)
		}
	}
}

// TestCutAnywhere cuts a journal at every byte, as a power loss might, and
// checks that it reads back as its whole lines, and that appending after a
// resume repairs it.
func TestCutAnywhere(t *testing.T) {
	sc := journaltest.Demo(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "full.jsonl")
	g := journaltest.WriteJournal(t, path, sc, "", 3, seats)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	all := g.Inputs()
	headerEnd := bytes.IndexByte(data, '\n') + 1
	for cut := 0; cut <= len(data); cut++ {
		part := data[:cut]
		j, err := journal.Parse("cut.jsonl", part)
		if cut < headerEnd-1 {
			var je *journal.Error
			if err == nil || !errors.As(err, &je) || je.Line != 1 {
				t.Fatalf("cut at %d (inside the header): err %v", cut, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("cut at %d: %v", cut, err)
		}
		// Whole events: every line ending before the cut, plus a last line
		// that lost only its newline.
		wholeLines := bytes.Count(part, []byte{'\n'})
		tail := part[bytes.LastIndexByte(part, '\n')+1:]
		complete := len(tail) > 0 && json.Valid(tail)
		want := wholeLines - 1
		if complete {
			want++
		}
		if wholeLines == 0 {
			want = 0
		}
		if len(j.Events) != want {
			t.Fatalf("cut at %d: %d events, want %d", cut, len(j.Events), want)
		}
		if j.Truncated != (len(tail) > 0 && !complete) {
			t.Fatalf("cut at %d: truncated %v (tail %q)", cut, j.Truncated, tail)
		}
		if j.Truncated && (j.CutLine != wholeLines+1 || j.Dropped != int64(len(tail))) {
			t.Fatalf("cut at %d: cut line %d dropped %d", cut, j.CutLine, j.Dropped)
		}
		if !reflect.DeepEqual(j.Inputs(), all[:len(j.Events)]) && len(j.Events) > 0 {
			t.Fatalf("cut at %d: inputs are not a prefix", cut)
		}
		// Repair by resuming, then finish the game; every 29th cut
		// (and the interesting ones) to keep the test quick.
		if cut%29 != 0 && !complete && tail != nil && len(tail) != 1 {
			continue
		}
		p := filepath.Join(dir, "cut.jsonl")
		if err := os.WriteFile(p, part, 0o644); err != nil {
			t.Fatal(err)
		}
		rb, w, err := journal.Resume(p, false, "test2", journaltest.Start.Add(time.Hour), journaltest.Resolver)
		if err != nil {
			t.Fatalf("cut at %d: resume: %v", cut, err)
		}
		if rb.Truncated != j.Truncated || (j.Truncated && len(rb.Notes()) != 1) {
			t.Fatalf("cut at %d: notes %v", cut, rb.Notes())
		}
		for _, in := range all[len(j.Events):] {
			if err := rb.Game.Apply(in); err != nil {
				t.Fatalf("cut at %d: %v", cut, err)
			}
			if err := w.Record(in, journaltest.Start.Add(2*time.Hour)); err != nil {
				t.Fatal(err)
			}
		}
		w.Close()
		j2, err := journal.Read(p)
		if err != nil {
			t.Fatalf("cut at %d: after repair: %v", cut, err)
		}
		if j2.Truncated || !reflect.DeepEqual(j2.Inputs(), all) || len(j2.Resumes) != 1 {
			t.Fatalf("cut at %d: after repair: truncated %v, %d inputs of %d, %d resumes", cut, j2.Truncated, len(j2.Events), len(all), len(j2.Resumes))
		}
		r := j2.Resumes[0]
		if r.Inputs != len(j.Events) || r.Version != "test2" || r.Hash != sc.Hash || r.Forced || r.Dropped != j.Dropped || r.Line != len(j.Events)+2 {
			t.Fatalf("cut at %d: resume note %+v", cut, r)
		}
		rb2, err := journal.Rebuild(j2, sc, false)
		if err != nil {
			t.Fatal(err)
		}
		same(t, g, rb2.Game)
	}
}

func TestBadFiles(t *testing.T) {
	sc := journaltest.Demo(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	journaltest.WriteJournal(t, good, sc, "", 1, seats)
	data, _ := os.ReadFile(good)
	lines := strings.SplitAfter(string(data), "\n")
	header := lines[0]
	replace := func(n int, with string) string {
		l := append([]string(nil), lines...)
		l[n-1] = with
		return strings.Join(l, "")
	}
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"
	cases := []struct {
		name, data string
		line       int
		msg        string
		foreign    bool
	}{
		{"empty", "", 1, "the file is empty", true},
		{"png", png, 1, "not a text file", true},
		{"toml", "id = \"demo\"\ntitle = \"x\"\n", 1, "first line is not a journal header", true},
		{"json", `{"type":"something-else","format":1}` + "\n", 1, "first line is not a journal header", true},
		{"cut header", header[:20], 1, "header is cut off", true},
		{"newer", strings.Replace(header, `"format":1`, `"format":9`, 1), 1, "newer than this brink reads", false},
		{"no hash", strings.Replace(header, `"hash":"`+sc.Hash+`"`, `"hash":""`, 1), 1, "no scenario hash", false},
		{"garbage line", replace(3, "#@!garbage\n"), 3, "corrupted event", false},
		{"unknown field", replace(3, `{"type":"input","at":"2025-01-01T00:00:00Z","input":{"kind":"choose"},"extra":1}`+"\n"), 3, `unknown field "extra"`, false},
		{"unknown kind", replace(4, `{"type":"input","at":"2025-01-01T00:00:00Z","input":{"kind":"teleport"}}`+"\n"), 4, `unknown kind "teleport"`, false},
		{"no kind", replace(2, `{"type":"input","at":"2025-01-01T00:00:00Z","input":{}}`+"\n"), 2, "no kind", false},
		{"unknown type", replace(2, `{"type":"chat"}`+"\n"), 2, `unknown event type "chat"`, false},
		{"joined", string(data) + string(data), len(lines), "second journal header", false},
		{"nul block", replace(3, strings.Repeat("\x00", 40)+"\n"), 3, "corrupted event", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, c.name+".jsonl")
			os.WriteFile(p, []byte(c.data), 0o644)
			_, err := journal.Read(p)
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") {
				t.Fatalf("more than one line: %q", msg)
			}
			var je *journal.Error
			if !errors.As(err, &je) || je.Line != c.line || !strings.HasPrefix(msg, p+":") || !strings.Contains(msg, c.msg) {
				t.Fatalf("got %q (line %d), want %s:%d: …%s…", msg, je.Line, p, c.line, c.msg)
			}
			if errors.Is(err, journal.ErrNotJournal) != c.foreign {
				t.Fatalf("ErrNotJournal %v, want %v", errors.Is(err, journal.ErrNotJournal), c.foreign)
			}
			inChinese(t, err, fmt.Sprintf("%s:%d: ", p, c.line))
		})
	}
	_, err := journal.Read(filepath.Join(dir, "missing.jsonl"))
	if err == nil || !strings.Contains(err.Error(), "missing.jsonl: no such file") {
		t.Fatalf("missing file: %v", err)
	}
	if zh := inChinese(t, err, filepath.Join(dir, "missing.jsonl")+": "); !strings.HasSuffix(zh, "没有这个文件或目录") {
		t.Errorf("missing file in Chinese: %q", zh)
	}
	if _, err := journal.Read(dir); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Fatalf("directory: %v", err)
	} else if zh := inChinese(t, err, dir+": "); !strings.HasSuffix(zh, "这是一个文件夹") {
		t.Errorf("directory in Chinese: %q", zh)
	}
}

// TestInputThatNoLongerReplays: a journal whose inputs the engine refuses
// names the line.
func TestInputThatNoLongerReplays(t *testing.T) {
	sc := journaltest.Demo(t)
	p := filepath.Join(t.TempDir(), "g.jsonl")
	journaltest.WriteJournal(t, p, sc, "", 1, seats)
	data, _ := os.ReadFile(p)
	lines := strings.SplitAfter(string(data), "\n")
	// Swap a choice for an option the inject does not have.
	for i, l := range lines {
		if strings.Contains(l, `"kind":"choose"`) {
			var e journal.Event
			json.Unmarshal([]byte(l), &e)
			e.Input.Option = "nonesuch"
			b, _ := json.Marshal(e)
			lines[i] = string(b) + "\n"
			os.WriteFile(p, []byte(strings.Join(lines, "")), 0o644)
			_, err := journal.Open(p, false, journaltest.Resolver)
			var je *journal.Error
			if !errors.As(err, &je) || je.Line != i+1 || !strings.Contains(err.Error(), "does not replay") || !strings.Contains(err.Error(), "nonesuch") {
				t.Fatalf("got %v, want line %d", err, i+1)
			}
			// The engine's reason is said in Chinese too.
			if zh := inChinese(t, err, fmt.Sprintf("%s:%d: ", p, i+1)); !strings.Contains(zh, "本轮没有向该参演方提供这个选项") || !strings.Contains(zh, `"nonesuch"`) {
				t.Errorf("in Chinese: %q", zh)
			}
			return
		}
	}
	t.Fatal("no choice in the journal")
}

func TestScenarioChanged(t *testing.T) {
	dir := t.TempDir()
	toml := journaltest.ScenarioTOML(4)
	sp := journaltest.WriteScenario(t, dir, "mine.toml", toml)
	sc := journaltest.Scenario(t, 4)
	jp := filepath.Join(dir, "g.jsonl")
	// The journal names the file; its hash is the file's.
	s, err := journal.LoadScenario(&journal.Journal{Header: journal.Header{Scenario: sc.ID, Source: sp}}, journaltest.Resolver)
	if err != nil {
		t.Fatal(err)
	}
	g := journaltest.WriteJournal(t, jp, s, sp, 9, seats)
	if _, err := journal.Open(jp, false, journaltest.Resolver); err != nil {
		t.Fatalf("unchanged: %v", err)
	}

	// A harmless edit changes the hash: refused, then forced.
	journaltest.WriteScenario(t, dir, "mine.toml", toml+"\n# edited\n")
	_, err = journal.Open(jp, false, journaltest.Resolver)
	var me *journal.MismatchError
	if !errors.As(err, &me) || !strings.HasPrefix(err.Error(), jp+":1: ") || !strings.Contains(err.Error(), "has changed since this game was played") || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("edited scenario: %v", err)
	}
	if zh := inChinese(t, err, jp+":1: "); !strings.Contains(zh, "--force") || !strings.Contains(zh, sp) {
		t.Errorf("edited scenario in Chinese: %q", zh)
	}
	rb, err := journal.Open(jp, true, journaltest.Resolver)
	if err != nil {
		t.Fatalf("forced: %v", err)
	}
	if !rb.Forced || len(rb.Notes()) != 1 || !strings.Contains(rb.Notes()[0], "replayed anyway") {
		t.Fatalf("forced: %v %v", rb.Forced, rb.Notes())
	}
	if zh := rb.NotesIn("zh"); len(zh) != 1 || !strings.HasPrefix(zh[0], jp+":1: ") {
		t.Fatalf("forced, in Chinese: %v", zh)
	} else {
		bilingualtest.Chinese(t, "the forced note", zh[0])
	}
	same(t, g, rb.Game)

	// A forced resume moves the journal to the new scenario: it opens
	// without --force afterwards.
	if _, _, err := journal.Resume(jp, false, "t", time.Now(), journaltest.Resolver); err == nil {
		t.Fatal("resume without force accepted a changed scenario")
	}
	_, w, err := journal.Resume(jp, true, "t", time.Now(), journaltest.Resolver)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	if _, err := journal.Open(jp, false, journaltest.Resolver); err != nil {
		t.Fatalf("after a forced resume: %v", err)
	}

	// An edit that removes an option the game chose cannot be replayed,
	// even forced; the error names the line.
	broken := strings.ReplaceAll(toml, `id = "press"`, `id = "push"`)
	broken = strings.ReplaceAll(broken, `picked("us", "press")`, `picked("us", "push")`)
	broken = strings.ReplaceAll(broken, `picked("cn", "press")`, `picked("cn", "push")`)
	journaltest.WriteScenario(t, dir, "mine.toml", broken)
	usedPress := false
	for _, in := range g.Inputs() {
		usedPress = usedPress || in.Option == "press"
	}
	if usedPress {
		_, err = journal.Open(jp, true, journaltest.Resolver)
		var je *journal.Error
		if !errors.As(err, &je) || je.Line < 2 || !strings.Contains(err.Error(), "scenario has changed") {
			t.Fatalf("broken scenario: %v", err)
		}
	}

	// The file gone: the built-in of the same id is used (none here).
	os.Remove(sp)
	if _, err := journal.Open(jp, false, journaltest.Resolver); err == nil || !strings.Contains(err.Error(), "is gone") {
		t.Fatalf("scenario gone: %v", err)
	} else {
		inChinese(t, err, jp+":1: ")
	}
	// A broken scenario file is reported, not a mismatch.
	journaltest.WriteScenario(t, dir, "mine.toml", "id = \n")
	if _, err := journal.Open(jp, false, journaltest.Resolver); err == nil || !strings.Contains(err.Error(), "no longer loads") {
		t.Fatalf("scenario broken: %v", err)
	} else if zh := inChinese(t, err, jp+":1: "); !strings.Contains(zh, sp+":") {
		t.Errorf("scenario broken, in Chinese: %q", zh)
	}
}

func TestBuiltinSourceAndFallback(t *testing.T) {
	sc := journaltest.Demo(t)
	dir := t.TempDir()
	jp := filepath.Join(dir, "g.jsonl")
	g := journaltest.WriteJournal(t, jp, sc, "demo", 2, seats)
	rb, err := journal.Open(jp, false, journaltest.Resolver)
	if err != nil {
		t.Fatal(err)
	}
	same(t, g, rb.Game)
	// A journal whose file source is gone falls back to the built-in.
	jp2 := filepath.Join(dir, "g2.jsonl")
	journaltest.WriteJournal(t, jp2, sc, filepath.Join(dir, "gone", "demo.toml"), 2, seats)
	if _, err := journal.Open(jp2, false, journaltest.Resolver); err != nil {
		t.Fatalf("fallback to built-in: %v", err)
	}
	// An unknown built-in is named.
	jp3 := filepath.Join(dir, "g3.jsonl")
	w, _ := journal.Create(jp3, journal.Header{Scenario: "nonesuch", Source: "nonesuch", Hash: "x", Seats: seats})
	w.Close()
	if _, err := journal.Open(jp3, false, journaltest.Resolver); err == nil || !strings.Contains(err.Error(), `no built-in scenario "nonesuch"`) {
		t.Fatalf("unknown built-in: %v", err)
	}
}

// A journal finds a built-in scenario and its computer players only through
// the Resolver it is handed: here one whose single built-in is a generated
// scenario and whose single computer player is "random".
func TestResolverIsAsked(t *testing.T) {
	sc := journaltest.Scenario(t, 4)
	var asked []string
	r := journal.Resolver{
		Builtin: func(id string) (string, []byte, bool) {
			asked = append(asked, "scenario "+id)
			if id != sc.ID {
				return "", nil, false
			}
			return "gen-4.toml", []byte(journaltest.ScenarioTOML(4)), true
		},
		Builtins: func() []string { return []string{sc.ID} },
		Bot: func(name string) error {
			asked = append(asked, "bot "+name)
			if name != "random" {
				return fmt.Errorf("unknown policy %q", name)
			}
			return nil
		},
	}
	dir := t.TempDir()
	jp := filepath.Join(dir, "g.jsonl")
	g := journaltest.WriteJournal(t, jp, sc, sc.ID, 3, seats)
	rb, w, err := journal.Resume(jp, false, "t", time.Now(), r)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	same(t, g, rb.Game)
	if want := []string{"scenario " + sc.ID, "bot random"}; !reflect.DeepEqual(asked, want) {
		t.Errorf("the resolver was asked %q, want %q", asked, want)
	}
	// What the resolver does not know is named, with what it does know.
	jp2 := filepath.Join(dir, "g2.jsonl")
	journaltest.WriteJournal(t, jp2, journaltest.Demo(t), "demo", 3, seats)
	if _, err := journal.Open(jp2, false, r); err == nil || !strings.Contains(err.Error(), `no built-in scenario "demo" (built-in: gen-4)`) {
		t.Errorf("a built-in the resolver lacks: %v", err)
	}
	jp3 := filepath.Join(dir, "g3.jsonl")
	wr, _ := journal.Create(jp3, journal.Header{Scenario: sc.ID, Source: sc.ID, Hash: sc.Hash, Seats: map[string]string{"cn": "hawk", "us": journal.Human}})
	wr.Close()
	if _, _, err := journal.Resume(jp3, false, "t", time.Now(), r); err == nil || !strings.Contains(err.Error(), jp3+`:1: seat cn: unknown policy "hawk"`) {
		t.Errorf("a computer player the resolver lacks: %v", err)
	}
}

func TestSeats(t *testing.T) {
	sc := journaltest.Demo(t)
	h := journal.Header{Seats: map[string]string{"cn": "hawk", "us": "human"}}
	bots, err := journal.Bots(h, bot.Get)
	if err != nil || len(bots) != 1 || bots["cn"].Name() != "hawk" {
		t.Fatalf("bots %v %v", bots, err)
	}
	if got := h.Humans(sc); !reflect.DeepEqual(got, []string{"us"}) {
		t.Fatalf("humans %v", got)
	}
	h.Seats["us"] = "genius"
	if _, err := journal.Bots(h, bot.Get); err == nil || !strings.Contains(err.Error(), `seat us: unknown policy "genius"`) {
		t.Fatalf("unknown policy: %v", err)
	} else {
		inChinese(t, err, "席位 us：")
	}
	p := filepath.Join(t.TempDir(), "g.jsonl")
	w, _ := journal.Create(p, journal.Header{Scenario: "demo", Source: "demo", Hash: sc.Hash, Seats: h.Seats})
	w.Close()
	if _, _, err := journal.Resume(p, false, "t", time.Now(), journaltest.Resolver); err == nil || !strings.Contains(err.Error(), p+":1: seat us") {
		t.Fatalf("resume with unknown policy: %v", err)
	}
}

func TestCreateNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	h := journal.Header{Scenario: "demo", Hash: "h", Started: journaltest.Start}
	var paths []string
	for i := 0; i < 3; i++ {
		w, err := journal.CreateIn(dir, h)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, filepath.Base(w.Path()))
		w.Close()
	}
	want := []string{"20250314-093000-demo.jsonl", "20250314-093000-demo-2.jsonl", "20250314-093000-demo-3.jsonl"}
	if !reflect.DeepEqual(paths, want) {
		t.Fatalf("names %v", paths)
	}
	if _, err := journal.Create(filepath.Join(dir, want[0]), h); err == nil {
		t.Fatal("Create overwrote a journal")
	} else {
		inChinese(t, err, "无法创建 "+filepath.Join(dir, want[0])+"：")
	}
}

func TestDir(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	d, _ := journal.Dir(env(map[string]string{"XDG_DATA_HOME": "/x/data", "HOME": "/home/a"}))
	if d != filepath.Join("/x/data", "brink") {
		t.Fatal(d)
	}
	p, _ := journal.DefaultPath(env(map[string]string{"XDG_DATA_HOME": "/x/data"}), "grid-implant", journaltest.Start)
	if p != filepath.Join("/x/data", "brink", "20250314-093000-grid-implant.jsonl") {
		t.Fatal(p)
	}
}

func TestWriterAfterClose(t *testing.T) {
	p := filepath.Join(t.TempDir(), "g.jsonl")
	w, err := journal.Create(p, journal.Header{Scenario: "demo", Hash: "h"})
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	if err := w.Record(engine.Input{Kind: engine.End}, time.Now()); err == nil {
		t.Fatal("recorded into a closed journal")
	} else {
		inChinese(t, err, p+"：")
	}
}

// A game with secrets records what the seed drew in its header.
func TestHeaderKeepsSecrets(t *testing.T) {
	s, err := scenario.LoadFile("../engine/testdata/hidden.toml")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "g.jsonl")
	g := journaltest.WriteJournal(t, p, s, "../engine/testdata/hidden.toml", 5, map[string]string{"a": "dove", "b": "hawk"})
	j, err := journal.Read(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := j.Header.Secrets; len(got) != 1 || got[0].ID != "culprit" || got[0].Truth != g.Secret("culprit") {
		t.Errorf("header secrets %+v, game drew %s", got, g.Secret("culprit"))
	}
}

// journal stores games; what a journal names by name (the built-in
// scenarios, the computer players) it is handed (Resolver), so it imports
// neither package.
func TestImportsNeitherContentNorBot(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sources: %v", err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range file.Imports {
			if p := strings.Trim(imp.Path.Value, `"`); p == "github.com/brink-ttx/brink/content" || p == "github.com/brink-ttx/brink/game/bot" {
				t.Errorf("%s imports %s", f, p)
			}
		}
	}
}
