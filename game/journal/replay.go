package journal

import (
	"errors"
	"io/fs"
	"strings"
	"time"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

// Resolver finds what a journal names but does not hold: the scenarios built
// into brink, and the computer players at its seats. The command line makes
// one of package content and package bot.
type Resolver struct {
	// Builtin returns the built-in scenario id: its file name and TOML, ok
	// false when brink has none of that id.
	Builtin func(id string) (name string, data []byte, ok bool)
	// Builtins lists the ids of the built-in scenarios.
	Builtins func() []string
	// Bot returns an error when there is no computer player called name.
	Bot func(name string) error
}

// Rebuilt is a journal replayed into the game it records.
type Rebuilt struct {
	*Journal
	Scenario *scenario.Scenario
	Game     *engine.Game
	// Forced is set when the scenario differs from the one the journal was
	// played with and was replayed anyway.
	Forced bool
}

// MismatchError refuses a journal whose scenario has changed since the game
// was played: replaying it could rebuild a different game.
type MismatchError struct {
	Path     string
	Scenario string // the journal's scenario id
	Source   string // where the scenario was loaded from
	Want     string // the journal's hash
	Got      string // the hash of the scenario now
	GotID    string // the id of the scenario now, when it differs
}

func (e *MismatchError) Error() string { return e.In("en") }

// In is the error in lang.
func (e *MismatchError) In(lang bilingual.Lang) string {
	var src any = e.Source
	if e.Source == theScenario.En {
		src = theScenario
	}
	if e.GotID != "" && e.GotID != e.Scenario {
		return zhMsg.Sprintf(lang, "%s:1: the journal plays scenario %q but %s is now scenario %q; --force replays it anyway", e.Path, e.Scenario, src, e.GotID)
	}
	return zhMsg.Sprintf(lang, "%s:1: scenario %q has changed since this game was played (journal hash %s, %s now %s); --force replays it anyway", e.Path, e.Scenario, short(e.Want), src, short(e.Got))
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// IsPath reports whether a scenario source names a file rather than a
// built-in id.
func IsPath(source string) bool {
	return strings.ContainsAny(source, `/\`) || strings.HasSuffix(source, ".toml")
}

// LoadScenario loads the scenario a journal was played with: its header's
// source (a file or a built-in id), or, when that file is gone, the built-in
// scenario with the journal's scenario id. It does not compare hashes
// (Rebuild does). r finds the built-in scenarios. Errors name the journal's
// first line.
func LoadScenario(j *Journal, r Resolver) (*scenario.Scenario, error) {
	h := j.Header
	src := h.Source
	if src == "" {
		src = h.Scenario
	}
	if IsPath(src) {
		s, err := scenario.LoadFile(src)
		if err == nil {
			return s, nil
		}
		if !missing(err) {
			return nil, at(j.Path, 1, nil, "the journal's scenario no longer loads: %s", firstProblem(err))
		}
		if name, data, ok := r.Builtin(h.Scenario); ok {
			return loadBuiltin(j, name, data)
		}
		return nil, at(j.Path, 1, nil, "the journal's scenario %s is gone, and no built-in scenario is called %q", src, h.Scenario)
	}
	name, data, ok := r.Builtin(src)
	if !ok {
		return nil, at(j.Path, 1, nil, "this brink has no built-in scenario %q (built-in: %s)", src, strings.Join(r.Builtins(), ", "))
	}
	return loadBuiltin(j, name, data)
}

func loadBuiltin(j *Journal, name string, data []byte) (*scenario.Scenario, error) {
	s, err := scenario.Load(name, data)
	if err != nil {
		return nil, at(j.Path, 1, nil, "the built-in scenario does not load: %s", firstProblem(err))
	}
	return s, nil
}

func missing(err error) bool {
	if errors.Is(err, fs.ErrNotExist) {
		return true
	}
	for _, p := range scenario.AsProblems(err) {
		if strings.Contains(p.Msg, "no such file") || strings.Contains(p.Msg, "cannot find") {
			return true
		}
	}
	return false
}

// firstProblem is the first of a scenario's problems, in both languages,
// with how many more there are.
func firstProblem(err error) bilingual.Pair {
	ps := scenario.AsProblems(err)
	if len(ps) == 0 {
		return bilingual.Pair{En: err.Error(), Zh: bilingual.Say(err, "zh")}
	}
	p := bilingual.Pair{En: ps[0].In("en"), Zh: ps[0].In("zh")}
	if len(ps) > 1 {
		p.En += zhMsg.Sprintf("en", " (and %d more problems)", len(ps)-1)
		p.Zh += zhMsg.Sprintf("zh", " (and %d more problems)", len(ps)-1)
	}
	return p
}

// Rebuild replays the journal's inputs over s. A scenario other than the one
// the game was played with (by hash) is refused with a *MismatchError unless
// force is set. An input that no longer applies is an *Error at its line.
func Rebuild(j *Journal, s *scenario.Scenario, force bool) (*Rebuilt, error) {
	rb := &Rebuilt{Journal: j, Scenario: s}
	if s.Hash != j.ScenarioHash() || s.ID != j.Header.Scenario {
		if !force {
			src := s.File
			if src == "" {
				src = theScenario.En
			}
			return nil, &MismatchError{Path: j.Path, Scenario: j.Header.Scenario, Source: src, Want: j.ScenarioHash(), Got: s.Hash, GotID: s.ID}
		}
		rb.Forced = true
	}
	g := engine.New(s, j.Header.Seed)
	for i, e := range j.Events {
		if err := g.Apply(e.Input); err != nil {
			why := notItsScenario
			if rb.Forced {
				why = scenarioChanged
			}
			return nil, at(j.Path, e.Line, nil, "input %d (%s) does not replay: %v; %s", i+1, e.Input.Kind, err, why)
		}
	}
	rb.Game = g
	return rb, nil
}

// Open reads the journal at path, loads its scenario (r finds the built-in
// ones) and rebuilds the game.
func Open(path string, force bool, r Resolver) (*Rebuilt, error) {
	j, err := Read(path)
	if err != nil {
		return nil, err
	}
	s, err := LoadScenario(j, r)
	if err != nil {
		return nil, err
	}
	return Rebuild(j, s, force)
}

// Notes are the lines to tell a user about a rebuilt journal: a cut-off last
// line left out, a changed scenario replayed anyway.
func (rb *Rebuilt) Notes() []string { return rb.NotesIn("en") }

// NotesIn are the notes in lang.
func (rb *Rebuilt) NotesIn(lang bilingual.Lang) []string {
	var out []string
	if rb.Truncated {
		out = append(out, zhMsg.Sprintf(lang, "%s:%d: the last line was cut off (the game stopped while writing it); going on from the last whole event (%d inputs)", rb.Path, rb.CutLine, len(rb.Events)))
	}
	if rb.Forced {
		out = append(out, zhMsg.Sprintf(lang, "%s:1: scenario %q has changed since this game was played; replayed anyway (--force)", rb.Path, rb.Header.Scenario))
	}
	return out
}

// Bots returns the computer players of the header's seats by team, each as
// get makes it of the seat's policy name.
func Bots[P any](h Header, get func(name string) (P, error)) (map[string]P, error) {
	out := map[string]P{}
	for team, seat := range h.Seats {
		if seat == Human || seat == "" {
			continue
		}
		p, err := get(seat)
		if err != nil {
			return nil, zhMsg.Errorf("seat %s: %w", team, err)
		}
		out[team] = p
	}
	return out, nil
}

// Humans lists the teams played by people, in the scenario's team order. A
// team the header does not seat is played by people.
func (h Header) Humans(s *scenario.Scenario) []string {
	var out []string
	for _, t := range s.Teams {
		if seat := h.Seats[t.ID]; seat == Human || seat == "" {
			out = append(out, t.ID)
		}
	}
	return out
}

// Resume rebuilds the game in the journal at path and reopens the journal
// for appending (see Continue). version is the running brink's; r finds the
// built-in scenarios and the computer players. The caller continues the game
// over the returned game and writer, and closes it.
func Resume(path string, force bool, version string, now time.Time, r Resolver) (*Rebuilt, *Writer, error) {
	rb, err := Open(path, force, r)
	if err != nil {
		return nil, nil, err
	}
	w, err := rb.Continue(version, now, r)
	if err != nil {
		return nil, nil, err
	}
	return rb, w, nil
}

// Continue reopens a rebuilt journal for appending: a cut-off last line is
// removed and a resume note written. It checks the seats first (r knows the
// computer players), so a journal that cannot be continued is left
// untouched.
func (rb *Rebuilt) Continue(version string, now time.Time, r Resolver) (*Writer, error) {
	seat := func(name string) (struct{}, error) { return struct{}{}, r.Bot(name) }
	if _, err := Bots(rb.Header, seat); err != nil {
		return nil, SeatError(rb.Path, err)
	}
	w, err := Append(rb.Path, rb.ValidBytes)
	if err != nil {
		return nil, at(rb.Path, 0, nil, "cannot reopen the journal to continue it: %v", plain(err))
	}
	note := ResumeNote{At: now, Version: version, Hash: rb.Scenario.Hash, Inputs: len(rb.Events), Forced: rb.Forced}
	if rb.Truncated {
		note.Dropped = rb.Dropped
	}
	if err := w.Resumed(note); err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}

// SeatError is an error of Bots as an error of the journal at path,
// on its header's line.
func SeatError(path string, err error) *Error {
	return &Error{Path: path, Line: 1, Msg: err.Error(), Zh: bilingual.Say(err, "zh")}
}

// plain is an I/O error without the path wrapped around it.
func plain(err error) error {
	for {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return pe.Err
		}
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}
