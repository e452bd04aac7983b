package fasttoml

import "testing"

// FuzzParse checks Parse against BurntSushi/toml: whatever Parse accepts,
// BurntSushi must accept and decode to the same map. Parse may reject
// anything (ErrUnsupported included); the caller then falls back to
// BurntSushi.
func FuzzParse(f *testing.F) {
	for _, data := range seedFiles(f) {
		f.Add(data)
	}
	for _, cases := range [][]struct{ name, src string }{validCases, invalidCases, lenientCases, unsupportedCases} {
		for _, c := range cases {
			f.Add([]byte(c.src))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		differential(t, string(data))
	})
}
