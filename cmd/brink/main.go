// Command brink is a terminal tabletop exercise for cyber-crisis management
// between states. See README.md.
package main

import (
	"os"

	"github.com/brink-ttx/brink/game/cli"
	"github.com/mattn/go-isatty"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], &cli.Ctx{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		IsTTY:  isatty.IsTerminal(os.Stdout.Fd()),
	}))
}
