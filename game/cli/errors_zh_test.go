package cli

import (
	"bytes"
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

// Every error a command prints follows the user's language: a journal that
// is missing, foreign, cut off or played with another scenario; a report
// or a skeleton written into a folder that does not exist; a bad bot
// personality; a host that cannot listen or read its key. With
// LANG=zh_CN.UTF-8 each is one line of Chinese, paths and ids kept; with
// --lang en (or no Chinese locale, for the commands without --lang) the
// same error in English, with the same exit status.
func TestErrorsInUsersLanguage(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	n := 0
	// fresh is a new copy of a file, for a command that changes it.
	fresh := func(p string) string {
		n++
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return write(fmt.Sprintf("copy%d-%s", n, filepath.Base(p)), string(data))
	}
	// folder is a new empty folder.
	folder := func() string {
		n++
		d := filepath.Join(dir, fmt.Sprintf("folder%d", n))
		os.Mkdir(d, 0o755)
		return d
	}

	good := simJournal(t, dir, "good.jsonl", "--seed", "2")
	data, _ := os.ReadFile(good)
	lines := strings.SplitAfter(string(data), "\n")
	cut := write("cut.jsonl", strings.Join(lines[:3], "")+lines[3][:15])
	corrupt := write("corrupt.jsonl", lines[0]+lines[1]+"{not json\n"+strings.Join(lines[3:], ""))
	junk := write("junk.jsonl", "{}\n")
	png := write("photo.png", "\x89PNG\r\n\x1a\nbinary")
	empty := write("empty.jsonl", "")
	missing := filepath.Join(dir, "nope.jsonl")
	noFolder := filepath.Join(dir, "no-such-folder")

	// A journal of a game of a scenario file, then the file edited.
	gdir := filepath.Join(dir, "gen")
	os.Mkdir(gdir, 0o755)
	unfinishedJ, sp, _ := unfinished(t, gdir, 6, true)
	changed := fresh(unfinishedJ)
	src, _ := os.ReadFile(sp)
	os.WriteFile(sp, append(src, "\n# edited\n"...), 0o644)
	// An unfinished journal whose header seats an unknown policy.
	g2dir := filepath.Join(dir, "gen2")
	os.Mkdir(g2dir, 0o755)
	seated, _, _ := unfinished(t, g2dir, 3, false)
	sdata, _ := os.ReadFile(seated)
	if !strings.Contains(string(sdata), `"cn":"random"`) {
		t.Fatal("the journal seats no random cn")
	}
	genius := write("genius.jsonl", strings.Replace(string(sdata), `"cn":"random"`, `"cn":"genius"`, 1))

	badBot := write("bad-bot.toml", "name = \"Bad Name\"\n[choose]\nstanse = 1\n[assess]\nskill = 3\n")
	syntaxBot := write("syntax-bot.toml", "name = = 3\n")
	badKey := write("bad-key", "not a key\n")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	inUse := ln.Addr().String()
	host := func(args ...string) func() []string {
		return func() []string {
			return append([]string{"host", "--journal-dir", folder(), "--scenario", "demo"}, args...)
		}
	}
	fixed := func(args ...string) func() []string { return func() []string { return args } }

	for _, c := range []struct {
		name   string
		args   func() []string
		code   int
		lines  int    // lines on stderr (0: 1)
		zh, en string // a part of the first line in each language
		noLang bool   // the command has no --lang
	}{
		// report.
		{"report missing", fixed("report", missing), ExitFail, 0, missing + ": 没有这个文件或目录", missing + ": no such file or directory", false},
		{"report folder", fixed("report", dir), ExitFail, 0, dir + ": 这是一个文件夹", dir + ": is a directory", false},
		{"report junk", fixed("report", junk), ExitFail, 0, junk + ":1: 不是 Brink 推演记录", junk + ":1: not a Brink journal", false},
		{"report png", fixed("report", png), ExitFail, 0, "（它不是文本文件）", "(it is not a text file)", false},
		{"report empty", fixed("report", empty), ExitFail, 0, "（文件是空的）", "(the file is empty)", false},
		{"report cut", fixed("report", cut), ExitFail, 0, cut + ":4: 最后一行不完整", cut + ":4: the last line is cut off", false},
		{"report corrupt", fixed("report", corrupt), ExitFail, 0, corrupt + ":3: 条目已损坏（无效的字符", corrupt + ":3: corrupted event (invalid character", false},
		{"report changed", fixed("report", changed), ExitFail, 0, changed + ":1: 情景 \"gen-6\" 在这局推演之后已被修改", changed + ":1: scenario \"gen-6\" has changed", false},
		{"report -o missing folder", fixed("report", good, "-o", filepath.Join(noFolder, "r.md")), ExitFail, 0, "无法写入 " + filepath.Join(noFolder, "r.md") + "：没有这个文件或目录", filepath.Join(noFolder, "r.md") + ": cannot write: no such file or directory", false},
		{"report -o folder", fixed("report", good, "-o", dir), ExitFail, 0, dir + "：这是一个文件夹", dir + ": is a folder", false},
		{"report -o itself", fixed("report", good, "-o", good), ExitFail, 0, "-o 指向的正是推演记录本身", "-o names the journal itself", false},
		{"report --class missing", fixed("report", "--class", noFolder), ExitFail, 0, noFolder + "：没有这个文件或目录", noFolder + ": no such file or directory", false},
		{"report --class file", fixed("report", "--class", good), ExitFail, 0, good + "：不是文件夹", good + ": not a folder", false},
		{"report --class empty", func() []string { return []string{"report", "--class", folder()} }, ExitFail, 0, "这个文件夹中没有推演记录", "no journals (*.jsonl) in this folder", false},
		{"report --class junk", func() []string {
			d := folder()
			os.WriteFile(filepath.Join(d, "a.jsonl"), []byte("{}\n"), 0o644)
			return []string{"report", "--class", d}
		}, ExitFail, 0, "a.jsonl:1: 不是 Brink 推演记录", "a.jsonl:1: not a Brink journal", false},
		{"report --force cut", func() []string {
			return []string{"report", fresh(cut), "--force", "-o", filepath.Join(folder(), "r.md")}
		}, ExitOK, 2, ":4: 最后一行不完整", ":4: the last line was cut off", false},

		// resume.
		{"resume missing", fixed("resume", missing), ExitFail, 0, "没有这个文件或目录", "no such file or directory", false},
		{"resume junk", fixed("resume", junk), ExitFail, 0, "不是 Brink 推演记录（第一行不是推演记录的文件头）", "not a Brink journal (the first line is not a journal header)", false},
		{"resume changed", func() []string { return []string{"resume", fresh(changed)} }, ExitFail, 0, ":1: 情景 \"gen-6\" 在这局推演之后已被修改", ":1: scenario \"gen-6\" has changed since this game was played", false},
		{"resume finished", fixed("resume", good), ExitFail, 0, "这局推演已经结束", "the game is over", false},
		{"resume unknown policy", fixed("resume", genius), ExitFail, 0, genius + ":1: 席位 cn：没有电脑风格 \"genius\"", genius + ":1: seat cn: unknown policy \"genius\"", false},
		// A cut, changed journal resumed anyway: two notes, and that the
		// game needs a terminal (before anything is written).
		{"resume --force", func() []string { return []string{"resume", fresh(changed), "--force"} }, ExitFail, 3, ":8: 最后一行不完整", ":8: the last line was cut off", false},

		// sim.
		{"sim --journal exists", fixed("sim", "demo", "--journal", good), ExitFail, 0, good + "：同名文件已存在", good + ": a file of that name exists", false},
		{"sim --journal under a file", fixed("sim", "demo", "--journal", filepath.Join(good, "j.jsonl")), ExitFail, 0, "推演记录 " + filepath.Join(good, "j.jsonl") + "：无法创建文件夹 " + good + "：路径中有一项不是文件夹", "journal " + filepath.Join(good, "j.jsonl") + ": mkdir " + good + ": not a directory", false},
		{"sim bad personality", fixed("sim", "demo", "--seat", "us="+badBot), ExitUsage, 0, "未知的键 \"choose.stanse\"；name \"Bad Name\"：只能用小写字母、数字和 -", "unknown key \"choose.stanse\"; name \"Bad Name\": use lower-case letters", false},
		{"sim personality syntax", fixed("sim", "demo", "--seat", "us="+syntaxBot), ExitUsage, 0, "第 1 行（键 \"name\"）：此处应为一个值，却是 '='", "line 1 (last key \"name\"): expected value but found '=' instead", false},
		{"sim personality missing", fixed("sim", "demo", "--seat", "us="+filepath.Join(dir, "nobot.toml")), ExitUsage, 0, "无法打开 " + filepath.Join(dir, "nobot.toml") + "：没有这个文件或目录", "open " + filepath.Join(dir, "nobot.toml") + ": no such file or directory", false},
		{"sim unknown policy", fixed("sim", "demo", "--seat", "us=genius"), ExitUsage, 0, "没有电脑风格 \"genius\"", "unknown policy \"genius\"", false},

		// analyze (no --lang).
		{"analyze bad personality", fixed("analyze", "demo", "--seats", badBot+",hawk", "--games", "1"), ExitUsage, 0, "assess.skill = 3 超出了 0..1 的范围", "assess.skill = 3 is outside 0..1", true},
		{"analyze twice", fixed("analyze", "demo", "--seats", "hawk,hawk", "--games", "1"), ExitFail, 0, "brink analyze：demo：电脑风格 \"hawk\" 重复出现", "brink analyze: demo: policy \"hawk\" is named twice", true},

		// new (no --lang).
		{"new into a missing folder", fixed("new", "crisis", "-o", filepath.Join(noFolder, "c.toml")), ExitFail, 0, filepath.Join(noFolder, "c.toml") + "：没有这个文件或目录", filepath.Join(noFolder, "c.toml") + ": no such file or directory", true},
		{"new over a file", fixed("new", "crisis", "-o", good), ExitFail, 0, good + "：文件已存在", good + ": already exists", true},

		// host.
		{"host bad personality", host("--seat", "us="+badBot), ExitFail, 0, badBot + "：未知的键", badBot + ": unknown key", false},
		{"host no port", host("--listen", "127.0.0.1"), ExitFail, 0, "无法监听 127.0.0.1：地址 127.0.0.1：缺少端口号", "listen on 127.0.0.1: address 127.0.0.1: missing port in address", false},
		{"host address in use", host("--listen", inUse), ExitFail, 0, "无法监听 " + inUse + "：地址已被占用", "listen on " + inUse + ": bind: address already in use", false},
		{"host bad key", host("--listen", "127.0.0.1:0", "--host-key", badKey), ExitFail, 0, "主机密钥 " + badKey + "：文件中没有 SSH 私钥", "host key " + badKey + ": ssh: no key found", false},
		{"host key is a folder", host("--listen", "127.0.0.1:0", "--host-key", dir), ExitFail, 0, "主机密钥 " + dir + "：这是一个文件夹", "host key " + dir + ": is a directory", false},
		{"host log into a missing folder", host("--log", filepath.Join(noFolder, "log")), ExitFail, 0, "无法打开 " + filepath.Join(noFolder, "log") + "：没有这个文件或目录", "open " + filepath.Join(noFolder, "log") + ": no such file or directory", false},
		{"host journal folder under a file", fixed("host", "--journal-dir", filepath.Join(good, "j"), "--listen", "127.0.0.1:0"), ExitFail, 0, "第 1 桌的推演记录：无法创建文件夹 " + good + "：路径中有一项不是文件夹", "journal for table 1: mkdir " + good + ": not a directory", false},

		// play, validate and preview.
		{"play missing scenario", fixed("play", "--scenario", filepath.Join(dir, "nope.toml")), ExitFail, 0, "nope.toml: 没有这个文件或目录", "nope.toml: no such file or directory", false},
		{"play without a terminal", fixed("play", "--scenario", "demo"), ExitFail, 0, "brink play：需要在终端中运行", "brink play: needs a terminal", false},
		{"validate missing", fixed("validate", filepath.Join(dir, "nope.toml")), ExitFail, 0, "nope.toml: 没有这个文件或目录", "nope.toml: no such file or directory", false},
		{"preview missing", fixed("preview", filepath.Join(dir, "nope.toml")), ExitFail, 0, "nope.toml: 没有这个文件或目录", "nope.toml: no such file or directory", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := max(c.lines, 1)
			check := func(lang bilingual.Lang, args []string, code int, errs, part string) {
				t.Helper()
				ls := strings.Split(strings.TrimRight(errs, "\n"), "\n")
				if code != c.code || len(ls) != want || errs == "" {
					t.Fatalf("%s %v: exit %d (want %d), %d lines (want %d):\n%s", lang, args, code, c.code, len(ls), want, errs)
				}
				if !strings.Contains(ls[0], part) {
					t.Errorf("%s %v: %q lacks %q", lang, args, ls[0], part)
				}
				for _, l := range ls {
					if lang == "zh" {
						bilingualtest.Chinese(t, strings.Join(args, " "), l)
					} else if han.MatchString(l) {
						t.Errorf("%v: Chinese in English: %q", args, l)
					}
				}
			}
			args := c.args()
			code, _, errs := runZh(t, args...)
			check("zh", args, code, errs, c.zh)
			args = c.args()
			if c.noLang {
				code, _, errs = runCLI(t, args...)
			} else {
				args = append(args, "--lang", "en")
				code, _, errs = runZh(t, args...)
			}
			check("en", args, code, errs, c.en)
		})
	}
}

// failing is standard output that cannot be written to.
type failing struct{}

func (failing) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
}

// A command whose output cannot be written says so in the user's language.
func TestWriteErrorInUsersLanguage(t *testing.T) {
	for _, args := range [][]string{{"schema"}, {"report", simJournal(t, t.TempDir(), "g.jsonl")}, {"new", "crisis", "-o", "-"}} {
		for lang, want := range map[string]string{"zh_CN.UTF-8": "无法写入 /dev/stdout：管道已断开", "": "write /dev/stdout: broken pipe"} {
			var errb bytes.Buffer
			code := Main(args, &Ctx{Stdin: strings.NewReader(""), Stdout: failing{}, Stderr: &errb, Getenv: func(k string) string {
				if k == "LANG" {
					return lang
				}
				return ""
			}})
			if code != ExitFail || !strings.HasPrefix(errb.String(), want) || strings.Count(errb.String(), "\n") != 1 {
				t.Errorf("%v, LANG=%q: exit %d, %q", args, lang, code, errb.String())
			}
		}
	}
}
