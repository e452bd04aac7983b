package scenario

// Chinese is a message of the TOML decoder in Chinese, as far as the
// catalogue knows it, or "" when it does not. Other files read with the same
// decoder (a bot personality) say their decoder's messages with it.
func Chinese(msg string) string { return library(msg).Zh }
