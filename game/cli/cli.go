// Package cli is the brink command line: one function per subcommand, each
// parsing its own flags. Exit status: 0 ok, 1 invalid input or a failed
// check, 2 usage error. Errors go to stderr, one line each.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// Exit statuses.
const (
	ExitOK    = 0
	ExitFail  = 1
	ExitUsage = 2
)

// Ctx is what a command may touch of the outside world; tests fill it in.
type Ctx struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Now    func() time.Time
	// IsTTY reports whether stdout is a terminal.
	IsTTY bool
	// lang is the language the command's --lang chose ("" until one does):
	// the command's messages follow it from there on.
	lang string
}

type command struct {
	run     func(c *Ctx, args []string) int
	summary string
	usage   string
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"play":      {cmdPlay, "play a game in the terminal (the default)", "brink play [--scenario ID|FILE] [--team ID] [--seed N] [--turn-time DUR] [--whole-round] [--coach] [--hotseat] [--journal FILE] [--lang en|zh] [--ascii]"},
		"sim":       {cmdSim, "play a whole game headless, every seat a bot", "brink sim SCENARIO [--seat TEAM=POLICY]... [--seed N] [--json] [--journal FILE] [--lang en|zh]"},
		"analyze":   {cmdAnalyze, "play many seeded games and report a scenario's balance", "brink analyze SCENARIO [--games N] [--seats POLICIES] [--seed N] [--json] [--lang en|zh]"},
		"host":      {cmdHost, "serve games over SSH to every seat", "brink host [--scenario ID|FILE] [--tables N] [--listen ADDR] [--host-key PATH] [--turn-time DUR] [--lang en|zh] [--seat TEAM=POLICY]"},
		"scenarios": {cmdScenarios, "list the built-in scenarios", "brink scenarios [--json]"},
		"validate":  {cmdValidate, "check scenario files and report every problem", "brink validate FILE|ID... [--strict] [--json] [--lang en|zh]"},
		"report":    {cmdReport, "write the after-action report of a game journal", "brink report JOURNAL [--format md|html|json] [-o FILE] [--lang en|zh] [--force] | brink report --class DIR [-o FILE]"},
		"debrief":   {cmdDebrief, "walk through a game round by round, in the terminal, for its debrief", "brink debrief JOURNAL"},
		"resume":    {cmdResume, "continue a game from its journal", "brink resume JOURNAL [--force] [--lang en|zh] [--coach] [--turn-time DUR]"},
		"schema":    {cmdSchema, "print the JSON Schema of the scenario format", "brink schema"},
		"new":       {cmdNew, "write a new scenario skeleton", "brink new NAME [--teams us,cn] [-o FILE]"},
		"preview":   {cmdPreview, "show an inject as each seat would see it", "brink preview SCENARIO [--inject ID] [--team ID] [--lang en|zh] [--width N]"},
		"version":   {cmdVersion, "print the version", "brink version [--json]"},
	}
}

// Main runs the command line and returns the exit status.
func Main(args []string, c *Ctx) int {
	if c.Getenv == nil {
		c.Getenv = os.Getenv
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if len(args) == 0 {
		return cmdPlay(c, nil)
	}
	name := args[0]
	switch name {
	case "help", "-h", "--help":
		if len(args) > 1 {
			if cmd, ok := commands[args[1]]; ok {
				fmt.Fprintf(c.Stdout, c.tr("usage: %s\n\n%s\n"), cmd.usage, c.summary(args[1]))
				return ExitOK
			}
		}
		printHelp(c)
		return ExitOK
	case "--version":
		return cmdVersion(c, nil)
	}
	if strings.HasPrefix(name, "-") {
		// `brink --scenario x` is `brink play --scenario x`.
		return cmdPlay(c, args)
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintln(c.Stderr, c.trf("brink: unknown command %q; run 'brink help' for the list", name))
		return ExitUsage
	}
	return cmd.run(c, args[1:])
}

func printHelp(c *Ctx) {
	w := c.Stdout
	fmt.Fprintln(w, c.tr("Brink — a tabletop exercise for cyber-crisis management between states."))
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.tr("usage: brink [COMMAND] [ARGS]   (no command: play)"))
	fmt.Fprintln(w)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, c.summary(n))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.tr("Run 'brink help COMMAND' or 'brink COMMAND --help' for a command's flags."))
	fmt.Fprintln(w, c.tr("The language comes from LC_ALL, LC_MESSAGES or LANG (zh_CN.UTF-8 for Chinese)."))
}

// errUsage marks a usage error (exit 2). It keeps its format, to be said
// in Chinese (msg.go).
type errUsage struct {
	format string
	args   []any
}

func (e errUsage) Error() string { return fmt.Sprintf(e.format, e.args...) }

func usageErr(format string, a ...any) error { return errUsage{format, a} }

// newFlags makes a flag set for a command that reports errors itself.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses flags anywhere among the arguments and returns the positional
// ones. -h and --help print the command's usage.
func parse(c *Ctx, fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printUsage(c, fs)
				return nil, ExitOK, false
			}
			fmt.Fprintln(c.Stderr, c.trf("brink %s: %v; run 'brink %s --help'", fs.Name(), c.flagErr(err), fs.Name()))
			return nil, ExitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, ExitOK, true
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), ExitOK, true
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func printUsage(c *Ctx, fs *flag.FlagSet) {
	w := c.Stdout
	cmd := commands[fs.Name()]
	fmt.Fprintf(w, c.tr("usage: %s\n\n%s\n"), cmd.usage, c.summary(fs.Name()))
	has := false
	fs.VisitAll(func(*flag.Flag) { has = true })
	if !has {
		return
	}
	fmt.Fprintln(w, c.tr("\nflags:"))
	fs.VisitAll(func(f *flag.Flag) {
		name := "--" + f.Name
		if len(f.Name) == 1 {
			name = "-" + f.Name
		}
		fmt.Fprintf(w, "  %-18s %s", name, c.flagUsage(fs.Name(), f))
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			fmt.Fprintf(w, c.tr(" (default %s)"), f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// fail prints err as one line per problem and returns the exit status it calls for.
func fail(c *Ctx, cmd string, err error) int {
	var u errUsage
	if errors.As(err, &u) {
		fmt.Fprintf(c.Stderr, c.tr("brink %s: %s\n"), cmd, c.say(err))
		return ExitUsage
	}
	for _, line := range strings.Split(c.say(err), "\n") {
		fmt.Fprintln(c.Stderr, line)
	}
	return ExitFail
}

// notBuilt answers for a command that does not exist yet.
func notBuilt(c *Ctx, name string) int {
	fmt.Fprintf(c.Stderr, c.tr("brink %s: not available in this version of brink\n"), name)
	return ExitUsage
}

// envLang picks the interface language from the environment as POSIX does:
// LC_ALL, then LC_MESSAGES, then LANG; zh_CN.UTF-8 and the like give "zh",
// anything else English.
func envLang(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return "zh"
			}
			return "en"
		}
	}
	return "en"
}

// pickLang is the --lang flag's value, or the environment's language. A
// value given is the language of the command's messages too.
func pickLang(c *Ctx, flag string) (string, error) {
	switch flag {
	case "":
		return envLang(c.Getenv), nil
	case "en", "zh":
		c.lang = flag
		return flag, nil
	}
	return "", usageErr("--lang %q: use en or zh", flag)
}
