package fasttoml

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// A large table or array followed by many small ones at the same path must
// not make each of them as large: memory stays proportional to the input.
func TestHintsDoNotMultiplyMemory(t *testing.T) {
	many := func(n int, item string) string { return strings.Repeat(item, n) }
	keys := make([]string, 10000)
	for i := range keys {
		keys[i] = fmt.Sprintf("k%d=1", i)
	}
	for name, src := range map[string]string{
		"arrays":           "x = [[" + strings.Repeat("1,", 9999) + "1]," + many(2000, "[],") + "]",
		"inline tables":    "x = [{" + strings.Join(keys, ",") + "}," + many(2000, "{},") + "]",
		"arrays of tables": "[[x]]\n" + strings.Join(keys, "\n") + "\n" + many(2000, "[[x]]\n"),
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := Parse(src); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		runtime.ReadMemStats(&after)
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 200*uint64(len(src))+8<<20 {
			t.Errorf("%s: %d bytes of input took %d MB", name, len(src), grew>>20)
		}
	}
}
