package tui

import (
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"
)

// Golden screens: each screen, run in a real Bubble Tea program at 80×24
// and 120×40 with the ASCII colour profile (see helpers_test.go), compared
// with testdata/TestGolden/<screen>_<size>.golden. Regenerate with
// `go test ./game/tui -run TestGolden -update`.
func TestGolden(t *testing.T) {
	for _, sc := range screenCases() {
		for _, sz := range sizes {
			w, h := sz[0], sz[1]
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, w, h), func(t *testing.T) {
				m := sc.model(t)
				checkGolden(t, sc, m, w, h)
			})
		}
	}
}

// goldenZh are the screens whose goldens are kept in Chinese too.
var goldenZh = map[string]bool{"picker": true, "reveal": true, "scorecard": true, "debrief": true, "debrief_questions": true, "reveal_ascii": true, "debrief_ascii": true}

// The new screens in Chinese, at both sizes: testdata/TestGoldenZh/.
func TestGoldenZh(t *testing.T) {
	for _, sc := range screenCases() {
		if !goldenZh[sc.name] {
			continue
		}
		for _, sz := range sizes {
			w, h := sz[0], sz[1]
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, w, h), func(t *testing.T) {
				base := sc.model(t)
				c := NewCommon(0, "zh")
				c.Coach = base.c.Coach
				m := New(base.cfg, c)
				if m.cur == scrTitle && m.sess == nil {
					m.Update(scenarioLoadedMsg{id: "demo", s: demo(t)})
				}
				checkGolden(t, sc, m, w, h)
			})
		}
	}
}

// checkGolden plays the case's keys on m at w×h and compares the screen it
// ends on with its golden file.
func checkGolden(t *testing.T, sc screenCase, m *Model, w, h int) {
	t.Helper()
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	for _, k := range sc.keys {
		tm.Send(k)
	}
	// Messages are handled in order: Quit comes after the keys.
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if fm.cur != sc.want || fm.menuOpen != sc.menu {
		t.Fatalf("at screen %d (menu %v), want %d (menu %v)", fm.cur, fm.menuOpen, sc.want, sc.menu)
	}
	teatest.RequireEqualOutput(t, []byte(fm.View().Content))
}
