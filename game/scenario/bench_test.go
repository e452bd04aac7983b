package scenario

import (
	"fmt"
	"testing"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/scenario/scenariotest"
)

// generated is scenariotest.Generated, as bytes.
func generated(n int) []byte { return []byte(scenariotest.Generated(n)) }

func BenchmarkLoadBuiltin(b *testing.B) {
	name, data, ok := content.Read(content.Default)
	if !ok {
		b.Skip("the default scenario is not built in yet")
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Load(name, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadGenerated(b *testing.B) {
	for _, n := range []int{10000, 20000} {
		data := generated(n)
		b.Run(fmt.Sprintf("injects=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Load("gen.toml", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestGeneratedLoads(t *testing.T) {
	s, err := Load("gen.toml", generated(50))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Injects) != 50 || len(s.Conditional()) != 5 || s.LastSlot() != 49 {
		t.Fatalf("generated scenario: %d injects, %d conditional, last slot %d", len(s.Injects), len(s.Conditional()), s.LastSlot())
	}
}
