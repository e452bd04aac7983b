package host

import (
	"net"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Limits on what a connection may cost the host before and after it joins.
// A workshop's network is shared: a scanner, a broken client or a curious
// participant must not take the tables down.
const (
	defaultHandshakeTimeout = 30 * time.Second // to finish the handshake and give a right code
	defaultMaxPending       = 256              // connections not yet joined, overall
	defaultMaxPendingPerIP  = 16               // … and from one address (IPv6: one /64)
	defaultWriteTimeout     = 20 * time.Second // a client that reads nothing for this long is cut
	maxChannelsPerConn      = 4                // sessions open at once on one connection
	maxEnvRequests          = 16               // env requests kept per session …
	maxEnvValue             = 256              // … each value at most this long
	maxQueuedRequests       = 32               // session requests waiting for the session
)

// keptEnv is every variable of a client's environment that Brink reads;
// the rest is refused without being stored.
var keptEnv = map[string]bool{
	"LANG": true, "LC_ALL": true, "LC_MESSAGES": true, "LC_CTYPE": true,
	"TERM": true, "COLORTERM": true, "NO_COLOR": true, "CLICOLOR": true, "CLICOLOR_FORCE": true,
	"RUNEWIDTH_EASTASIAN": true,
}

// addrKey is the address a connection is counted under: an IPv4 address,
// or the /64 an IPv6 address belongs to (one machine usually holds a /64).
func addrKey(a net.Addr) string {
	host := a.String()
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return host
	}
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	return (&net.IPNet{IP: ip.Mask(net.CIDRMask(64, 128)), Mask: net.CIDRMask(64, 128)}).String()
}

// gate keeps every open connection and bounds those not yet joined: overall
// and per address. When a bound is reached the oldest such connection is
// closed, so a flood cannot keep a newcomer with a right code out.
//
// A joined connection that runs no session costs the host as well (its
// sessions waiting for a shell, its keepalives) and counts against no
// bound on sessions: it is closed once it has run none for the handshake
// timeout, and at most per of them from one address are kept, the oldest
// closed first.
type gate struct {
	mu        sync.Mutex
	all       map[*guardedConn]struct{}
	pending   []*guardedConn // not yet joined, oldest first
	empty     []*guardedConn // joined, running no session, oldest first
	max, per  int
	handshake time.Duration
	write     time.Duration
	idle      time.Duration
	closed    bool
}

func newGate(cfg Config) *gate {
	return &gate{all: map[*guardedConn]struct{}{}, max: cfg.MaxPending, per: cfg.MaxPendingPerAddr,
		handshake: cfg.HandshakeTimeout, write: cfg.WriteTimeout, idle: cfg.IdleTimeout + time.Minute}
}

// guardedConn is one TCP connection under the host's deadlines: a
// handshake deadline until it joins, then an idle one (a backstop: a
// session ends first when it types nothing, see watchIdle); a write deadline
// always, so a client that stops reading cannot hold a writer for ever.
// The SSH library's own deadlines are ignored.
type guardedConn struct {
	net.Conn
	g        *gate
	key      string
	joined   atomic.Bool
	channels atomic.Int32
	once     sync.Once

	// Under g.mu: the sessions the host runs on it, whether it is closed,
	// and which wait for it to run one (see gate.emptyLocked).
	running int
	gone    bool
	wait    int
}

// admit wraps a new connection, closing the oldest unjoined ones past the
// bounds. It returns nil once the host is shutting down.
func (g *gate) admit(c net.Conn) *guardedConn {
	gc := &guardedConn{Conn: c, g: g, key: addrKey(c.RemoteAddr())}
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return nil
	}
	g.all[gc] = struct{}{}
	var evict []*guardedConn
	g.pending, evict = addBounded(g.pending, gc, g.per)
	for len(g.pending) > g.max {
		p := g.pending[0]
		evict = append(evict, p)
		g.pending = without(g.pending, p)
	}
	g.mu.Unlock()
	for _, p := range evict {
		p.Conn.Close()
	}
	c.SetReadDeadline(time.Now().Add(g.handshake))
	return gc
}

