package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/journal/journaltest"
)

// unfinished writes the journal of a game of the generated scenario cut
// after keep inputs (plus, if cutMid, half a line), and returns its path,
// the scenario file, and the whole game.
func unfinished(t *testing.T, dir string, keep int, cutMid bool) (string, string, *engine.Game) {
	t.Helper()
	sp := filepath.Join(dir, "gen.toml")
	if _, err := os.Stat(sp); err != nil {
		os.WriteFile(sp, []byte(journaltest.ScenarioTOML(6)), 0o644)
	}
	s := journaltest.Scenario(t, 6)
	s.File = sp
	full := filepath.Join(dir, "full.jsonl")
	os.Remove(full)
	seats := map[string]string{"cn": "random", "us": journal.Human}
	g := journaltest.WriteJournal(t, full, s, sp, 11, seats)
	data, _ := os.ReadFile(full)
	lines := strings.SplitAfter(string(data), "\n")
	part := strings.Join(lines[:1+keep], "")
	if cutMid {
		part += lines[1+keep][:20]
	}
	p := filepath.Join(dir, "game.jsonl")
	os.WriteFile(p, []byte(part), 0o644)
	return p, sp, g
}

// finish plays the rest of the game on the resumed table: the people's
// inputs the uninterrupted game had after the journal's end.
func finish(t *testing.T, r *resumed, want *engine.Game) {
	t.Helper()
	isBot := func(in engine.Input) bool {
		switch in.Kind {
		case engine.Message, engine.Assess, engine.Choose, engine.Hold:
			return in.Team == "cn"
		}
		return false
	}
	var people []engine.Input
	for _, in := range want.Inputs() {
		if !isBot(in) {
			people = append(people, in)
		}
	}
	done := 0
	for _, in := range r.rb.Game.Inputs() {
		if !isBot(in) {
			done++
		}
	}
	for _, in := range people[done:] {
		if err := r.setup.Table.Apply(in); err != nil {
			t.Fatalf("after resume: %v", err)
		}
	}
	if err := r.setup.Table.JournalError(); err != nil {
		t.Fatal(err)
	}
}

func sameGame(t *testing.T, want, got *engine.Game) {
	t.Helper()
	js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	for _, c := range []struct {
		what string
		a, b any
	}{
		{"inputs", want.Inputs(), got.Inputs()},
		{"history", want.History(), got.History()},
		{"hotline", want.Posts(), got.Posts()},
		{"meters", want.ViewFor("").Meters, got.ViewFor("").Meters},
		{"cards", []any{want.Card("cn"), want.Card("us")}, []any{got.Card("cn"), got.Card("us")}},
		{"outcome", []any{want.Outcome(), want.EndReason()}, []any{got.Outcome(), got.EndReason()}},
	} {
		if js(c.a) != js(c.b) {
			t.Fatalf("%s differs after resume", c.what)
		}
	}
}

func testCtx() (*Ctx, *bytes.Buffer) {
	var errb bytes.Buffer
	return &Ctx{Stdout: &bytes.Buffer{}, Stderr: &errb, Getenv: func(string) string { return "" }, Now: time.Now}, &errb
}

func TestResumeRebuildsAndContinues(t *testing.T) {
	dir := t.TempDir()
	for _, keep := range []int{0, 1, 5, 9, 14} {
		for _, cutMid := range []bool{false, true} {
			p, _, want := unfinished(t, dir, keep, cutMid)
			if keep >= len(want.Inputs()) {
				continue
			}
			c, _ := testCtx()
			r, err := prepareResume(c, p, false, "")
			if err != nil {
				t.Fatalf("keep %d: %v", keep, err)
			}
			if r.rb.Truncated != cutMid || r.setup.Lang != "en" || !r.setup.Resumed || strings.Join(r.setup.Humans, ",") != "us" {
				t.Fatalf("keep %d: truncated %v setup %+v", keep, r.rb.Truncated, r.setup)
			}
			finish(t, r, want)
			r.setup.Journal.Close()
			var got *engine.Game
			r.setup.Table.With(func(g *engine.Game) { got = g })
			sameGame(t, want, got)
			// The journal on disk now holds the whole game, plus a note.
			rb, err := journal.Open(p, false, resolver)
			if err != nil {
				t.Fatal(err)
			}
			sameGame(t, want, rb.Game)
			if len(rb.Resumes) != 1 || rb.Truncated {
				t.Fatalf("keep %d: %d resume notes, truncated %v", keep, len(rb.Resumes), rb.Truncated)
			}
		}
	}
}

