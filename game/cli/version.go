package cli

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"strings"
)

// Version and Commit are stamped at build time (.ci/release):
//
//	-ldflags "-X github.com/brink-ttx/brink/game/cli.Version=v1.2.3 -X github.com/brink-ttx/brink/game/cli.Commit=0123abcd"
//
// Unstamped, they come from the module's build info: the module version of
// `go install …@v1.2.3`, the VCS revision of a build in a clone.
var (
	Version = ""
	Commit  = ""
)

// commit is the commit the build was made from, or "" when unknown.
func commit() string {
	if Commit != "" {
		return Commit
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev == "" {
		return ""
	}
	return rev + dirty
}

// version is the build's version, from ldflags or the module's build info.
func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			return v
		}
	}
	if c := commit(); c != "" {
		return "devel-" + c
	}
	return "devel"
}

// BuildVersion is the version string other packages record (journals, reports).
func BuildVersion() string { return version() }

func cmdVersion(c *Ctx, args []string) int {
	fs := newFlags("version")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, code, ok := parse(c, fs, args); !ok {
		return code
	}
	v, rev := version(), commit()
	if *asJSON {
		b, _ := json.Marshal(struct {
			Version string `json:"version"`
			Commit  string `json:"commit,omitempty"`
		}{v, rev})
		fmt.Fprintln(c.Stdout, string(b))
		return ExitOK
	}
	if rev == "" || strings.Contains(v, rev) {
		fmt.Fprintf(c.Stdout, "brink %s\n", v)
	} else {
		fmt.Fprintf(c.Stdout, "brink %s (commit %s)\n", v, rev)
	}
	return ExitOK
}
