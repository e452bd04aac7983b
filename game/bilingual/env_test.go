package bilingual

import "testing"

func TestFromEnv(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want string
		ok   bool
	}{
		{map[string]string{}, "", false},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, "zh", true},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en", true},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "C", "LC_ALL": "zh_TW.UTF-8"}, "zh", true},
		{map[string]string{"LC_MESSAGES": "ZH_cn"}, "zh", true},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, "en", true},
	} {
		got, ok := FromEnv(func(k string) string { return c.env[k] })
		if got != c.want || ok != c.ok {
			t.Errorf("%v: %q %v, want %q %v", c.env, got, ok, c.want, c.ok)
		}
	}
}
