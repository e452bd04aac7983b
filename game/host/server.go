package host

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"github.com/charmbracelet/colorprofile"
	gossh "golang.org/x/crypto/ssh"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/tui"
)

// Listen binds the host's address and builds the SSH server. It returns the
// listener for Serve; tests listen on port 0 and read Addr.
func (h *Host) Listen() (net.Listener, error) {
	opts := []ssh.Option{
		wish.WithAddress(h.cfg.Listen),
		wish.WithPasswordAuth(h.passwordHandler),
		wish.WithKeyboardInteractiveAuth(h.keyboardInteractive),
		wish.WithMiddleware(h.middleware),
		wish.WithVersion("brink"),
		ssh.WrapConn(h.wrapConn),
		func(srv *ssh.Server) error {
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": h.sessionChannel}
			return nil
		},
	}
	if h.cfg.HostKeyPath != "" {
		if err := os.MkdirAll(filepath.Dir(h.cfg.HostKeyPath), 0o700); err != nil {
			return nil, zhMsg.Errorf("host key %s: %w", h.cfg.HostKeyPath, err)
		}
		opts = append(opts, wish.WithHostKeyPath(h.cfg.HostKeyPath))
	}
	srv, err := wish.NewServer(opts...)
	if err != nil {
		if h.cfg.HostKeyPath != "" {
			// The only option that can fail: the key cannot be read,
			// written or parsed.
			var pe *fs.PathError
			if errors.As(err, &pe) && pe.Path == h.cfg.HostKeyPath {
				err = pe.Err
			}
			return nil, zhMsg.Errorf("host key %s: %w", h.cfg.HostKeyPath, err)
		}
		return nil, err
	}
	h.srv = srv
	// An IPv4 address (0.0.0.0 too) listens on IPv4 only: Go would make
	// 0.0.0.0 dual-stack, reachable over IPv6 as well.
	network := "tcp"
	if host, _, err := net.SplitHostPort(h.cfg.Listen); err == nil {
		if ip := net.ParseIP(host); ip != nil && ip.To4() != nil {
			network = "tcp4"
		}
	}
	ln, err := net.Listen(network, h.cfg.Listen)
	if err != nil {
		return nil, err
	}
	h.cfg.Listen = ln.Addr().String()
	return ln, nil
}

// Serve serves SSH sessions on ln and runs the tables' clocks until Shutdown.
func (h *Host) Serve(ln net.Listener) error {
	go func() {
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-h.stop:
				return
			case <-t.C:
				h.tickAll()
			}
		}
	}()
	err := h.srv.Serve(ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// langOf picks a session's language as the command line does: LC_ALL,
// else LC_MESSAGES, else LANG (the first that is set), else the host's.
func (h *Host) langOf(sess ssh.Session) bilingual.Lang {
	lang, _ := bilingual.Pick("", sshEnv(sess.Environ()).Getenv, h.cfg.Lang)
	return lang
}

// resizeEvery is the shortest time between two window sizes given to a
// session's program.
const resizeEvery = 100 * time.Millisecond

// quitGrace is how long a session's program has to end when asked before
// it is killed and its connection closed.
const quitGrace = time.Second

// middleware binds the session to its verified seat and runs its program.
// Nothing a client does can keep it from ending: window changes are
// coalesced, writes have a deadline, input is bounded, and asking it to
// quit never waits (see conn.quit).
func (h *Host) middleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		pty, windows, hasPty := sess.Pty() // read once: the library writes it on no later request
		if windows != nil {
			// The first size waits there; drained so the session's request
			// loop never waits on it.
			go func() {
				for range windows {
				}
			}()
		}
		size := sizeOf(sess)
		if size == nil {
			size = newWinSlot()
		}
		if hasPty && !size.known() {
			size.set(pty.Window)
		}
		lang := h.langOf(sess)
		seat := h.seatOf(sess)
		if seat == nil {
			h.fatal(sess, lang, zhMsg.Msg("brink: this session has no verified seat"))
			return
		}
		if !hasPty {
			h.fatal(sess, lang, zhMsg.Msg("brink: a terminal is needed: connect with ssh -t"))
			return
		}
		closeConn := func() { closeSession(sess) }
		out := &deadlineWriter{w: sess, timeout: h.cfg.WriteTimeout, expire: closeConn}
		c := &conn{seat: seat, sess: sess}
		code, _ := sess.Context().Value(codeKey).(string)
		if why, ok := h.admitSession(c, code); !ok {
			h.quietly(seat.User, slog.LevelWarn, "session refused", "seat", seat.User, "why", why.In("en"))
			h.fatal(sess, lang, why)
			return
		}
		hostEnded := false
		defer func() {
			// Once the session no longer counts (the deferred calls below
			// run first), so that its participant may join again at once.
			if hostEnded {
				sess.Exit(1)
			}
		}()
		if gc := guardOf(sess.Context()); gc != nil {
			gc.sessionStarted()
			defer gc.sessionEnded()
		}
		defer func() {
			h.mu.Lock()
			delete(h.sessions, c)
			h.mu.Unlock()
			h.quietly(seat.User, slog.LevelInfo, "leave", "seat", seat.User)
		}()
		model, common, err := h.model(seat, sess, pty)
		if err != nil {
			h.fatal(sess, lang, zhMsg.Msg("brink: %v", err))
			return
		}
		ctx, cancel := context.WithCancel(sess.Context())
		defer cancel()
		in := newSessionInput(ctx, sess, time.Now())
		// The session's own terminal: its colour profile, its environment
		// (never the host's), its size from the first frame. The alternate
		// screen and the mouse are the views' (tui.Frame).
		env := sessionEnv(sess, pty.Term)
		p := tea.NewProgram(model, tea.WithInput(in), tea.WithOutput(out),
			tea.WithColorProfile(common.Profile), tea.WithEnvironment(env), tea.WithWindowSize(size.get().Width, size.get().Height),
			tea.WithoutSignalHandler(), tea.WithContext(ctx))
		ended := make(chan struct{})
		var stopping sync.Once
		c.running(func() { stopping.Do(func() { go stopProgram(p, ended, closeConn) }) })
		select {
		case <-h.stop:
			// The host began to shut down while this session started.
			c.quit(zhMsg.Msg("The host is shutting down. Every game is saved in its journal."))
		default:
		}
		go func() {
			// The latest size, at most a few times a second: each one is a
			// full redraw.
			for {
				select {
				case <-ctx.Done():
					return
				case <-size.changed:
					w := size.get()
					p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
				}
				select {
				case <-ctx.Done():
					return
				case <-time.After(resizeEvery):
				}
			}
		}()
		go h.watchIdle(ctx, in, c)
		if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, context.Canceled) {
			h.quietly(seat.User, slog.LevelWarn, "session ended with an error", "seat", seat.User, "error", err)
		}
		close(ended)
		cancel()
		if m, ok := model.(interface{ Close() }); ok {
			m.Close()
		}
		if r := c.why(); r != nil {
			// In the language the session reads now (F2 may have switched
			// it); the host ended it, so it exits with status 1, as a
			// refused session does.
			fmt.Fprintf(out, "\r\n%s\r\n", r.In(common.Lang))
			hostEnded = true
			return
		}
		next(sess)
	}
}

