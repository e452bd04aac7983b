// Package scenario owns Brink's scenario format: the TOML types, the loader
// that reports every problem with its file:line:col, and the conditions that
// read a game's meters, flags, channels and history.
package scenario

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/brink-ttx/brink/game/bilingual"
)

// Problem is one thing wrong with a scenario file.
type Problem struct {
	File string
	Pos  Pos
	Msg  string // in English
	Zh   string // in Chinese; "" where the loader has no Chinese for it
}

func (p Problem) Error() string { return p.In("en") }

// In is the problem as `file:line:col: message`, the message in lang
// (English where it has no Chinese).
func (p Problem) In(lang bilingual.Lang) string { return located(p.File, p.Pos, p.Message(lang)) }

// Message is the message alone, in lang (English where it has no Chinese).
func (p Problem) Message(lang bilingual.Lang) string { return inLang(lang, p.Msg, p.Zh) }

// problem is a message at a position in file, in English and Chinese.
func problem(file string, pos Pos, m bilingual.Sayer) Problem {
	return Problem{File: file, Pos: pos, Msg: m.In(bilingual.English), Zh: m.In(bilingual.Chinese)}
}

// located prefixes a line with `file:line:col: `, or as much of it as is known.
func located(file string, pos Pos, line string) string {
	if pos.Line > 0 {
		file += ":" + pos.String()
	}
	if file == "" {
		return line
	}
	return file + ": " + line
}

// inLang is zh when lang is Chinese and there is a Chinese, else en.
func inLang(lang bilingual.Lang, en, zh string) string {
	if lang == "zh" && zh != "" {
		return zh
	}
	return en
}

// Problems is every problem found in one file, in order of position.
type Problems []Problem

func (ps Problems) Error() string { return ps.In("en") }

// In is every problem, one a line, in lang.
func (ps Problems) In(lang bilingual.Lang) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.In(lang)
	}
	return strings.Join(lines, "\n")
}

// AsProblems returns the problems inside err, one per line of output.
func AsProblems(err error) Problems {
	var ps Problems
	if errors.As(err, &ps) {
		return ps
	}
	var p Problem
	if errors.As(err, &p) {
		return Problems{p}
	}
	return Problems{{Msg: err.Error()}}
}

// LoadFile reads and loads a scenario file.
func LoadFile(path string) (*Scenario, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		lib := library(cleanIOError(err))
		return nil, Problems{{File: path, Msg: lib.En, Zh: lib.Zh}}
	}
	return Load(path, data)
}

func cleanIOError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Load decodes, fills defaults and validates a scenario. It returns either a
// complete, valid scenario or Problems: never a partial one, never a panic.
func Load(file string, data []byte) (s *Scenario, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, Problems{problem(file, Pos{}, zhMsg.Msg("internal error while loading: %v", r))}
		}
	}()
	src := string(data)
	if strings.ContainsRune(src, 0) {
		return nil, Problems{problem(file, Pos{}, zhMsg.Msg("not a text file (it contains NUL bytes)"))}
	}
	s, undecoded, derr := decode(src)
	if derr != nil {
		return nil, decodeProblems(file, src, derr)
	}
	l := newLocator(src)
	v := &validator{s: s, file: file, loc: l}
	for _, k := range undecoded {
		v.unknownKey(k)
	}
	s.File = file
	s.memo = &sync.Map{}
	s.loc = l
	sum := sha256.Sum256(data)
	s.Hash = hex.EncodeToString(sum[:])
	s.applyDefaults()
	s.index = s.buildIndexes()
	v.validate()
	if len(v.probs) > 0 {
		sort.SliceStable(v.probs, func(i, j int) bool {
			a, b := v.probs[i].Pos, v.probs[j].Pos
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Col < b.Col
		})
		return nil, v.probs
	}
	return s, nil
}

// decode reads src into a fresh Scenario with BurntSushi/toml and lists the
// keys the format does not know.
func decode(src string) (*Scenario, []toml.Key, error) {
	s := &Scenario{}
	md, err := toml.Decode(src, s)
	if err != nil {
		return nil, nil, err
	}
	return s, md.Undecoded(), nil
}

