// Package host serves Brink over SSH: one Bubble Tea program per session,
// many sessions per table, many tables per host. Every participant joins with
// a plain ssh client; the SSH user names the seat (t1-us, t1-observer,
// facilitator) and the password is the seat's join code. The games live in
// the host, not in the sessions, so a dropped seat reconnects and finds its
// game where it was.
package host

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"charm.land/ssh"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/table"
)

// Config is a host's settings.
type Config struct {
	Scenario     *scenario.Scenario
	Source       string // the built-in id or file the scenario came from
	Tables       int
	Listen       string // default 127.0.0.1:2222
	HostKeyPath  string
	TurnTime     time.Duration
	Lang         bilingual.Lang
	Seed         uint64            // table n plays seed+n-1
	Bots         map[string]string // team → bot policy, for seats no person takes
	JournalDir   string            // "" for no journals
	Version      string
	MaxSessions  int           // participants' sessions at once, default 256; the facilitator's come on top
	SeatSessions int           // sessions at once on one seat, default 8
	IdleTimeout  time.Duration // a session that types nothing this long is ended; default 30 minutes
	// Bounds on connections that have not joined yet (defaults 30 s, 256,
	// 16), and how long a write to a client may take (default 20 s).
	HandshakeTimeout  time.Duration
	MaxPending        int
	MaxPendingPerAddr int
	WriteTimeout      time.Duration
	NoAnimation       bool // meters jump to their new values at the reveal
	Logger            *slog.Logger
	Now               func() time.Time
}

// Host is a running set of tables and the seats that reach them.
type Host struct {
	cfg    Config
	dir    string // the folder of this hosted game's journals and seats; "" without journals
	tables []*Table
	seats  map[string]*Seat
	log    *slog.Logger

	mu       sync.Mutex
	sessions map[*conn]struct{}
	// seatsMu makes each change of the seats' codes and its saving
	// (writeSeats) one act: two facilitators changing codes at once never
	// save a file without the other's change.
	seatsMu sync.Mutex

	gate     *gate
	attempts *attempts
	quiet    *quietLog

	srv     *ssh.Server
	stop    chan struct{}
	stopped sync.Once
}

// Table is one game at the host, with its clock.
type Table struct {
	N       int
	Table   *table.Table
	Journal *journal.Writer
	clock   clock

	// What tickAll alone keeps: whether the journal's failure was logged,
	// the round whose running out was logged, and, while the holds of the
	// undecided teams are refused, when to try again and how long it waited.
	journalDown bool
	ranOut      int
	retry       time.Time
	backoff     time.Duration
}

// conn is one SSH session: who it is and how to end it.
type conn struct {
	seat *Seat
	sess ssh.Session

	mu     sync.Mutex
	reason *bilingual.Msg // why it ends, said in the session's language
	stop   func()         // ends the session's program; nil until it runs
	asked  bool
}

// quit asks the session to end, for reason; it never blocks. Asked before
// the session's program runs, the program ends as soon as it starts.
func (c *conn) quit(reason bilingual.Msg) {
	c.mu.Lock()
	if c.reason == nil {
		c.reason = &reason
	}
	stop := c.stop
	c.asked = true
	c.mu.Unlock()
	if stop != nil {
		stop()
	}
}

// running gives the session the function that ends its program, and calls
// it at once if the session was already asked to end.
func (c *conn) running(stop func()) {
	c.mu.Lock()
	c.stop = stop
	asked := c.asked
	c.mu.Unlock()
	if asked {
		stop()
	}
}

// why is the reason the session ends, if it was asked to.
func (c *conn) why() *bilingual.Msg {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reason
}

