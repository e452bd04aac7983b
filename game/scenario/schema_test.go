package scenario

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite assets/scenario.schema.json from the Go types")

const schemaFile = "../../assets/scenario.schema.json"

// TestSchemaFile checks that assets/scenario.schema.json is what the Go types
// generate. `go generate ./assets` (or `go test ./game/scenario -update`)
// rewrites it.
func TestSchemaFile(t *testing.T) {
	want, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(schemaFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run `go generate ./assets`", schemaFile)
	}
}

func compiledSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(SchemaID)
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return sch
}

// asJSON decodes TOML to the generic value a JSON Schema validator reads.
func asJSON(t *testing.T, src string) any {
	t.Helper()
	var m map[string]any
	if _, err := toml.Decode(src, &m); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func scenarioFiles(t *testing.T) []string {
	files, err := filepath.Glob("../../content/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	return append(files, "testdata/demo.toml")
}

// TestSchemaAcceptsScenarios validates every built-in scenario and the
// demo against the schema.
func TestSchemaAcceptsScenarios(t *testing.T) {
	sch := compiledSchema(t)
	for _, f := range scenarioFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(asJSON(t, string(data))); err != nil {
				t.Errorf("%s does not match the schema:\n%v", f, err)
			}
		})
	}
}

// TestBuiltinsPointAtSchema: every built-in scenario names the schema for
// editors in its first line.
func TestBuiltinsPointAtSchema(t *testing.T) {
	files, _ := filepath.Glob("../../content/*.toml")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		first, _, _ := strings.Cut(string(data), "\n")
		if strings.TrimSpace(first) != "#:schema ../assets/scenario.schema.json" {
			t.Errorf("%s: the first line should be `#:schema ../assets/scenario.schema.json`, not %q", f, first)
		}
	}
}

// TestSchemaRejects shows that the schema, like the loader, rejects an
// unknown key and a value of the wrong type.
func TestSchemaRejects(t *testing.T) {
	sch := compiledSchema(t)
	base := demo(t)
	cases := []struct {
		name, old, new, want string
	}{
		{"unknown key in an option", "stance = -1\nwhen = \"channels.hotline\"", "stance = -1\ncolour = \"red\"\nwhen = \"channels.hotline\"", "colour"},
		{"unknown top-level key", "rounds = 3", "rounds = 3\nround = 3", "round"},
		{"wrong type: stance as a string", "stance = -1\nwhen", "stance = \"soft\"\nwhen", "stance"},
		{"wrong type: rounds as a float", "rounds = 3", "rounds = 3.5", "rounds"},
		{"wrong type: effect as a string", "effects = { tension = -5, trust = 5 }\nmarks.intent", "effects = { tension = \"down\", trust = 5 }\nmarks.intent", "tension"},
		{"unknown language", `title = { en = "A small demonstration", zh = "小型演示" }`, `title = { en = "A small demonstration", fr = "Une démonstration" }`, "fr"},
		{"stance out of range", "stance = 2\nvisibility", "stance = 3\nvisibility", "stance"},
		{"unknown principle", "marks.face = { weight = 5, reason = \"Raises it privately.\" }", "marks.honour = { weight = 5, reason = \"Raises it privately.\" }", "honour"},
		{"mark weight 0", "marks.face = { weight = 5, reason = \"Raises it privately.\" }", "marks.face = { weight = 0, reason = \"Raises it privately.\" }", "weight"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(base, c.old) {
				t.Fatalf("demo has no %q", c.old)
			}
			src := strings.Replace(base, c.old, c.new, 1)
			err := sch.Validate(asJSON(t, src))
			if err == nil {
				t.Fatalf("the schema accepts it")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("the schema's error does not name %q:\n%v", c.want, err)
			}
			if _, lerr := Load("demo.toml", []byte(src)); lerr == nil {
				t.Errorf("the loader accepts what the schema rejects")
			}
		})
	}
}
