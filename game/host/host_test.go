package host

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

func loadMech(t testing.TB) *scenario.Scenario {
	t.Helper()
	s, err := scenario.LoadFile("../engine/testdata/mech.toml")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// start runs a host on a free loopback port and stops it with the test.
func start(t testing.TB, cfg Config) *Host {
	t.Helper()
	if cfg.Scenario == nil {
		cfg.Scenario = loadMech(t)
	}
	cfg.Listen = "127.0.0.1:0"
	cfg.HostKeyPath = t.TempDir() + "/key"
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := h.Listen()
	if err != nil {
		t.Fatal(err)
	}
	go h.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		h.Shutdown(ctx)
	})
	return h
}

func dial(addr, user, code string) (*gossh.Client, error) {
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            user,
		Auth:            []gossh.AuthMethod{gossh.Password(code)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         5 * time.Second,
	})
}

// screen is an interactive session whose every received byte is kept.
type screen struct {
	client *gossh.Client
	sess   *gossh.Session
	in     io.WriteCloser
	mu     sync.Mutex
	out    bytes.Buffer
	done   chan struct{}
	ended  error // what the session's Wait returned, once done is closed
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.Write(p)
}

var han = regexp.MustCompile(`\p{Han}`)

var ansiRe = regexp.MustCompile(`\x1b\[[0-?]*[ -/]*[@-~]|\x1b[()][A-Z0-9]|\x1b[=>]|\x1b\][^\x07]*\x07`)

// text is everything received so far, without escape sequences.
func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return ansiRe.ReplaceAllString(s.out.String(), "")
}

