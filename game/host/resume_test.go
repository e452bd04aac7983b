package host

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/journal/journaltest"
	"github.com/brink-ttx/brink/game/table"
)

// nextInput is the next input of a fixed play of a table, decided from the
// game alone, so a game resumed anywhere goes on as an uninterrupted one.
// ok is false when the game is over.
func nextInput(tb *table.Table) (engine.Input, bool) {
	for i, team := range tb.Scenario().TeamIDs() {
		v := tb.View(team)
		if v.Over {
			return engine.Input{}, false
		}
		if v.MyChoice != nil {
			continue
		}
		if v.Round%3 == i && hotlineOpen(v) && len(v.Posts) == 0 {
			return engine.Input{Kind: engine.Message, Team: team, Channel: "hotline", Text: fmt.Sprintf("round %d from %s", v.Round, team)}, true
		}
		if v.Question != nil && v.MyAssess == nil {
			h := v.Question.Hypotheses[(v.Round+i)%len(v.Question.Hypotheses)]
			return engine.Input{Kind: engine.Assess, Team: team, Hypothesis: h.ID, Confidence: 70}, true
		}
		return engine.Input{Kind: engine.Choose, Team: team, Option: v.Options[(v.Round+i)%len(v.Options)].ID}, true
	}
	return engine.Input{}, false
}

func hotlineOpen(v engine.View) bool {
	for _, c := range v.Channels {
		if c.ID == "hotline" {
			return c.Open && c.Member
		}
	}
	return false
}

// TestHelperHostProcess is not a test: run by TestResumeAfterKill as a
// separate process, it hosts (or resumes) a game in BRINK_HOST_DIR and plays
// it, printing "ack TABLE N" once a table's N-th input is accepted.
func TestHelperHostProcess(t *testing.T) {
	dir := os.Getenv("BRINK_HOST_DIR")
	if dir == "" {
		t.Skip("run by TestResumeAfterKill")
	}
	cfg := Config{Listen: "127.0.0.1:0", HostKeyPath: filepath.Join(dir, "key"), TurnTime: time.Minute}
	var h *Host
	var err error
	if game, lerr := LatestGame(dir); lerr == nil {
		h, err = Resume(game, cfg, journaltest.Resolver)
	} else {
		src, _ := filepath.Abs("../engine/testdata/mech.toml")
		cfg.Scenario, cfg.Source, cfg.Tables, cfg.Seed, cfg.JournalDir = loadMech(t), src, 3, 11, dir
		h, err = New(cfg)
	}
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	for _, s := range h.Seats() {
		fmt.Println("seat", s.User, s.Code)
	}
	rng := rand.New(rand.NewPCG(uint64(os.Getpid()), 1))
	for {
		playing := false
		for _, tb := range h.tables {
			in, ok := nextInput(tb.Table)
			if !ok {
				continue
			}
			playing = true
			if err := tb.Table.Apply(in); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			var n int
			tb.Table.With(func(g *engine.Game) { n = len(g.Inputs()) })
			fmt.Printf("ack %d %d\n", tb.N, n)
			time.Sleep(time.Duration(5000+rng.IntN(10000)) * time.Microsecond)
		}
		if !playing {
			fmt.Println("over")
			time.Sleep(time.Hour)
		}
	}
}