// addBounded appends c to list, and takes off (and returns) the oldest
// connections from c's address past per of them.
func addBounded(list []*guardedConn, c *guardedConn, per int) ([]*guardedConn, []*guardedConn) {
	var evict []*guardedConn
	same := 0
	for i := len(list) - 1; i >= 0; i-- {
		if p := list[i]; p.key == c.key {
			same++
			if same >= per {
				evict = append(evict, p)
			}
		}
	}
	for _, p := range evict {
		list = without(list, p)
	}
	return append(list, c), evict
}

// without is list with c taken off.
func without(list []*guardedConn, c *guardedConn) []*guardedConn {
	for i, p := range list {
		if p == c {
			return append(list[:i], list[i+1:]...)
		}
	}
	return list
}

// join marks a connection as joined: its handshake deadline ends, and it no
// longer counts against the bounds on unjoined connections, but it must
// run a session soon (see emptyLocked).
func (c *guardedConn) join() {
	if c.joined.Swap(true) {
		return
	}
	g := c.g
	g.mu.Lock()
	g.pending = without(g.pending, c)
	evict := g.emptyLocked(c)
	g.mu.Unlock()
	closeConns(evict)
	c.Conn.SetReadDeadline(time.Time{})
}

// sessionStarted and sessionEnded count the sessions the host runs on a
// connection; a joined connection left with none must run another soon.
func (c *guardedConn) sessionStarted() {
	g := c.g
	g.mu.Lock()
	c.running++
	g.empty = without(g.empty, c)
	g.mu.Unlock()
}

func (c *guardedConn) sessionEnded() {
	g := c.g
	g.mu.Lock()
	c.running--
	var evict []*guardedConn
	if c.running == 0 {
		evict = g.emptyLocked(c)
	}
	g.mu.Unlock()
	closeConns(evict)
}

// emptyLocked puts a joined connection that runs no session on the list of
// those, closing it if it still runs none after the handshake timeout; it
// returns the oldest ones from its address past the bound, to be closed.
func (g *gate) emptyLocked(c *guardedConn) []*guardedConn {
	if c.gone {
		return nil
	}
	var evict []*guardedConn
	g.empty, evict = addBounded(g.empty, c, g.per)
	c.wait++
	wait := c.wait
	time.AfterFunc(g.handshake, func() {
		g.mu.Lock()
		idle := c.wait == wait && c.running == 0 && !c.gone
		g.mu.Unlock()
		if idle {
			c.Close()
		}
	})
	return evict
}

func closeConns(cs []*guardedConn) {
	for _, c := range cs {
		c.Close()
	}
}

// pendingCount is how many connections have not joined yet.
func (g *gate) pendingCount() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.pending)
}

// closeAll closes every connection, joined or not, and admits no more.
func (g *gate) closeAll() {
	g.mu.Lock()
	g.closed = true
	conns := make([]*guardedConn, 0, len(g.all))
	for c := range g.all {
		conns = append(conns, c)
	}
	g.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

func (c *guardedConn) Read(p []byte) (int, error) {
	if c.joined.Load() && c.g.idle > 0 {
		c.Conn.SetReadDeadline(time.Now().Add(c.g.idle))
	}
	return c.Conn.Read(p)
}

func (c *guardedConn) Write(p []byte) (int, error) {
	c.Conn.SetWriteDeadline(time.Now().Add(c.g.write))
	return c.Conn.Write(p)
}

// The host keeps its own deadlines (the SSH library would clear them).
func (c *guardedConn) SetDeadline(time.Time) error      { return nil }
func (c *guardedConn) SetReadDeadline(time.Time) error  { return nil }
func (c *guardedConn) SetWriteDeadline(time.Time) error { return nil }

func (c *guardedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		g := c.g
		g.mu.Lock()
		delete(g.all, c)
		c.gone = true
		g.pending = without(g.pending, c)
		g.empty = without(g.empty, c)
		g.mu.Unlock()
	})
	return err
}

type guardKeyType struct{}

var guardKey guardKeyType

// wrapConn is the server's ConnCallback: every connection passes the gate.
func (h *Host) wrapConn(ctx ssh.Context, c net.Conn) net.Conn {
	gc := h.gate.admit(c)
	if gc == nil {
		return nil
	}
	ctx.SetValue(guardKey, gc)
	return gc
}

