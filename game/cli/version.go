package cli

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
)

// Version is set at build time: -ldflags "-X github.com/brink-ttx/brink/game/cli.Version=v1.2.3".
var Version = ""

// version is the build's version, from ldflags or the module's build info.
func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			return v
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
		if rev != "" {
			return "devel-" + rev + dirty
		}
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
	if *asJSON {
		b, _ := json.Marshal(map[string]string{"version": version()})
		fmt.Fprintln(c.Stdout, string(b))
		return ExitOK
	}
	fmt.Fprintf(c.Stdout, "brink %s\n", version())
	return ExitOK
}
