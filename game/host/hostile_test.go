package host

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/brink-ttx/brink/game/engine"
)

// scaled is n, or a tenth of it in -short mode.
func scaled(n int) int {
	if testing.Short() {
		return max(n/10, 1)
	}
	return n
}

// silent opens a session with a terminal whose output is never read: the
// client's window fills and the host's writes to it block.
func silent(t testing.TB, h *Host, user string) (*gossh.Client, *gossh.Session) {
	t.Helper()
	c, err := dial(h.Addr(), user, h.Code(user))
	if err != nil {
		t.Fatalf("%s: %v", user, err)
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sess.StdoutPipe(); err != nil { // never read
		t.Fatal(err)
	}
	if _, err := sess.StderrPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c, sess
}

// stuckClient opens a session on user that never reads its screen, and
// makes the host redraw that screen (a big terminal, its help opened and
// closed) until the client's window is full and the host's writes to it
// block. It returns a function that counts what the client was sent, once
// the session has ended.
func stuckClient(t testing.TB, h *Host, user string) func() int64 {
	t.Helper()
	c, err := dial(h.Addr(), user, h.Code(user))
	if err != nil {
		t.Fatalf("%s: %v", user, err)
	}
	t.Cleanup(func() { c.Close() })
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, _ := sess.StdoutPipe()
	in, _ := sess.StdinPipe()
	if err := sess.RequestPty("xterm-256color", 24, 4000, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	// Bubble Tea v2 redraws only the cells that change, but a new width
	// redraws every line, and the rules are as wide as the screen: about
	// 30 KB a redraw, one per window change the host passes on (at most
	// every resizeEvery). The window (2 MB) is full in a few seconds.
	for k := 0; k < 100; k++ {
		if _, err := in.Write([]byte("?")); err != nil {
			break
		}
		sess.WindowChange(24+k%7, 4000-k%11)
		time.Sleep(resizeEvery + 5*time.Millisecond)
	}
	return func() int64 {
		n, _ := io.Copy(io.Discard, out)
		return n
	}
}

// waitUntil polls cond for up to d.
func waitUntil(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return true
		}
		time.Sleep(20 * time.Millisecond)
	}
	return cond()
}

// H1: bursts of window changes and a client that stops reading wedge no
// session: the facilitator gets in at once, a seat frees, the host stops.
func TestWindowChangeFloodAndSilentClient(t *testing.T) {
	h := start(t, Config{Tables: 2, MaxSessions: 9})
	changes := scaled(20000)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		user := []string{"t1-a", "t1-b", "t2-a", "t2-b"}[i%4]
		c, sess := silent(t, h, user)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < changes; k++ {
				if sess.WindowChange(40+k%20, 100+k%50) != nil {
					break
				}
			}
			c.Close() // the attacker leaves
		}()
	}
	// A client that never reads, its screen changing until the host's
	// writes to it block.
	sentToStuck := stuckClient(t, h, "t1-observer")
	wg.Wait()
	begin := time.Now()
	f := open(t, h, FacilitatorUser)
	f.waitFor(t, "facilitator console")
	if d := time.Since(begin); d > raceSlack*time.Second {
		t.Errorf("the facilitator waited %v to log in, want at most %v", d, raceSlack*time.Second)
	}
	// The attackers' sessions end with their connections: their slots free.
	if !waitUntil(10*time.Second, func() bool {
		n := h.Connected()
		return n["t1-a"]+n["t1-b"]+n["t2-a"]+n["t2-b"] == 0
	}) {
		t.Fatalf("the attackers' sessions outlived their connections: %v", h.Connected())
	}
	a := open(t, h, "t1-a")
	a.waitFor(t, "SECRET-A-ONE")
	begin = time.Now()
	h.FreeSeat("t1-observer")
	if !waitUntil(10*time.Second, func() bool { return h.Connected()["t1-observer"] == 0 }) {
		t.Fatal("freeing the seat of a client that does not read never finished")
	}
	t.Logf("the seat of a client that does not read freed in %v", time.Since(begin))
	sent := sentToStuck()
	t.Logf("the client that does not read was sent %d bytes before the host stopped writing", sent)
	if sent < 2<<20-64<<10 {
		if underRace {
			// Bubble Tea v2 draws only what changes: under the race
			// detector its redraws come too slowly to fill the window in
			// time. The test proves it without the detector.
			t.Logf("under the race detector the client's window did not fill (%d bytes)", sent)
		} else {
			t.Errorf("the client that does not read was sent only %d bytes: its window never filled, the test proves nothing", sent)
		}
	}
	stuckClient(t, h, "t1-observer")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	begin = time.Now()
	done := make(chan struct{})
	go func() { h.Shutdown(ctx); close(done) }()
	select {
	case <-done:
	case <-time.After(6 * time.Second):
		t.Fatal("shutting down took more than 5 s")
	}
	if _, err := net.DialTimeout("tcp", h.Addr(), time.Second); err == nil {
		t.Error("the host still listens after shutting down")
	}
	t.Logf("shut down in %v", time.Since(begin))
}

