package cli

import (
	"github.com/brink-ttx/brink/assets"
)

// cmdSchema prints the JSON Schema of the scenario format, for editors:
// `brink schema > scenario.schema.json`, then `#:schema scenario.schema.json`
// on the first line of a scenario file.
func cmdSchema(c *Ctx, args []string) int {
	fs := newFlags("schema")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return fail(c, "schema", usageErr("takes no arguments"))
	}
	if _, err := c.Stdout.Write(assets.ScenarioSchema); err != nil {
		return fail(c, "schema", err)
	}
	return ExitOK
}