// H9: a host killed (-9) mid-round, 20 times, comes back each time with the
// same seats and codes and every table where it was; the tables end as
// uninterrupted ones do.
func TestResumeAfterKill(t *testing.T) {
	dir := t.TempDir()
	kills := 20
	if testing.Short() {
		kills = 4
	}
	acked := map[int]int{}
	overAt := -1
	var codes map[string]string
	rng := rand.New(rand.NewPCG(5, 5))
	for k := 0; k < kills; k++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHostProcess$")
		cmd.Env = append(os.Environ(), "BRINK_HOST_DIR="+dir)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{}
		sc := bufio.NewScanner(out)
		lines := make(chan string, 1024)
		go func() {
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		var kill <-chan time.Time // set once the host has said its seats
		armed := false
	read:
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					break read
				}
				f := strings.Fields(l)
				switch {
				case len(f) == 3 && f[0] == "seat":
					seen[f[1]] = f[2]
				case len(f) == 3 && f[0] == "ack":
					if !armed {
						armed = true
						kill = time.After(time.Duration(rng.IntN(10)) * time.Millisecond)
					}
					n, _ := strconv.Atoi(f[1])
					m, _ := strconv.Atoi(f[2])
					acked[n] = m
				case len(f) > 0 && f[0] == "over" && overAt < 0:
					overAt = k
					fallthrough
				case len(f) > 0 && f[0] == "over" && !armed:
					armed = true
					kill = time.After(0)
				case len(f) > 0 && f[0] == "error":
					t.Fatalf("run %d: %s", k, l)
				}
			case <-kill:
				cmd.Process.Kill() // SIGKILL
				kill = nil
			}
		}
		cmd.Wait()
		if codes == nil {
			codes = seen
		} else if !reflect.DeepEqual(seen, codes) {
			t.Fatalf("run %d: the seats or codes changed on resume:\n%v\nwant\n%v\n%s", k, seen, codes, stderr.String())
		}
	}
	game, err := LatestGame(dir)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(filepath.Join(game, seatsFile)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the seats' codes must be kept readable by the host's user only: %v %v", fi.Mode(), err)
	}
	h, err := Resume(game, Config{Listen: "127.0.0.1:0", TurnTime: time.Minute}, journaltest.Resolver)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Shutdown(context.Background())
	for _, tb := range h.tables {
		if cs := tb.Clock(time.Now()); !tb.Table.View("").Over && !cs.Paused {
			t.Errorf("table %d: the clock should come back paused", tb.N)
		}
		var got []engine.Input
		tb.Table.With(func(g *engine.Game) { got = g.Inputs() })
		if len(got) < acked[tb.N] {
			t.Fatalf("table %d: %d inputs after the kills, but %d were acknowledged", tb.N, len(got), acked[tb.N])
		}
		// The uninterrupted game of the same table.
		ref := table.New(engine.New(h.cfg.Scenario, h.cfg.Seed+uint64(tb.N-1)), nil, nil, nil)
		for {
			in, ok := nextInput(ref)
			if !ok {
				break
			}
			ref.Apply(in)
		}
		var want []engine.Input
		ref.With(func(g *engine.Game) { want = g.Inputs() })
		if len(got) > len(want) || (len(got) > 0 && !reflect.DeepEqual(got, want[:len(got)])) {
			i := 0
			for i < len(got) && i < len(want) && reflect.DeepEqual(got[i], want[i]) {
				i++
			}
			t.Fatalf("table %d: the resumed game is not a prefix of the uninterrupted one: %d inputs, %d in the uninterrupted game; they differ from input %d:\n%+v\n%+v",
				tb.N, len(got), len(want), i+1, got[i:], want[i:min(len(want), len(got))])
		}
		for {
			in, ok := nextInput(tb.Table)
			if !ok {
				break
			}
			if err := tb.Table.Apply(in); err != nil {
				t.Fatal(err)
			}
		}
		a, b := tb.Table.View("a"), ref.View("a")
		if !reflect.DeepEqual(a.History, b.History) || !reflect.DeepEqual(a.Meters, b.Meters) || !reflect.DeepEqual(a.Cards, b.Cards) {
			t.Fatalf("table %d ends differently from an uninterrupted game", tb.N)
		}
	}
	t.Logf("%d kills; acknowledged inputs per table: %v; every table over at run %d", kills, acked, overAt)
	// However fast the machine, enough kills must land mid-game for the
	// test to prove anything.
	if overAt >= 0 && overAt < 5 {
		t.Errorf("the games ended at run %d of %d: too few kills landed mid-game", overAt, kills)
	}
}

// Two hosts started in the same second with one journal folder each get a
// folder of their own.
func TestGameFoldersAreUnique(t *testing.T) {
	dir := t.TempDir()
	now := func() time.Time { return time.Unix(1800000000, 0) }
	var dirs []string
	for i := 0; i < 2; i++ {
		h, err := New(Config{Scenario: loadMech(t), JournalDir: dir, Now: now})
		if err != nil {
			t.Fatalf("host %d: %v", i+1, err)
		}
		dirs = append(dirs, h.Dir())
		h.closeJournals()
	}
	if dirs[0] == dirs[1] {
		t.Fatalf("both hosts use %s", dirs[0])
	}
}