// heapInUse is the heap in use after a collection.
func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// H2: env requests are refused past a few, and for variables Brink does
// not read, without being kept.
func TestEnvFloodIsNotKept(t *testing.T) {
	h := start(t, Config{Tables: 1})
	c, err := dial(h.Addr(), "t1-a", h.Code("t1-a"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	before := heapInUse()
	big := strings.Repeat("x", 50<<10)
	n := scaled(6000)
	for i := 0; i < n; i++ {
		key := "LANG"
		if i%2 == 1 {
			key = fmt.Sprintf("JUNK%d", i)
		}
		sess.Setenv(key, big) // refused: the reply is an error, which is the point
	}
	if err := sess.Setenv("LANG", "zh_CN.UTF-8"); err != nil {
		t.Errorf("a short LANG was refused: %v", err)
	}
	after := heapInUse()
	grown := int64(after) - int64(before)
	t.Logf("%d env requests of 50 KB: heap %+.1f MB", n, float64(grown)/(1<<20))
	if grown > 16<<20 {
		t.Fatalf("%d env requests of 50 KB grew the heap by %.0f MB, want at most 16", n, float64(grown)/(1<<20))
	}
}

// countingWriter counts what the log receives.
type countingWriter struct{ n atomic.Int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n.Add(int64(len(p))); return len(p), nil }

// H3/H4: thousands of raw connections and a flood of huge user names from
// one address neither exhaust the host nor fill its log; a participant
// with the right code still gets in within 2 s.
func TestConnectionAndLogFlood(t *testing.T) {
	logged := &countingWriter{}
	h := start(t, Config{Tables: 1, Logger: slog.New(slog.NewTextHandler(logged, nil))})
	var raws []net.Conn
	defer func() {
		for _, c := range raws {
			c.Close()
		}
	}()
	for i := 0; i < scaled(5000); i++ {
		c, err := net.DialTimeout("tcp", h.Addr(), 2*time.Second)
		if err != nil {
			t.Fatalf("raw connection %d: %v", i, err)
		}
		raws = append(raws, c)
	}
	if n := h.gate.pendingCount(); n > defaultMaxPendingPerIP {
		t.Errorf("%d connections from one address wait to join, want at most %d", n, defaultMaxPendingPerIP)
	}
	huge := strings.Repeat("u", 250<<10)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var tries atomic.Int64
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				c, err := dial(h.Addr(), huge, "wrong-code")
				tries.Add(1)
				if err == nil {
					c.Close()
				}
			}
		}()
	}
	time.Sleep(time.Second)
	begin := time.Now()
	a, err := dial(h.Addr(), "t1-a", h.Code("t1-a"))
	took := time.Since(begin)
	if err != nil {
		t.Fatalf("the right code was refused during the flood: %v", err)
	}
	a.Close()
	if took > raceSlack*2*time.Second {
		t.Errorf("joining during the flood took %v, want at most %v", took, raceSlack*2*time.Second)
	}
	time.Sleep(time.Second)
	close(stop)
	wg.Wait()
	t.Logf("%d refused logins with a 250 KB user name; the log grew %d bytes; a join took %v", tries.Load(), logged.n.Load(), took)
	if n := logged.n.Load(); n > 1<<20 {
		t.Fatalf("the log grew %d bytes, want at most 1 MB", n)
	}
}

