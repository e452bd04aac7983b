package report

import (
	"bytes"
	"encoding/json"
)

// JSON renders the report as indented JSON (schema: SCHEMA.md).
func (r *Report) JSON() []byte { return marshal(r) }

func marshal(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic("report: " + err.Error()) // plain data: a failure is a bug
	}
	return b.Bytes()
}
