package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// ClassSchema is the class comparison JSON's schema id.
const ClassSchema = "brink-class/1"

// Class compares several games of one scenario — one journal per group or
// table of a class: outcomes, each team's principle scores, and the rounds
// where the tables chose differently. It is the instructor's debrief sheet.
type Class struct {
	Schema   string         `json:"schema"`
	Lang     bilingual.Lang `json:"lang"`
	Scenario ScenarioInfo   `json:"scenario"`
	Teams    []Team         `json:"teams"`
	Tables   []ClassTable   `json:"tables"`
	// Means are each team's mean scores over the tables.
	Means  []ClassMean  `json:"means"`
	Rounds []ClassRound `json:"rounds"`
}

// ClassTable is one table's game.
type ClassTable struct {
	Name    string            `json:"name"` // the table's name (tableLabels)
	File    string            `json:"file"`
	Seed    string            `json:"seed"`
	Started time.Time         `json:"started"`
	Seats   map[string]string `json:"seats"`
	Outcome Outcome           `json:"outcome"`
	Meters  []ClassMeter      `json:"meters"`
	Scores  []ClassScores     `json:"scores"`
	Notes   []string          `json:"notes"`
}

// ClassMeter is a meter's value at the end of a table's game.
type ClassMeter struct {
	ID   string `json:"id"`
	Team string `json:"team,omitempty"`
	Name string `json:"name"`
	End  int    `json:"end"`
}

// ClassScores are a team's results at one table.
type ClassScores struct {
	Team      string         `json:"team"`
	Scores    map[string]int `json:"scores"` // principle id → 0..100
	Levels    map[string]int `json:"levels"` // principle id → 1..4
	Interests int            `json:"interests"`
}

// ClassMean is a team's mean results over the tables.
type ClassMean struct {
	Team      string             `json:"team"`
	Scores    map[string]float64 `json:"scores"`
	Interests float64            `json:"interests"`
}

// ClassRound is one round number across the tables.
type ClassRound struct {
	Round int `json:"round"`
	// Differs: the tables that played this round did not all play the
	// same inject with the same choices.
	Differs bool        `json:"differs"`
	Tables  []ClassPlay `json:"tables"`
}

// ClassPlay is what one table did in a round.
type ClassPlay struct {
	Table   string        `json:"table"`
	Played  bool          `json:"played"`
	Inject  string        `json:"inject,omitempty"`
	Title   string        `json:"title,omitempty"`
	Choices []ClassChoice `json:"choices"`
}

// ClassChoice is a team's choice at one table.
type ClassChoice struct {
	Team       string `json:"team"`
	Option     string `json:"option"`
	Label      string `json:"label"`
	Stance     int    `json:"stance"`
	Held       bool   `json:"held"`
	HoldReason string `json:"hold_reason,omitempty"`
	Rationale  string `json:"rationale"`
}

