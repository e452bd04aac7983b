package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/tui"
)

// A game started with --coach and --turn-time resumes with both: the
// journal's header keeps them; flags given to resume win.
func TestResumeKeepsCoachAndTimer(t *testing.T) {
	dir := t.TempDir()
	p, _, _ := unfinished(t, dir, 3, false)
	data, _ := os.ReadFile(p)
	data = bytes.Replace(data, []byte(`"started":`), []byte(`"coach":true,"turn_seconds":120,"whole_round":true,"started":`), 1)
	os.WriteFile(p, data, 0o644)
	c, _ := testCtx()
	r, err := prepareResume(c, p, false, "")
	if err != nil {
		t.Fatal(err)
	}
	defer r.setup.Journal.Close()
	if !r.setup.Coach || r.setup.TurnTime != 2*time.Minute || !r.setup.WholeRound {
		t.Errorf("resumed with coach %v, timer %v (whole round %v); want coach and 2m for the round", r.setup.Coach, r.setup.TurnTime, r.setup.WholeRound)
	}
	// Without the fields: neither.
	q, _, _ := unfinished(t, t.TempDir(), 3, false)
	r2, err := prepareResume(c, q, false, "")
	if err != nil {
		t.Fatal(err)
	}
	defer r2.setup.Journal.Close()
	if r2.setup.Coach || r2.setup.TurnTime != 0 {
		t.Errorf("a journal without them resumed with coach %v, timer %v", r2.setup.Coach, r2.setup.TurnTime)
	}
}

// `brink play` writes coach mode and the timer into the journal's header.
func TestPlayJournalsCoachAndTimer(t *testing.T) {
	s, err := loadScenario(demoFile)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := testCtx()
	p := filepath.Join(t.TempDir(), "g.jsonl")
	st := &starter{c: c, lang: "en", journal: p, source: map[*scenario.Scenario]string{}, turn: 90 * time.Second, wholeRound: true}
	if _, err := st.start(tui.Setup{Scenario: s, Seed: 1, Seats: map[string]string{"cn": tui.Human, "us": "dove"}, Humans: []string{"cn"}, Coach: true}); err != nil {
		t.Fatal(err)
	}
	st.close()
	j, err := journal.Read(p)
	if err != nil {
		t.Fatal(err)
	}
	if !j.Header.Coach || j.Header.TurnSeconds != 90 || !j.Header.WholeRound {
		t.Errorf("header coach %v, turn %d s, whole round %v; want true, 90, true", j.Header.Coach, j.Header.TurnSeconds, j.Header.WholeRound)
	}
}
