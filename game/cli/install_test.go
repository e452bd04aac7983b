package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The README's install line works: `go install ./cmd/brink` into a
// temporary GOBIN gives a brink that answers `brink version`, `-v` and
// `--version`; a release build (.ci/release's -ldflags) shows the version
// and commit it was stamped with.
func TestInstallAndVersion(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary twice; skipped with -short")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	exe := "brink"
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	bin := t.TempDir()
	install := exec.Command(goBin, "install", "./cmd/brink")
	install.Dir = root
	install.Env = append(os.Environ(), "GOBIN="+bin)
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("go install ./cmd/brink: %v\n%s", err, out)
	}
	brink := filepath.Join(bin, exe)
	var first string
	for _, arg := range []string{"version", "-v", "--version"} {
		out, err := exec.Command(brink, arg).CombinedOutput()
		if err != nil || !strings.HasPrefix(string(out), "brink ") || strings.Count(string(out), "\n") != 1 {
			t.Errorf("brink %s: %v\n%s", arg, err, out)
		}
		if first == "" {
			first = string(out)
		} else if string(out) != first {
			t.Errorf("brink %s says %q, brink version %q", arg, out, first)
		}
	}

	stamped := filepath.Join(t.TempDir(), exe)
	pkg := "github.com/brink-ttx/brink/game/cli"
	build := exec.Command(goBin, "build", "-o", stamped, "-ldflags", "-X "+pkg+".Version=v9.8.7 -X "+pkg+".Commit=0123456789ab", "./cmd/brink")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build -ldflags: %v\n%s", err, out)
	}
	out, err := exec.Command(stamped, "version").CombinedOutput()
	if err != nil || string(out) != "brink v9.8.7 (commit 0123456789ab)\n" {
		t.Errorf("a stamped brink version: %v %q", err, out)
	}
	out, err = exec.Command(stamped, "version", "--json").CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != `{"version":"v9.8.7","commit":"0123456789ab"}` {
		t.Errorf("a stamped brink version --json: %v %q", err, out)
	}
}
