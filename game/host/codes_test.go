package host

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// savedCodes is the seats' codes as seats.json keeps them.
func savedCodes(t *testing.T, h *Host) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(h.Dir(), seatsFile))
	if err != nil {
		t.Fatal(err)
	}
	var rec seatsRecord
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatal(err)
	}
	return rec.Codes
}

// A new join code that cannot be saved is not given: the console is told,
// and the seat keeps the code seats.json keeps, which a resumed host
// brings back.
func TestNewCodeNotSavedIsNotGiven(t *testing.T) {
	h, err := New(Config{Scenario: loadMech(t), Tables: 1, JournalDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.closeJournals)
	old := h.Code("t1-a")
	// seats.json cannot be replaced: a folder, not empty, took its place.
	path := filepath.Join(h.Dir(), seatsFile)
	saved, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(path, "in-the-way"), 0o700); err != nil {
		t.Fatal(err)
	}
	code, _, err := h.NewCode("t1-a")
	if err == nil {
		t.Fatalf("NewCode gave %q that could not be saved", code)
	}
	if h.Code("t1-a") != old {
		t.Fatal("the seat has a code that seats.json does not keep")
	}
	// Once seats.json can be written, the change is saved.
	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, saved, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, err = h.NewCode("t1-a"); err != nil {
		t.Fatal(err)
	}
	if got := savedCodes(t, h)["t1-a"]; got != code || code == old {
		t.Fatalf("seats.json keeps %q for t1-a, the seat has %q (was %q)", got, code, old)
	}
}

// Two facilitators changing codes at once: seats.json ends with both
// changes, the codes the seats have.
func TestNewCodesAtOnceAreAllSaved(t *testing.T) {
	h, err := New(Config{Scenario: loadMech(t), Tables: 1, JournalDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.closeJournals)
	for run := 0; run < 20; run++ {
		var wg sync.WaitGroup
		for _, user := range []string{"t1-a", "t1-b"} {
			wg.Go(func() {
				for range 3 {
					if _, _, err := h.NewCode(user); err != nil {
						t.Error(err)
					}
				}
			})
		}
		wg.Wait()
		saved := savedCodes(t, h)
		for _, user := range []string{"t1-a", "t1-b"} {
			if saved[user] != h.Code(user) {
				t.Fatalf("run %d: seats.json keeps %q for %s, the seat has %q", run, saved[user], user, h.Code(user))
			}
		}
	}
}

// A session whose connection joined with a code the facilitator has since
// replaced is refused even when it starts after NewCode ended the seat's
// sessions (between the join and the session's start).
func TestOldCodeSessionStartingLateIsRefused(t *testing.T) {
	h := start(t, Config{Tables: 1})
	old := h.Code("t1-a")
	if _, _, err := h.NewCode("t1-a"); err != nil {
		t.Fatal(err)
	}
	if why, ok := h.admitSession(&conn{seat: h.seats["t1-a"]}, old); ok || !strings.Contains(why.In("en"), "changed this seat's join code") {
		t.Errorf("a session on the old code was admitted (%v, %q)", ok, why.In("en"))
	}
	if _, ok := h.admitSession(&conn{seat: h.seats["t1-a"]}, h.Code("t1-a")); !ok {
		t.Error("a session on the new code was refused")
	}
	if n := h.Connected()["t1-a"]; n != 1 {
		t.Errorf("the seat counts %d sessions, want the one admitted", n)
	}
}
