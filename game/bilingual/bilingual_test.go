package bilingual_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

var cat = bilingual.Catalogue{
	"%s: cannot go on: %w": "%s：无法继续：%v",
	"%d files in %s":       "%d 个文件，在 %s 中",
}

var errBase = bilingual.New("the base gave way", "底座坏了")

// An error keeps its English, wraps as fmt.Errorf does, and says itself
// in Chinese, an error among its arguments too.
func TestErrorf(t *testing.T) {
	err := cat.Errorf("%s: cannot go on: %w", "a.txt", errBase)
	if err.Error() != "a.txt: cannot go on: the base gave way" {
		t.Errorf("English: %q", err.Error())
	}
	if !errors.Is(err, errBase) {
		t.Error("errors.Is does not find the wrapped error")
	}
	if got := bilingual.Say(err, "zh"); got != "a.txt：无法继续：底座坏了" {
		t.Errorf("Chinese: %q", got)
	}
	if got := bilingual.Say(err, "en"); got != err.Error() {
		t.Errorf("English said: %q", got)
	}
	// A format the catalogue lacks stays English in Chinese.
	if got := bilingual.Say(cat.Errorf("no such format %d", 3), "zh"); got != "no such format 3" {
		t.Errorf("unknown format: %q", got)
	}
	p := bilingual.Pair{En: "the reason", Zh: "说明"}
	if fmt.Sprint(p) != "the reason" || p.In("zh") != "说明" || p.In("en") != "the reason" {
		t.Errorf("Pair: %v %q", p, p.In("zh"))
	}
}

// Only an error inside err can be said: what wraps it stays English and
// the inner part is said.
func TestSayInside(t *testing.T) {
	err := fmt.Errorf("loading x: %w", errBase)
	if got := bilingual.Say(err, "zh"); got != "loading x: 底座坏了" {
		t.Errorf("got %q", got)
	}
	if got := bilingual.Say(errors.New("plain"), "zh"); got != "plain" {
		t.Errorf("got %q", got)
	}
	if bilingual.Say(nil, "zh") != "" {
		t.Error("nil is said")
	}
}

// The operating system's errors are said by their errno, their paths kept.
func TestOSErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f.txt")
	os.WriteFile(file, []byte("x"), 0o644)
	_, missing := os.ReadFile(filepath.Join(dir, "nope.toml"))
	_, isDir := os.ReadFile(dir)
	exists := os.Mkdir(dir, 0o755)
	notDir := os.MkdirAll(filepath.Join(file, "sub"), 0o755)
	rename := os.Rename(filepath.Join(dir, "nope"), filepath.Join(dir, "other"))
	for _, c := range []struct {
		err  error
		want string
	}{
		{missing, "无法打开 " + filepath.Join(dir, "nope.toml") + "：没有这个文件或目录"},
		{isDir, "无法读取 " + dir + "：这是一个文件夹"},
		{exists, "无法创建文件夹 " + dir + "：文件已存在"},
		{notDir, "路径中有一项不是文件夹"},
		{rename, "无法把 " + filepath.Join(dir, "nope") + " 重命名为 " + filepath.Join(dir, "other") + "：没有这个文件或目录"},
		{&fs.PathError{Op: "write", Path: "/x/r.md", Err: syscall.ENOSPC}, "无法写入 /x/r.md：磁盘空间不足"},
		{&fs.PathError{Op: "open", Path: "/x/r.md", Err: syscall.EACCES}, "无法打开 /x/r.md：没有权限"},
		{&fs.PathError{Op: "open", Path: "/x/r.md", Err: syscall.EROFS}, "无法打开 /x/r.md：文件系统是只读的"},
		{syscall.ENOSPC, "磁盘空间不足"},
		{fs.ErrNotExist, "没有这个文件或目录"},
		{errors.New("$HOME is not defined"), "没有设置 $HOME"},
		{errors.New("ssh: no key found"), "文件中没有 SSH 私钥"},
	} {
		if c.err == nil {
			t.Errorf("no error for %q", c.want)
			continue
		}
		got := bilingual.Say(c.err, "zh")
		if !strings.HasSuffix(got, c.want) {
			t.Errorf("%v: said %q, want %q", c.err, got, c.want)
		}
		if bilingual.Say(c.err, "en") != c.err.Error() {
			t.Errorf("%v: English changed", c.err)
		}
	}
	// An address in use, and an address without a port.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	defer ln.Close()
	_, inUse := net.Listen("tcp", ln.Addr().String())
	if got, want := bilingual.Say(inUse, "zh"), "无法监听 "+ln.Addr().String()+"：地址已被占用"; got != want {
		t.Errorf("in use: %q, want %q", got, want)
	}
	_, noPort := net.Listen("tcp", "127.0.0.1")
	if got, want := bilingual.Say(noPort, "zh"), "无法监听：地址 127.0.0.1：缺少端口号"; got != want {
		t.Errorf("no port: %q, want %q", got, want)
	}
}