// admitSession takes a session in if it joined with its seat's code as it
// is now and its seat and the host have room: each
// seat holds at most SeatSessions, the participants at most MaxSessions
// together; the facilitator's seat is never kept out by the participants.
func (h *Host) admitSession(c *conn, code string) (bilingual.Msg, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if code != c.seat.Code {
		// Checked with the seats locked: a session that joined with a code
		// the facilitator has just replaced never slips in after NewCode
		// ended the seat's sessions.
		return zhMsg.Msg("The facilitator changed this seat's join code."), false
	}
	onSeat, participants := 0, 0
	for o := range h.sessions {
		if o.seat == c.seat {
			onSeat++
		}
		if o.seat.Role != RoleFacilitator {
			participants++
		}
	}
	switch {
	case onSeat >= h.cfg.SeatSessions:
		return zhMsg.Msg("brink: this seat already has %d sessions; try again later", h.cfg.SeatSessions), false
	case c.seat.Role != RoleFacilitator && participants >= h.cfg.MaxSessions:
		return zhMsg.Msg("brink: the host is full; try again later"), false
	}
	h.sessions[c] = struct{}{}
	return bilingual.Msg{}, true
}

// stopProgram asks a program to quit; if it has not ended in time (a
// client that stopped reading holds its writer until the write deadline),
// it kills it and closes its connection, which ends the write.
func stopProgram(p *tea.Program, ended <-chan struct{}, closeConn func()) {
	go p.Quit() // returns when the program ends
	select {
	case <-ended:
		return
	case <-time.After(quitGrace):
	}
	closeConn()
	p.Kill()
}

// watchIdle ends a session that has typed nothing for IdleTimeout. Only
// input counts: the screen's redraws (a running clock) do not.
func (h *Host) watchIdle(ctx context.Context, in *sessionInput, c *conn) {
	every := min(h.cfg.IdleTimeout/4, 10*time.Second)
	t := time.NewTicker(max(every, 50*time.Millisecond))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if time.Since(in.idleSince()) >= h.cfg.IdleTimeout {
				h.quietly(c.seat.User, slog.LevelInfo, "idle session ended", "seat", c.seat.User)
				c.quit(zhMsg.Msg("brink: this session was idle too long; connect again to go on"))
				return
			}
		}
	}
}

// connOf is the SSH connection a session runs on.
func connOf(sess ssh.Session) *gossh.ServerConn {
	c, _ := sess.Context().Value(ssh.ContextKeyConn).(*gossh.ServerConn)
	return c
}