// BuildClass compares rebuilt journals of one scenario. It refuses a mix of
// scenarios with one line naming them.
func BuildClass(games []*journal.Rebuilt, lang bilingual.Lang) (*Class, error) {
	lang = lang.Known()
	if len(games) == 0 {
		return nil, zhMsg.Errorf("no journals to compare")
	}
	ids := map[string][]string{}
	for _, g := range games {
		ids[g.Scenario.ID] = append(ids[g.Scenario.ID], filepath.Base(g.Path))
	}
	if len(ids) > 1 {
		var parts, zhParts []string
		for id, files := range ids {
			parts = append(parts, fmt.Sprintf("%s: %s", id, strings.Join(files, ", ")))
		}
		sort.Strings(parts)
		for _, p := range parts {
			zhParts = append(zhParts, strings.Replace(strings.ReplaceAll(p, ", ", "、"), ": ", "：", 1))
		}
		return nil, zhMsg.Errorf("the journals play different scenarios (%s); compare one scenario at a time", bilingual.Pair{En: strings.Join(parts, "; "), Zh: strings.Join(zhParts, "；")})
	}
	games = append([]*journal.Rebuilt(nil), games...)
	sort.SliceStable(games, func(i, j int) bool { return games[i].Path < games[j].Path })

	s := games[0].Scenario
	c := &Class{Schema: ClassSchema, Lang: lang, Teams: []Team{}, Tables: []ClassTable{}, Means: []ClassMean{}, Rounds: []ClassRound{},
		Scenario: ScenarioInfo{ID: s.ID, Title: s.Title.In(lang), Summary: s.Summary.In(lang), Hash: s.Hash, MaxRounds: s.Rounds}}
	for _, t := range s.Teams {
		c.Teams = append(c.Teams, Team{ID: t.ID, Name: t.Name.In(lang), Short: t.Short})
	}
	labels := tableLabels(games)
	reports := make([]*Report, len(games))
	maxRounds := 0
	for i, g := range games {
		r := Build(g, lang)
		reports[i] = r
		t := ClassTable{Name: labels[i], File: filepath.Base(g.Path), Seed: r.Seed, Started: r.Journal.Started, Seats: map[string]string{},
			Outcome: r.Outcome, Meters: []ClassMeter{}, Scores: []ClassScores{}, Notes: r.notes()}
		if t.Notes == nil {
			t.Notes = []string{}
		}
		for k, v := range g.Header.Seats {
			t.Seats[k] = v
		}
		for _, m := range r.Meters {
			t.Meters = append(t.Meters, ClassMeter{ID: m.ID, Team: m.Team, Name: m.Name, End: m.End})
		}
		for _, sc := range r.Scorecards {
			cs := ClassScores{Team: sc.Team, Scores: map[string]int{}, Levels: map[string]int{}, Interests: sc.Interests}
			for _, p := range sc.Principles {
				cs.Scores[p.ID], cs.Levels[p.ID] = p.Score, p.Level
			}
			t.Scores = append(t.Scores, cs)
		}
		c.Tables = append(c.Tables, t)
		maxRounds = max(maxRounds, len(r.Rounds))
	}
	for ti, team := range c.Teams {
		m := ClassMean{Team: team.ID, Scores: map[string]float64{}}
		for _, t := range c.Tables {
			for _, p := range scenario.Principles {
				m.Scores[p] += float64(t.Scores[ti].Scores[p]) / float64(len(c.Tables))
			}
			m.Interests += float64(t.Scores[ti].Interests) / float64(len(c.Tables))
		}
		c.Means = append(c.Means, m)
	}
	for n := 1; n <= maxRounds; n++ {
		cr := ClassRound{Round: n, Tables: []ClassPlay{}}
		seen := map[string]bool{}
		for i, r := range reports {
			play := ClassPlay{Table: c.Tables[i].Name, Choices: []ClassChoice{}}
			if n <= len(r.Rounds) {
				rd := r.Rounds[n-1]
				play.Played, play.Inject, play.Title = true, rd.Inject, rd.Title
				key := rd.Inject
				for _, ch := range rd.Choices {
					play.Choices = append(play.Choices, ClassChoice{Team: ch.Team, Option: ch.Option, Label: ch.Label, Stance: ch.Stance, Held: ch.Held, HoldReason: ch.HoldReason, Rationale: ch.Rationale})
					key += "|" + ch.Team + "=" + ch.Option + "/" + strconv.FormatBool(ch.Held)
				}
				seen[key] = true
			}
			cr.Tables = append(cr.Tables, play)
		}
		cr.Differs = len(seen) > 1
		c.Rounds = append(c.Rounds, cr)
	}
	return c, nil
}

// tableLabels name each game's table: the name given with --table, else
// the names typed at its seats (in team order), else the journal's file
// name without .jsonl. Two tables that would read alike get their file
// names too.
func tableLabels(games []*journal.Rebuilt) []string {
	stem := func(g *journal.Rebuilt) string {
		return strings.TrimSuffix(filepath.Base(g.Path), filepath.Ext(g.Path))
	}
	labels := make([]string, len(games))
	count := map[string]int{}
	for i, g := range games {
		label := strings.TrimSpace(g.Header.Table)
		if label == "" {
			var people []string
			for _, t := range g.Scenario.Teams {
				if n := strings.TrimSpace(g.Header.Names[t.ID]); n != "" {
					people = append(people, n)
				}
			}
			label = strings.Join(people, " / ")
		}
		if label == "" {
			label = stem(g)
		}
		labels[i] = label
		count[label]++
	}
	for i, g := range games {
		if count[labels[i]] > 1 && labels[i] != stem(g) {
			labels[i] += " (" + stem(g) + ")"
		}
	}
	return labels
}

