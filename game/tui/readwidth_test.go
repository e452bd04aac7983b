package tui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// gap separates the runs of text on a line (a left and a right part).
var gap = regexp.MustCompile(` {6,}`)

// On a wide terminal prose keeps to a reading width: no run of text (rules,
// the header and the footer aside) is wider than readingWidth.
func TestProseKeepsAReadingWidth(t *testing.T) {
	for _, sc := range screenCases() {
		m := sc.drive(t, 200, 60)
		lines := strings.Split(m.View().Content, "\n")
		body := lines[3 : len(lines)-3] // the header and the footer span the terminal
		for i, l := range body {
			for _, run := range gap.Split(strings.TrimSpace(ansi.Strip(l)), -1) {
				if strings.Trim(run, " ─-") == "" {
					continue
				}
				if w := ansi.StringWidth(run); w > readingWidth+2 {
					t.Errorf("%s: line %d has %d cells of text at 200 columns: %q", sc.name, i, w, run)
				}
			}
		}
	}
}