// winSlot holds a session's latest window size; changed is signalled (at
// most once pending) when it changes.
type winSlot struct {
	mu      sync.Mutex
	w       ssh.Window
	changed chan struct{}
}

func newWinSlot() *winSlot { return &winSlot{changed: make(chan struct{}, 1)} }

// The largest screen a session's program draws: a larger terminal shows
// the game in its top-left corner. The program holds its screen cell by
// cell (two buffers of about 110 bytes a cell), so a client's claim of a
// vast window (10000 × 10000 is a valid request) would otherwise be
// memory the host must find: at most maxCells cells, about 22 MB.
const (
	maxCols  = 4000
	maxCells = 100_000
)

func (s *winSlot) set(w ssh.Window) {
	w.Width = min(w.Width, maxCols)
	w.Height = max(min(w.Height, maxCells/max(w.Width, 1)), 1)
	s.mu.Lock()
	s.w = w
	s.mu.Unlock()
	select {
	case s.changed <- struct{}{}:
	default:
	}
}

// known reports whether a size was set.
func (s *winSlot) known() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Width > 0
}

func (s *winSlot) get() ssh.Window {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w
}

// fatal tells a session, in its language, why it ends, and ends it; a
// client that does not read is cut at the write deadline.
func (h *Host) fatal(sess ssh.Session, lang bilingual.Lang, why bilingual.Msg) {
	w := &deadlineWriter{w: sess.Stderr(), timeout: h.cfg.WriteTimeout, expire: func() { closeSession(sess) }}
	fmt.Fprintf(w, "%s\r\n", why.In(lang))
	sess.Exit(1)
	sess.Close()
}

// closeSession closes the connection a session runs on: every write to it
// ends at once.
func closeSession(sess ssh.Session) {
	if c := connOf(sess); c != nil {
		c.Close()
		return
	}
	sess.Close()
}

// model builds the program for a seat: the game for a team or an observer,
// the console for the facilitator; and the Common it draws with, whose
// language is the session's.
func (h *Host) model(seat *Seat, sess ssh.Session, pty ssh.Pty) (tea.Model, *tui.Common, error) {
	lang := h.langOf(sess)
	common := tui.NewCommon(sessionProfile(sessionEnv(sess, pty.Term)), lang)
	common.ASCII = tui.EastAsianWide(sshEnv(sess.Environ()).Getenv) // the session's RUNEWIDTH_EASTASIAN
	if seat.Role == RoleFacilitator {
		return newConsole(h, common), common, nil
	}
	t := h.table(seat.Table)
	if t == nil {
		return nil, nil, zhMsg.Errorf("no table %d", seat.Table)
	}
	cfg := tui.Config{Lang: lang, Table: t.Table, Version: h.cfg.Version, Now: h.cfg.Now, NoAnimation: h.cfg.NoAnimation}
	if t.Journal != nil {
		// The file's name only: a participant has no business with the
		// host's folders.
		cfg.JournalPath = filepath.Base(t.Journal.Path())
	}
	if seat.Role == RoleTeam {
		cfg.Humans = []string{seat.Team}
	}
	cfg.Clock = func() (time.Duration, bool) {
		cs := t.Clock(h.cfg.Now())
		return cs.Remaining, cs.Running && !cs.Paused
	}
	return tui.New(cfg, common), common, nil
}

// sessionEnv is a session's environment with its terminal's TERM.
func sessionEnv(sess ssh.Session, term string) sshEnv {
	return append(sshEnv(sess.Environ()), "TERM="+term)
}

// sessionProfile is the colour profile of a session's terminal, from its
// environment (TERM, COLORTERM, NO_COLOR): no styles at all on a dumb
// terminal or with NO_COLOR. Its background is not asked for: a client
// that never answers must not matter, so sessions assume a dark one
// (tui.Common.Dark).
func sessionProfile(env sshEnv) colorprofile.Profile {
	if t := env.Getenv("TERM"); t == "" || t == "dumb" || env.Getenv("NO_COLOR") != "" {
		return colorprofile.NoTTY
	}
	return colorprofile.Env(env)
}

// sshEnv is a session's environment (NO_COLOR, COLORTERM, TERM, the locale).
type sshEnv []string

func (e sshEnv) Getenv(k string) string {
	for i := len(e) - 1; i >= 0; i-- {
		if key, v, ok := strings.Cut(e[i], "="); ok && key == k {
			return v
		}
	}
	return ""
}

// Fingerprint is the SHA256 fingerprint of the host's key, as ssh shows it
// on a first connection ("SHA256:…"), for participants to check; "" before
// Listen.
func (h *Host) Fingerprint() string {
	if h.srv == nil || len(h.srv.HostSigners) == 0 {
		return ""
	}
	return gossh.FingerprintSHA256(h.srv.HostSigners[0].PublicKey())
}
