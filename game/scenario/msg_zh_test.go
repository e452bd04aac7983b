package scenario

import (
	"testing"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

// checkZh fails unless zh is Chinese with nothing of the English left.
func checkZh(t *testing.T, en, zh string) {
	t.Helper()
	bilingualtest.Chinese(t, en, zh)
}

// Every message the loader and the linter can write has its Chinese: each
// format given to v.at, l.warn, the condition checker's fail, zhMsg.Msg and
// zhMsg.Errorf is a literal the catalogue holds, and each Chinese takes the
// same verbs in the same order, is Chinese and writes its punctuation
// full-width.
func TestZhCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "zhMsg", zhMsg)
	formats := map[string]int{"at": 1, "warn": 2, "fail": 0, "Msg": 0, "Errorf": 0, "Sprintf": 1}
	if n := bilingualtest.Code(t, zhMsg, bilingualtest.PackageFiles(t), formats); n < 100 {
		t.Errorf("found only %d message formats: has the code moved?", n)
	}
}

// Names, nouns and hints inside a message are said in Chinese; ids, keys
// and quoted values are not.
func TestZhArguments(t *testing.T) {
	opt := func(inject, team, id string) bilingual.Msg {
		return zhMsg.Msg("%s: option %s/%s", zhMsg.Msg("inject %q", inject), team, id)
	}
	for _, c := range []struct {
		got bilingual.Msg
		en  string
		zh  string
	}{
		{zhMsg.Msg("%s needs an id", zhMsg.Msg("option")), "option needs an id", "选项缺少 id"},
		{zhMsg.Msg("%s: stance %d is outside -2..2", opt("a", "us", "b"), 3), `inject "a": option us/b: stance 3 is outside -2..2`, `事件 "a" 的选项 us/b：stance 3 超出了 -2..2 的范围`},
		{zhMsg.Msg("%s is missing", zhMsg.Msg("%s: title", zhMsg.Msg("%s: rule %q", zhMsg.Msg("inject %q", "a"), "r"))), `inject "a": rule "r": title is missing`, `缺少事件 "a" 的组合规则 "r" 的 title`},
		{zhMsg.Msg("%s: %s", zhMsg.Msg("%s: rule %d", zhMsg.Msg("inject %q", "a"), 2), zhMsg.Msg("unknown flag %q%s", "flg", suggest("flg", []string{"flag"}))),
			`inject "a": rule 2: unknown flag "flg" (did you mean "flag"?)`, `事件 "a" 的第 2 条组合规则：未知的标志 "flg"（是否想写 "flag"？）`},
		// An option id spelt like a word of the catalogue stays an id.
		{zhMsg.Msg("%s: stance %d is outside -2..2", opt("a", "us", "nothing"), 3), `inject "a": option us/nothing: stance 3 is outside -2..2`, `事件 "a" 的选项 us/nothing：stance 3 超出了 -2..2 的范围`},
		{zhMsg.Msg("unknown key %q%s", "a table", suggest("zzz", nil)), `unknown key "a table"`, `未知的键 "a table"`},
	} {
		if en := c.got.In(bilingual.English); en != c.en {
			t.Errorf("got  %s\nwant %s", en, c.en)
		}
		if zh := c.got.In(bilingual.Chinese); zh != c.zh {
			t.Errorf("got  %s\nwant %s", zh, c.zh)
		}
	}
}

// The messages of other libraries, which come as text alone, are read
// against their formats in the catalogue; what it does not know, and an
// id, stay English.
func TestZhLibrary(t *testing.T) {
	for _, c := range []struct{ en, zh string }{
		{"unexpected EOF; expected value", "文件意外结束：此处应为一个值"},
		{"Key 'a' has already been defined.", "键 'a' 重复定义"},
		{"expected a comma (',') or array terminator (']'), but got end of file", "此处应为逗号（','）或数组结束符（']'），却是 文件结尾"},
		{`text must be a string or a table like { en = "…", zh = "…" }, not a boolean`, `文本必须是字符串，或形如 { en = "…", zh = "…" } 的表，不能是布尔值`},
		{"no such file or directory", "没有这个文件或目录"},
		{"no such message anywhere", ""},
		{"nothing", ""},
	} {
		if got := library(c.en); got.Zh != c.zh || got.En != c.en {
			t.Errorf("%q: got %q, want %q", c.en, got.Zh, c.zh)
		}
		if got := Chinese(c.en); got != c.zh {
			t.Errorf("Chinese(%q) = %q, want %q", c.en, got, c.zh)
		}
	}
}
