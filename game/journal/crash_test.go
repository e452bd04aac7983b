package journal_test

import (
	"bufio"
	"encoding/json"
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
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/journal/journaltest"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/table"
)

// The crash test plays games in a child process (this test binary, running
// TestCrashHelper) exactly as a front end does: a table over the game, bots
// for the computer-played seat, the journal as the table's recorder. The
// child prints "ack N" once the table has accepted the Nth scripted input,
// i.e. once the input is synced to the journal. The parent kills the child
// with SIGKILL at a random moment — during play, during start-up, during a
// resume's replay — resumes from the journal in a new child, and at the end
// compares the game rebuilt from the journal with an uninterrupted run of
// the same inputs.

const crashBot = "cn"

var crashSeats = map[string]string{crashBot: "random", "us": journal.Human}

// scripted are the inputs people made (everything but the bot's).
func scripted(ins []engine.Input) []engine.Input {
	var out []engine.Input
	for _, in := range ins {
		switch in.Kind {
		case engine.Message, engine.Assess, engine.Choose, engine.Hold:
			if in.Team == crashBot {
				continue
			}
		}
		out = append(out, in)
	}
	return out
}

func TestCrashHelper(t *testing.T) {
	if os.Getenv("BRINK_CRASH_HELPER") != "1" {
		t.Skip("the crash test's child process")
	}
	jp, sp := os.Getenv("BRINK_CRASH_JOURNAL"), os.Getenv("BRINK_CRASH_SCENARIO")
	seed, _ := strconv.ParseUint(os.Getenv("BRINK_CRASH_SEED"), 10, 64)
	var inputs []engine.Input
	data, err := os.ReadFile(os.Getenv("BRINK_CRASH_INPUTS"))
	if err == nil {
		err = json.Unmarshal(data, &inputs)
	}
	if err != nil {
		t.Fatal(err)
	}
	var g *engine.Game
	var w *journal.Writer
	if _, err := os.Stat(jp); os.IsNotExist(err) {
		var s *scenario.Scenario
		if sp == "demo" {
			s = journaltest.Demo(t)
		} else if s, err = scenario.LoadFile(sp); err != nil {
			t.Fatal(err)
		}
		w, err = journal.Create(jp, journal.Header{Version: "crash", Scenario: s.ID, Source: sp, Hash: s.Hash, Seed: seed, Seats: crashSeats, Started: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		g = engine.New(s, seed)
	} else {
		rb, rw, err := journal.Resume(jp, false, "crash", time.Now(), journaltest.Resolver)
		if err != nil {
			fmt.Printf("error %v\n", err)
			t.Fatal(err)
		}
		g, w = rb.Game, rw
	}
	defer w.Close()
	bots, _ := journaltest.Seats(t, g.Scenario(), crashSeats)
	tb := table.New(g, bots, w, time.Now)
	done := len(scripted(g.Inputs()))
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	for i := done; i < len(inputs); i++ {
		time.Sleep(time.Duration(rng.IntN(1500)) * time.Microsecond)
		if err := tb.Apply(inputs[i]); err != nil {
			fmt.Printf("error input %d: %v\n", i+1, err)
			t.Fatal(err)
		}
		if err := tb.JournalError(); err != nil {
			fmt.Printf("error journal: %v\n", err)
			t.Fatal(err)
		}
		fmt.Printf("ack %d\n", i+1)
	}
	fmt.Println("done")
}

// run starts a child and kills it with SIGKILL once it has acknowledged
// killAfter inputs (plus a random delay); killAfter < 0 lets it finish. It
// returns the highest input the child acknowledged and whether it finished.
func runChild(t *testing.T, env []string, killAfter int, delay time.Duration) (acked, acks int, finished, killed bool) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var timer <-chan time.Time
	arm := func() {
		if timer == nil && killAfter >= 0 && !killed {
			timer = time.After(delay)
		}
	}
	if killAfter == 0 {
		arm()
	}
	var errLine string
loop:
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				break loop
			}
			switch {
			case strings.HasPrefix(l, "ack "):
				acked, _ = strconv.Atoi(strings.TrimPrefix(l, "ack "))
				acks++
				if killAfter >= 0 && acked >= killAfter {
					arm()
				}
			case l == "done":
				finished = true
			case strings.HasPrefix(l, "error"):
				errLine = l
			}
		case <-timer:
			if !finished {
				cmd.Process.Kill() // SIGKILL: no deferred code, no flush
				killed = true
			}
			timer = nil
		}
	}
	err = cmd.Wait()
	if errLine != "" {
		t.Fatalf("child: %s", errLine)
	}
	if err != nil && !killed {
		t.Fatalf("child failed: %v", err)
	}
	return acked, acks, finished, killed && !finished
}

