package analyze

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/charmbracelet/x/ansi"
)

// On text whose every character takes one cell, columns writes what
// text/tabwriter writes with the same settings (the English report is
// unchanged by measuring display width); on Chinese, it lines up what
// tabwriter, counting characters, does not.
func TestColumnsAsTabwriter(t *testing.T) {
	inputs := []string{
		"",
		"no tabs\n",
		"a\tbb\t\nccc\td\t\n",
		"pairing\tcatastrophe\t\ncn=dove us=dove\t0.0%\t\n\t\t\n",
		"a\tb\tc\t\nlonger cell\tx\t\nshort\n\tonly second\tz\t\nend",
		"x\ty\n1\t22\t333\t\n\t\n4444\t5\t6\t7\t\n",
		"trailing\tpartial",
	}
	// And some generated ones: 0 to 3 tab-ended cells a line.
	seed := uint64(7)
	next := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	for range 200 {
		var b strings.Builder
		for range next(6) {
			for range next(4) {
				b.WriteString(strings.Repeat("w", next(7)) + "\t")
			}
			b.WriteString(strings.Repeat("z", next(3)))
			b.WriteString("\n")
		}
		inputs = append(inputs, b.String())
	}
	for _, in := range inputs {
		var want, got bytes.Buffer
		tw := tabwriter.NewWriter(&want, 0, 0, 2, ' ', 0)
		fmt.Fprint(tw, in)
		tw.Flush()
		c := &columns{out: &got}
		fmt.Fprint(c, in)
		if err := c.Flush(); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%q:\ncolumns   %q\ntabwriter %q", in, got.String(), want.String())
		}
	}
	var got bytes.Buffer
	c := &columns{out: &got}
	fmt.Fprint(c, "事件\t类型\t\nintrusion\t按轮次\t\n")
	c.Flush()
	lines := strings.Split(strings.TrimSuffix(got.String(), "\n"), "\n")
	at := func(l, cell string) int { return ansi.StringWidth(l[:strings.Index(l, cell)]) }
	if ansi.StringWidth(lines[0]) != ansi.StringWidth(lines[1]) || at(lines[0], "类型") != at(lines[1], "按轮次") {
		t.Errorf("Chinese does not line up:\n%s", got.String())
	}
}