func TestResumeCommand(t *testing.T) {
	dir := t.TempDir()
	p, sp, _ := unfinished(t, dir, 6, true)

	// Usage.
	for _, args := range [][]string{{"resume"}, {"resume", p, p}, {"resume", p, "--lang", "fr"}, {"resume", p, "--turn-time", "-1s"}} {
		code, _, errs := runCLI(t, args...)
		if code != ExitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
		oneLine(t, strings.Join(args, " "), errs, "brink resume")
	}

	// A changed scenario is refused, and the journal left alone.
	src, _ := os.ReadFile(sp)
	os.WriteFile(sp, append(src, "\n# edited\n"...), 0o644)
	before, _ := os.ReadFile(p)
	code, _, errs := runCLI(t, "resume", p)
	if after, _ := os.ReadFile(p); code != ExitFail || !bytes.Equal(before, after) {
		t.Fatalf("changed scenario: exit %d, journal touched %v", code, !bytes.Equal(before, after))
	}
	oneLine(t, "changed", errs, p+":1: scenario \"gen-6\" has changed since this game was played")

	// Without a terminal the game cannot go on: resume says so before it
	// repairs anything, and the journal is left as it was (the forced
	// replay, the repair and the resume note happen in a terminal; see
	// TestResumeRebuildsAndContinues).
	before, _ = os.ReadFile(p)
	code, _, errs = runCLI(t, "resume", p, "--force")
	if after, _ := os.ReadFile(p); code != ExitFail || !bytes.Equal(before, after) || !strings.Contains(errs, "needs a terminal") {
		t.Fatalf("resume without a terminal: exit %d, %q, journal touched %v", code, errs, !bytes.Equal(before, after))
	}
	j, err := journal.Read(p)
	if err != nil || !j.Truncated || len(j.Resumes) != 0 {
		t.Fatalf("after a resume without a terminal: %v %+v", err, j.Resumes)
	}

	// A finished game has nothing to resume.
	done := simJournal(t, dir, "done.jsonl")
	code, _, errs = runCLI(t, "resume", done)
	if code != ExitFail {
		t.Fatalf("finished game: exit %d", code)
	}
	oneLine(t, "finished", errs, "the game is over")

	// Foreign and missing files: one line, exit 1.
	junk := filepath.Join(dir, "junk.jsonl")
	os.WriteFile(junk, []byte("{}\n"), 0o644)
	for _, f := range []string{junk, filepath.Join(dir, "missing.jsonl")} {
		code, _, errs := runCLI(t, "resume", f)
		if code != ExitFail {
			t.Errorf("%s: exit %d", f, code)
		}
		oneLine(t, f, errs, f+":")
	}

	// An unknown bot policy in the header is named, and the file left alone.
	hp, _, _ := unfinished(t, dir, 3, false)
	data, _ := os.ReadFile(hp)
	data = bytes.Replace(data, []byte(`"cn":"random"`), []byte(`"cn":"genius"`), 1)
	os.WriteFile(hp, data, 0o644)
	os.WriteFile(sp, src, 0o644)
	code, _, errs = runCLI(t, "resume", hp)
	if after, _ := os.ReadFile(hp); code != ExitFail || !bytes.Equal(after, data) {
		t.Fatalf("unknown policy: %d", code)
	}
	oneLine(t, "policy", errs, hp+":1: seat cn: unknown policy \"genius\"")
}