func TestCrashResume(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test: skipped with -short")
	}
	master := uint64(time.Now().UnixNano())
	if s := os.Getenv("BRINK_CRASH_RANDOM"); s != "" {
		master, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("kill points drawn with BRINK_CRASH_RANDOM=%d", master)
	rng := rand.New(rand.NewPCG(master, 2))
	dir := t.TempDir()
	genPath := journaltest.WriteScenario(t, dir, "gen.toml", journaltest.ScenarioTOML(8))
	gen, err := scenario.LoadFile(genPath)
	if err != nil {
		t.Fatal(err)
	}
	demo := journaltest.Demo(t)

	const trials = 24
	kills, early, resumes, midLine := 0, 0, 0, 0
	for trial := 1; trial <= trials; trial++ {
		s, source := gen, genPath
		if trial%3 == 0 {
			s, source = demo, "demo"
		}
		seed := uint64(trial)
		ref := journaltest.Play(t, s, seed, crashSeats, nil, nil)
		inputs := scripted(ref.Inputs())
		ip := filepath.Join(dir, fmt.Sprintf("inputs-%d.json", trial))
		b, _ := json.Marshal(inputs)
		os.WriteFile(ip, b, 0o644)
		jp := filepath.Join(dir, fmt.Sprintf("trial-%d.jsonl", trial))
		env := []string{"BRINK_CRASH_HELPER=1", "BRINK_CRASH_JOURNAL=" + jp, "BRINK_CRASH_SCENARIO=" + source,
			"BRINK_CRASH_SEED=" + strconv.FormatUint(seed, 10), "BRINK_CRASH_INPUTS=" + ip}

		acked, runs := 0, 0
		for crash := 0; ; crash++ {
			existed := fileExists(jp)
			if existed {
				j, err := journal.Read(jp)
				if err != nil {
					t.Fatalf("trial %d: after crash %d: %v", trial, crash, err)
				}
				if j.Truncated {
					midLine++
				}
				have := scripted(j.Inputs())
				if len(have) < acked {
					t.Fatalf("trial %d: the child acknowledged %d inputs but the journal holds %d", trial, acked, len(have))
				}
				if !reflect.DeepEqual(have, inputs[:len(have)]) {
					t.Fatalf("trial %d: the journal's inputs are not the ones played", trial)
				}
				resumes++
			}
			done := 0
			if existed {
				j, _ := journal.Read(jp)
				done = len(scripted(j.Inputs()))
			}
			killAfter := -1
			if crash < 3 {
				killAfter = done + rng.IntN(len(inputs)-done+1)
			}
			delay := time.Duration(rng.IntN(3000)) * time.Microsecond
			a, n, finished, killed := runChild(t, env, killAfter, delay)
			runs++
			acked = max(acked, a)
			if killed {
				kills++
				if n == 0 {
					early++
				}
			}
			if finished {
				break
			}
			if !killed {
				t.Fatalf("trial %d: the child neither finished nor was killed", trial)
			}
		}
		rb, err := journal.Open(jp, false, journaltest.Resolver)
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		if rb.Truncated {
			t.Fatalf("trial %d: the finished journal is cut off", trial)
		}
		same(t, ref, rb.Game)
		if len(rb.Resumes) > runs-1 {
			t.Fatalf("trial %d: %d resume notes after %d runs", trial, len(rb.Resumes), runs)
		}
	}
	t.Logf("%d trials, %d kills (SIGKILL; %d before the child acknowledged anything: start-up, replay, bots), %d resumes, %d journals found cut mid-line", trials, kills, early, resumes, midLine)
	if kills < 20 {
		t.Fatalf("only %d kills landed while the game ran; want at least 20", kills)
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
