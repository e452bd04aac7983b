package bilingual

import "testing"

func TestPick(t *testing.T) {
	for _, c := range []struct {
		flag     string
		env      map[string]string
		fallback Lang
		want     Lang
		ok       bool
	}{
		{"", map[string]string{}, Chinese, Chinese, true},
		{"", map[string]string{}, English, English, true},
		{"", map[string]string{"LANG": "zh_CN.UTF-8"}, English, Chinese, true},
		{"", map[string]string{"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, Chinese, English, true},
		{"", map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "C", "LC_ALL": "zh_TW.UTF-8"}, English, Chinese, true},
		{"", map[string]string{"LC_MESSAGES": "ZH_cn"}, English, Chinese, true},
		{"", map[string]string{"LANG": "fr_FR.UTF-8"}, Chinese, English, true},
		{"en", map[string]string{"LC_ALL": "zh_CN.UTF-8"}, Chinese, English, true},
		{"zh", map[string]string{"LANG": "en_US.UTF-8"}, English, Chinese, true},
		{"fr", map[string]string{"LANG": "zh_CN.UTF-8"}, English, "", false},
		{"zh_CN", map[string]string{}, English, "", false},
	} {
		got, ok := Pick(c.flag, func(k string) string { return c.env[k] }, c.fallback)
		if got != c.want || ok != c.ok {
			t.Errorf("flag %q env %v: %q %v, want %q %v", c.flag, c.env, got, ok, c.want, c.ok)
		}
	}
}

func TestNext(t *testing.T) {
	if English.Next() != Chinese || Chinese.Next() != English || Lang("xx").Next() != English {
		t.Error("Next does not step through the languages")
	}
}

func TestKnown(t *testing.T) {
	for in, want := range map[Lang]Lang{"en": English, "zh": Chinese, "": English, "fr": English, "zh_CN": English} {
		if got := in.Known(); got != want {
			t.Errorf("%q.Known() = %q, want %q", in, got, want)
		}
	}
}
