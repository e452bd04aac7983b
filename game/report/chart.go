package report

import (
	"fmt"
	"html"
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
)

// Team colours for charts and labels, by team order; chosen to stay apart
// when printed in grey.
var teamColors = []string{"#b3261e", "#1f4e9c", "#2e7d32", "#7b1fa2", "#ef6c00", "#00838f"}

// thresholdColor colours a threshold line by what crossing it means.
func thresholdColor(name string) string {
	switch name {
	case "catastrophe":
		return "#8b0000"
	case "crisis", "high":
		return "#d35400"
	case "low":
		return "#b7950b"
	case "resolved":
		return "#1e7b43"
	}
	return "#7f8c8d"
}

// chart is one meter (or one per-team meter, a line per team) per round.
type chart struct {
	Title  string
	Min    int
	Max    int
	Thresh []Threshold
	Lines  []chartLine
	Rounds int
}

type chartLine struct {
	Label  string
	Color  string
	Values []int
}

// charts groups the report's meters: one chart per meter.
func (r *Report) charts() []chart {
	var out []chart
	index := map[string]int{}
	for _, m := range r.Meters {
		i, ok := index[m.ID]
		if !ok {
			i = len(out)
			index[m.ID] = i
			out = append(out, chart{Title: m.Name, Min: m.Min, Max: m.Max, Thresh: m.Thresholds, Rounds: len(r.Rounds)})
		}
		line := chartLine{Label: m.Name, Color: "#1d2433", Values: m.Series}
		if m.Team != "" {
			line.Label = r.team(m.Team).Short
			line.Color = teamColors[r.teamIndex(m.Team)%len(teamColors)]
		}
		out[i].Lines = append(out[i].Lines, line)
	}
	return out
}

func (r *Report) teamIndex(id string) int {
	for i, t := range r.Teams {
		if t.ID == id {
			return i
		}
	}
	return 0
}

// Chart geometry, in SVG user units.
const (
	chartW     = 360
	chartH     = 200
	plotLeft   = 34
	plotRight  = 284
	plotTop    = 30
	plotBottom = 168
)

// svg draws a chart as inline SVG: gridlines, thresholds (dashed, named),
// a line with points per series, round labels. No scripts, no fonts to
// fetch; every point carries a <title> for screen readers and hover.
func (c chart) svg(lang bilingual.Lang) string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	e := html.EscapeString
	span := max(c.Max-c.Min, 1)
	n := max(c.Rounds, 1)
	x := func(i int) float64 { return plotLeft + float64(i)*float64(plotRight-plotLeft)/float64(n) }
	y := func(v int) float64 {
		return plotBottom - float64(v-c.Min)*float64(plotBottom-plotTop)/float64(span)
	}
	p(`<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s">`, chartW, chartH, e(zhMsg.Sprintf(lang, "Chart of %s per round", c.Title)))
	p(`<title>%s</title>`, e(zhMsg.Sprintf(lang, "Chart of %s per round", c.Title)))
	p(`<text x="%d" y="16" class="ct">%s</text>`, plotLeft, e(c.Title))
	// Frame and gridlines at the bounds and quarters.
	for k := 0; k <= 4; k++ {
		v := c.Min + span*k/4
		p(`<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" class="grid"/>`, plotLeft, y(v), plotRight, y(v))
		p(`<text x="%d" y="%.1f" class="ax" text-anchor="end">%d</text>`, plotLeft-4, y(v)+3, v)
	}
	// Round labels: every round while they fit, else every few.
	step := 1
	for n/step > 12 {
		step++
	}
	for i := 0; i <= n; i += step {
		label := fmt.Sprint(i)
		if i == 0 {
			label = zhMsg.Sprintf(lang, "Start")
		}
		p(`<text x="%.1f" y="%d" class="ax" text-anchor="middle">%s</text>`, x(i), plotBottom+14, e(label))
	}
	// Thresholds, labelled at the right; labels that would overlap move apart.
	lastY := -100.0
	for k := len(c.Thresh) - 1; k >= 0; k-- {
		t := c.Thresh[k]
		col := thresholdColor(t.Name)
		ty := y(t.Value)
		p(`<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s" class="th"/>`, plotLeft, ty, plotRight, ty, col)
		ly := ty + 3
		if ly < lastY+10 {
			ly = lastY + 10
		}
		lastY = ly
		p(`<text x="%d" y="%.1f" class="tl" fill="%s">%s %d</text>`, plotRight+4, ly, col, e(thresholdName(lang, t.Name)), t.Value)
	}
	// Series.
	for li, l := range c.Lines {
		var pts []string
		for i, v := range l.Values {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(i), y(v)))
		}
		p(`<polyline points="%s" fill="none" stroke="%s" class="ln"/>`, strings.Join(pts, " "), l.Color)
		for i, v := range l.Values {
			when := zhMsg.Sprintf(lang, "Start")
			if i > 0 {
				when = roundName(lang, i)
			}
			p(`<circle cx="%.1f" cy="%.1f" r="2.6" fill="%s"><title>%s, %s: %d</title></circle>`, x(i), y(v), l.Color, e(l.Label), e(when), v)
		}
		if len(c.Lines) > 1 {
			lx := plotLeft + 8 + li*64
			p(`<line x1="%d" y1="24" x2="%d" y2="24" stroke="%s" class="ln"/>`, lx+120, lx+134, l.Color)
			p(`<text x="%d" y="27" class="lg">%s</text>`, lx+138, e(l.Label))
		}
	}
	b.WriteString(`</svg>`)
	return b.String()
}