// JSON renders the comparison as JSON (schema: SCHEMA.md).
func (c *Class) JSON() []byte { return marshal(c) }

func (c *Class) team(id string) Team {
	for _, t := range c.Teams {
		if t.ID == id {
			return t
		}
	}
	return Team{ID: id, Name: id, Short: id}
}

func (c *Class) teamIndex(id string) int {
	for i, t := range c.Teams {
		if t.ID == id {
			return i
		}
	}
	return 0
}

// seatText says who played a team at a table.
func (c *Class) seatText(seat string) string {
	if seat == "" || seat == journal.Human {
		return zhMsg.Sprintf(c.Lang, "people")
	}
	return zhMsg.Sprintf(c.Lang, "computer") + " (" + seat + ")"
}

// alike lists the rounds every table played alike.
func (c *Class) alike() []string {
	var out []string
	for _, r := range c.Rounds {
		if !r.Differs {
			out = append(out, strconv.Itoa(r.Round))
		}
	}
	return out
}

// choiceText is a choice in a few words: "Press in public (+2)".
func choiceText(lang bilingual.Lang, ch ClassChoice) string {
	s := fmt.Sprintf("%s (%s)", ch.Label, signed(ch.Stance))
	if ch.Held {
		s += " — " + held(lang, ch.HoldReason)
	}
	return s
}

// held says that a team held and why: "held (time ran out)". The reasons
// Brink gives are said in the reader's language; a journal written before
// holds kept their reason had only the clock's.
func held(lang bilingual.Lang, reason string) string {
	switch reason {
	case "", "time ran out":
		return zhMsg.Sprintf(lang, "held (time ran out)")
	case "held by the facilitator":
		return zhMsg.Sprintf(lang, "held by the facilitator")
	}
	return zhMsg.Sprintf(lang, "held (%s)", reason)
}

func (c *Class) meterHeaders() []ClassMeter {
	if len(c.Tables) == 0 {
		return nil
	}
	return c.Tables[0].Meters
}

func (c *Class) meterLabel(m ClassMeter) string {
	if m.Team != "" {
		return m.Name + " (" + c.team(m.Team).Short + ")"
	}
	return m.Name
}