// maxTypeProblems bounds how many wrong types one load reports (each costs
// a decode of the file).
const maxTypeProblems = 10

// decodeProblems is every wrong type in src, each at its position, or the
// one syntax error. The decoder stops at the first wrong type: its line is
// blanked (the positions of the rest stay) and the file decoded again, as
// long as the file still reads as TOML and what comes next is another wrong
// type on another line.
func decodeProblems(file, src string, err error) Problems {
	ps := Problems{decodeProblem(file, src, err)}
	seen := map[int]bool{}
	for len(ps) < maxTypeProblems && wellFormed(src) {
		line := errLine(err)
		if line <= 0 || seen[line] {
			break
		}
		seen[line] = true
		src = blankLine(src, line)
		if _, err = toml.Decode(src, &Scenario{}); err == nil || !wellFormed(src) {
			break
		}
		if l := errLine(err); l > 0 && !seen[l] {
			ps = append(ps, decodeProblem(file, src, err))
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Pos.Line < ps[j].Pos.Line })
	return ps
}

// wellFormed reports whether src reads as TOML, whatever its types.
func wellFormed(src string) bool {
	var any map[string]any
	_, err := toml.Decode(src, &any)
	return err == nil
}

// errLine is the line a decoder's error is on, 0 if it has none.
func errLine(err error) int {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return pe.Position.Line
	}
	m := decodeErrRe.FindStringSubmatch(strings.TrimPrefix(err.Error(), "toml: "))
	if m == nil || m[1] == "" {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// blankLine replaces line n (from 1) of src with spaces.
func blankLine(src string, n int) string {
	start := 0
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src[start:], '\n')
		if j < 0 {
			return src
		}
		start += j + 1
	}
	end := strings.IndexByte(src[start:], '\n')
	if end < 0 {
		end = len(src) - start
	}
	return src[:start] + strings.Repeat(" ", end) + src[start+end:]
}

// decodeProblem turns a decoder error into one positioned line.
func decodeProblem(file, src string, err error) Problem {
	// A syntax error, or what a scenario type's UnmarshalTOML said: the
	// decoder's message, after the key it is about.
	var pe toml.ParseError
	if errors.As(err, &pe) {
		pos := Pos{pe.Position.Line, pe.Position.Col}
		lib := library(strings.TrimPrefix(pe.Message, "toml: "))
		var m bilingual.Sayer = lib
		if pe.LastKey != "" && !strings.Contains(pe.Message, pe.LastKey) {
			if lib.Zh != "" {
				m = zhMsg.Msg("%s: %s", pe.LastKey, lib)
			} else {
				m = bilingual.Pair{En: pe.LastKey + ": " + lib.En} // English alone, key and all
			}
		}
		return problem(file, pos, m)
	}
	// A wrong type: the decoder says only `line N (last key "k"):
	// incompatible types: …`, in text.
	msg := strings.TrimPrefix(err.Error(), "toml: ")
	var line int
	var said bilingual.Sayer = bilingual.Pair{En: msg}
	if m := decodeErrRe.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		key, rest := m[2], m[3]
		var what bilingual.Sayer
		if t := typeErrRe.FindStringSubmatch(rest); t != nil {
			what = zhMsg.Msg("must be %s, not %s", article(t[2]), article(t[1]))
		} else if t := mismatchErrRe.FindStringSubmatch(rest); t != nil {
			what = zhMsg.Msg("must be %s, not %s", article("table"), article(t[1]))
		} else if lib := library(rest); lib.Zh != "" {
			what = lib
		}
		switch {
		case what == nil && key != "":
			said = bilingual.Pair{En: stripIndices(key) + ": " + rest}
		case what == nil:
			said = bilingual.Pair{En: rest}
		case key != "":
			said = zhMsg.Msg("%s: %s", stripIndices(key), what)
		default:
			said = what
		}
	}
	return problem(file, Pos{Line: line, Col: lineCol(src, line)}, said)
}

