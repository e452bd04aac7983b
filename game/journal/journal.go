// Package journal writes and reads a game's append-only journal: one JSON
// event per line, a header first, then every accepted input (players', bots'
// and the facilitator's) with its time, and a note each time the game was
// resumed. Each event is flushed and synced before the game acknowledges the
// input, so a crash loses nothing that a player saw accepted. Replaying the
// inputs over the scenario rebuilds the exact game (see Open).
//
// The format, line by line (format 1):
//
//	{"type":"brink-journal","format":1,"version":"v1.2.0","scenario":"demo","source":"demo",
//	 "hash":"<sha256 of the scenario file>","seed":42,"seats":{"cn":"hawk","us":"human"},
//	 "lang":"en","started":"2025-03-14T09:30:00Z"}
//	{"type":"input","at":"2025-03-14T09:31:12Z","input":{"kind":"message","team":"us","channel":"hotline","text":"…"}}
//	{"type":"input","at":"…","input":{"kind":"assess","team":"us","hypothesis":"third","confidence":70}}
//	{"type":"input","at":"…","input":{"kind":"choose","team":"us","option":"ask","rationale":"…"}}
//	{"type":"resume","at":"…","version":"…","hash":"…","inputs":3,"forced":false,"dropped":17}
//
// The header's optional "coach", "turn_seconds" and "whole_round" say how
// the terminal game was played, so that a resumed game plays on alike.
// An input is an engine.Input (kinds message, assess, choose, hold, adjust,
// insert, end). "source" is a built-in scenario id or the scenario file's
// absolute path. "secrets", present when the scenario has any, records the
// hidden truths the seed drew ({"id":"culprit","truth":"third"}); a replay
// draws the same ones from the seed. A resume note's "hash" is the scenario's from then on (a
// forced resume may have moved the game to an edited scenario); "dropped" is
// the length of a cut-off last line removed before going on. A reader must
// tolerate a last line without its newline that is not whole JSON (a crash):
// Parse leaves it out and marks the journal Truncated.
package journal

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
)

// Format is the journal format's version.
const Format = 1

// HeaderType is the header's "type"; it is what makes a file a Brink journal.
const HeaderType = "brink-journal"

// Event types after the header.
const (
	TypeInput  = "input"
	TypeResume = "resume"
)

// Seat values in Header.Seats besides a bot policy name.
const Human = "human"

// Header is the journal's first line.
type Header struct {
	Type     string            `json:"type"` // "brink-journal"
	Format   int               `json:"format"`
	Version  string            `json:"version"` // the brink that started the game
	Scenario string            `json:"scenario"`
	Source   string            `json:"source"` // a built-in id or the scenario file's absolute path
	Hash     string            `json:"hash"`
	Seed     uint64            `json:"seed"`
	Seats    map[string]string `json:"seats"`           // team → "human" or a bot policy
	Names    map[string]string `json:"names,omitempty"` // team → the people at a human seat, as the seat setup named them
	Lang     bilingual.Lang    `json:"lang,omitempty"`
	Started  time.Time         `json:"started"`
	// Table is the table's name (brink play --table), for the reports.
	Table string `json:"table,omitempty"`
	// Secrets are the hidden truths the seed drew when the game started
	// (a replay draws them again from the seed; they are kept for readers
	// of the file).
	Secrets []engine.SecretValue `json:"secrets,omitempty"`
	// How the terminal game was played, for `brink resume` to play on alike.
	Coach       bool `json:"coach,omitempty"`        // coach mode (--coach)
	TurnSeconds int  `json:"turn_seconds,omitempty"` // the turn timer (--turn-time), in seconds
	WholeRound  bool `json:"whole_round,omitempty"`  // the timer covers the whole round, not the decision alone
}

// Event is one input with its time.
type Event struct {
	Type  string       `json:"type"` // "input"
	At    time.Time    `json:"at"`
	Input engine.Input `json:"input"`
	// Line is the event's line in the file, from 1 (the header); not stored.
	Line int `json:"-"`
}

// ResumeNote notes that the game was rebuilt from the journal and continued.
type ResumeNote struct {
	Type    string    `json:"type"` // "resume"
	At      time.Time `json:"at"`
	Version string    `json:"version"` // the brink that resumed it
	Hash    string    `json:"hash"`    // the scenario's hash from then on
	Inputs  int       `json:"inputs"`  // inputs replayed before it
	Forced  bool      `json:"forced,omitempty"`
	// Dropped is the length in bytes of a cut-off last line that was removed.
	Dropped int64 `json:"dropped,omitempty"`
	Line    int   `json:"-"`
}

// Writer appends events to a journal file. It is safe for concurrent use.
// A write that fails (a full disk) is undone: the file is cut back to its
// last whole event, so the journal stays readable and the next event
// starts on a line of its own.
type Writer struct {
	mu   sync.Mutex
	f    file
	path string
	size int64 // the length of the whole events written
	torn bool  // a failed write could not be undone yet
}

// file is what a Writer needs of its file (tests put a failing one in).
type file interface {
	io.Writer
	io.Seeker
	Sync() error
	Truncate(int64) error
	Close() error
}

