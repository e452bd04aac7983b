package cli

import (
	"flag"
	"time"
)

// durationFlag is a flag.Duration whose error shows the form it wants:
// `--turn-time 5` is a usage error that says "e.g. 3m".
type durationFlag struct{ d *time.Duration }

func (f durationFlag) String() string {
	if f.d == nil {
		return ""
	}
	return f.d.String()
}

// Placeholder names the value in the help.
func (durationFlag) Placeholder() string { return "DUR" }

func (f durationFlag) Set(v string) error {
	d, err := time.ParseDuration(v)
	if err != nil {
		return textErr("use a duration with its unit, e.g. 3m, 90s or 1h30m")
	}
	*f.d = d
	return nil
}

// durationVar defines a duration flag on fs, as fs.Duration does.
func durationVar(fs *flag.FlagSet, name string, def time.Duration, usage string) *time.Duration {
	d := def
	fs.Var(durationFlag{&d}, name, usage)
	return &d
}
