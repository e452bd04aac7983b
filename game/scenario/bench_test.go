package scenario

import (
	"fmt"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/content"
)

// generated writes a valid scenario with n injects, each with a brief,
// intel for both teams, two options per team with effects and a mark; every
// tenth inject is conditional and every fifth has an assessment and a rule.
func generated(n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "id = \"gen\"\ntitle = \"Generated\"\nrounds = %d\n", n)
	b.WriteString("[[teams]]\nid = \"cn\"\nname = \"CN\"\n[[teams]]\nid = \"us\"\nname = \"US\"\n")
	b.WriteString("[[flags]]\nid = \"f\"\n[[channels]]\nid = \"hotline\"\nname = \"Hotline\"\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "[[injects]]\nid = \"i%d\"\n", i)
		if i%10 == 9 {
			fmt.Fprintf(&b, "when = \"tension >= %d && !flags.f\"\n", 40+i%50)
		} else {
			fmt.Fprintf(&b, "round = %d\n", i+1)
		}
		fmt.Fprintf(&b, "title = \"Inject %d\"\nbrief = \"Brief %d.\"\nintel = { cn = \"For CN.\", us = \"For US.\" }\n", i, i)
		if i%5 == 0 {
			b.WriteString("assess.us = { question = \"Q\", truth = \"hard\", hypotheses = [{ id = \"soft\", text = \"S\" }, { id = \"hard\", text = \"H\" }] }\n")
			b.WriteString("rules = [{ when = 'picked(\"cn\", \"b\") && stance(\"us\") >= 1', effects = { tension = 5 } }]\n")
		}
		for _, team := range []string{"cn", "us"} {
			fmt.Fprintf(&b, "options.%s = [{ id = \"a\", label = \"Talk\", stance = -1, effects = { trust = 3 }, marks.face = { weight = 5, reason = \"Quiet.\" } },\n", team)
			fmt.Fprintf(&b, "  { id = \"b\", label = \"Press\", stance = 2, when = \"channels.hotline\", effects = { tension = %d, interests = { self = 2, others = -2 } }, set = [\"f\"], marks.face = { weight = -10, reason = \"Loud.\" } }]\n", 2+i%5)
		}
	}
	return []byte(b.String())
}

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