// A connection that never finishes its handshake is closed at the
// handshake deadline.
func TestHandshakeDeadline(t *testing.T) {
	h := start(t, Config{Tables: 1, HandshakeTimeout: 300 * time.Millisecond})
	c, err := net.Dial("tcp", h.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.Copy(io.Discard, c); err != nil {
		t.Fatalf("the host did not close a connection that never spoke: %v", err)
	}
}

// H5: a paste is cut at maxPaste bytes and ended there; what follows its
// real end passes; no read fills the reader's buffer or splits a character.
func TestInputCutsEndlessPaste(t *testing.T) {
	var src bytes.Buffer
	src.WriteString("ab\x1b[200~")
	src.WriteString(strings.Repeat("中", maxPaste)) // 3 bytes each
	src.WriteString("\x1b[201~after")
	in := newSessionInput(context.Background(), &src, time.Now())
	in.lim.SetBurst(1 << 30)
	in.lim.SetLimit(1 << 30)
	var got bytes.Buffer
	buf := make([]byte, 256)
	for {
		n, err := in.Read(buf)
		if n >= len(buf) {
			t.Fatalf("a read filled the buffer (%d bytes): Bubble Tea would wait for more", n)
		}
		got.Write(buf[:n])
		if err != nil {
			break
		}
	}
	s := got.String()
	if !strings.HasPrefix(s, "ab\x1b[200~中") || !strings.HasSuffix(s, "\x1b[201~after") {
		t.Fatalf("the input lost its edges: %q … %q", s[:min(len(s), 20)], s[max(len(s)-20, 0):])
	}
	body := strings.TrimSuffix(strings.TrimPrefix(s, "ab\x1b[200~"), "\x1b[201~after")
	if len(body) > maxPaste || strings.Count(s, "\x1b[201~") != 1 {
		t.Fatalf("the paste passed %d bytes with %d end markers, want at most %d and one", len(body), strings.Count(s, "\x1b[201~"), maxPaste)
	}
	if !strings.HasPrefix(strings.Repeat("中", maxPaste), body) {
		t.Fatal("the cut split a character")
	}
	// Markers split across reads are still seen.
	in = newSessionInput(context.Background(), io.MultiReader(strings.NewReader("\x1b[2"), strings.NewReader("00~x"), strings.NewReader(strings.Repeat("y", 2*maxPaste))), time.Now())
	in.lim.SetBurst(1 << 30)
	in.lim.SetLimit(1 << 30)
	all, _ := io.ReadAll(in)
	if len(all) > maxPaste+20 || !bytes.HasSuffix(all, pasteEnd) {
		t.Fatalf("a paste whose marker came in two reads was not cut: %d bytes", len(all))
	}
}

// H5: input beyond the rate waits: a session cannot make the host parse
// more than inputRate bytes a second after its burst.
func TestInputIsRateLimited(t *testing.T) {
	in := newSessionInput(context.Background(), strings.NewReader(strings.Repeat("k ", inputBurst)), time.Now())
	begin := time.Now()
	n, _ := io.Copy(io.Discard, in)
	// 2 × burst bytes: the burst at once, the rest at inputRate.
	if d := time.Since(begin); d < time.Duration(float64(n-inputBurst)/inputRate*float64(time.Second))/2 {
		t.Fatalf("%d bytes read in %v: the rate limit did not apply", n, d)
	}
}

// H6: with the host stopped by a signal, every live session is told.
func TestSignalShutdownTellsEverySession(t *testing.T) {
	h := start(t, Config{Tables: 4})
	var screens []*screen
	for i := 0; i < 20; i++ {
		user := []string{"t1-a", "t1-b", "t2-a", "t2-b", "t3-a", "t3-b", "t4-a", "t4-b", "t1-observer", "t2-observer"}[i%10]
		s := open(t, h, user)
		screens = append(screens, s)
	}
	for _, s := range screens {
		s.waitFor(t, "esc")
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT)
	defer signal.Stop(sig)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	<-sig
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	h.Shutdown(ctx)
	told := 0
	for _, s := range screens {
		select {
		case <-s.done:
		case <-time.After(5 * time.Second):
		}
		if strings.Contains(s.text(), "The host is shutting down.") {
			told++
		}
	}
	if told != len(screens) {
		t.Fatalf("%d of %d sessions were told the host is shutting down", told, len(screens))
	}
}

// H7: a seat holds at most SeatSessions; participants filling the host
// never keep the facilitator out; a new join code ends the old code's
// sessions and refuses the old code.
func TestSeatCapsAndNewCode(t *testing.T) {
	h := start(t, Config{Tables: 1, MaxSessions: 4, SeatSessions: 2})
	a1 := open(t, h, "t1-a")
	open(t, h, "t1-a").waitFor(t, "SECRET-A-ONE")
	a1.waitFor(t, "SECRET-A-ONE")
	third := open(t, h, "t1-a")
	third.waitFor(t, "already has 2 sessions")
	open(t, h, "t1-b").waitFor(t, "SECRET-B-ONE")
	open(t, h, "t1-observer").waitFor(t, "esc")
	full := open(t, h, "t1-observer")
	full.waitFor(t, "the host is full")
	f := open(t, h, FacilitatorUser)
	f.waitFor(t, "facilitator console")

	old := h.Code("t1-a")
	code, n, err := h.NewCode("t1-a")
	if err != nil || n != 2 || code == old {
		t.Fatalf("NewCode: %q, %d sessions, %v", code, n, err)
	}
	a1.waitFor(t, "changed this seat's join code")
	if !waitUntil(5*time.Second, func() bool { return h.Connected()["t1-a"] == 0 }) {
		t.Fatal("the old code's sessions were not ended")
	}
	if c, err := dial(h.Addr(), "t1-a", old); err == nil {
		c.Close()
		t.Fatal("the old code still opens the seat")
	}
	open(t, h, "t1-a").waitFor(t, "SECRET-A-ONE")
}

// The facilitator changes a seat's code from the console.
func TestConsoleNewCode(t *testing.T) {
	h := start(t, Config{Tables: 1})
	a := open(t, h, "t1-a")
	a.waitFor(t, "SECRET-A-ONE")
	old := h.Code("t1-a")
	f := open(t, h, FacilitatorUser)
	f.waitFor(t, "facilitator console")
	f.in.Write([]byte("c"))
	f.waitFor(t, "New join code for which seat")
	f.in.Write([]byte("\r")) // the first seat of the table: t1-a
	a.waitFor(t, "changed this seat's join code")
	code := h.Code("t1-a")
	if code == old {
		t.Fatal("the code did not change")
	}
	f.waitFor(t, code)
}

// H11: the idle timeout counts what a session types, not its redraws: a
// running clock does not keep a silent session alive, typing does.
func TestIdleCountsInputNotRedraws(t *testing.T) {
	h := start(t, Config{Tables: 1, TurnTime: time.Minute, IdleTimeout: 1500 * time.Millisecond})
	h.tables[0].clock.start(time.Now(), 1)
	quiet := open(t, h, "t1-a")
	busy := open(t, h, "t1-b")
	quiet.waitFor(t, "SECRET-A-ONE")
	busy.waitFor(t, "SECRET-B-ONE")
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(300 * time.Millisecond):
				busy.in.Write([]byte("?"))
			}
		}
	}()
	select {
	case <-quiet.done:
	case <-time.After(8 * time.Second):
		t.Fatal("a session that typed nothing outlived the idle timeout while the clock ran")
	}
	if !strings.Contains(quiet.text(), "idle too long") {
		t.Errorf("the idle session was not told why: %q", tail(quiet.text(), 200))
	}
	select {
	case <-busy.done:
		t.Fatal("a session that types was ended as idle")
	default:
	}
}

