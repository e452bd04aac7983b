package bilingual

import "strings"

// FromEnv reads the interface language from a locale environment as POSIX
// does: the first of LC_ALL, LC_MESSAGES and LANG that is set decides, "zh"
// for a Chinese locale (zh_CN.UTF-8 and the like) and "en" for any other.
// ok is false when none is set. The command line reads the process's
// environment with it, and the SSH host each session's.
func FromEnv(getenv func(string) string) (lang string, ok bool) {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return "zh", true
			}
			return "en", true
		}
	}
	return "", false
}
