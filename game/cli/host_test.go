package cli

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

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
	for lang, want := range map[string][]string{
		"en": {"Brink is hosting \"A small demonstration\" on 0.0.0.0:2222", "SEAT", "JOIN CODE", "Ctrl+C stops the host."},
		"zh": {"Brink 正在主持 \"小型演示\"，地址 0.0.0.0:2222", "席位", "加入码", "按 Ctrl+C 停止主持。"},
	} {
		var out bytes.Buffer
		env := map[string]string{"LANG": map[string]string{"en": "en_US.UTF-8", "zh": "zh_CN.UTF-8"}[lang]}
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
