package score

import (
	"math"
	"testing"

	"github.com/brink-ttx/brink/game/scenario"
)

// The worked examples in content/FORMAT.md, checked.
func TestAssessmentPoints(t *testing.T) {
	cases := []struct {
		k, pick, truth, conf int
		points               int
		brier                float64
	}{
		{2, 0, 0, 90, 5, 0.02},
		{2, 0, 1, 90, -11, 1.62},
		{2, 1, 1, 70, 3, 0.18},
		{2, 1, 0, 70, -5, 0.98},
		{2, 0, 0, 50, 0, 0.5},
		{2, 0, 1, 50, 0, 0.5},
		{3, 1, 0, 70, -6, 1.235},
		{3, 0, 0, 90, 7, 0.015},
		{4, 2, 2, 100, 8, 0},
	}
	for _, c := range cases {
		pts, b := AssessmentPoints(c.k, c.pick, c.truth, c.conf, 10)
		if pts != c.points || math.Abs(b-c.brier) > 1e-9 {
			t.Errorf("K=%d pick=%d truth=%d %d%%: got %d (B=%.4f), want %d (B=%.4f)", c.k, c.pick, c.truth, c.conf, pts, b, c.points, c.brier)
		}
	}
	if pts, _ := AssessmentPoints(1, 0, 0, 90, 10); pts != 0 {
		t.Errorf("a single hypothesis cannot be scored")
	}
}

func TestLevelsAndClamp(t *testing.T) {
	for score, want := range map[int]int{0: 1, 39: 1, 40: 2, 59: 2, 60: 3, 79: 3, 80: 4, 100: 4} {
		if got := Level(score); got != want {
			t.Errorf("Level(%d) = %d, want %d", score, got, want)
		}
	}
	l := NewLedger()
	l.Add("us", Evidence{Round: 1, Principle: "face", Delta: -40, What: scenario.T("a"), Why: scenario.T("b")})
	l.Add("us", Evidence{Round: 2, Principle: "face", Delta: -30, What: scenario.T("c"), Why: scenario.T("d")})
	l.Add("us", Evidence{Round: 2, Principle: "sum", Delta: 70})
	c := l.Card("us")
	if f := c.Get("face"); f.Raw != -20 || f.Score != 0 || f.Level != 1 || len(f.Evidence) != 2 {
		t.Errorf("face: %+v", f)
	}
	if s := c.Get("sum"); s.Score != 100 || s.Level != 4 {
		t.Errorf("sum: %+v", s)
	}
	if i := c.Get("intent"); i.Score != Base || i.Evidence == nil {
		t.Errorf("an untouched principle stays at the base with an empty evidence list: %+v", i)
	}
	for _, p := range c.Principles {
		if p.Descriptor.In("en") == "" || p.Descriptor.In("zh") == "" || Name(p.ID).In("zh") == "" {
			t.Errorf("%s lacks a descriptor or name in a language", p.ID)
		}
	}
}
