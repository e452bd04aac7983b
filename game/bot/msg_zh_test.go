package bot

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bilingual/bilingualtest"
)

// Every error of choosing a policy or reading a personality file has its
// Chinese, with the same verbs in the same order.
func TestZhCatalogue(t *testing.T) {
	bilingualtest.Catalogue(t, "zhMsg", zhMsg)
	files := bilingualtest.PackageFiles(t)
	if n := bilingualtest.Code(t, zhMsg, files, map[string]int{"Errorf": 0, "Sprintf": 1, "Msg": 0}); n < 8 {
		t.Errorf("found only %d messages: has the code moved?", n)
	}
}

// Every built-in personality states its reason in Chinese too.
func TestStatedInChinese(t *testing.T) {
	for _, name := range Names() {
		p, err := Get(name)
		if err != nil {
			t.Fatal(err)
		}
		pe, ok := p.(*Personality)
		if !ok || pe.Rationale == "" {
			continue
		}
		m := Stated(p)
		if m.String() != pe.Rationale {
			t.Errorf("%s: states %q, its file says %q", name, m, pe.Rationale)
		}
		bilingualtest.Chinese(t, name, m.In(bilingual.Chinese))
	}
	// A personality file's own reason stays as written, %% and all.
	own := &Personality{ID: "own", Rationale: "100% firm"}
	if m := Stated(own); m.In(bilingual.Chinese) != "100% firm" || m.String() != "100% firm" {
		t.Errorf("a file's own reason: %q / %q", m, m.In(bilingual.Chinese))
	}
}

// A bad personality file, or an unknown policy, reads in Chinese: the
// TOML decoder's messages, the checks' problems and the system's errors.
func TestPersonalityErrorsInChinese(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, src, want string
	}{
		{"syntax.toml", "name = = 3\n", "第 1 行（键 \"name\"）：此处应为一个值，却是 '='"},
		{"type.toml", "name = \"x\"\n[choose]\nstance = \"hi\"\n", "第 3 行（键 \"choose.stance\"）：必须是数，不能是字符串"},
		{"table.toml", "name = \"x\"\nchoose = 3\n", "必须是表，不能是整数"},
		{"checks.toml", "name = \"Bad Name\"\n[choose]\nstanse = 1\n[assess]\nskill = 3\n", "未知的键 \"choose.stanse\"；name \"Bad Name\"：只能用小写字母、数字和 -；assess.skill = 3 超出了 0..1 的范围"},
		{"missing.toml", "", "无法打开 " + filepath.Join(dir, "missing.toml") + "：没有这个文件或目录"},
	} {
		p := filepath.Join(dir, c.name)
		if c.src != "" {
			os.WriteFile(p, []byte(c.src), 0o644)
		}
		_, err := Get(p)
		if err == nil {
			t.Fatalf("%s: no error", c.name)
		}
		zh := bilingual.Say(err, "zh")
		if !strings.Contains(zh, c.want) || strings.Contains(zh, "\n") {
			t.Errorf("%s: %q, want %q", c.name, zh, c.want)
		}
		bilingualtest.Chinese(t, c.name, zh)
		if bilingual.Say(err, "en") != err.Error() || strings.ContainsFunc(err.Error(), func(r rune) bool { return r > 0x2fff }) {
			t.Errorf("%s: the English is not English: %q", c.name, err.Error())
		}
	}
	_, err := Get("owl")
	bilingualtest.Chinese(t, "owl", bilingual.Say(err, "zh"))
}
