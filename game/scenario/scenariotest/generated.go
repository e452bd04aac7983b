// Package scenariotest makes scenarios for tests and benchmarks.
package scenariotest

import (
	"fmt"
	"strings"
)

// Generated writes a valid scenario with n injects, each with a brief,
// intel for both teams, two options per team with effects and a mark; every
// tenth inject is conditional and every fifth has an assessment and a rule.
// Past the most rounds a scenario may have (1,000), scheduled injects share
// slots as weighted alternatives. The loader's speed is measured on it.
func Generated(n int) string {
	const maxRounds = 1000 // scenario.MaxRounds
	var b strings.Builder
	fmt.Fprintf(&b, "id = \"gen\"\ntitle = \"Generated\"\nrounds = %d\n", min(n, maxRounds))
	b.WriteString("[[teams]]\nid = \"cn\"\nname = \"CN\"\n[[teams]]\nid = \"us\"\nname = \"US\"\n")
	b.WriteString("[[flags]]\nid = \"f\"\n[[channels]]\nid = \"hotline\"\nname = \"Hotline\"\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "[[injects]]\nid = \"i%d\"\n", i)
		if i%10 == 9 {
			fmt.Fprintf(&b, "when = \"tension >= %d && !flags.f\"\n", 40+i%50)
		} else {
			fmt.Fprintf(&b, "round = %d\n", i%maxRounds+1)
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
	return b.String()
}