// H12: a facilitator's session leaves no goroutine behind.
func TestConsoleLeavesNoGoroutines(t *testing.T) {
	h := start(t, Config{Tables: 2})
	warm := open(t, h, FacilitatorUser)
	warm.waitFor(t, "facilitator console")
	warm.sess.Close()
	warm.client.Close()
	<-warm.done
	waitUntil(5*time.Second, func() bool { return len(h.Connected()) == 0 })
	time.Sleep(200 * time.Millisecond)
	base := runtime.NumGoroutine()
	for i := 0; i < 20; i++ {
		f := open(t, h, FacilitatorUser)
		f.waitFor(t, "facilitator console")
		f.sess.Close()
		f.client.Close()
		<-f.done
	}
	if !waitUntil(10*time.Second, func() bool { return runtime.NumGoroutine() <= base+4 }) {
		t.Fatalf("goroutines: %d before 20 facilitator sessions, %d after", base, runtime.NumGoroutine())
	}
}

// syncBuffer is a log the test reads while the host writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// H8: when a table's journal cannot be written, inputs are refused, and
// the facilitator's console and the log say so.
func TestJournalFailureIsSaid(t *testing.T) {
	log := &syncBuffer{}
	h := start(t, Config{Tables: 1, JournalDir: t.TempDir(), Logger: slog.New(slog.NewTextHandler(log, nil))})
	f := open(t, h, FacilitatorUser)
	f.waitFor(t, "facilitator console")
	tb := h.tables[0]
	tb.Journal.Close() // every write fails from now on
	err := tb.Table.Apply(engine.Input{Kind: engine.Message, Team: "a", Channel: "hotline", Text: "lost?"})
	if err == nil {
		t.Fatal("an input the journal could not keep was accepted")
	}
	if v := tb.Table.View("a"); len(v.Posts) != 0 {
		t.Fatal("the refused message reached the game")
	}
	f.waitFor(t, "journal not saving")
	if !waitUntil(3*time.Second, func() bool { return strings.Contains(log.String(), "journal not saving") }) {
		t.Fatalf("the log does not say the journal stopped saving:\n%s", log.String())
	}
}

