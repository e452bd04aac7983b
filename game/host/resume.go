package host

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/table"
)

// A hosted game keeps its files in a folder of their own in the journal
// folder, named by its start and scenario ("20261206-210500-grid-implant-host",
// then -2, -3 … when taken): one journal per table and seats.json, the seats'
// join codes (mode 0600: they are the passwords). `brink host --resume DIR`
// brings the tables back from them, with the same seats and codes.
const seatsFile = "seats.json"

// seatsRecord is seats.json.
type seatsRecord struct {
	Type     string            `json:"type"` // "brink-host"
	Format   int               `json:"format"`
	Scenario string            `json:"scenario"`
	Tables   int               `json:"tables"`
	TurnTime string            `json:"turn_time,omitempty"`
	Bots     map[string]string `json:"bots,omitempty"`
	Codes    map[string]string `json:"codes"`    // seat → join code
	Journals []string          `json:"journals"` // each table's journal, in the folder
}

// tableJournal is the file name of table n's journal in the game's folder
// dir: the folder's name and the table's, unique wherever it is copied.
func tableJournal(dir string, n int) string {
	return fmt.Sprintf("%s-t%d.jsonl", strings.TrimSuffix(filepath.Base(dir), "-host"), n)
}

// newGameDir makes a new folder for a hosted game in dir: its name is
// unique even for two hosts started in the same second.
func newGameDir(dir, scenarioID string, now time.Time) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	base := filepath.Join(dir, fmt.Sprintf("%s-%s-host", now.UTC().Format("20060102-150405"), scenarioID))
	for n := 1; n < 1000; n++ {
		path := base
		if n > 1 {
			path = fmt.Sprintf("%s-%d", base, n)
		}
		err := os.Mkdir(path, 0o700)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return path, err
	}
	return "", zhMsg.Errorf("%s: too many hosted games named %s", dir, filepath.Base(base))
}

// Dir is the folder of this hosted game's journals and seats ("" without).
func (h *Host) Dir() string { return h.dir }

// writeSeats keeps the seats' codes beside the journals, replacing the file
// whole (written aside, then renamed), readable by the host's user only.
// Once the host serves, the caller holds h.seatsMu across the change of a
// code and its saving.
func (h *Host) writeSeats() error {
	if h.dir == "" {
		return nil
	}
	rec := seatsRecord{Type: "brink-host", Format: 1, Scenario: h.cfg.Scenario.ID, Tables: len(h.tables), Bots: h.cfg.Bots, Codes: map[string]string{}}
	if h.cfg.TurnTime > 0 {
		rec.TurnTime = h.cfg.TurnTime.String()
	}
	for _, t := range h.tables {
		if t.Journal != nil {
			rec.Journals = append(rec.Journals, filepath.Base(t.Journal.Path()))
		}
	}
	h.mu.Lock()
	for u, s := range h.seats {
		rec.Codes[u] = s.Code
	}
	h.mu.Unlock()
	data, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(h.dir, seatsFile)
	tmp, err := os.CreateTemp(h.dir, ".seats-*.tmp")
	if err != nil {
		return zhMsg.Errorf("%s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err == nil {
		_, err = tmp.Write(append(data, '\n'))
		if err == nil {
			err = tmp.Sync()
		}
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp.Name(), path)
		}
		if err == nil {
			return nil
		}
	}
	tmp.Close()
	return zhMsg.Errorf("%s: %w", path, err)
}

// LatestGame is the most recent hosted game's folder in dir.
func LatestGame(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var games []string
	for _, e := range entries {
		if e.IsDir() && strings.Contains(e.Name(), "-host") {
			if _, err := os.Stat(filepath.Join(dir, e.Name(), seatsFile)); err == nil {
				games = append(games, e.Name())
			}
		}
	}
	if len(games) == 0 {
		return "", zhMsg.Errorf("%s: no hosted game to resume", dir)
	}
	sort.Strings(games)
	return filepath.Join(dir, games[len(games)-1]), nil
}

// Resume brings a hosted game back from its folder: every table from its
// journal (an unfinished one where it was, its clock paused), every seat
// with its join code. cfg gives the host's other settings; its Scenario,
// Tables, Seed and Bots come from the folder, and its TurnTime too unless
// set. r finds the built-in scenarios and the computer players the journals
// name.
func Resume(dir string, cfg Config, r journal.Resolver) (*Host, error) {
	data, err := os.ReadFile(filepath.Join(dir, seatsFile))
	if err != nil {
		return nil, err
	}
	var rec seatsRecord
	if err := json.Unmarshal(data, &rec); err != nil || rec.Type != "brink-host" || rec.Tables < 1 || len(rec.Journals) != rec.Tables {
		return nil, zhMsg.Errorf("%s: not a hosted game's seats", filepath.Join(dir, seatsFile))
	}
	if cfg.TurnTime == 0 && rec.TurnTime != "" {
		cfg.TurnTime, _ = time.ParseDuration(rec.TurnTime)
	}
	cfg.Bots = rec.Bots
	cfg.Tables = rec.Tables
	var rebuilt []*journal.Rebuilt
	for _, name := range rec.Journals {
		rb, err := journal.Open(filepath.Join(dir, filepath.Base(name)), false, r)
		if err != nil {
			return nil, err
		}
		rebuilt = append(rebuilt, rb)
	}
	cfg.Scenario = rebuilt[0].Scenario
	cfg.Source = rebuilt[0].Header.Source
	cfg.Seed = rebuilt[0].Header.Seed
	h, err := newHost(cfg)
	if err != nil {
		return nil, err
	}
	h.dir = dir
	cfg = h.cfg
	bots, _, err := botsOf(cfg.Scenario, rec.Bots)
	if err != nil {
		return nil, err
	}
	for i, rb := range rebuilt {
		w, err := rb.Continue(cfg.Version, cfg.Now(), r)
		if err != nil {
			h.closeJournals()
			return nil, err
		}
		tb := &Table{N: i + 1, Journal: w}
		tb.Table = table.New(rb.Game, bots, w, cfg.Now)
		tb.clock = clock{turn: cfg.TurnTime}
		if cfg.TurnTime > 0 && !rb.Game.Over() {
			// Paused where it stopped: the facilitator resumes it (p).
			tb.clock.running, tb.clock.paused, tb.clock.remaining = true, true, cfg.TurnTime
			tb.Table.With(func(g *engine.Game) { tb.clock.round = g.RoundNumber() })
		}
		h.tables = append(h.tables, tb)
		for _, note := range rb.Notes() {
			h.log.Warn(note)
		}
	}
	h.makeSeats(bots, rec.Codes)
	return h, nil
}
