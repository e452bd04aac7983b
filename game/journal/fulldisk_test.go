package journal

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/brink-ttx/brink/game/engine"
)

// failing is a journal file that fails on demand: a short write then
// ENOSPC, as a full disk does.
type failing struct {
	*os.File
	full bool
}

func (f *failing) Write(p []byte) (int, error) {
	if f.full {
		n, _ := f.File.Write(p[:len(p)/2])
		return n, syscall.ENOSPC
	}
	return f.File.Write(p)
}

// H8: a write that fails on a full disk leaves no partial line: the
// journal reads back whole, and the events written once space returns
// follow the last whole one.
func TestFailedWriteIsUndone(t *testing.T) {
	path := t.TempDir() + "/j.jsonl"
	w, err := Create(path, Header{Scenario: "demo", Source: "demo", Hash: "abc", Seed: 1, Started: time.Unix(0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	f := &failing{File: w.f.(*os.File)}
	w.f = f
	msg := func(s string) engine.Input {
		return engine.Input{Kind: engine.Message, Team: "us", Channel: "hotline", Text: s}
	}
	at := time.Unix(1, 0)
	if err := w.Record(msg("one"), at); err != nil {
		t.Fatal(err)
	}
	f.full = true
	for _, s := range []string{"lost-two", "lost-three"} {
		if err := w.Record(msg(s), at); err == nil || !strings.Contains(err.Error(), "no space") {
			t.Fatalf("a write to a full disk reported %v", err)
		}
	}
	f.full = false
	if err := w.Record(msg("four"), at); err != nil {
		t.Fatal(err)
	}
	w.Close()
	j, err := Read(path)
	if err != nil {
		t.Fatalf("the journal does not read back after a full disk: %v", err)
	}
	var got []string
	for _, in := range j.Inputs() {
		got = append(got, in.Text)
	}
	if strings.Join(got, ",") != "one,four" || j.Truncated {
		t.Fatalf("inputs %v (truncated %v), want one,four", got, j.Truncated)
	}
}

// The people's names at a seat are kept clean, as their messages are.
func TestSeatNamesAreCleaned(t *testing.T) {
	path := t.TempDir() + "/j.jsonl"
	w, err := Create(path, Header{Scenario: "demo", Source: "demo", Hash: "abc", Started: time.Unix(0, 0),
		Names: map[string]string{"us": "Ann\u202e \x1b]52;c;eA==\x07Bo"}})
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	j, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := j.Header.Names["us"]; got != "Ann Bo" {
		t.Fatalf("seat name %q", got)
	}
}
