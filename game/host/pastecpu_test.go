//go:build linux

package host

import (
	"bufio"
	"bytes"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hostProcess is `brink host` running as its own process, so that its CPU
// is its own and not its clients'.
type hostProcess struct {
	cmd   *exec.Cmd
	addr  string
	codes map[string]string // seat → join code
}

// buildBrinkBin builds cmd/brink into a folder removed with the test.
func buildBrinkBin(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "brink")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/brink").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// startHostProcess runs `bin host` on a free loopback port with args and
// reads the seats' codes it prints; the process is stopped with the test.
func startHostProcess(t testing.TB, bin string, args ...string) *hostProcess {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	dir := t.TempDir()
	cmd := exec.Command(bin, append([]string{"host", "--listen", addr, "--seed", "1", "--log", filepath.Join(dir, "host.log"), "--journal-dir", dir, "--host-key", filepath.Join(dir, "key")}, args...)...)
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir, "LANG=en_US.UTF-8")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() })
	hp := &hostProcess{cmd: cmd, addr: addr, codes: map[string]string{}}
	sc := bufio.NewScanner(stdout)
	for sc.Scan() { // the table of seats ends with a blank line
		f := strings.Fields(sc.Text())
		if len(f) >= 2 && strings.Count(f[1], "-") == 1 && len(f[1]) == 11 {
			hp.codes[f[0]] = f[1]
		} else if len(f) == 0 && len(hp.codes) > 0 {
			break
		}
	}
	go func() {
		for sc.Scan() {
		}
	}()
	if hp.codes[FacilitatorUser] == "" {
		t.Fatalf("the host did not print the seats' codes: %v", hp.codes)
	}
	return hp
}

// cpu is the process's CPU time so far, user and system, from /proc.
func (hp *hostProcess) cpu(t testing.TB) time.Duration {
	t.Helper()
	b, err := os.ReadFile("/proc/" + strconv.Itoa(hp.cmd.Process.Pid) + "/stat")
	if err != nil {
		t.Fatal(err)
	}
	// The fields after the command's name: state is the first, utime
	// and stime the 12th and 13th, in clock ticks (100 a second).
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	user, _ := strconv.ParseInt(f[11], 10, 64)
	sys, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(user+sys) * 10 * time.Millisecond
}

// pasteTime is how long the sessions paste while the host's CPU is counted.
const pasteTime = 2 * time.Second

// BenchmarkEndlessPasteCPU: the CPU the host process spends while 25
// sessions (and, in the second case, 5) of a table's seats paste without
// end for 2 s, each opening a bracketed paste it never closes and writing
// 4 KB after 4 KB as fast as the host takes them. It reports the host's CPU
// in those 2 s (cpu-ms, and as a share of one core, cpu-%), its CPU in the
// 2 s before with the same sessions open and idle (idle-cpu-ms).
func BenchmarkEndlessPasteCPU(b *testing.B) {
	bin := buildBrinkBin(b)
	for _, n := range []int{25, 5} {
		b.Run("sessions="+strconv.Itoa(n), func(b *testing.B) {
			var cpu, idle time.Duration
			for b.Loop() {
				c, i := pasteCPU(b, bin, n)
				cpu, idle = cpu+c, idle+i
			}
			per := float64(b.N)
			b.ReportMetric(float64(cpu.Milliseconds())/per, "cpu-ms")
			b.ReportMetric(100*cpu.Seconds()/pasteTime.Seconds()/per, "cpu-%")
			b.ReportMetric(float64(idle.Milliseconds())/per, "idle-cpu-ms")
		})
	}
}

// pasteCPU runs one host with n sessions on table 1's seats, and returns
// its CPU while they paste for pasteTime and its CPU while they sat idle
// as long.
func pasteCPU(b *testing.B, bin string, n int) (cpu, idle time.Duration) {
	hp := startHostProcess(b, bin, "--seat-sessions", strconv.Itoa(n), "--max-sessions", strconv.Itoa(n+4))
	var screens []*screen
	for i := 0; i < n; i++ {
		user := []string{"t1-cn", "t1-us", "t1-observer"}[i%3]
		c, err := dial(hp.addr, user, hp.codes[user])
		if err != nil {
			b.Fatalf("%s: %v", user, err)
		}
		screens = append(screens, shell(b, c, true))
	}
	for _, s := range screens {
		if !waitUntil(20*time.Second, func() bool { return s.size() > 200 }) {
			b.Fatalf("a session drew no screen: %q", s.text())
		}
	}
	time.Sleep(500 * time.Millisecond) // every first screen drawn
	c0 := hp.cpu(b)
	time.Sleep(pasteTime)
	c1 := hp.cpu(b)
	stop := make(chan struct{})
	for _, s := range screens {
		pasteWithoutEnd(s, stop)
	}
	time.Sleep(pasteTime)
	c2 := hp.cpu(b)
	close(stop)
	// Stop the host now: the pasters' blocked writes end with it.
	hp.cmd.Process.Signal(syscall.SIGKILL)
	return c2 - c1, c1 - c0
}
