package assets

import _ "embed"

// ScenarioSchema is the JSON Schema of the scenario format, generated from
// the Go types in game/scenario (`brink schema` prints it). Regenerate it
// with `go generate ./assets` after changing those types; a test fails while
// it is stale.
//
//go:embed scenario.schema.json
var ScenarioSchema []byte

//go:generate go test ../game/scenario -run ^TestSchemaFile$ -update