// Create starts a new journal at path; it never overwrites an existing file.
// The file appears with its header already on disk (written to a temporary
// file, then linked into place), so a crash never leaves a journal without
// a header.
func Create(path string, h Header) (*Writer, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	h.Type, h.Format = HeaderType, Format
	h.Started = h.Started.UTC()
	if len(h.Names) > 0 {
		// Typed by people: kept as clean as their messages.
		names := make(map[string]string, len(h.Names))
		for team, n := range h.Names {
			names[team] = engine.CleanText(n)
		}
		h.Names = names
	}
	line, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	line = append(line, '\n')
	if err := createWith(path, line); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0o644)
	if err != nil {
		return nil, err
	}
	if _, err := f.Seek(int64(len(line)), io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	return &Writer{f: f, path: path, size: int64(len(line))}, nil
}

// createWith creates path holding data, durably, failing if path exists.
func createWith(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err == nil {
		_, err = tmp.Write(data)
		if err == nil {
			err = tmp.Sync()
		}
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Link(tmp.Name(), path)
		}
		os.Remove(tmp.Name())
		if errors.Is(err, fs.ErrExist) {
			return &fs.PathError{Op: "create", Path: path, Err: fs.ErrExist}
		}
		if err == nil {
			syncDir(dir)
			return nil
		}
	}
	// No temporary files or hard links here: create in place.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return err
	}
	syncDir(dir)
	return nil
}

// CreateIn starts a new journal in dir, named by the start time and the
// scenario (see Name); when that name is taken it adds -2, -3, ….
func CreateIn(dir string, h Header) (*Writer, error) {
	base := Name(h.Scenario, h.Started)
	ext := filepath.Ext(base)
	stem := base[:len(base)-len(ext)]
	for n := 1; n < 1000; n++ {
		name := base
		if n > 1 {
			name = fmt.Sprintf("%s-%d%s", stem, n, ext)
		}
		w, err := Create(filepath.Join(dir, name), h)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return w, err
	}
	return nil, zhMsg.Errorf("%s: too many journals named %s", dir, base)
}

// Append reopens an existing journal to add events (after a resume). Bytes
// after validBytes (a last line cut off mid-way) are removed first.
func Append(path string, validBytes int64) (*Writer, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*Writer, error) {
		f.Close()
		return nil, zhMsg.Errorf("%s: %w", path, err)
	}
	if err := f.Truncate(validBytes); err != nil {
		return fail(err)
	}
	if validBytes > 0 {
		// A last event that is whole but lost its newline needs one, or
		// the next event would share its line.
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, validBytes-1); err != nil {
			return fail(err)
		}
		if last[0] != '\n' {
			if _, err := f.WriteAt([]byte{'\n'}, validBytes); err != nil {
				return fail(err)
			}
			validBytes++
		}
	}
	if _, err := f.Seek(validBytes, io.SeekStart); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	return &Writer{f: f, path: path, size: validBytes}, nil
}

// Path is the journal's file.
func (w *Writer) Path() string { return w.path }

// Record appends one input and syncs it to disk. It is the table's Recorder.
func (w *Writer) Record(in engine.Input, at time.Time) error {
	return w.write(Event{Type: TypeInput, At: at.UTC(), Input: in})
}

// Resumed appends a resume note.
func (w *Writer) Resumed(r ResumeNote) error {
	r.Type = TypeResume
	r.At = r.At.UTC()
	return w.write(r)
}

func (w *Writer) write(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.f == nil {
		return zhMsg.Errorf("%s: journal is closed", w.path)
	}
	if w.torn {
		if err := w.undo(); err != nil {
			return zhMsg.Errorf("%s: %w", w.path, err)
		}
	}
	_, err = w.f.Write(b)
	if err == nil {
		err = w.f.Sync()
	}
	if err != nil {
		w.undo()
		return zhMsg.Errorf("%s: %w", w.path, err)
	}
	w.size += int64(len(b))
	return nil
}

// undo cuts the file back to its last whole event after a failed write
// (part of the line may have reached the disk), and puts the next write
// there. When even that fails the next write tries again first.
func (w *Writer) undo() error {
	err := w.f.Truncate(w.size)
	if err == nil {
		_, err = w.f.Seek(w.size, io.SeekStart)
	}
	if err == nil {
		err = w.f.Sync()
	}
	w.torn = err != nil
	return err
}

// Close closes the file.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.f == nil {
		return nil
	}
	err := w.f.Close()
	w.f = nil
	return err
}

// syncDir makes a new file's directory entry durable; best effort (some
// platforms cannot sync a directory).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// Dir is the default folder for journals: a "brink" folder in the user's
// data directory — $XDG_DATA_HOME, else ~/.local/share on Unix-like systems,
// ~/Library/Application Support on macOS, %LocalAppData% on Windows.
func Dir(getenv func(string) string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "brink"), nil
	}
	if runtime.GOOS == "windows" {
		if d := getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "brink"), nil
		}
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		home = h
	}
	switch runtime.GOOS {
	case "darwin":
		return filepath.Join(home, "Library", "Application Support", "brink"), nil
	case "windows":
		return filepath.Join(home, "AppData", "Local", "brink"), nil
	}
	return filepath.Join(home, ".local", "share", "brink"), nil
}

// Name is a journal's file name: start time (UTC) and scenario id.
func Name(scenarioID string, started time.Time) string {
	return fmt.Sprintf("%s-%s.jsonl", started.UTC().Format("20060102-150405"), scenarioID)
}

// DefaultPath names a new journal by time and scenario in the default folder.
func DefaultPath(getenv func(string) string, scenarioID string, now time.Time) (string, error) {
	d, err := Dir(getenv)
	if err != nil {
		return "", err
	}
	return filepath.Join(d, Name(scenarioID, now)), nil
}
