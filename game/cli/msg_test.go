package cli

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// runZh runs the command line with LANG=zh_CN.UTF-8.
func runZh(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := map[string]string{"LANG": "zh_CN.UTF-8"}
	code := Main(args, &Ctx{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }})
	return code, out.String(), errb.String()
}

var han = regexp.MustCompile(`\p{Han}`)

// With a Chinese locale the help, usage errors, "not found" and
// validate's summary are in Chinese; the exit statuses are the same.
func TestChineseMessages(t *testing.T) {
	code, out, _ := runZh(t, "help")
	for _, want := range []string{"用法：brink", "在终端里开始推演", "检查情景文件", "LANG"} {
		if code != ExitOK || !strings.Contains(out, want) {
			t.Errorf("help lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runZh(t, "play", "--help")
	if code != ExitOK || !strings.Contains(out, "选项：") || !strings.Contains(out, "--ascii") || !strings.Contains(out, "RUNEWIDTH_EASTASIAN") {
		t.Errorf("play --help:\n%s", out)
	}
	// Every flag of every command has its Chinese description.
	for name := range commands {
		_, out, _ := runZh(t, name, "--help")
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "  -") && !han.MatchString(l) {
				t.Errorf("%s --help: a flag with no Chinese (add it to zhFlags in msg.go): %q", name, l)
			}
		}
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"frobnicate"}, ExitUsage, "没有命令"},
		{[]string{"sim"}, ExitUsage, "请指定一个情景"},
		{[]string{"sim", demoFile, "--seat", "us"}, ExitUsage, "--seat 的格式是"},
		{[]string{"sim", demoFile, "--seed", "minus one"}, ExitUsage, "种子必须是"},
		{[]string{"sim", demoFile, "--no-such-flag"}, ExitUsage, "没有这个选项"},
		{[]string{"validate"}, ExitUsage, "请至少指定"},
		{[]string{"scenarios", "extra"}, ExitUsage, "不接受参数"},
		{[]string{"sim", "no-such-scenario"}, ExitFail, "没有内置情景 \"no-such-scenario\""},
		{[]string{"validate", "no-such-scenario"}, ExitFail, "没有内置情景"},
		{[]string{"preview", demoFile, "--inject", "nope"}, ExitFail, "没有事件 \"nope\""},
		{[]string{"preview", demoFile, "--team", "uk"}, ExitFail, "没有参演方 \"uk\""},
	} {
		code, out, errs := runZh(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d (want %d), stderr %q (want %q), stdout %q", c.args, code, c.code, errs, c.want, out)
		}
		if strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: want one line on stderr, got %q", c.args, errs)
		}
	}
	code, out, _ = runZh(t, "validate", demoFile)
	if code != ExitOK || !strings.Contains(out, "demo.toml：通过（demo，2 个参演方，3 个事件；") || !strings.Contains(out, "条警告）") {
		t.Errorf("validate's summary:\n%s", out)
	}
	// The loader's warnings stay English: they are for authors.
	if !strings.Contains(out, "warning few-options") {
		t.Errorf("validate's warnings:\n%s", out)
	}
	code, out, _ = runZh(t, "scenarios")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != ExitOK || !strings.HasPrefix(lines[0], "ID") || !strings.Contains(lines[0], "标题") {
		t.Fatalf("scenarios:\n%s", out)
	}
	// Columns line up by display width, Chinese header and all: the
	// titles start in one column.
	gap := regexp.MustCompile(`\S  +`)
	titleCol := func(l string) int {
		m := gap.FindAllStringIndex(l, 3)
		if len(m) < 3 {
			return -1
		}
		return lipgloss.Width(l[:m[2][1]])
	}
	for _, l := range lines[1:] {
		if got, want := titleCol(l), titleCol(lines[0]); got != want {
			t.Errorf("the title of %q starts at column %d, the header's at %d", l, got, want)
		}
	}
	code, out, _ = runZh(t, "sim", demoFile, "--seed", "2")
	for _, want := range []string{"第 1 轮——", "结局：", "判明意图", "等级"} {
		if code != ExitOK || !strings.Contains(out, want) {
			t.Errorf("sim in Chinese lacks %q:\n%s", want, out)
		}
	}
	// English stays English.
	code, out, errs := runCLI(t, "sim", "no-such-scenario")
	if code != ExitFail || !strings.Contains(errs, "no built-in scenario") || han.MatchString(errs) || out != "" {
		t.Errorf("English not found: %q", errs)
	}
}
