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
	"runtime"
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
// keys the format does not know. A large file is read in two halves at
// once when it safely can be (decodeHalves); otherwise, and whenever either
// half fails, it is read whole, so the result and every message are the
// whole file's.
func decode(src string) (*Scenario, []toml.Key, error) {
	if s, undecoded, ok := decodeHalves(src); ok {
		return s, undecoded, nil
	}
	return decodeWhole(src)
}

// halvesFrom is the size from which decode reads a file in two halves: a
// built-in scenario is 150–260 KB, and the decoder reads about 10 MB/s.
const halvesFrom = 64 << 10

// decodeHalves reads src as two documents at the same time: the text
// before an `[[injects]]` header line near its middle, and the text from
// that line on. It reports false, and the caller reads the file whole,
// unless the second half holds nothing but [[injects]] at its top level and
// the first half's injects, if any, are [[injects]] tables too. Then the
// file reads as the first half with the second half's injects appended: a
// TOML document is read top to bottom, an [[injects]] header starts a new
// element, and every header and key after it belongs to that element or a
// later one. A header line that is really inside a multi-line string or
// array leaves the first half unfinished, so the first half fails to read.
func decodeHalves(src string) (*Scenario, []toml.Key, bool) {
	if len(src) < halvesFrom || runtime.GOMAXPROCS(0) < 2 {
		return nil, nil, false
	}
	cut := injectsHeaderNear(src, len(src)/2)
	if cut <= 0 {
		return nil, nil, false
	}
	var (
		tail          = &Scenario{}
		tailUndecoded []toml.Key
		tailOK        bool
		done          = make(chan struct{})
	)
	go func() {
		defer close(done)
		defer func() { _ = recover() }() // the whole read says it (Load)
		md, err := toml.Decode(src[cut:], tail)
		if err != nil || md.Type("injects") != "ArrayHash" {
			return
		}
		for _, k := range md.Keys() {
			if k[0] != "injects" {
				return
			}
		}
		tailUndecoded, tailOK = md.Undecoded(), true
	}()
	head := &Scenario{}
	md, err := toml.Decode(src[:cut], head)
	var undecoded []toml.Key
	if err == nil {
		undecoded = md.Undecoded()
	}
	<-done
	if err != nil || !tailOK {
		return nil, nil, false
	}
	if t := md.Type("injects"); t != "" && t != "ArrayHash" {
		return nil, nil, false
	}
	head.Injects = append(head.Injects, tail.Injects...)
	return head, append(undecoded, tailUndecoded...), true
}

// injectsHeaderNear is the offset of the `[[injects]]` header line nearest
// after mid, else nearest before it; -1 if there is none.
func injectsHeaderNear(src string, mid int) int {
	const line = "\n[[injects]]"
	isLine := func(i int) bool {
		rest := src[i+len(line):]
		return strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r\n")
	}
	for from := mid; from < len(src); {
		i := strings.Index(src[from:], line)
		if i < 0 {
			break
		}
		if at := from + i; isLine(at) {
			return at + 1
		}
		from += i + len(line)
	}
	for to := mid; to > 0; {
		i := strings.LastIndex(src[:to], line)
		if i < 0 {
			break
		}
		if isLine(i) {
			return i + 1
		}
		to = i
	}
	return -1
}

// decodeWhole reads src into a fresh Scenario in one piece.
func decodeWhole(src string) (*Scenario, []toml.Key, error) {
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
	m := decodeErrRe().FindStringSubmatch(strings.TrimPrefix(err.Error(), "toml: "))
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
	pos, key, what := TOMLError(err)
	if pos.Col == 0 {
		pos.Col = lineCol(src, pos.Line)
	}
	if key != "" {
		if p, ok := what.(bilingual.Pair); ok && p.Zh == "" {
			what = bilingual.Pair{En: key + ": " + p.En} // English alone, key and all
		} else {
			what = zhMsg.Msg("%s: %s", key, what)
		}
	}
	return problem(file, pos, what)
}

// TOMLError is what BurntSushi/toml said of a document, for a reader of
// either language: where (a column only for a syntax error; no line if it
// gave none), the key it is about ("" when none, or when the message
// names it already), and what it said. The loader says a scenario's
// decoding errors with it, and the bots' a personality file's.
func TOMLError(err error) (pos Pos, key string, what bilingual.Sayer) {
	// A syntax error, or what a scenario type's UnmarshalTOML said: the
	// decoder's message, after the key it is about.
	var pe toml.ParseError
	if errors.As(err, &pe) {
		if pe.LastKey != "" && !strings.Contains(pe.Message, pe.LastKey) {
			key = pe.LastKey
		}
		return Pos{pe.Position.Line, pe.Position.Col}, key, library(strings.TrimPrefix(pe.Message, "toml: "))
	}
	// A wrong type: the decoder says only `line N (last key "k"):
	// incompatible types: …`, in text.
	msg := strings.TrimPrefix(err.Error(), "toml: ")
	m := decodeErrRe().FindStringSubmatch(msg)
	if m == nil {
		return Pos{}, "", bilingual.Pair{En: msg}
	}
	pos.Line, _ = strconv.Atoi(m[1])
	key, rest := stripIndices(m[2]), m[3]
	if t := typeErrRe().FindStringSubmatch(rest); t != nil {
		return pos, key, zhMsg.Msg("must be %s, not %s", article(t[2]), article(t[1]))
	}
	if t := mismatchErrRe().FindStringSubmatch(rest); t != nil {
		return pos, key, zhMsg.Msg("must be %s, not %s", article("table"), article(t[1]))
	}
	return pos, key, library(rest)
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
	decodeErrRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:line (\d+) )?(?:\(last key "([^"]*)"\): )?(.*)$`)
	})
	typeErrRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`incompatible types: TOML value has type (\S+); destination has type (\S+)`)
	})
	// A table in the Go types given something else: `scoring = 3`.
	mismatchErrRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^type mismatch for \S+: expected table but found (\S+)$`)
	})
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
