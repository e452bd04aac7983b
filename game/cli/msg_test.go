package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
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
				t.Errorf("%s --help: a flag with no Chinese (add it to zhMsg in msg.go): %q", name, l)
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
		{[]string{"preview", demoFile, "--team", "uk"}, ExitUsage, "没有参演方 \"uk\""},
	} {
		code, out, errs := runZh(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d (want %d), stderr %q (want %q), stdout %q", c.args, code, c.code, errs, c.want, out)
		}
		if strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: want one line on stderr, got %q", c.args, errs)
		}
	}
	code, out, errs := runZh(t, "validate", demoFile)
	if code != ExitOK || !strings.Contains(out, "demo.toml：通过（demo，2 个参演方，3 个事件；") || !strings.Contains(out, "条警告）") {
		t.Errorf("validate's summary:\n%s", out)
	}
	// The lint warnings too, each with its code as it is in English.
	if !strings.Contains(errs, demoFile+":59:1: 警告 few-options：事件 \"intrusion\"：") {
		t.Errorf("validate's warnings:\n%s", errs)
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
	code, out, errs = runCLI(t, "sim", "no-such-scenario")
	if code != ExitFail || !strings.Contains(errs, "no built-in scenario") || han.MatchString(errs) || out != "" {
		t.Errorf("English not found: %q", errs)
	}
}

// A scenario's problems read in the user's language, in every command that
// loads one: from LANG, or from --lang where the command has it. Each line
// still starts with file:line:col, and the exit status is the same.
func TestProblemsInUsersLanguage(t *testing.T) {
	data, err := os.ReadFile(demoFile)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	invalid := strings.Replace(string(data), `stance = 2`, `stance = 9`, 1)
	invalid = strings.Replace(invalid, `set = ["named"]`, `set = ["namd"]`, 1)
	bad := write("bad.toml", invalid)
	syntax := write("syntax.toml", strings.Replace(string(data), `rounds = 3`, `rounds = = 3`, 1))
	loc := regexp.MustCompile(`^(.+\.toml:\d+:\d+: )`)
	// lines checks stderr: one problem a line, each at its place, each in
	// the language wanted; it returns the places.
	lines := func(args []string, code int, errs string, zh bool, file string, n int) []string {
		t.Helper()
		ls := strings.Split(strings.TrimSpace(errs), "\n")
		if code != ExitFail || len(ls) != n {
			t.Errorf("%v: exit %d, want %d problem lines:\n%s", args, code, n, errs)
			return nil
		}
		var at []string
		for _, l := range ls {
			m := loc.FindStringSubmatch(l)
			if m == nil || !strings.HasPrefix(l, file+":") {
				t.Errorf("%v: %q does not start with file:line:col", args, l)
				continue
			}
			if han.MatchString(strings.TrimPrefix(l, m[1])) != zh {
				t.Errorf("%v: %q is not in the language wanted (Chinese: %v)", args, l, zh)
			}
			at = append(at, m[1])
		}
		return at
	}
	for _, c := range []struct {
		file string
		n    int
	}{{bad, 2}, {syntax, 1}} {
		args := []string{"validate", c.file}
		code, _, errs := runZh(t, args...)
		zhAt := lines(args, code, errs, true, c.file, c.n)
		if !strings.Contains(errs, "：") {
			t.Errorf("%v: %q", args, errs)
		}
		code, _, errs = runZh(t, append(args, "--lang", "en")...)
		enAt := lines(args, code, errs, false, c.file, c.n)
		if strings.Join(zhAt, "|") != strings.Join(enAt, "|") {
			t.Errorf("%v: the problems stand at %v in Chinese, %v in English", args, zhAt, enAt)
		}
		code, _, errs = runCLI(t, append(args, "--lang", "zh")...)
		lines(args, code, errs, true, c.file, c.n)
		code, _, errs = runCLI(t, args...)
		lines(args, code, errs, false, c.file, c.n)
	}
	_, _, errs := runZh(t, "validate", bad)
	if !strings.Contains(errs, `set 中有未知的标志 "namd"（是否想写 "named"？）`) {
		t.Errorf("validate in Chinese:\n%s", errs)
	}
	if code, out, errs := runZh(t, "validate", "--lang", "en", demoFile); code != ExitOK || han.MatchString(out+errs) || !strings.Contains(errs, "warning few-options: ") {
		t.Errorf("validate --lang en in a Chinese locale:\n%s%s", out, errs)
	}
	// The JSON keeps its English message and adds the Chinese.
	code, out, _ := runZh(t, "validate", "--json", bad)
	var res []struct {
		Problems []struct {
			Message   string `json:"message"`
			MessageZh string `json:"message_zh"`
		}
	}
	if err := json.Unmarshal([]byte(out), &res); code != ExitFail || err != nil || len(res) != 1 || len(res[0].Problems) != 2 ||
		han.MatchString(res[0].Problems[0].Message) || !han.MatchString(res[0].Problems[0].MessageZh) {
		t.Errorf("validate --json: exit %d, %v\n%s", code, err, out)
	}
	// The other commands that load a scenario.
	for _, args := range [][]string{{"sim", bad}, {"analyze", bad, "--games", "1"}, {"preview", bad}, {"play", "--scenario", bad}, {"host", "--scenario", bad}} {
		code, _, errs := runZh(t, args...)
		lines(args, code, errs, true, bad, 2)
		if args[0] == "analyze" {
			continue // no --lang
		}
		code, _, errs = runZh(t, append(args, "--lang", "en")...)
		lines(args, code, errs, false, bad, 2)
	}
	// Preview's lint warnings are in the language of its text.
	for lang, want := range map[string]string{"zh": "警告 unreachable-inject：事件 \"spill\"", "en": "warning unreachable-inject: inject \"spill\""} {
		if code, out, _ := runCLI(t, "preview", demoFile, "--inject", "spill", "--lang", lang, "--width", "120"); code != ExitOK || !strings.Contains(out, want) {
			t.Errorf("preview --lang %s lacks %q:\n%s", lang, want, out)
		}
	}
}

