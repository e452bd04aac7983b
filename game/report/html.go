package report

import (
	"bytes"
	_ "embed"
	"html/template"
	"strings"
	"sync"

	"github.com/brink-ttx/brink/game/score"
)

// style is the reports' CSS: inline in every file, A4 when printed.
//
//go:embed style.css
var style string

var funcs = template.FuncMap{
	"signed": signed,
	"span":   span,
	"stamp":  stamp,
	"clock":  clock,
	"paras":  paragraphs,
	"add":    func(a, b int) int { return a + b },
	"join":   strings.Join,
}

//go:embed report.html.tmpl
var reportTmpl string

var reportPage = page("report", reportTmpl)

// page is a template parsed the first time it is asked for, so that a
// command that writes no report does not pay for it at start-up.
func page(name, text string) func() *template.Template {
	return sync.OnceValue(func() *template.Template {
		return template.Must(template.New(name).Funcs(funcs).Parse(text))
	})
}

// htmlView is what the report template reads: the report plus the strings
// and charts it needs.
type htmlView struct {
	*Report
	CSS    template.CSS
	Charts []template.HTML
}

// W is a fixed string in the report's language.
func (v htmlView) W(format string) string { return zhMsg.Sprintf(v.Lang, format) }

// RoundName is "Round n" in the report's language.
func (v htmlView) RoundName(n int) string { return roundName(v.Lang, n) }

// Team returns a team by id.
func (v htmlView) Team(id string) Team { return v.team(id) }

// TeamClass is the CSS class of a team's colour.
func (v htmlView) TeamClass(id string) string {
	return "t" + string(rune('0'+v.teamIndex(id)%len(teamColors)))
}

// MeterName names a meter.
func (v htmlView) MeterName(id, team string) string { return v.meterName(id, team) }

// Seat says who played a team.
func (v htmlView) Seat(t Team) string {
	if t.Seat == "bot" {
		return zhMsg.Sprintf(v.Lang, "computer") + " (" + t.Policy + ")"
	}
	if t.People != "" {
		return zhMsg.Sprintf(v.Lang, "people") + " (" + t.People + ")"
	}
	return zhMsg.Sprintf(v.Lang, "people")
}

// Notes are the report's caveats.
func (v htmlView) Notes() []string { return v.notes() }

// Tags are a choice's stance, visibility and flags.
func (v htmlView) Tags(c Choice) []string { return v.choiceTags(c) }

// Action describes a facilitator action.
func (v htmlView) Action(a Action) string { return v.actionText(a) }

// Thresholds lists a meter's thresholds.
func (v htmlView) Thresholds(ts []Threshold) string { return thresholdText(v.Lang, ts) }

// Reason is the end reason in the report's language.
func (v htmlView) Reason() string { return reasonText(v.Lang, v.Outcome.why) }

// Intent is the name of the intent principle.
func (v htmlView) Intent() string { return score.Name("intent").In(v.Lang) }

// Stop ends a sentence.
func (v htmlView) Stop() string { return stop(v.Lang) }

// Colon is the label separator.
func (v htmlView) Colon() string { return colon(v.Lang) }

// Changed are a round's meter changes that moved.
func (v htmlView) Changed(rd Round) []MeterChange {
	var out []MeterChange
	for _, m := range rd.Meters {
		if m.Delta != 0 {
			out = append(out, m)
		}
	}
	return out
}

// HTML renders the report as one self-contained HTML page.
func (r *Report) HTML() []byte {
	v := htmlView{Report: r, CSS: template.CSS(style)}
	for _, c := range r.charts() {
		v.Charts = append(v.Charts, template.HTML(c.svg(r.Lang)))
	}
	var b bytes.Buffer
	if err := reportPage().Execute(&b, v); err != nil {
		panic("report: " + err.Error()) // the template is fixed: a failure is a bug
	}
	return b.Bytes()
}
