package scenariotest

import (
	"strconv"
	"strings"
)

// FuzzInput reads the one []byte or string input of a "go test fuzz v1"
// corpus file; ok is false for anything else.
func FuzzInput(file string) (input []byte, ok bool) {
	lines := strings.Split(strings.TrimSpace(file), "\n")
	if len(lines) != 2 || lines[0] != "go test fuzz v1" {
		return nil, false
	}
	l := lines[1]
	for _, pre := range []string{"[]byte(", "string("} {
		if strings.HasPrefix(l, pre) && strings.HasSuffix(l, ")") {
			s, err := strconv.Unquote(l[len(pre) : len(l)-1])
			if err != nil {
				return nil, false
			}
			return []byte(s), true
		}
	}
	return nil, false
}