// Every message the command line says has its Chinese, with the same verbs
// in the same order, and it makes no error in English alone.
func TestZhCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "zhMsg", zhMsg)
	formats := map[string]int{"textErr": 0, "usageErr": 0, "trf": 0, "tr": 0, "Sprintf": 1, "Msg": 0, "say": 0}
	n := bilingualtest.Code(t, zhMsg, bilingualtest.PackageFiles(t), formats)
	if n < 100 {
		t.Errorf("found only %d messages: has the code moved?", n)
	}
}

// Every command's summary and the usage of every flag of every command, as
// its help prints them, have their Chinese, keyed by the English as written,
// with the same verbs; the one argument a usage may take is the list of
// personalities (flagUsage).
func TestZhHelp(t *testing.T) {
	has := func(what, en string, verbs ...string) {
		t.Helper()
		zh, ok := zhMsg[en]
		if !ok {
			t.Errorf("%s: no Chinese for %q: add it to zhMsg in msg.go", what, en)
			return
		}
		if got := bilingual.Verbs(en); !slices.Equal(got, verbs) {
			t.Errorf("%s: %q has verbs %v, want %v", what, en, got, verbs)
		}
		if got := bilingual.Verbs(zh); !slices.Equal(got, bilingual.Verbs(en)) {
			t.Errorf("%s: the Chinese of %q, %q, has verbs %v", what, en, zh, got)
		}
	}
	flags := 0
	for name, cmd := range commands {
		has(name+"'s summary", cmd.summary)
		var fs *flag.FlagSet
		c := &Ctx{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" },
			sawFlags: func(f *flag.FlagSet) { fs = f }}
		if code := cmd.run(c, []string{"--help"}); code != ExitOK || fs == nil || fs.Name() != name {
			t.Errorf("%s --help: exit %d, flag set %v", name, code, fs)
			continue
		}
		fs.VisitAll(func(f *flag.Flag) {
			flags++
			if strings.Contains(f.Usage, "%") {
				has(name+" --"+f.Name, f.Usage, "%s")
			} else {
				has(name+" --"+f.Name, f.Usage)
			}
		})
	}
	if flags < 50 {
		t.Errorf("saw only %d flags: does the help still come from the flag sets?", flags)
	}
}