// lineCol is the column of the first non-blank character of a line.
func lineCol(src string, line int) int {
	if line <= 0 {
		return 0
	}
	lines := strings.SplitN(src, "\n", line+1)
	if line > len(lines) {
		return 1
	}
	return len(lines[line-1]) - len(strings.TrimLeft(lines[line-1], " \t")) + 1
}

// Default meters: a scenario declares only what it changes.
func defaultMeters() []Meter {
	return []Meter{
		{ID: "tension", Name: Text{"en": "Tension", "zh": "紧张度"}, Min: 0, Max: 100, Start: 30,
			Thresholds: map[string]int{"resolved": 30, "crisis": 60, "catastrophe": 90}},
		{ID: "trust", Name: Text{"en": "Trust", "zh": "互信"}, Min: 0, Max: 100, Start: 40,
			Thresholds: map[string]int{"low": 25, "resolved": 55}},
		{ID: "interests", Name: Text{"en": "Interests", "zh": "利益"}, PerTeam: true, Min: 0, Max: 100, Start: 50,
			Thresholds: map[string]int{}},
	}
}

func (s *Scenario) applyDefaults() {
	// The default meters come first, in their order, each replaced by the
	// file's own declaration of it; then the file's other meters.
	declared := map[string]int{}
	for i := range s.Meters {
		s.Meters[i].at = i
		if _, dup := declared[s.Meters[i].ID]; !dup {
			declared[s.Meters[i].ID] = i
		}
	}
	var meters []Meter
	used := map[int]bool{}
	for _, d := range defaultMeters() {
		if i, ok := declared[d.ID]; ok {
			m := s.Meters[i]
			if m.Name.Empty() {
				m.Name = d.Name
			}
			meters = append(meters, m)
			used[i] = true
		} else {
			d.at = -1
			meters = append(meters, d)
		}
	}
	for i := range s.Meters {
		if !used[i] {
			meters = append(meters, s.Meters[i])
		}
	}
	s.Meters = meters
	for i := range s.Meters {
		m := &s.Meters[i]
		if m.Max == 0 && m.Min == 0 {
			m.Max = 100
		}
		if m.Thresholds == nil {
			m.Thresholds = map[string]int{}
		}
	}
	for i := range s.Teams {
		if s.Teams[i].Short == "" {
			s.Teams[i].Short = strings.ToUpper(s.Teams[i].ID)
		}
	}
	for i := range s.Injects {
		in := &s.Injects[i]
		if in.Weight == 0 {
			in.Weight = 1
		}
		for t := range in.Options {
			for k := range in.Options[t] {
				if in.Options[t][k].Visibility == "" {
					in.Options[t][k].Visibility = "private"
				}
			}
		}
	}
}

var (
	decodeErrRe = regexp.MustCompile(`^(?:line (\d+) )?(?:\(last key "([^"]*)"\): )?(.*)$`)
	typeErrRe   = regexp.MustCompile(`incompatible types: TOML value has type (\S+); destination has type (\S+)`)
	// A table in the Go types given something else: `scoring = 3`.
	mismatchErrRe = regexp.MustCompile(`^type mismatch for \S+: expected table but found (\S+)$`)
)

// article names a type the decoder names, as a message says it.
func article(typ string) bilingual.Sayer {
	switch typ {
	case "integer", "int", "int64", "uint64":
		return zhMsg.Msg("a whole number")
	case "float", "float64":
		return zhMsg.Msg("a number")
	case "string":
		return zhMsg.Msg("a string")
	case "bool", "boolean":
		return zhMsg.Msg("true or false")
	case "array", "slice", "[]any", "[]map[string]any":
		return zhMsg.Msg("an array")
	case "table", "struct", "map", "map[string]any":
		return zhMsg.Msg("a table")
	case "time.Time":
		return zhMsg.Msg("a date or time")
	}
	return bilingual.Pair{En: typ}
}
