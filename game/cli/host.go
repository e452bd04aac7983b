package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/host"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/scenario"
)

// hostKeyPath is the stable default place of the host's SSH key, so clients
// never see a changed key.
func hostKeyPath(getenv func(string) string) string {
	if d := getenv("XDG_CONFIG_HOME"); d != "" {
		return filepath.Join(d, "brink", "host_ed25519")
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "brink", "host_ed25519")
	}
	return filepath.Join(".", "brink_host_ed25519")
}

func cmdHost(c *Ctx, args []string) int {
	fs := newFlags("host")
	scen := fs.String("scenario", content.Default, "a built-in scenario id or a scenario file")
	tables := fs.Int("tables", 1, "how many independent games of the scenario (1–99)")
	listen := fs.String("listen", "127.0.0.1:2222", "address to listen on; a room's network needs e.g. 0.0.0.0:2222")
	keyPath := fs.String("host-key", "", "the host's SSH key (default: brink/host_ed25519 in the user's config folder)")
	turn := durationVar(fs, "turn-time", 0, "time for each decision, e.g. 3m; the facilitator starts, pauses and extends the clock")
	langFlag := fs.String("lang", "", "default language of sessions: en or zh (default: from LC_ALL, LC_MESSAGES or LANG; a session's own LANG overrides)")
	var seats seatFlags
	fs.Var(&seats, "seat", "TEAM=POLICY: a computer plays that team at every table (repeatable)")
	var seed seedFlag
	fs.Var(&seed, "seed", "the seed of table 1 (table n plays seed+n−1; default: drawn at random)")
	jdir := fs.String("journal-dir", "", "folder for the tables' journals (default: the brink data folder)")
	hostname := fs.String("hostname", "", "the name participants use to reach this machine, for the join commands")
	maxSessions := fs.Int("max-sessions", 256, "most participants' sessions at once (the facilitator's come on top)")
	seatSessions := fs.Int("seat-sessions", 8, "most sessions at once on one seat")
	idle := durationVar(fs, "idle", 30*time.Minute, "disconnect a session that types nothing this long")
	resume := fs.Bool("resume", false, "bring back a hosted game from its folder DIR (default: the latest in the journal folder), with the same seats and codes")
	logPath := fs.String("log", "", "write the host's log to FILE (default: stderr)")
	still := fs.Bool("no-animation", false, "meters jump to their new values at the reveal (lighter for many sessions)")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 1 || (len(pos) == 1 && !*resume) {
		return fail(c, "host", usageErr("takes no arguments (use --scenario), or one folder with --resume"))
	}
	if *seatSessions < 1 || *maxSessions < 1 {
		return fail(c, "host", usageErr("--max-sessions and --seat-sessions take at least 1"))
	}
	var err error
	lang, err := pickLang(c, *langFlag)
	if err != nil {
		return fail(c, "host", err)
	}
	if *tables < 1 || *tables > 99 {
		return fail(c, "host", usageErr("--tables %d: use 1 to 99", *tables))
	}
	var s *scenario.Scenario
	if !*resume {
		if s, err = loadScenario(*scen); err != nil {
			return fail(c, "host", err)
		}
	}
	bots := map[string]string{}
	for _, p := range seats {
		team, pol, ok := strings.Cut(p, "=")
		if *resume {
			return fail(c, "host", usageErr("--seat: a resumed game keeps its seats"))
		}
		if !ok || s.Team(team) == nil {
			return fail(c, "host", usageErr("--seat %q: use TEAM=POLICY with a team of %s", p, s.ID))
		}
		bots[team] = pol
	}
	if !seed.set {
		seed.v = uint64(c.Now().UnixNano())
	}
	if *jdir == "" {
		d, err := journal.Dir(c.Getenv)
		if err != nil {
			return fail(c, "host", err)
		}
		*jdir = d
	}
	if *keyPath == "" {
		*keyPath = hostKeyPath(c.Getenv)
	}
	logOut := c.Stderr
	if *logPath != "" {
		// The log names seats and addresses: the host's user's only.
		f, err := os.OpenFile(*logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			return fail(c, "host", err)
		}
		defer f.Close()
		logOut = f
	}
	cfg := host.Config{Scenario: s, Source: *scen, Tables: *tables, Listen: *listen, HostKeyPath: *keyPath,
		TurnTime: *turn, Lang: lang, Seed: seed.v, Bots: bots, JournalDir: *jdir, Version: version(),
		MaxSessions: *maxSessions, SeatSessions: *seatSessions, IdleTimeout: *idle, NoAnimation: *still,
		Logger: slog.New(slog.NewTextHandler(logOut, nil)), Now: c.Now}
	var h *host.Host
	if *resume {
		dir := ""
		if len(pos) == 1 {
			dir = pos[0]
		} else if dir, err = host.LatestGame(*jdir); err != nil {
			return fail(c, "host", err)
		}
		if h, err = host.Resume(dir, cfg, resolver); err != nil {
			return fail(c, "host", err)
		}
		s = h.Scenario()
		fmt.Fprint(c.Stderr, c.trf("brink host: resumed %s; every clock is paused (the facilitator's p starts it again)\n", dir))
	} else if h, err = host.New(cfg); err != nil {
		return fail(c, "host", err)
	}
	ln, err := h.Listen()
	if err != nil {
		h.Shutdown(context.Background())
		var oe *net.OpError
		if errors.As(err, &oe) {
			// What the system said, without the address said twice.
			return fail(c, "host", textErr("listen on %s: %v", *listen, oe.Err))
		}
		return fail(c, "host", err) // the host key
	}
	printSeats(c, h, s.Title.In(lang), *hostname)
	if fp := h.Fingerprint(); fp != "" {
		fmt.Fprint(c.Stdout, c.trf("\nThe host's key is %s: a participant's ssh shows it on the first connection; tell them to check it.\n", fp))
	}
	warnHost(c, *keyPath, h.Addr())
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sig)
	done := make(chan error, 1)
	go func() { done <- h.Serve(ln) }()
	select {
	case err := <-done:
		if err != nil {
			return fail(c, "host", err)
		}
	case <-sig:
		// The sessions are told and the journals closed within seconds,
		// whatever the clients do; a second signal stops waiting.
		ctx, cancel := context.WithTimeout(context.Background(), 4*time.Second)
		defer cancel()
		stopped := make(chan struct{})
		go func() { h.Shutdown(ctx); close(stopped) }()
		select {
		case <-stopped:
		case <-sig:
		case <-time.After(5 * time.Second):
		}
		fmt.Fprintln(c.Stderr, c.tr("brink host: shutting down; journals are closed"))
	}
	return ExitOK
}