// New makes a host: its tables, journals and join codes. Serve starts it.
// With a JournalDir, the tables' journals and the seats' codes go into a
// folder of their own there (see Resume).
func New(cfg Config) (*Host, error) {
	h, err := newHost(cfg)
	if err != nil {
		return nil, err
	}
	cfg = h.cfg
	s := cfg.Scenario
	bots, seatNames, err := botsOf(s, cfg.Bots)
	if err != nil {
		return nil, err
	}
	if cfg.JournalDir != "" {
		if h.dir, err = newGameDir(cfg.JournalDir, s.ID, cfg.Now()); err != nil {
			// The first table's journal is the first that cannot be made.
			return nil, zhMsg.Errorf("journal for table %d: %w", 1, err)
		}
	}
	for n := 1; n <= cfg.Tables; n++ {
		seed := cfg.Seed + uint64(n-1)
		g := engine.New(s, seed)
		tb := &Table{N: n}
		var rec table.Recorder
		if h.dir != "" {
			path := filepath.Join(h.dir, tableJournal(h.dir, n))
			w, err := journal.Create(path, journal.Header{Version: cfg.Version, Scenario: s.ID, Source: cfg.Source, Hash: s.Hash,
				Seed: seed, Seats: seatNames, Lang: cfg.Lang, Started: cfg.Now().UTC(), Table: fmt.Sprintf("t%d", n), Secrets: g.Secrets()})
			if err != nil {
				h.closeJournals()
				return nil, zhMsg.Errorf("journal for table %d: %w", n, err)
			}
			tb.Journal, rec = w, w
		}
		tb.Table = table.New(g, bots, rec, cfg.Now)
		tb.clock = clock{turn: cfg.TurnTime}
		h.tables = append(h.tables, tb)
	}
	h.makeSeats(bots, nil)
	if err := h.writeSeats(); err != nil {
		h.closeJournals()
		return nil, err
	}
	return h, nil
}

// newHost is a host with its settings' defaults, and no tables yet.
func newHost(cfg Config) (*Host, error) {
	if cfg.Scenario == nil {
		return nil, zhMsg.Errorf("no scenario")
	}
	if cfg.Tables < 1 {
		cfg.Tables = 1
	}
	if cfg.Tables > 99 {
		return nil, zhMsg.Errorf("--tables %d: at most 99 tables", cfg.Tables)
	}
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:2222"
	}
	if cfg.MaxSessions == 0 {
		cfg.MaxSessions = 256
	}
	if cfg.SeatSessions == 0 {
		cfg.SeatSessions = 8
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = 30 * time.Minute
	}
	if cfg.HandshakeTimeout == 0 {
		cfg.HandshakeTimeout = defaultHandshakeTimeout
	}
	if cfg.MaxPending == 0 {
		cfg.MaxPending = defaultMaxPending
	}
	if cfg.MaxPendingPerAddr == 0 {
		cfg.MaxPendingPerAddr = defaultMaxPendingPerIP
	}
	if cfg.WriteTimeout == 0 {
		cfg.WriteTimeout = defaultWriteTimeout
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Lang == "" {
		cfg.Lang = "en"
	}
	return &Host{cfg: cfg, seats: map[string]*Seat{}, log: cfg.Logger, sessions: map[*conn]struct{}{}, stop: make(chan struct{}),
		gate: newGate(cfg), attempts: newAttempts(rememberedAddrs, cfg.Now), quiet: newQuietLog()}, nil
}

// botsOf is the bot policy of each computer-played team, and every team's
// seat as the journal names it.
func botsOf(s *scenario.Scenario, names map[string]string) (map[string]bot.Policy, map[string]string, error) {
	bots := map[string]bot.Policy{}
	seatNames := map[string]string{}
	for _, t := range s.Teams {
		seatNames[t.ID] = journal.Human
		if name, ok := names[t.ID]; ok {
			p, err := bot.Get(name)
			if err != nil {
				return nil, nil, err
			}
			bots[t.ID] = p
			seatNames[t.ID] = name
		}
	}
	return bots, seatNames, nil
}

// makeSeats makes every table's seats and the facilitator's, with the codes
// given (on a resume), else new ones.
func (h *Host) makeSeats(bots map[string]bot.Policy, codes map[string]string) {
	code := func(user string) string {
		if c, ok := codes[user]; ok && c != "" {
			return c
		}
		return newCode()
	}
	for _, tb := range h.tables {
		for _, t := range h.cfg.Scenario.Teams {
			if bots[t.ID] != nil {
				continue
			}
			u := teamUser(tb.N, t.ID)
			h.seats[u] = &Seat{User: u, Table: tb.N, Team: t.ID, Role: RoleTeam, Code: code(u)}
		}
		u := observerUser(tb.N)
		h.seats[u] = &Seat{User: u, Table: tb.N, Role: RoleObserver, Code: code(u)}
	}
	h.seats[FacilitatorUser] = &Seat{User: FacilitatorUser, Role: RoleFacilitator, Code: code(FacilitatorUser)}
}

// Tables lists the host's tables.
func (h *Host) Tables() []*Table { return h.tables }

// Seats lists every seat in order: the facilitator, then each table's teams
// and observers.
func (h *Host) Seats() []*Seat {
	out := make([]*Seat, 0, len(h.seats))
	for _, s := range h.seats {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Table != b.Table {
			return a.Table < b.Table
		}
		if a.Role != b.Role {
			return a.Role < b.Role
		}
		return h.cfg.Scenario.TeamIndex(a.Team) < h.cfg.Scenario.TeamIndex(b.Team)
	})
	return out
}

