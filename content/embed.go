// Package content holds Brink's built-in scenarios, embedded in the binary.
package content

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed *.toml
var files embed.FS

// Order is the order built-in scenarios are listed in; the first is the default.
var Order = []string{"espionage-2013", "ict-2018", "supply-chain-hack", "grid-implant", "indictment", "false-flag", "nc3-near-miss", "university-breach", "landing-station"}

// Default is the scenario a plain `brink` starts.
const Default = "espionage-2013"

// Unlisted are embedded but not offered in lists: the format guide's example.
var Unlisted = map[string]bool{"demo": true}

// IDs lists the built-in scenario ids present, in Order, then any others by
// name, leaving out the Unlisted.
func IDs() []string {
	entries, _ := fs.ReadDir(files, ".")
	have := map[string]bool{}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".toml") {
			have[strings.TrimSuffix(e.Name(), ".toml")] = true
		}
	}
	var out []string
	for _, id := range Order {
		if have[id] {
			out = append(out, id)
			delete(have, id)
		}
	}
	var rest []string
	for id := range have {
		if !Unlisted[id] {
			rest = append(rest, id)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// Read returns a built-in scenario's file name and bytes.
func Read(id string) (name string, data []byte, ok bool) {
	name = path.Join("content", id+".toml")
	data, err := files.ReadFile(id + ".toml")
	return name, data, err == nil
}