// warnHost warns, on stderr, of a host key others can read and of an
// address the whole network reaches.
func warnHost(c *Ctx, keyPath, addr string) {
	if fi, err := os.Stat(keyPath); err == nil && fi.Mode().Perm()&0o077 != 0 {
		fmt.Fprint(c.Stderr, c.trf("brink host: warning: the host key %s can be read by others (mode %04o); anyone who reads it can pose as this host: chmod 600 it\n", keyPath, fi.Mode().Perm()))
	}
	if ip, _, err := net.SplitHostPort(addr); err == nil && (ip == "" || net.ParseIP(ip) == nil || net.ParseIP(ip).IsUnspecified()) {
		fmt.Fprint(c.Stderr, c.trf("brink host: note: listening on %s, anyone on the network can reach the join prompt; the join codes are the only lock\n", addr))
	}
}

func printSeats(c *Ctx, h *host.Host, title, hostname string) {
	fmt.Fprint(c.Stdout, c.trf("Brink is hosting %q on %s\n\n", title, h.Addr()))
	table := [][]string{strings.Split(c.tr("SEAT\tJOIN CODE\tCOMMAND"), "\t")}
	for _, s := range h.Seats() {
		table = append(table, []string{s.User, s.Code, h.JoinCommand(s, hostname)})
	}
	printColumns(c.Stdout, table)
	fmt.Fprintln(c.Stdout, c.tr("\nEach seat types its command and gives its join code as the password. Ctrl+C stops the host."))
}
