// Package journal writes and reads a game's append-only journal: one JSON
// event per line, a header first, then every accepted input with its time.
// Each event is flushed and synced before the game acknowledges the input,
// so a crash loses nothing that a player saw accepted.
package journal

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/brink-ttx/brink/game/engine"
)

// Format is the journal format's version.
const Format = 1

// Header is the journal's first line.
type Header struct {
	Type     string            `json:"type"` // "brink-journal"
	Format   int               `json:"format"`
	Version  string            `json:"version"`
	Scenario string            `json:"scenario"`
	Source   string            `json:"source"` // a built-in id or the scenario file's path
	Hash     string            `json:"hash"`
	Seed     uint64            `json:"seed"`
	Seats    map[string]string `json:"seats"` // team → "human" or a bot policy
	Lang     string            `json:"lang,omitempty"`
	Started  time.Time         `json:"started"`
}

// Event is one input with its time.
type Event struct {
	Type  string       `json:"type"` // "input"
	At    time.Time    `json:"at"`
	Input engine.Input `json:"input"`
}

// Writer appends events to a journal file.
type Writer struct {
	f    *os.File
	path string
}

// Create starts a new journal at path; it never overwrites an existing file.
func Create(path string, h Header) (*Writer, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, err
	}
	h.Type, h.Format = "brink-journal", Format
	w := &Writer{f: f, path: path}
	if err := w.write(h); err != nil {
		f.Close()
		return nil, err
	}
	return w, nil
}

// Append reopens an existing journal to add events (after a resume). A last
// line cut off mid-way is removed first.
func Append(path string, validBytes int64) (*Writer, error) {
	f, err := os.OpenFile(path, os.O_WRONLY, 0o644)
	if err != nil {
		return nil, err
	}
	if err := f.Truncate(validBytes); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.Seek(validBytes, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	return &Writer{f: f, path: path}, nil
}

// Path is the journal's file.
func (w *Writer) Path() string { return w.path }

// Record appends one input and syncs it to disk.
func (w *Writer) Record(in engine.Input, at time.Time) error {
	return w.write(Event{Type: "input", At: at.UTC(), Input: in})
}

func (w *Writer) write(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if _, err := w.f.Write(b); err != nil {
		return err
	}
	return w.f.Sync()
}

// Close closes the file.
func (w *Writer) Close() error { return w.f.Close() }

// Journal is a journal read back.
type Journal struct {
	Path   string
	Header Header
	Events []Event
	// Truncated is set when the last line was cut off mid-way (a crash or
	// power loss); the events before it are intact.
	Truncated bool
	// ValidBytes is the length of the whole lines read.
	ValidBytes int64
}

// Inputs lists the journal's inputs in order.
func (j *Journal) Inputs() []engine.Input {
	out := make([]engine.Input, len(j.Events))
	for i, e := range j.Events {
		out[i] = e.Input
	}
	return out
}

// ErrNotJournal marks a file that is not a Brink journal.
var ErrNotJournal = errors.New("not a Brink journal")

// Read reads a journal. Errors name the file and line.
func Read(path string) (*Journal, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: %v", path, pe.Err)
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return Parse(path, data)
}

// Parse reads a journal from bytes.
func Parse(path string, data []byte) (*Journal, error) {
	j := &Journal{Path: path}
	r := bufio.NewReader(bytes.NewReader(data))
	var off int64
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			break
		}
		whole := err == nil
		text := strings.TrimRight(string(line), "\r\n")
		if !whole {
			// A last line without its newline was cut off by a crash,
			// unless it happens to be complete JSON.
			if !json.Valid([]byte(text)) {
				if n == 1 {
					return nil, fmt.Errorf("%s:1: %w (the file is empty or cut off)", path, ErrNotJournal)
				}
				j.Truncated = true
				break
			}
		}
		if n == 1 {
			if err := json.Unmarshal([]byte(text), &j.Header); err != nil || j.Header.Type != "brink-journal" {
				return nil, fmt.Errorf("%s:1: %w (the first line is not a journal header)", path, ErrNotJournal)
			}
			if j.Header.Format > Format {
				return nil, fmt.Errorf("%s:1: journal format %d is newer than this brink reads (%d)", path, j.Header.Format, Format)
			}
		} else if strings.TrimSpace(text) != "" {
			var e Event
			dec := json.NewDecoder(strings.NewReader(text))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&e); err != nil || e.Type != "input" || e.Input.Kind == "" {
				return nil, fmt.Errorf("%s:%d: corrupted event (not a journal input line)", path, n)
			}
			j.Events = append(j.Events, e)
		}
		off += int64(len(line))
		if !whole {
			break
		}
	}
	if off == 0 {
		return nil, fmt.Errorf("%s:1: %w (the file is empty)", path, ErrNotJournal)
	}
	j.ValidBytes = off
	return j, nil
}

// Dir is the default folder for journals: $XDG_DATA_HOME/brink, or the
// platform's user data folder.
func Dir(getenv func(string) string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "brink"), nil
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		home = h
	}
	return filepath.Join(home, ".local", "share", "brink"), nil
}

// DefaultPath names a new journal by time and scenario.
func DefaultPath(getenv func(string) string, scenarioID string, now time.Time) (string, error) {
	d, err := Dir(getenv)
	if err != nil {
		return "", err
	}
	return filepath.Join(d, fmt.Sprintf("%s-%s.jsonl", now.UTC().Format("20060102-150405"), scenarioID)), nil
}
