package cli

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	gossh "golang.org/x/crypto/ssh"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/host"
	"github.com/brink-ttx/brink/game/scenario"
)

// What `brink host` prints for the person running it — where it listens,
// every seat's join code and command, how to stop it — is in the
// language of --lang or the environment, its columns lined up by display
// width.
func TestHostBannerInLanguage(t *testing.T) {
	s, err := scenario.LoadFile(demoFile)
	if err != nil {
		t.Fatal(err)
	}
	h, err := host.New(host.Config{Scenario: s, Tables: 2, Listen: "0.0.0.0:2222"})
	if err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[bilingual.Lang][]string{
		"en": {"Brink is hosting \"A small demonstration\" on 0.0.0.0:2222", "SEAT", "JOIN CODE", "Ctrl+C stops the host."},
		"zh": {"Brink 正在主持 \"小型演示\"，地址 0.0.0.0:2222", "席位", "加入码", "按 Ctrl+C 停止主持。"},
	} {
		var out bytes.Buffer
		env := map[string]string{"LANG": map[bilingual.Lang]string{"en": "en_US.UTF-8", "zh": "zh_CN.UTF-8"}[lang]}
		c := &Ctx{Stdout: &out, Getenv: func(k string) string { return env[k] }}
		printSeats(c, h, s.Title.In(lang), "")
		for _, w := range want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: the banner lacks %q:\n%s", lang, w, out.String())
			}
		}
		if lang == "en" && han.MatchString(out.String()) {
			t.Errorf("en: the banner has Chinese:\n%s", out.String())
		}
		// The commands start in one column, the heading's too: the third
		// column of the heading and of each of the 7 seats.
		lines := strings.Split(out.String(), "\n")
		if len(lines) < 10 {
			t.Fatalf("%s:\n%s", lang, out.String())
		}
		var col []int
		for i, l := range lines[2:10] {
			at := strings.Index(l, "ssh ")
			if i == 0 {
				f := strings.Fields(l)
				at = strings.LastIndex(l, f[len(f)-1])
			}
			col = append(col, lipgloss.Width(l[:at]))
		}
		for _, c := range col {
			if c != col[0] {
				t.Errorf("%s: the commands do not line up (%v):\n%s", lang, col, out.String())
				break
			}
		}
	}
}

// brink version prints the name and the version alone, which no language
// changes.
func TestVersionHasNoWords(t *testing.T) {
	_, en, _ := runCLI(t, "version")
	_, zh, _ := runZh(t, "version")
	if en != zh || !strings.HasPrefix(en, "brink ") || strings.Count(en, " ") != 1 {
		t.Errorf("version: %q in English, %q in Chinese", en, zh)
	}
}

// brink host prints its key's fingerprint, warns of a key others can read
// and of a wildcard address, and creates its log for its user only.
func TestHostWarnings(t *testing.T) {
	dir := t.TempDir()
	key := dir + "/key"
	// A key written by a first run, then opened to the group.
	h, err := host.New(host.Config{Scenario: mustDemo(t), HostKeyPath: key, Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := h.Listen()
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	if !strings.HasPrefix(h.Fingerprint(), "SHA256:") {
		t.Errorf("fingerprint %q", h.Fingerprint())
	}
	if err := os.Chmod(key, 0o644); err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	c := &Ctx{Stderr: &errb, Getenv: func(string) string { return "" }}
	warnHost(c, key, "0.0.0.0:2222")
	for _, want := range []string{"can be read by others (mode 0644)", "anyone on the network can reach the join prompt"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("no warning %q:\n%s", want, errb.String())
		}
	}
	errb.Reset()
	os.Chmod(key, 0o600)
	warnHost(c, key, "127.0.0.1:2222")
	if errb.Len() != 0 {
		t.Errorf("warnings for a private key on loopback: %s", errb.String())
	}
}

func mustDemo(t *testing.T) *scenario.Scenario {
	s, err := scenario.LoadFile(demoFile)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// lines is a writer whose lines a test reads as they come.
type lines struct {
	mu  sync.Mutex
	buf bytes.Buffer
	ch  chan string
}

func (l *lines) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf.Write(p)
	for {
		i := bytes.IndexByte(l.buf.Bytes(), '\n')
		if i < 0 {
			return len(p), nil
		}
		s := string(l.buf.Next(i + 1))
		select {
		case l.ch <- strings.TrimSuffix(s, "\n"):
		default:
		}
	}
}

// SIGTERM ends brink host within 5 s, with every session told, even while
// clients flood window changes and one never reads.
func TestHostEndsOnSIGTERM(t *testing.T) {
	dir := t.TempDir()
	out := &lines{ch: make(chan string, 100)}
	var errb bytes.Buffer
	c := &Ctx{Stdin: strings.NewReader(""), Stdout: out, Stderr: &errb, Getenv: func(k string) string {
		if k == "XDG_CONFIG_HOME" || k == "XDG_DATA_HOME" {
			return dir
		}
		return ""
	}}
	code := make(chan int, 1)
	go func() { code <- Main([]string{"host", "--scenario", demoFile, "--listen", "127.0.0.1:0"}, c) }()
	var addr string
	codes := map[string]string{}
	for addr == "" || len(codes) < 4 {
		select {
		case l := <-out.ch:
			if _, a, ok := strings.Cut(l, "\" on "); ok {
				addr = a
			}
			if f := strings.Fields(l); len(f) >= 3 && len(f[1]) == 11 && f[1][5] == '-' {
				codes[f[0]] = f[1]
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("the host never printed its seats: %s", errb.String())
		}
	}
	var sessions []*gossh.Session
	for _, user := range []string{"t1-cn", "t1-cn", "t1-us", "t1-observer"} {
		cl, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: user, Auth: []gossh.AuthMethod{gossh.Password(codes[user])},
			HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		defer cl.Close()
		s, err := cl.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		s.StdoutPipe() // never read
		if err := s.RequestPty("xterm", 60, 200, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		if err := s.Shell(); err != nil {
			t.Fatal(err)
		}
		sessions = append(sessions, s)
	}
	end := time.Now().Add(2 * time.Second)
	for k := 0; time.Now().Before(end); k++ {
		for _, s := range sessions {
			s.WindowChange(60+k%40, 200+k%100)
		}
		time.Sleep(time.Millisecond)
	}
	begin := time.Now()
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	select {
	case got := <-code:
		if got != ExitOK {
			t.Errorf("exit status %d", got)
		}
	case <-time.After(6 * time.Second):
		t.Fatal("brink host did not end within 5 s of SIGTERM")
	}
	t.Logf("ended %v after SIGTERM", time.Since(begin))
	if !strings.Contains(errb.String(), "shutting down") {
		t.Errorf("stderr: %s", errb.String())
	}
}