// recorder is a testing.TB that keeps the errors reported to it.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Errorf(format string, a ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, a...))
}

func TestCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "test", cat)
	for en, zh := range map[string]string{
		"%d files in %s":  "%[2]s 中有 %[1]d 个文件", // reordered
		"%d files":        "%d files",           // not translated
		"%s: %d files":    "%s: %d 个文件",         // ASCII colon
		"too many %s now": "太多 %s now 了 too",    // no, it is fine: two words
		"%s is gone":      "%s 已经 is gone for good",
	} {
		r := &recorder{TB: t}
		bilingualtest.Catalogue(r, "bad", bilingual.Catalogue{en: zh})
		if want := en != "too many %s now"; (len(r.errs) > 0) != want {
			t.Errorf("%q → %q: errors %v, want some: %v", en, zh, r.errs, want)
		}
	}
	if left := bilingualtest.EnglishLeft(`推演记录 ./x/y.jsonl：运行 'brink report x' 或用 --force 重放`); left != "" {
		t.Errorf("EnglishLeft sees %q in a path, a quote or a flag", left)
	}
	if left := bilingualtest.EnglishLeft("无法写入：no space left on device"); left == "" {
		t.Error("EnglishLeft misses English")
	}
}

func TestOSCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "osCat", bilingual.OSCat)
}

// Code finds a format the catalogue lacks, English composed in the code,
// and an error made in English alone.
func TestCode(t *testing.T) {
	src := `package x

func f(err error) {
	_ = cat.Errorf("%s: cannot go on: %w", "a", err)
	_ = cat.Errorf("a message nobody translated")
	_ = cat.Errorf("cannot " + "compose")
	_ = cat.Errorf(format)
	_ = fmt.Errorf("English alone: %w", err)
	_ = fmt.Sprintf("%s-%d.jsonl", "x", 1)
}
`
	p := filepath.Join(t.TempDir(), "x.go")
	os.WriteFile(p, []byte(src), 0o644)
	r := &recorder{TB: t}
	if n := bilingualtest.Code(r, cat, []string{p}, map[string]int{"Errorf": 0}); n != 1 {
		t.Errorf("found %d formats, want 1", n)
	}
	want := []string{"a message nobody translated", "composed in the code", "fmt.Errorf makes an error in English alone"}
	if len(r.errs) != len(want) {
		t.Fatalf("errors %q, want %d", r.errs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(r.errs[i], w) {
			t.Errorf("error %d: %q, want %q", i, r.errs[i], w)
		}
	}
}

func TestMsg(t *testing.T) {
	cat := bilingual.Catalogue{"%d rounds of %s": "%[2]s 共 %[1]d 轮", "talks": "会谈"}
	inner := cat.Msg("talks")
	m := cat.Msg("%d rounds of %s", 3, inner)
	if got := m.In(bilingual.English); got != "3 rounds of talks" {
		t.Errorf("English: %q", got)
	}
	if got := m.In(bilingual.Chinese); got != "会谈 共 3 轮" {
		t.Errorf("Chinese: %q", got)
	}
	if got := fmt.Sprint(m); got != "3 rounds of talks" {
		t.Errorf("fmt: %q", got)
	}
	if b, _ := json.Marshal(struct{ M bilingual.Msg }{m}); string(b) != `{"M":"3 rounds of talks"}` {
		t.Errorf("JSON: %s", b)
	}
	if !(bilingual.Msg{}).IsZero() || m.IsZero() || (bilingual.Msg{}).In(bilingual.Chinese) != "" {
		t.Error("the zero Msg must say nothing, and only it")
	}
	if got := cat.Msg("not in the catalogue %d", 1).In(bilingual.Chinese); got != "not in the catalogue 1" {
		t.Errorf("a format without Chinese stays English: %q", got)
	}
}
