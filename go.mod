module github.com/brink-ttx/brink

go 1.26.8

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/expr-lang/expr v1.17.8
	github.com/mattn/go-isatty v0.0.20
)

require golang.org/x/sys v0.38.0 // indirect