// guardOf is the connection a context belongs to.
func guardOf(ctx ssh.Context) *guardedConn {
	gc, _ := ctx.Value(guardKey).(*guardedConn)
	return gc
}

// sessionChannel opens a session with its requests filtered (see
// filterRequests); a connection holds at most a few sessions at once. The
// session's context carries its window size, which filterRequests keeps
// and the session's program reads.
//
// A session past the cap is refused with the reason code alone, which the
// client words in its own language (OpenSSH: "resource shortage"): the
// session's language is not known before its env requests, and OpenSSH
// shows a refusal's text escaped, so Chinese would arrive as octal codes.
func (h *Host) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	gc := guardOf(ctx)
	if gc != nil {
		if gc.channels.Add(1) > maxChannelsPerConn {
			gc.channels.Add(-1)
			nc.Reject(gossh.ResourceShortage, "")
			return
		}
		defer gc.channels.Add(-1)
	}
	size := newWinSlot()
	ssh.DefaultSessionHandler(srv, conn, filteredChannel{nc, size}, sessionCtx{ctx, size})
}

type sizeKeyType struct{}

var sizeKey sizeKeyType

// sessionCtx is a connection's context as one of its sessions sees it: with
// the session's window size.
type sessionCtx struct {
	ssh.Context
	size *winSlot
}

func (c sessionCtx) Value(key any) any {
	if key == sizeKey {
		return c.size
	}
	return c.Context.Value(key)
}

// sizeOf is a session's window size.
func sizeOf(sess ssh.Session) *winSlot {
	s, _ := sess.Context().Value(sizeKey).(*winSlot)
	return s
}

// filteredChannel accepts a session channel and puts filterRequests between
// the client and the session's own request loop.
type filteredChannel struct {
	gossh.NewChannel
	size *winSlot
}

func (f filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go filterRequests(reqs, out, f.size)
	return ch, out, nil
}

// filterRequests passes a session's requests on, never blocking the
// connection: window changes are kept in size (the latest wins) and never
// reach the session's request loop, env requests are kept only for the
// variables Brink reads and only a few, requests Brink does not serve are
// refused here, and the queue is bounded. Without it one client's burst of
// window changes stalls its connection's reader, and every env request is
// kept in memory.
func filterRequests(in <-chan *gossh.Request, out chan<- *gossh.Request, size *winSlot) {
	defer close(out)
	var queue []*gossh.Request
	envs := 0
	for {
		var next *gossh.Request
		var send chan<- *gossh.Request
		if len(queue) > 0 {
			next, send = queue[0], out
		}
		select {
		case req, ok := <-in:
			if !ok {
				return
			}
			switch req.Type {
			case "window-change":
				w, ok := parseWindow(req.Payload)
				if ok {
					size.set(w)
				}
				req.Reply(ok, nil)
			case "env":
				var kv struct{ Key, Value string }
				if envs >= maxEnvRequests || len(queue) >= maxQueuedRequests ||
					gossh.Unmarshal(req.Payload, &kv) != nil || !keptEnv[kv.Key] || len(kv.Value) > maxEnvValue {
					req.Reply(false, nil)
					continue
				}
				envs++
				queue = append(queue, req)
			case "pty-req", "shell", "exec":
				if len(queue) >= maxQueuedRequests {
					req.Reply(false, nil)
					continue
				}
				queue = append(queue, req)
			default:
				req.Reply(false, nil)
			}
		case send <- next:
			queue = queue[1:]
		}
	}
}

// parseWindow reads a window-change request: columns, rows, then the size
// in pixels, which Brink does not use.
func parseWindow(b []byte) (ssh.Window, bool) {
	var w struct{ Width, Height, PixelWidth, PixelHeight uint32 }
	if err := gossh.Unmarshal(b, &w); err != nil || w.Width == 0 || w.Height == 0 || w.Width > 10000 || w.Height > 10000 {
		return ssh.Window{}, false
	}
	return ssh.Window{Width: int(w.Width), Height: int(w.Height)}, true
}
