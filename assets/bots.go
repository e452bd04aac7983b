// Package assets holds data files embedded in the brink binary.
package assets

import "embed"

// Bots holds the bot personalities, one TOML file each (bots/*.toml). The
// format is described in bots/README.md; game/bot reads them.
//
//go:embed bots/*.toml
var Bots embed.FS
