package host

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	"github.com/charmbracelet/wish/bubbletea"
	"github.com/muesli/termenv"

	"github.com/brink-ttx/brink/game/tui"
)

// Listen binds the host's address and builds the SSH server. It returns the
// listener for Serve; tests listen on port 0 and read Addr.
func (h *Host) Listen() (net.Listener, error) {
	opts := []ssh.Option{
		wish.WithAddress(h.cfg.Listen),
		wish.WithPasswordAuth(h.passwordHandler),
		wish.WithKeyboardInteractiveAuth(h.keyboardInteractive),
		wish.WithIdleTimeout(h.cfg.IdleTimeout),
		wish.WithMiddleware(h.middleware),
		wish.WithVersion("brink"),
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
	ln, err := net.Listen("tcp", h.cfg.Listen)
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

// langOf picks a session's language from its LANG, else the host's.
func (h *Host) langOf(sess ssh.Session) string {
	for _, kv := range sess.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		if (k == "LC_ALL" || k == "LC_MESSAGES" || k == "LANG") && v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return "zh"
			}
			return "en"
		}
	}
	return h.cfg.Lang
}

// middleware binds the session to its verified seat and runs its program.
func (h *Host) middleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		lang := h.langOf(sess)
		seat := h.seatOf(sess)
		if seat == nil {
			fatal(sess, lang, say("brink: this session has no verified seat"))
			return
		}
		_, windows, hasPty := sess.Pty()
		if !hasPty {
			fatal(sess, lang, say("brink: a terminal is needed: connect with ssh -t"))
			return
		}
		model, common, err := h.model(seat, sess)
		if err != nil {
			fatal(sess, lang, say("brink: %v", err))
			return
		}
		opts := append(bubbletea.MakeOptions(sess), tea.WithAltScreen(), tea.WithMouseCellMotion())
		p := tea.NewProgram(model, opts...)
		quit := make(chan message, 1)
		c := &conn{seat: seat, sess: sess, quit: func(r message) {
			select {
			case quit <- r:
			default:
			}
			p.Quit()
		}}
		h.mu.Lock()
		full := len(h.sessions) >= h.cfg.MaxSessions
		if !full {
			h.sessions[c] = struct{}{}
		}
		h.mu.Unlock()
		if full {
			if m, ok := model.(interface{ Close() }); ok {
				m.Close()
			}
			h.log.Warn("session refused: host full", "seat", seat.User)
			fatal(sess, lang, say("brink: the host is full; try again later"))
			return
		}
		defer func() {
			h.mu.Lock()
			delete(h.sessions, c)
			h.mu.Unlock()
			h.log.Info("leave", "seat", seat.User)
		}()
		ctx, cancel := context.WithCancel(sess.Context())
		go func() {
			for {
				select {
				case <-ctx.Done():
					p.Quit()
					return
				case w := <-windows:
					p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
				}
			}
		}()
		if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrProgramKilled) {
			h.log.Warn("session ended with an error", "seat", seat.User, "error", err)
		}
		p.Kill()
		cancel()
		if m, ok := model.(interface{ Close() }); ok {
			m.Close()
		}
		select {
		case reason := <-quit:
			// In the language the session reads now (F2 may have switched it).
			fmt.Fprintf(sess, "\r\n%s\r\n", reason.In(common.Lang))
		default:
		}
		next(sess)
	}
}

// fatal tells a session, in its language, why it ends, and ends it.
func fatal(sess ssh.Session, lang string, why message) {
	wish.Fatalln(sess, why.In(lang))
}

// model builds the program for a seat: the game for a team or an observer,
// the console for the facilitator; and the Common it draws with, whose
// language is the session's.
func (h *Host) model(seat *Seat, sess ssh.Session) (tea.Model, *tui.Common, error) {
	lang := h.langOf(sess)
	common := tui.NewCommon(renderer(sess), lang)
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
		cfg.JournalPath = t.Journal.Path()
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

// renderer makes a session's own lipgloss renderer from its TERM and
// environment. It does not ask the client's terminal for its background (as
// wish's MakeRenderer does): a client that never answers would hang the
// session, so sessions assume a dark background.
func renderer(sess ssh.Session) *lipgloss.Renderer {
	pty, _, _ := sess.Pty()
	env := append(sess.Environ(), "TERM="+pty.Term)
	if pty.Term == "" || pty.Term == "dumb" {
		return lipgloss.NewRenderer(sess, termenv.WithProfile(termenv.Ascii))
	}
	r := lipgloss.NewRenderer(sess, termenv.WithEnvironment(sshEnv(env)), termenv.WithUnsafe(), termenv.WithColorCache(true))
	r.SetHasDarkBackground(true)
	return r
}

// sshEnv is a session's environment for termenv (NO_COLOR, COLORTERM, TERM).
type sshEnv []string

func (e sshEnv) Environ() []string { return e }

func (e sshEnv) Getenv(k string) string {
	for i := len(e) - 1; i >= 0; i-- {
		if key, v, ok := strings.Cut(e[i], "="); ok && key == k {
			return v
		}
	}
	return ""
}
