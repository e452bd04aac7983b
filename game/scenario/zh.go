package scenario

// Chinese is an English message of the loader, the linter or the TOML
// decoder in Chinese, as far as the catalogue knows it, or "" when it does
// not. Other files read with the same decoder (a bot personality) say their
// decoder's messages with it.
func Chinese(msg string) string { return zhOf(msg) }
