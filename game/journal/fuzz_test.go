package journal_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/journal/journaltest"
)

// FuzzParse: a journal is a file anyone may hand to brink resume or brink
// report. Whatever its bytes, reading it and replaying it over the demo
// scenario ends in a game or in an error that names the file and a line
// within it; nothing panics.
func FuzzParse(f *testing.F) {
	sc := journaltest.Demo(f)
	path := filepath.Join(f.TempDir(), "seed.jsonl")
	journaltest.WriteJournal(f, path, sc, "", 3, seats)
	whole, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(whole)
	f.Add(whole[:len(whole)/2])
	f.Add(bytes.Replace(whole, []byte(`"choose"`), []byte(`"assess"`), 1))
	f.Add([]byte("{}\n{}\n"))
	f.Add([]byte("not a journal"))
	f.Fuzz(func(t *testing.T, data []byte) {
		j, err := journal.Parse("fuzz.jsonl", data)
		if err != nil {
			checkError(t, err, data)
			return
		}
		if j == nil {
			t.Fatal("no journal and no error")
		}
		if _, err := journal.Rebuild(j, sc, true); err != nil {
			checkError(t, err, data)
		}
	})
}

// checkError fails unless err is a journal error on the file, at a line of
// data (or the whole file), saying something.
func checkError(t *testing.T, err error, data []byte) {
	t.Helper()
	var je *journal.Error
	if !errors.As(err, &je) {
		t.Fatalf("%T is not a *journal.Error: %v", err, err)
	}
	lines := bytes.Count(data, []byte{'\n'}) + 1
	if je.Path != "fuzz.jsonl" || je.Line < 0 || je.Line > lines || strings.TrimSpace(je.Msg) == "" {
		t.Fatalf("error %+v: want the file, a line from 0 to %d, and a message", je, lines)
	}
}
