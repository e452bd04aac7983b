package fasttoml

import (
	"os"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/brink-ttx/brink/game/scenario/scenariotest"
)

// generated is scenariotest.Generated.
func generated(n int) string { return scenariotest.Generated(n) }

func TestGeneratedParses(t *testing.T) {
	if fastErr, burntErr := differential(t, generated(20)); fastErr != nil || burntErr != nil {
		t.Fatalf("fast %v, BurntSushi %v", fastErr, burntErr)
	}
}

// benchInputs are the default scenario and a generated 10,000-inject one.
func benchInputs(b *testing.B) []struct {
	name string
	src  func() string
} {
	return []struct {
		name string
		src  func() string
	}{
		{"espionage-2013", func() string {
			data, err := os.ReadFile("../../content/espionage-2013.toml")
			if err != nil {
				b.Fatal(err)
			}
			return string(data)
		}},
		{"injects=10000", func() string { return generated(10000) }},
	}
}

// BenchmarkParse compares BurntSushi/toml decoding into map[string]any with
// Parse.
func BenchmarkParse(b *testing.B) {
	for _, in := range benchInputs(b) {
		var src string
		input := func() string {
			if src == "" {
				src = in.src()
			}
			return src
		}
		b.Run(in.name+"/burntsushi", func(b *testing.B) {
			src := input()
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				var m map[string]any
				if _, err := toml.Decode(src, &m); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(in.name+"/fast", func(b *testing.B) {
			src := input()
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkUnmarshalAny measures Unmarshal into a map, which keeps the raw
// values without reflection beyond the top level.
func BenchmarkUnmarshalAny(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			src := in.src()
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				var m map[string]any
				if _, err := Unmarshal(src, &m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