func (s *screen) waitFor(t *testing.T, what string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(s.text(), what) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("never saw %q; screen:\n%s", what, tail(s.text(), 2000))
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func open(t testing.TB, h *Host, user string) *screen {
	t.Helper()
	return openWith(t, h, user, true)
}

// openWith opens a session on a seat, with a terminal or without, sending
// the client's environment env ("LANG=zh_CN.UTF-8"); a TERM there is the
// terminal's type (xterm-256color without).
func openWith(t testing.TB, h *Host, user string, pty bool, env ...string) *screen {
	t.Helper()
	c, err := dial(h.Addr(), user, h.seats[user].Code)
	if err != nil {
		t.Fatalf("%s: %v", user, err)
	}
	return shell(t, c, pty, env...)
}

// shell opens a session on c, with a terminal of 120×40 or without,
// sending the client's environment env, and keeps its every byte.
func shell(t testing.TB, c *gossh.Client, pty bool, env ...string) *screen {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	sc := &screen{client: c, sess: sess, done: make(chan struct{})}
	sess.Stdout = sc
	sess.Stderr = sc
	in, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	sc.in = in
	term := "xterm-256color"
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		if k == "TERM" {
			term = v
			continue
		}
		if err := sess.Setenv(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if pty {
		if err := sess.RequestPty(term, 40, 120, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	go func() { sc.ended = sess.Wait(); close(sc.done) }()
	t.Cleanup(func() { sess.Close(); c.Close() })
	return sc
}

func TestAuth(t *testing.T) {
	h := start(t, Config{Tables: 2})
	if _, err := dial(h.Addr(), "t1-a", "wrong-code"); err == nil {
		t.Fatal("a wrong code was accepted")
	}
	if _, err := dial(h.Addr(), "t9-a", h.seats["t1-a"].Code); err == nil {
		t.Fatal("a seat that does not exist was accepted")
	}
	if _, err := dial(h.Addr(), "t2-a", h.seats["t1-a"].Code); err == nil {
		t.Fatal("one seat's code opened another seat")
	}
	code := h.seats["t1-a"].Code
	c, err := dial(h.Addr(), "t1-a", strings.ToUpper(strings.ReplaceAll(code, "-", "")))
	if err != nil {
		t.Fatalf("the right code, typed without its dash in capitals, was refused: %v", err)
	}
	c.Close()
	if len(h.seats) != 2*3+1 {
		t.Errorf("want 2 tables × (2 teams + observers) + facilitator seats, got %d", len(h.seats))
	}
	seen := map[string]bool{}
	for _, s := range h.seats {
		if len(s.Code) != 11 || seen[s.Code] {
			t.Errorf("seat %s has a short or repeated code", s.User)
		}
		seen[s.Code] = true
	}
}

// Join-code attempts on a seat are limited per address: a burst, then one
// every few seconds; a right code resets them; the addresses remembered are
// bounded; an IPv6 address counts as its /64.
func TestAttemptsAreLimitedPerAddress(t *testing.T) {
	now := time.Unix(1000, 0)
	a := newAttempts(3, func() time.Time { return now })
	for i := 0; i < attemptBurst; i++ {
		if !a.allow("10.1.1.1") {
			t.Fatalf("attempt %d of the burst refused", i+1)
		}
	}
	if a.allow("10.1.1.1") {
		t.Fatal("an attempt past the burst was allowed at once")
	}
	if !a.allow("10.2.2.2") {
		t.Fatal("another address was limited")
	}
	now = now.Add(attemptEvery)
	if !a.allow("10.1.1.1") || a.allow("10.1.1.1") {
		t.Fatalf("after %v one more attempt, and only one, should be allowed", attemptEvery)
	}
	a.forget("10.1.1.1")
	for i := 0; i < attemptBurst; i++ {
		if !a.allow("10.1.1.1") {
			t.Fatal("a right code did not reset the address's attempts")
		}
	}
	for i := 0; i < 10; i++ {
		a.allow(fmt.Sprintf("10.9.9.%d", i))
	}
	if a.size() != 3 {
		t.Errorf("%d addresses remembered, want at most 3", a.size())
	}
	v6a := addrKey(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:2:aaaa::1")})
	v6b := addrKey(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:2:bbbb::9")})
	v6c := addrKey(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:3::1")})
	if v6a != v6b || v6a == v6c {
		t.Errorf("IPv6 addresses should count per /64: %s %s %s", v6a, v6b, v6c)
	}
}

// Join codes draw every character uniformly: bytes past the last multiple
// of the alphabet's size are drawn again, not folded onto its first letters.
func TestCodesByRejectionSampling(t *testing.T) {
	// 248..255 would fold onto the alphabet's first 8 characters.
	src := bytes.NewReader(append(bytes.Repeat([]byte{250}, 16), bytes.Repeat([]byte{0, 30}, 8)...))
	code := codeFrom(src)
	if strings.ContainsRune(code, rune(codeAlphabet[250%len(codeAlphabet)])) {
		t.Fatalf("a byte past the last whole multiple was used: %q", code)
	}
	if code != "2z2z2-z2z2z" {
		t.Fatalf("code %q, want 2z2z2-z2z2z", code)
	}
}

// No byte a team's session receives contains another team's private
// intelligence or pending choice; its own intelligence does arrive.
func TestHiddenInformation(t *testing.T) {
	h := start(t, Config{Tables: 1})
	b := open(t, h, "t1-b")
	b.waitFor(t, "SECRET-B-ONE")
	obs := open(t, h, "t1-observer")
	obs.waitFor(t, "esc")
	tb := h.tables[0].Table
	must := func(in engine.Input) {
		if err := tb.Apply(in); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := b.in.Write([]byte("\r")); err != nil { // B to its hotline, where the words appear
		t.Fatal(err)
	}
	b.waitFor(t, "Hotline")
	obsBefore := obs.size()
	must(engine.Input{Kind: engine.Assess, Team: "a", Hypothesis: "soft", Confidence: 70})
	must(engine.Input{Kind: engine.Choose, Team: "a", Option: "wait", Rationale: "RATIONALE-OF-A"})
	must(engine.Input{Kind: engine.Message, Team: "b", Channel: "hotline", Text: "MARK-AFTER-A-CHOSE"})
	// B has drawn the table as it stood after A's choice; the observer has
	// drawn again since.
	b.waitFor(t, "MARK-AFTER-A-CHOSE")
	drewAgain(t, obs, obsBefore)
	for _, secret := range []string{"SECRET-A-ONE", "RATIONALE-OF-A", "Will B press"} {
		if strings.Contains(b.text(), secret) || strings.Contains(obs.text(), secret) {
			t.Fatalf("%q reached another seat before the reveal", secret)
		}
	}
	if strings.Contains(obs.text(), "SECRET-B-ONE") {
		t.Fatal("an observer saw private intelligence")
	}
	must(engine.Input{Kind: engine.Assess, Team: "b", Hypothesis: "x", Confidence: 70})
	must(engine.Input{Kind: engine.Choose, Team: "b", Option: "talk"})
	for !h.tables[0].Table.View("a").Over {
		v := tb.View("a")
		must(engine.Input{Kind: engine.Choose, Team: "a", Option: v.Options[0].ID})
		v = tb.View("b")
		bBefore, obsBefore := b.size(), obs.size()
		must(engine.Input{Kind: engine.Choose, Team: "b", Option: v.Options[0].ID})
		drewAgain(t, b, bBefore)
		drewAgain(t, obs, obsBefore)
	}
	for _, secret := range []string{"SECRET-A-ONE", "SECRET-A-ANSWER"} {
		if strings.Contains(b.text(), secret) || strings.Contains(obs.text(), secret) {
			t.Fatalf("%q reached another seat", secret)
		}
	}
}

// drewAgain waits until s has received more than before bytes and then
// nothing for 200 ms: it drew the table's change.
func drewAgain(t *testing.T, s *screen, before int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for s.size() <= before {
		if time.Now().After(deadline) {
			t.Fatalf("the screen never drew the change; it ends:\n%q", tail(s.text(), 400))
		}
		time.Sleep(5 * time.Millisecond)
	}
	settle(t, s, 200*time.Millisecond)
}

func TestReconnect(t *testing.T) {
	h := start(t, Config{Tables: 1})
	a := open(t, h, "t1-a")
	a.waitFor(t, "SECRET-A-ONE")
	tb := h.tables[0].Table
	if err := tb.Apply(engine.Input{Kind: engine.Message, Team: "a", Channel: "hotline", Text: "HELLO-FROM-A"}); err != nil {
		t.Fatal(err)
	}
	a.sess.Close()
	a.client.Close()
	<-a.done
	again := open(t, h, "t1-a")
	again.waitFor(t, "SECRET-A-ONE")
	if v := tb.View("a"); v.Round != 1 || len(v.Posts) != 1 {
		t.Errorf("the game moved or lost the hotline while the seat was away: round %d, %d posts", v.Round, len(v.Posts))
	}
}

func TestSessionLimit(t *testing.T) {
	h := start(t, Config{Tables: 1, MaxSessions: 1})
	a := open(t, h, "t1-a")
	a.waitFor(t, "SECRET-A-ONE")
	b := open(t, h, "t1-b")
	select {
	case <-b.done:
	case <-time.After(5 * time.Second):
		t.Fatal("a session past the limit was kept")
	}
	if !strings.Contains(b.text(), "full") {
		t.Errorf("the refused session was not told why: %q", b.text())
	}
}

func TestShutdownTellsSessions(t *testing.T) {
	h := start(t, Config{Tables: 1, JournalDir: t.TempDir()})
	a := open(t, h, "t1-a")
	a.waitFor(t, "SECRET-A-ONE")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	h.Shutdown(ctx)
	select {
	case <-a.done:
	case <-time.After(5 * time.Second):
		t.Fatal("the session outlived the host")
	}
	if !strings.Contains(a.text(), "shutting down") {
		t.Errorf("the session was not told: %q", tail(a.text(), 300))
	}
	if _, err := net.Dial("tcp", h.Addr()); err == nil {
		t.Errorf("the host still listens after shutdown")
	}
}

// Random bytes on a session's keyboard, escape sequences and Chinese
// included, never bring the host down: the other seat keeps playing.
func TestKeyStreamNeverCrashesHost(t *testing.T) {
	h := start(t, Config{Tables: 1})
	a := open(t, h, "t1-a")
	a.waitFor(t, "SECRET-A-ONE")
	pieces := [][]byte{
		[]byte("\r"), []byte("\t"), []byte("\x1b"), []byte("\x1b[A"), []byte("\x1b[B"), []byte("\x1b[C"), []byte("\x1b[D"),
		[]byte("?"), []byte("q"), []byte("中文输入"), []byte("\x7f"), []byte("\x03"), []byte("\x1b[<64;10;5M"),
		[]byte("\x1b[200~paste\x1b[201~"), []byte{0xff, 0xfe}, []byte("1"), []byte("y"), []byte(" "),
	}
	seed := uint64(1)
	for i := 0; i < 3000; i++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		p := pieces[(seed>>33)%uint64(len(pieces))]
		if string(p) == "\x03" || string(p) == "q" {
			continue // quitting ends the session; the stream is about everything else
		}
		if _, err := a.in.Write(p); err != nil {
			break
		}
	}
	time.Sleep(200 * time.Millisecond)
	b := open(t, h, "t1-b")
	b.waitFor(t, "SECRET-B-ONE")
	if err := h.tables[0].Table.Apply(engine.Input{Kind: engine.Message, Team: "b", Channel: "hotline", Text: "still here"}); err != nil && !strings.Contains(err.Error(), "decided") && !strings.Contains(err.Error(), "closed") {
		t.Fatalf("the table stopped working: %v", err)
	}
}

// What a session reads outside the game's screen — why it is refused or
// ended — is in its own language, from the LANG its client sends, else in
// the host's.
func TestSessionNoticesInItsLanguage(t *testing.T) {
	waitDone := func(s *screen) {
		t.Helper()
		select {
		case <-s.done:
		case <-time.After(5 * time.Second):
			t.Fatal("the session was not ended")
		}
	}
	zh := "LANG=zh_CN.UTF-8"
	h := start(t, Config{Tables: 1, MaxSessions: 2})
	for _, c := range []struct {
		env  []string
		want string
	}{
		{nil, "brink: a terminal is needed: connect with ssh -t"},
		{[]string{zh}, "brink：需要终端：请用 ssh -t 连接"},
		{[]string{"LC_ALL=zh_TW.UTF-8", "LANG=en_US.UTF-8"}, "brink：需要终端"},
		// LC_ALL, then LC_MESSAGES, then LANG, whatever order they came in.
		{[]string{"LANG=zh_CN.UTF-8", "LC_ALL=en_US.UTF-8"}, "brink: a terminal is needed"},
		{[]string{"LANG=en_US.UTF-8", "LC_MESSAGES=zh_CN.UTF-8"}, "brink：需要终端"},
	} {
		s := openWith(t, h, "t1-observer", false, c.env...)
		waitDone(s)
		if !strings.Contains(s.text(), c.want) {
			t.Errorf("%v, no terminal: want %q, got %q", c.env, c.want, s.text())
		}
	}
	a := openWith(t, h, "t1-a", true, zh)
	a.waitFor(t, "SECRET-A-ONE")
	b := openWith(t, h, "t1-b", true)
	b.waitFor(t, "SECRET-B-ONE")
	for _, c := range []struct {
		env  []string
		want string
	}{{[]string{zh}, "brink：主持端已满；请稍后再试"}, {nil, "brink: the host is full; try again later"}} {
		full := openWith(t, h, "t1-observer", true, c.env...)
		waitDone(full)
		if !strings.Contains(full.text(), c.want) {
			t.Errorf("%v, host full: want %q, got %q", c.env, c.want, full.text())
		}
	}
	// Freed by the facilitator, then the host shuts down.
	h.FreeSeat("t1-a")
	waitDone(a)
	if !strings.Contains(a.text(), "导演组释放了这个席位。") {
		t.Errorf("freed, in Chinese: %q", tail(a.text(), 300))
	}
	again := openWith(t, h, "t1-a", true, zh)
	again.waitFor(t, "SECRET-A-ONE")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	h.Shutdown(ctx)
	waitDone(again)
	waitDone(b)
	if !strings.Contains(again.text(), "主持端正在停止。每局推演都已保存在推演记录中。") {
		t.Errorf("shutdown, in Chinese: %q", tail(again.text(), 300))
	}
	// The notice is the last line, after the game's screen.
	last := strings.TrimRight(b.text(), "\r\n")
	last = last[strings.LastIndex(last, "\n")+1:]
	if !strings.Contains(last, "The host is shutting down.") || han.MatchString(last) {
		t.Errorf("shutdown, in English: %q", tail(b.text(), 300))
	}
}

// A session that switched its language with F2 is told in the language it
// reads now.
func TestSessionNoticeFollowsF2(t *testing.T) {
	h := start(t, Config{Tables: 1})
	a := openWith(t, h, "t1-a", true, "LANG=en_US.UTF-8")
	a.waitFor(t, "SECRET-A-ONE")
	if _, err := a.in.Write([]byte("\x1bOQ")); err != nil { // F2
		t.Fatal(err)
	}
	a.waitFor(t, "第 1 轮")
	h.FreeSeat("t1-a")
	select {
	case <-a.done:
	case <-time.After(5 * time.Second):
		t.Fatal("the freed session was not ended")
	}
	if !strings.Contains(a.text(), "导演组释放了这个席位。") {
		t.Errorf("freed after F2: %q", tail(a.text(), 300))
	}
}

// The join-code prompt of keyboard-interactive clients is ASCII whatever
// the host's language: OpenSSH escapes anything else there, and a client
// sends its own language only after it has joined.
func TestJoinPromptIsASCII(t *testing.T) {
	for lang, want := range map[bilingual.Lang][2]string{
		"en": {"Brink: enter your seat's join code.", "Join code (password): "},
		"zh": {"Brink: enter your seat's join code.", "Join code (password): "},
	} {
		h := start(t, Config{Tables: 1, Lang: lang})
		var got [2]string
		c, err := gossh.Dial("tcp", h.Addr(), &gossh.ClientConfig{
			User: "t1-a",
			Auth: []gossh.AuthMethod{gossh.KeyboardInteractive(func(user, instruction string, questions []string, echos []bool) ([]string, error) {
				got[0] = instruction
				if len(questions) == 1 {
					got[1] = questions[0]
				}
				return []string{h.seats["t1-a"].Code}, nil
			})},
			HostKeyCallback: gossh.InsecureIgnoreHostKey(),
			Timeout:         5 * time.Second,
		})
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		c.Close()
		if got != want {
			t.Errorf("%s: the prompt is %q, want %q", lang, got, want)
		}
	}
}

// Sessions at once, each in its own terminal's colours: a 256-colour
// terminal gets palette numbers, a true-colour one the colours themselves,
// a 16-colour one the sixteen, a dumb one no styles at all.
func TestSessionsDrawInTheirOwnProfiles(t *testing.T) {
	h := start(t, Config{Tables: 2, MaxSessions: 9})
	sgr := regexp.MustCompile(`\x1b\[[0-9;:]*m`)
	cases := []struct {
		user, secret string
		env          []string
		want, not    *regexp.Regexp
	}{
		{"t1-a", "SECRET-A-ONE", []string{"TERM=xterm-256color"}, regexp.MustCompile(`\x1b\[[0-9;]*38;5;\d+`), regexp.MustCompile(`38;2;`)},
		{"t1-b", "SECRET-B-ONE", []string{"TERM=xterm-256color", "COLORTERM=truecolor"}, regexp.MustCompile(`\x1b\[[0-9;]*38;2;\d+;\d+;\d+`), regexp.MustCompile(`38;5;`)},
		{"t2-a", "SECRET-A-ONE", []string{"TERM=xterm"}, regexp.MustCompile(`\x1b\[([0-9;]*;)?(3[0-7]|9[0-7])[;m]`), regexp.MustCompile(`38;[25];`)},
		{"t2-b", "SECRET-B-ONE", []string{"TERM=dumb"}, regexp.MustCompile(`SECRET-B-ONE`), regexp.MustCompile(`\x1b\[[0-9;]*[1-9][0-9;]*m`)},
	}
	screens := make([]*screen, len(cases))
	for i, c := range cases {
		screens[i] = openWith(t, h, c.user, true, c.env...)
	}
	for i, c := range cases {
		screens[i].waitFor(t, c.secret)
		screens[i].mu.Lock()
		out := screens[i].out.String()
		screens[i].mu.Unlock()
		if !c.want.MatchString(out) || c.not.MatchString(out) {
			t.Errorf("%s %v: the session drew %q", c.user, c.env, sgr.FindAllString(out, 20))
		}
	}
}
