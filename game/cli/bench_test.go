package cli

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/brink-ttx/brink/content"
)

// BenchmarkValidateDefault is `brink validate` of the default built-in
// scenario, as the command line runs it, less the process start-up.
func BenchmarkValidateDefault(b *testing.B) {
	var out bytes.Buffer
	c := &Ctx{Stdout: &out, Stderr: io.Discard, Getenv: func(string) string { return "" }}
	for b.Loop() {
		out.Reset()
		if code := Main([]string{"validate", content.Default}, c); code != ExitOK || !strings.Contains(out.String(), ": ok (") {
			b.Fatalf("validate: exit %d, %q", code, out.String())
		}
	}
}
