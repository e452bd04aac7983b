// Package cli is the brink command line: one function per subcommand, each
// parsing its own flags. Exit status: 0 ok, 1 invalid input or a failed
// check, 2 usage error. Errors go to stderr, one line each.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/brink-ttx/brink/game/bilingual"
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
	lang bilingual.Lang
	// sawFlags, when set, is given a command's flag set as it prints its
	// usage: the check that every flag's usage has its Chinese reads it.
	sawFlags func(*flag.FlagSet)
}

type command struct {
	run     func(c *Ctx, args []string) int
	summary string
	// args are the command's positional arguments, for its usage line;
	// its flags come from its flag set (printUsage).
	args string
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"play":      {cmdPlay, "play a game in the terminal (the default)", ""},
		"sim":       {cmdSim, "play a whole game headless, every seat a bot", "SCENARIO"},
		"analyze":   {cmdAnalyze, "play many seeded games and report a scenario's balance", "SCENARIO"},
		"host":      {cmdHost, "serve games over SSH to every seat", ""},
		"scenarios": {cmdScenarios, "list the built-in scenarios", ""},
		"validate":  {cmdValidate, "check scenario files and report every problem", "FILE|ID..."},
		"report":    {cmdReport, "write the after-action report of a game journal", "JOURNAL | --class DIR"},
		"debrief":   {cmdDebrief, "walk through a game round by round, in the terminal, for its debrief", "JOURNAL"},
		"resume":    {cmdResume, "continue a game from its journal", "JOURNAL"},
		"schema":    {cmdSchema, "print the JSON Schema of the scenario format", ""},
		"new":       {cmdNew, "write a new scenario skeleton", "NAME"},
		"preview":   {cmdPreview, "show an inject as each seat would see it", "SCENARIO"},
		"version":   {cmdVersion, "print the version and the commit it was built from", ""},
	}
}

// stringArgs name what each string flag holds, for the help, by flag name
// (a flag means the same in every command that has it). Other flags' values
// are named by their type (valueName).
var stringArgs = map[string]string{
	"scenario": "ID|FILE", "team": "TEAM", "table": "NAME", "journal": "FILE", "lang": "en|zh", "o": "FILE",
	"format": "md|html|json", "class": "DIR", "listen": "ADDR", "host-key": "PATH", "journal-dir": "DIR",
	"hostname": "NAME", "log": "FILE", "inject": "ID", "teams": "A,B,...",
}

// valueName names a flag's value in its command's help: a flag type of
// Brink's names its own (a duration DUR, a seed N, a seat TEAM=POLICY), a
// number is N, a string says what it holds (stringArgs).
func valueName(f *flag.Flag) string {
	if p, ok := f.Value.(interface{ Placeholder() string }); ok {
		return p.Placeholder()
	}
	switch typ, _ := flag.UnquoteUsage(f); typ {
	case "int", "uint", "float":
		return "N"
	case "duration":
		return "DUR"
	}
	if name := stringArgs[f.Name]; name != "" {
		return name
	}
	return "VALUE"
}

// isSwitch reports whether a flag takes no value.
func isSwitch(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
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
			cmd, ok := commands[args[1]]
			if !ok {
				return unknownCommand(c, args[1])
			}
			// The command's own --help: its usage from its flag set.
			return cmd.run(c, []string{"--help"})
		}
		printHelp(c)
		return ExitOK
	case "-v", "--version", "-version":
		return cmdVersion(c, nil)
	}
	if strings.HasPrefix(name, "-") {
		// `brink --scenario x` is `brink play --scenario x`.
		return cmdPlay(c, args)
	}
	cmd, ok := commands[name]
	if !ok {
		return unknownCommand(c, name)
	}
	return cmd.run(c, args[1:])
}

// unknownCommand says a command does not exist, with the closest one's
// name when it looks misspelt.
func unknownCommand(c *Ctx, name string) int {
	if near := nearest(name, slices.Sorted(maps.Keys(commands))); near != "" {
		fmt.Fprintln(c.Stderr, c.trf("brink: unknown command %q; did you mean %s? run 'brink help' for the list", name, near))
	} else {
		fmt.Fprintln(c.Stderr, c.trf("brink: unknown command %q; run 'brink help' for the list", name))
	}
	return ExitUsage
}

// nearest is the word of words closest to w by edit distance (at most 2,
// and less than the word's length), or "".
func nearest(w string, words []string) string {
	best, bestD := "", 3
	for _, k := range words {
		if d := editDistance(strings.ToLower(w), k); d < bestD && d < len(k) {
			best, bestD = k, d
		}
	}
	return best
}

// editDistance is the Damerau (optimal string alignment) distance: a
// swap of two neighbours counts as one edit ("plya" is one from "play").
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
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

// errUsage marks a usage error (exit 2): its message, said in the user's
// language.
type errUsage struct{ msg bilingual.Msg }

func (e errUsage) Error() string { return e.msg.String() }

// In is the usage error in lang.
func (e errUsage) In(lang bilingual.Lang) string { return e.msg.In(lang) }

func usageErr(format string, a ...any) error { return errUsage{zhMsg.Msg(format, a...)} }

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

// printUsage prints a command's usage line, summary and flags, all from
// its flag set: the help cannot list a flag the command does not have.
func printUsage(c *Ctx, fs *flag.FlagSet) {
	if c.sawFlags != nil {
		c.sawFlags(fs)
	}
	w := c.Stdout
	cmd := commands[fs.Name()]
	line := "brink " + fs.Name()
	if cmd.args != "" {
		line += " " + cmd.args
	}
	var flags []string
	fs.VisitAll(func(f *flag.Flag) {
		name := "--" + f.Name
		if len(f.Name) == 1 {
			name = "-" + f.Name
		}
		if !isSwitch(f) {
			name += " " + valueName(f)
		}
		flags = append(flags, name)
	})
	if len(flags) > 0 {
		line += c.tr(" [flags]")
	}
	fmt.Fprintf(w, c.tr("usage: %s\n\n%s\n"), line, c.summary(fs.Name()))
	if len(flags) == 0 {
		return
	}
	width := 0
	for _, f := range flags {
		width = max(width, len(f))
	}
	fmt.Fprintln(w, c.tr("\nflags:"))
	i := 0
	fs.VisitAll(func(f *flag.Flag) {
		fmt.Fprintf(w, "  %-*s  %s", width, flags[i], c.flagUsage(f))
		i++
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "0s" && f.DefValue != "[]" {
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

// pickLang is the language a command speaks (bilingual.Pick): its --lang
// flag, else the environment's, else English. A value given is the
// language of the command's messages too.
func pickLang(c *Ctx, flag string) (bilingual.Lang, error) {
	getenv := c.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	lang, ok := bilingual.Pick(flag, getenv, bilingual.English)
	if !ok {
		return "", usageErr("--lang %q: use en or zh", flag)
	}
	if flag != "" {
		c.lang = lang
	}
	return lang, nil
}

// flagLang is the language a --lang flag names, "" when none is given, for
// a command whose default comes from a journal rather than the
// environment. A value given is the language of the command's messages too.
func flagLang(c *Ctx, flag string) (bilingual.Lang, error) {
	if flag == "" {
		return "", nil
	}
	return pickLang(c, flag)
}