// Markdown renders the comparison as Markdown.
func (c *Class) Markdown() []byte {
	l := c.Lang
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("# %s%s%s\n\n", zhMsg.Sprintf(l, "Class comparison"), colon(l), md(c.Scenario.Title))
	p("| | |\n| --- | --- |\n| %s | %s (`%s`) |\n| %s | %d |\n\n", zhMsg.Sprintf(l, "Scenario"), md(c.Scenario.Title), c.Scenario.ID, zhMsg.Sprintf(l, "Tables"), len(c.Tables))

	p("## %s\n\n", zhMsg.Sprintf(l, "Outcome"))
	meters := c.meterHeaders()
	p("| %s | %s | %s |", zhMsg.Sprintf(l, "Table"), zhMsg.Sprintf(l, "Outcome"), zhMsg.Sprintf(l, "Rounds played"))
	for _, m := range meters {
		p(" %s |", md(c.meterLabel(m)))
	}
	p(" %s |\n| --- | --- | ---: |%s --- |\n", zhMsg.Sprintf(l, "Teams"), strings.Repeat(" ---: |", len(meters)))
	for _, t := range c.Tables {
		p("| %s | **%s** | %d |", md(t.Name), md(t.Outcome.Label), t.Outcome.Rounds)
		for _, m := range t.Meters {
			p(" %d |", m.End)
		}
		var seats []string
		for _, tm := range c.Teams {
			seats = append(seats, md(tm.Short)+" "+md(c.seatText(t.Seats[tm.ID])))
		}
		p(" %s |\n", strings.Join(seats, " · "))
	}
	b.WriteString("\n")
	for _, t := range c.Tables {
		for _, n := range t.Notes {
			p("> %s%s%s\n>\n", md(t.Name), colon(l), md(n))
		}
	}

	p("## %s\n\n", zhMsg.Sprintf(l, "Principle scores per table"))
	for ti, team := range c.Teams {
		p("### %s (%s)\n\n| %s |", md(team.Name), md(team.Short), zhMsg.Sprintf(l, "Table"))
		for _, id := range scenario.Principles {
			p(" %s |", md(principleName(l, id)))
		}
		p(" %s |\n| --- |%s ---: |\n", zhMsg.Sprintf(l, "Interests"), strings.Repeat(" ---: |", len(scenario.Principles)))
		for _, t := range c.Tables {
			sc := t.Scores[ti]
			p("| %s |", md(t.Name))
			for _, id := range scenario.Principles {
				p(" %d (L%d) |", sc.Scores[id], sc.Levels[id])
			}
			p(" %d |\n", sc.Interests)
		}
		p("| *%s* |", zhMsg.Sprintf(l, "Mean"))
		for _, id := range scenario.Principles {
			p(" *%.1f* |", c.Means[ti].Scores[id])
		}
		p(" *%.1f* |\n\n", c.Means[ti].Interests)
	}

	p("## %s\n\n", zhMsg.Sprintf(l, "Rounds where tables chose differently"))
	any := false
	for _, r := range c.Rounds {
		if !r.Differs {
			continue
		}
		any = true
		p("### %s\n\n| %s | %s |", roundName(l, r.Round), zhMsg.Sprintf(l, "Table"), zhMsg.Sprintf(l, "Inject"))
		for _, t := range c.Teams {
			p(" %s |", md(t.Short))
		}
		p("\n| --- | --- |%s\n", strings.Repeat(" --- |", len(c.Teams)))
		for _, pl := range r.Tables {
			if !pl.Played {
				p("| %s | *%s* |%s\n", md(pl.Table), zhMsg.Sprintf(l, "not played"), strings.Repeat(" |", len(c.Teams)))
				continue
			}
			p("| %s | %s |", md(pl.Table), md(pl.Title))
			for _, ch := range pl.Choices {
				cell := md(choiceText(l, ch))
				if ch.Rationale != "" {
					cell += " — “" + md(ch.Rationale) + "”"
				}
				p(" %s |", cell)
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	if !any {
		p("%s\n\n", zhMsg.Sprintf(l, "Every table made the same choices in every round."))
	} else if a := c.alike(); len(a) > 0 {
		p("%s\n\n", md(zhMsg.Sprintf(l, "All tables chose alike in rounds: %s.", strings.Join(a, sep(l)))))
	}
	p("---\n\n*%s*\n", zhMsg.Sprintf(l, "Written by Brink from the game's journal."))
	return []byte(b.String())
}

func principleName(lang bilingual.Lang, id string) string {
	return score.Name(id).In(lang)
}

//go:embed class.html.tmpl
var classTmpl string

var classPage = page("class", classTmpl)

type classView struct {
	*Class
	// IDPrefix keeps the section ids of several comparisons in one page
	// apart ("" for one).
	IDPrefix string
}

// classPageView is a page of one or more comparisons.
type classPageView struct {
	Lang    bilingual.Lang
	Title   string
	CSS     template.CSS
	Classes []classView
}

func (v classView) W(format string) string  { return zhMsg.Sprintf(v.Lang, format) }
func (v classView) RoundName(n int) string  { return roundName(v.Lang, n) }
func (v classView) Colon() string           { return colon(v.Lang) }
func (v classView) Team(id string) Team     { return v.team(id) }
func (v classView) Seat(seat string) string { return v.seatText(seat) }

// SeatShort is a seat in a word: the bot's policy, or "people".
func (v classView) SeatShort(seat string) string {
	if seat == "" || seat == journal.Human {
		return zhMsg.Sprintf(v.Lang, "people")
	}
	return seat
}

func (v classView) MeterLabel(m ClassMeter) string { return v.meterLabel(m) }
func (v classView) Meters() []ClassMeter           { return v.meterHeaders() }
func (v classView) Principles() []string           { return scenario.Principles }
func (v classView) PName(id string) string         { return principleName(v.Lang, id) }
func (v classView) Choice(ch ClassChoice) string   { return choiceText(v.Lang, ch) }
func (v classView) TeamClass(id string) string {
	return "t" + strconv.Itoa(v.teamIndex(id)%len(teamColors))
}
func (v classView) Alike() string {
	if a := v.alike(); len(a) > 0 {
		return zhMsg.Sprintf(v.Lang, "All tables chose alike in rounds: %s.", strings.Join(a, sep(v.Lang)))
	}
	return ""
}
func (v classView) AnyDiffers() bool {
	for _, r := range v.Rounds {
		if r.Differs {
			return true
		}
	}
	return false
}
func (v classView) Score(sc ClassScores, id string) int { return sc.Scores[id] }
func (v classView) Level(sc ClassScores, id string) int { return sc.Levels[id] }
func (v classView) Mean(ti int, id string) string {
	return strconv.FormatFloat(v.Means[ti].Scores[id], 'f', 1, 64)
}
func (v classView) MeanInterests(ti int) string {
	return strconv.FormatFloat(v.Means[ti].Interests, 'f', 1, 64)
}

// HTML renders the comparison as one self-contained HTML page.
func (c *Class) HTML() []byte { return Classes{c}.HTML() }

// Classes are the comparisons of a class that played several scenarios:
// one per scenario, in the order of the scenarios' ids.
type Classes []*Class

// BuildClasses compares rebuilt journals of any scenarios: one comparison
// (BuildClass) per scenario.
func BuildClasses(games []*journal.Rebuilt, lang bilingual.Lang) (Classes, error) {
	if len(games) == 0 {
		return nil, zhMsg.Errorf("no journals to compare")
	}
	by := map[string][]*journal.Rebuilt{}
	for _, g := range games {
		by[g.Scenario.ID] = append(by[g.Scenario.ID], g)
	}
	var out Classes
	for _, id := range slices.Sorted(maps.Keys(by)) {
		c, err := BuildClass(by[id], lang)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// Markdown renders the comparisons one after the other.
func (cs Classes) Markdown() []byte {
	var parts [][]byte
	for _, c := range cs {
		parts = append(parts, c.Markdown())
	}
	return bytes.Join(parts, []byte("\n"))
}

// ClassesSchema is the schema id of several comparisons in one JSON object.
const ClassesSchema = "brink-classes/1"

// JSON renders one comparison as its own object (brink-class/1), several
// as {"schema": "brink-classes/1", "lang", "classes": [...]}.
func (cs Classes) JSON() []byte {
	if len(cs) == 1 {
		return cs[0].JSON()
	}
	return marshal(struct {
		Schema  string         `json:"schema"`
		Lang    bilingual.Lang `json:"lang"`
		Classes []*Class       `json:"classes"`
	}{ClassesSchema, cs[0].Lang, cs})
}

// HTML renders the comparisons as one self-contained HTML page.
func (cs Classes) HTML() []byte {
	l := cs[0].Lang
	v := classPageView{Lang: l, CSS: template.CSS(style)}
	var titles []string
	for _, c := range cs {
		cv := classView{Class: c}
		if len(cs) > 1 {
			cv.IDPrefix = c.Scenario.ID + "-"
		}
		v.Classes = append(v.Classes, cv)
		titles = append(titles, c.Scenario.Title)
	}
	v.Title = zhMsg.Sprintf(l, "Class comparison") + colon(l) + strings.Join(titles, sep(l))
	var b bytes.Buffer
	if err := classPage().ExecuteTemplate(&b, "page", v); err != nil {
		panic("report: " + err.Error())
	}
	return b.Bytes()
}
