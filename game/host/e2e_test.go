package host

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestEndToEndOpenSSH builds brink, hosts the demo scenario, and plays one
// round with the real OpenSSH client under tmux: two teams and the
// facilitator, each in its own terminal, as a workshop would.
func TestEndToEndOpenSSH(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	for _, tool := range []string{"tmux", "ssh", "sshpass"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (.ci/run installs tmux, openssh-client and sshpass)", tool)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "brink-test")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/brink")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, port, _ := net.SplitHostPort(addr)

	cmd := exec.Command(bin, "host", "--scenario", "demo", "--listen", addr, "--seed", "3", "--log", filepath.Join(dir, "host.log"))
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir, "LANG=en_US.UTF-8")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() })
	codes := map[string]string{}
	sc := bufio.NewScanner(stdout)
	for sc.Scan() && len(codes) < 4 {
		if f := strings.Fields(sc.Text()); len(f) >= 2 && strings.Count(f[1], "-") == 1 && len(f[1]) == 11 {
			codes[f[0]] = f[1]
		}
	}
	go func() {
		for sc.Scan() {
		}
	}()
	if len(codes) < 4 {
		t.Fatalf("the host did not print the seats' codes: %v\n%s", codes, stderr.String())
	}

	sock := filepath.Join(dir, "tmux.sock")
	tm := func(args ...string) string {
		out, err := exec.Command("tmux", append([]string{"-S", sock}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	t.Cleanup(func() { exec.Command("tmux", "-S", sock, "kill-server").Run() })
	join := func(name, user string) {
		ssh := fmt.Sprintf("sshpass -p %s ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -p %s %s@127.0.0.1", codes[user], port, user)
		tm("new-session", "-d", "-s", name, "-x", "120", "-y", "36", ssh)
	}
	screen := func(name string) string { return tm("capture-pane", "-p", "-t", name) }
	waitFor := func(name, what string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			if strings.Contains(screen(name), what) {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("%s never showed %q:\n%s", name, what, screen(name))
	}
	keys := func(name string, ks ...string) {
		for _, k := range ks {
			tm("send-keys", "-t", name, k)
			time.Sleep(150 * time.Millisecond)
		}
	}

	join("cn", "t1-cn")
	join("us", "t1-us")
	join("fac", "facilitator")
	waitFor("cn", "Your own services will not say whether the operation is theirs.")
	waitFor("us", "The implant reuses tools seen in earlier espionage")
	waitFor("fac", "facilitator console")
	if strings.Contains(screen("us"), "Your own services will not say") {
		t.Fatal("the U.S. seat shows the Chinese seat's intelligence")
	}

	// China: brief → hotline (send a message) → assessment → decision.
	keys("cn", "Enter")
	tm("send-keys", "-t", "cn", "-l", "Can we talk before anyone goes public?")
	keys("cn", "Enter", "Tab", "Enter", "Enter")
	waitFor("cn", "Your decision is in")
	waitFor("fac", "CN:decided")
	keys("us", "Enter") // to the hotline
	waitFor("us", "Can we talk before anyone goes public?")
	for _, cnOption := range []string{"Offer a joint look", "Ask for the evidence, on stated terms", "Deny and wait", "Accuse the other side in public"} {
		if s := screen("us"); strings.Contains(s, cnOption) {
			t.Fatalf("the U.S. seat sees China's option %q before the reveal", cnOption)
		}
	}
	// The U.S.: hotline → assessment (the second read) → decision (the second option).
	keys("us", "Tab", "Down", "Enter", "Down", "Enter")
	waitFor("us", "ROUND 1 REVEALED")
	waitFor("cn", "ROUND 1 REVEALED")
	waitFor("fac", "round 2/") // the console has moved on with the table

	// The tension the facilitator's console shows before the adjustment.
	tension := regexp.MustCompile(`T(\d+) R\d+`)
	m := tension.FindStringSubmatch(screen("fac"))
	if m == nil {
		t.Fatalf("the console shows no tension:\n%s", screen("fac"))
	}
	before, _ := strconv.Atoi(m[1])

	// The facilitator adjusts tension at table 1 with a reason.
	keys("fac", "m", "Enter")
	tm("send-keys", "-t", "fac", "-l", "+5")
	keys("fac", "Enter")
	tm("send-keys", "-t", "fac", "-l", "a storm of press reports")
	keys("fac", "Enter")
	waitFor("fac", fmt.Sprintf("T%d", min(before+5, 100)))

	// A dropped seat reconnects to its game where it was.
	tm("kill-session", "-t", "us")
	join("us2", "t1-us")
	waitFor("us2", "Round 2 of 3")
}
