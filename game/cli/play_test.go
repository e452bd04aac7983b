package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/tui"
)

func runPlay(t *testing.T, tty bool, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	dir := t.TempDir()
	c := &Ctx{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, IsTTY: tty,
		Getenv: func(k string) string {
			if k == "XDG_DATA_HOME" {
				return dir
			}
			return ""
		},
		Now: func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }}
	code := Main(args, c)
	return code, out.String(), errb.String()
}

func TestPlayFlags(t *testing.T) {
	demo := "../scenario/testdata/demo.toml"
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"play", "--lang", "fr"}, ExitUsage, "--lang"},
		{[]string{"play", "extra"}, ExitUsage, "takes no arguments"},
		{[]string{"play", "--turn-time", "-1s"}, ExitUsage, "turn-time"},
		{[]string{"play", "--scenario", demo, "--team", "xx"}, ExitUsage, `no team "xx"`},
		{[]string{"play", "--scenario", "no-such-scenario"}, ExitFail, "no-such-scenario"},
		{[]string{"play", "--scenario", demo}, ExitFail, "needs a terminal"},
		{[]string{"--scenario", demo, "--team", "us"}, ExitFail, "needs a terminal"},
	} {
		code, _, stderr := runPlay(t, false, tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("brink %s: exit %d, stderr %q; want exit %d mentioning %q", strings.Join(tc.args, " "), code, stderr, tc.code, tc.want)
		}
	}
}

func TestDefaultPolicyIsKnown(t *testing.T) {
	p := defaultPolicy()
	if _, err := bot.Get(p); err != nil {
		t.Fatalf("default policy %q: %v", p, err)
	}
}

// The seat setup's game: bots where asked, a journal with the seats, and
// a second game in the same second gets its own journal.
func TestStarterMakesGameAndJournal(t *testing.T) {
	s, err := scenario.LoadFile("../scenario/testdata/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	c := dataCtx(dir)
	st := &starter{c: c, lang: "en", source: map[*scenario.Scenario]string{}}
	defer st.close()
	setup := tui.Setup{Scenario: s, Seed: 9, Seats: map[string]string{"cn": tui.Human, "us": "dove"}, Humans: []string{"cn"}}
	g, err := st.start(setup)
	if err != nil {
		t.Fatal(err)
	}
	if !g.Table.IsBot("us") || g.Table.IsBot("cn") {
		t.Error("us should be the bot, cn the human")
	}
	if v := g.Table.View("us"); v.MyChoice != nil || (v.Question != nil && v.MyAssess == nil) {
		t.Error("the bot should have assessed at once, and choose once the people have")
	}
	if err := g.Table.Apply(engine.Input{Kind: engine.Message, Team: "cn", Channel: "hotline", Text: "hello"}); err != nil {
		t.Fatal(err)
	}
	j, err := journal.Read(g.JournalPath)
	if err != nil {
		t.Fatal(err)
	}
	if j.Header.Seed != 9 || j.Header.Seats["us"] != "dove" || j.Header.Seats["cn"] != tui.Human || j.Header.Scenario != "demo" {
		t.Errorf("header %+v", j.Header)
	}
	if filepath.Dir(g.JournalPath) != filepath.Join(dir, "brink") {
		t.Errorf("journal at %s, want under %s", g.JournalPath, dir)
	}
	g2, err := st.start(setup)
	if err != nil {
		t.Fatal(err)
	}
	if g2.JournalPath == g.JournalPath || !strings.HasSuffix(g2.JournalPath, "-2.jsonl") {
		t.Errorf("second journal %s (first %s)", g2.JournalPath, g.JournalPath)
	}
	if _, err := os.Stat(g2.JournalPath); err != nil {
		t.Error(err)
	}
}

// dataCtx is a command line whose data folder is dir, at a fixed time.
func dataCtx(dir string) *Ctx {
	return &Ctx{Getenv: func(k string) string {
		if k == "XDG_DATA_HOME" {
			return dir
		}
		return ""
	}, Now: func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }}
}