// Addr is the address the host listens on (after Listen).
func (h *Host) Addr() string { return h.cfg.Listen }

// JoinCommand is the command a participant types to take seat.
func (h *Host) JoinCommand(seat *Seat, hostname string) string {
	host, port, err := net.SplitHostPort(h.cfg.Listen)
	if err != nil {
		host, port = h.cfg.Listen, "22"
	}
	if hostname != "" {
		host = hostname
	} else if host == "" || host == "0.0.0.0" || host == "::" {
		host = "HOST"
	}
	if port == "22" {
		return fmt.Sprintf("ssh %s@%s", seat.User, host)
	}
	return fmt.Sprintf("ssh -p %s %s@%s", port, seat.User, host)
}

// Shutdown stops listening, tells every session, and waits until they have
// ended or ctx is done; then it closes every connection and the journals.
// Clients can delay it only until ctx's deadline.
func (h *Host) Shutdown(ctx context.Context) error {
	var err error
	h.stopped.Do(func() {
		close(h.stop)
		if h.srv != nil {
			// Closes the listeners; the connections are closed below.
			now, cancel := context.WithCancel(ctx)
			cancel()
			h.srv.Shutdown(now)
		}
		for _, c := range h.conns(func(*conn) bool { return true }) {
			c.quit(zhMsg.Msg("The host is shutting down. Every game is saved in its journal."))
		}
		t := time.NewTicker(10 * time.Millisecond)
		for len(h.conns(func(*conn) bool { return true })) > 0 {
			select {
			case <-ctx.Done():
				err = ctx.Err()
			case <-t.C:
				continue
			}
			break
		}
		t.Stop()
		if h.srv != nil {
			h.srv.Close()
		}
		h.gate.closeAll()
		h.closeJournals()
	})
	return err
}

// conns lists the sessions that match.
func (h *Host) conns(match func(*conn) bool) []*conn {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []*conn
	for c := range h.sessions {
		if match(c) {
			out = append(out, c)
		}
	}
	return out
}

func (h *Host) closeJournals() {
	for _, t := range h.tables {
		if t.Journal != nil {
			t.Journal.Close()
		}
	}
}

func (h *Host) table(n int) *Table {
	if n < 1 || n > len(h.tables) {
		return nil
	}
	return h.tables[n-1]
}

// FreeSeat disconnects every session on a seat. It never waits for them.
func (h *Host) FreeSeat(user string) int {
	conns := h.conns(func(c *conn) bool { return c.seat.User == user })
	for _, c := range conns {
		c.quit(zhMsg.Msg("The facilitator freed this seat."))
	}
	h.log.Info("seat freed", "seat", user, "sessions", len(conns))
	return len(conns)
}

// NewCode gives a seat a new join code and ends the sessions that joined
// with the old one. It returns the new code and how many sessions ended.
func (h *Host) NewCode(user string) (string, int, error) {
	seat, ok := h.seats[user]
	if !ok {
		return "", 0, zhMsg.Errorf("no seat %s", user)
	}
	code := newCode()
	h.seatsMu.Lock()
	defer h.seatsMu.Unlock()
	h.mu.Lock()
	old := seat.Code
	seat.Code = code
	h.mu.Unlock()
	if err := h.writeSeats(); err != nil {
		// The file keeps the old code, and so does the seat: a resumed
		// host must not bring back a code the facilitator was told is gone.
		h.mu.Lock()
		seat.Code = old
		h.mu.Unlock()
		h.log.Error("join code not changed: the seats' codes could not be saved", "seat", user, "error", err)
		return "", 0, zhMsg.Errorf("%s keeps its join code, as the new one could not be saved: %w", user, err)
	}
	conns := h.conns(func(c *conn) bool { return c.seat.User == user })
	for _, c := range conns {
		c.quit(zhMsg.Msg("The facilitator changed this seat's join code."))
	}
	h.log.Info("join code changed", "seat", user, "sessions", len(conns))
	return code, len(conns), nil
}

// Code is a seat's join code now.
func (h *Host) Code(user string) string {
	code, _ := h.codeOf(user)
	return code
}

// Connected counts the sessions on each seat.
func (h *Host) Connected() map[string]int {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := map[string]int{}
	for c := range h.sessions {
		out[c.seat.User]++
	}
	return out
}

// Scenario is the scenario the host's tables play.
func (h *Host) Scenario() *scenario.Scenario { return h.cfg.Scenario }
