package journal

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
	"unicode/utf8"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
)

// Journal is a journal read back.
type Journal struct {
	Path   string
	Header Header
	// Events are the inputs, in order.
	Events []Event
	// Resumes are the resume notes, in order.
	Resumes []ResumeNote
	// Truncated is set when the last line was cut off mid-way (a crash or
	// power loss); the events before it are intact.
	Truncated bool
	// CutLine is the cut-off line's number and Dropped its length in bytes.
	CutLine int
	Dropped int64
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

// ScenarioHash is the hash of the scenario the game was last played with:
// the header's, or that of the last resume (a forced resume may have moved
// the game to a changed scenario, and every input replayed over it then).
func (j *Journal) ScenarioHash() string {
	if n := len(j.Resumes); n > 0 && j.Resumes[n-1].Hash != "" {
		return j.Resumes[n-1].Hash
	}
	return j.Header.Hash
}

// LastEvent is the time of the last event, or the start.
func (j *Journal) LastEvent() (at time.Time) {
	at = j.Header.Started
	if n := len(j.Events); n > 0 && j.Events[n-1].At.After(at) {
		at = j.Events[n-1].At
	}
	if n := len(j.Resumes); n > 0 && j.Resumes[n-1].At.After(at) {
		at = j.Resumes[n-1].At
	}
	return at
}

// Error is a problem with a journal file, at a line when there is one.
type Error struct {
	Path string
	Line int    // from 1; 0 for the whole file
	Msg  string // in English
	Zh   string // in Chinese; "" where there is none
	Err  error  // ErrNotJournal for a file that is no journal at all
}

func (e *Error) Error() string { return e.In("en") }

// In is the error in lang (English where it has no Chinese), after its
// path and line.
func (e *Error) In(lang bilingual.Lang) string {
	msg := e.Msg
	if lang == "zh" && e.Zh != "" {
		msg = e.Zh
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, msg)
}

func (e *Error) Unwrap() error { return e.Err }

// ErrNotJournal marks a file that is not a Brink journal.
var ErrNotJournal = bilingual.New("not a Brink journal", "不是 Brink 推演记录")

// Read reads a journal. Errors are *Error, naming the file and line.
func Read(path string) (*Journal, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{Path: path, Msg: err.Error(), Zh: bilingual.Say(err, "zh")}
	}
	return Parse(path, data)
}

// Parse reads a journal from bytes. A last line without its newline that is
// not whole JSON was cut off by a crash: it is left out and the journal is
// marked Truncated. Any other bad line is an error naming its line.
func Parse(path string, data []byte) (*Journal, error) {
	j := &Journal{Path: path}
	bad := func(n int, format string, a ...any) error {
		return at(path, n, nil, format, a...)
	}
	r := bufio.NewReader(bytes.NewReader(data))
	var off int64
	n := 0
	for {
		line, err := r.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			break
		}
		n++
		whole := err == nil
		text := bytes.TrimRight(line, "\r\n")
		if len(bytes.TrimSpace(text)) == 0 && n > 1 {
			if whole {
				off += int64(len(line))
			}
			continue
		}
		if !whole && !json.Valid(text) {
			if n == 1 {
				return nil, headerProblem(path, text, true)
			}
			j.Truncated, j.CutLine, j.Dropped = true, n, int64(len(line))
			break
		}
		if n == 1 {
			if err := j.readHeader(path, text); err != nil {
				return nil, err
			}
		} else if err := j.readEvent(n, text, bad); err != nil {
			return nil, err
		}
		off += int64(len(line))
		if !whole {
			break
		}
	}
	if n == 0 {
		return nil, at(path, 1, ErrNotJournal, "not a Brink journal (the file is empty)")
	}
	j.ValidBytes = off
	return j, nil
}

// headerStart is how every header written by Create begins.
var headerStart = []byte(`{"type":"` + HeaderType + `"`)

// headerProblem explains a first line that is not a journal header.
func headerProblem(path string, text []byte, cut bool) error {
	switch {
	case len(bytes.TrimSpace(text)) == 0:
		return at(path, 1, ErrNotJournal, "not a Brink journal (the first line is empty)")
	case bytes.IndexByte(text, 0) >= 0 || !utf8.Valid(text):
		return at(path, 1, ErrNotJournal, "not a Brink journal (it is not a text file)")
	case cut && (bytes.HasPrefix(text, headerStart) || bytes.HasPrefix(headerStart, text)):
		return at(path, 1, ErrNotJournal, "the journal header is cut off: the file holds no whole line")
	}
	return at(path, 1, ErrNotJournal, "not a Brink journal (the first line is not a journal header)")
}

func (j *Journal) readHeader(path string, text []byte) error {
	var probe struct {
		Type string `json:"type"`
	}
	if json.Unmarshal(text, &probe) != nil || probe.Type != HeaderType {
		return headerProblem(path, text, false)
	}
	h := &j.Header
	if err := json.Unmarshal(text, h); err != nil {
		return at(path, 1, nil, "corrupted journal header (%s)", jsonErr{err})
	}
	switch {
	case h.Format > Format:
		return at(path, 1, nil, "journal format %d is newer than this brink reads (%d): update brink", h.Format, Format)
	case h.Format < 1:
		return at(path, 1, nil, "corrupted journal header (no format number)")
	case h.Scenario == "":
		return at(path, 1, nil, "corrupted journal header (no scenario id)")
	case h.Hash == "":
		return at(path, 1, nil, "corrupted journal header (no scenario hash)")
	}
	return nil
}

var kinds = map[engine.Kind]bool{
	engine.Message: true, engine.Assess: true, engine.Choose: true, engine.Hold: true,
	engine.Adjust: true, engine.Insert: true, engine.End: true,
}

func (j *Journal) readEvent(n int, text []byte, bad func(int, string, ...any) error) error {
	var probe struct {
		Type string `json:"type"`
	}
	if err := json.Unmarshal(text, &probe); err != nil {
		return bad(n, "corrupted event (%s)", jsonErr{err})
	}
	strict := func(v any) error {
		dec := json.NewDecoder(bytes.NewReader(text))
		dec.DisallowUnknownFields()
		return dec.Decode(v)
	}
	switch probe.Type {
	case TypeInput:
		var e Event
		if err := strict(&e); err != nil {
			return bad(n, "corrupted input event (%s)", jsonErr{err})
		}
		if !kinds[e.Input.Kind] {
			if e.Input.Kind == "" {
				return bad(n, "corrupted input event (no kind)")
			}
			return bad(n, "input of unknown kind %q", e.Input.Kind)
		}
		e.Line = n
		j.Events = append(j.Events, e)
	case TypeResume:
		var r ResumeNote
		if err := strict(&r); err != nil {
			return bad(n, "corrupted resume note (%s)", jsonErr{err})
		}
		r.Line = n
		j.Resumes = append(j.Resumes, r)
	case HeaderType:
		return bad(n, "a second journal header: two journals were joined into one file")
	case "":
		return bad(n, "corrupted event (no type)")
	default:
		return bad(n, "unknown event type %q (written by a newer brink?)", probe.Type)
	}
	return nil
}