// rssMB is the resident memory of this process (the host and its test
// clients), from /proc; 0 where there is none.
func rssMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.Atoi(f[1])
			return float64(kb) / 1024
		}
	}
	return 0
}

// paster pastes without end on a session until stop is closed.
func paster(t testing.TB, h *Host, user string, stop <-chan struct{}) {
	pasteWithoutEnd(open(t, h, user), stop)
}

// pasteWithoutEnd starts a paste on s that never ends, until stop is
// closed.
func pasteWithoutEnd(s *screen, stop <-chan struct{}) {
	go func() {
		s.in.Write(pasteStart)
		chunk := bytes.Repeat([]byte("a"), 4096)
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := s.in.Write(chunk); err != nil {
				return
			}
		}
	}()
}

// keyToRedraw presses ? on s n times (help opens and closes) and returns
// how long each took to reach s's screen, sorted.
func keyToRedraw(t testing.TB, s *screen, n int) []time.Duration {
	var lat []time.Duration
	for i := 0; i < n; i++ {
		before := s.size()
		begin := time.Now()
		s.in.Write([]byte("?"))
		for s.size() == before && time.Since(begin) < 5*time.Second {
			time.Sleep(time.Millisecond)
		}
		lat = append(lat, time.Since(begin))
		time.Sleep(30 * time.Millisecond)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return lat
}

// H5: 25 sessions pasting without end cost the host little: another
// table's key reaches its screen quickly and memory stays bounded.
func TestEndlessPastes(t *testing.T) {
	h := start(t, Config{Tables: 2, SeatSessions: 25})
	honest := open(t, h, "t2-a")
	honest.waitFor(t, "SECRET-A-ONE")
	debug.FreeOSMemory() // what earlier tests left is not the pastes'
	rss0 := rssMB()
	stop := make(chan struct{})
	defer close(stop)
	n := 25
	if testing.Short() {
		n = 5
	}
	for i := 0; i < n; i++ {
		paster(t, h, []string{"t1-a", "t1-b", "t1-observer"}[i%3], stop)
	}
	time.Sleep(2 * time.Second)
	lat := keyToRedraw(t, honest, 30)
	p50, p99 := lat[len(lat)/2], lat[len(lat)-1]
	rss := rssMB()
	t.Logf("%d endless pastes: key to redraw p50 %v, p99 %v; RSS %.0f MB, %.0f MB more than before them", n, p50, p99, rss, rss-rss0)
	// Before the cut, a key waited seconds behind the pastes. The figures
	// to hold the host to are the benchmark's (EndlessPasteCPU, HostLoad);
	// this test fails only far above them, so a busy machine does not fail it.
	if p50 > raceSlack*150*time.Millisecond || p99 > raceSlack*time.Second {
		t.Errorf("another table's key took %v (p50), %v (p99) to reach its screen, want under %v and %v", p50, p99, raceSlack*150*time.Millisecond, raceSlack*time.Second)
	}
	if rss-rss0 > 150 && !underRace {
		t.Errorf("the pastes took the host's RSS from %.0f to %.0f MB, want at most 150 MB more", rss0, rss)
	}
}

// fakeConn is a connection from addr that records being closed.
type fakeConn struct {
	net.Conn
	addr   net.Addr
	closed atomic.Bool
}

func (c *fakeConn) RemoteAddr() net.Addr             { return c.addr }
func (c *fakeConn) Close() error                     { c.closed.Store(true); return nil }
func (c *fakeConn) SetReadDeadline(time.Time) error  { return nil }
func (c *fakeConn) SetWriteDeadline(time.Time) error { return nil }

// H3: connections that have not joined are bounded per address and
// overall; past a bound the oldest is closed, and a joined one no longer
// counts.
func TestGateClosesTheOldestUnjoined(t *testing.T) {
	g := &gate{all: map[*guardedConn]struct{}{}, max: 4, per: 2, handshake: time.Minute, write: time.Minute}
	from := func(ip string) *fakeConn {
		return &fakeConn{addr: &net.TCPAddr{IP: net.ParseIP(ip), Port: 1}}
	}
	a1, a2, a3 := from("10.0.0.1"), from("10.0.0.1"), from("10.0.0.1")
	g.admit(a1)
	ga2 := g.admit(a2)
	g.admit(a3)
	if !a1.closed.Load() || a2.closed.Load() || a3.closed.Load() {
		t.Fatalf("a third unjoined connection from one address should close the oldest: %v %v %v", a1.closed.Load(), a2.closed.Load(), a3.closed.Load())
	}
	ga2.join()
	for _, ip := range []string{"10.0.0.2", "10.0.0.3", "10.0.0.4"} {
		g.admit(from(ip))
	}
	if a3.closed.Load() {
		t.Fatal("an unjoined connection was closed within the bounds")
	}
	g.admit(from("10.0.0.5"))
	if n := g.pendingCount(); n != 4 {
		t.Fatalf("%d unjoined connections, want 4", n)
	}
	if !a3.closed.Load() || a2.closed.Load() {
		t.Fatal("past the overall bound the oldest unjoined connection should close, and a joined one stay")
	}
}

// A client's claim of a vast window is held to maxCells: the session
// draws a screen of at most that many cells, whatever the client says.
func TestVastWindowIsHeld(t *testing.T) {
	for _, c := range []struct{ w, h, wantW, wantH int }{
		{120, 40, 120, 40},
		{10000, 10000, maxCols, maxCells / maxCols},
		{300, 10000, 300, maxCells / 300},
		{4000, 24, 4000, 24},
	} {
		s := newWinSlot()
		s.set(ssh.Window{Width: c.w, Height: c.h})
		if got := s.get(); got.Width != c.wantW || got.Height != c.wantH || got.Width*got.Height > maxCells {
			t.Errorf("%d×%d: the program draws %d×%d, want %d×%d", c.w, c.h, got.Width, got.Height, c.wantW, c.wantH)
		}
	}
	// Over SSH: a session that asks for 10000 × 10000 plays, in bounded memory.
	h := start(t, Config{Tables: 1})
	c, err := dial(h.Addr(), "t1-a", h.Code("t1-a"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	before := rssMB()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, _ := sess.StdoutPipe()
	if err := sess.RequestPty("xterm-256color", 10000, 10000, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	got := make(chan bool, 1)
	go func() {
		var all []byte
		buf := make([]byte, 32<<10)
		for {
			n, err := out.Read(buf)
			all = append(all, buf[:n]...)
			if strings.Contains(ansiRe.ReplaceAllString(string(all), ""), "SECRET-A-ONE") {
				got <- true
				return
			}
			if err != nil {
				got <- false
				return
			}
		}
	}()
	select {
	case ok := <-got:
		if !ok {
			t.Fatal("the session ended before its first screen")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no screen within 10 s")
	}
	if grew := rssMB() - before; grew > 100 && !underRace {
		t.Errorf("a 10000 × 10000 window took %.0f MB", grew)
	}
}
