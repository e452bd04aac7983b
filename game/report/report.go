// Package report writes the after-action report of a game from its journal:
// Markdown that reads well on its own and on a code-hosting site, one
// self-contained HTML file (inline CSS, inline SVG meter charts, no scripts,
// printable to A4), and JSON with a stable schema for researchers (see
// SCHEMA.md). It also writes the class comparison of several journals of one
// scenario. Reports come in English and Chinese.
//
// Every renderer reads the same Report value, built once from the journal
// and the game rebuilt by replaying it, so the three formats never disagree.
package report

import (
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// Schema is the report JSON's schema id; it changes only when a field is
// removed or changes meaning (new fields may appear within a version).
const Schema = "brink-report/1"

// Report is one game's after-action report. Its JSON form is documented in
// SCHEMA.md.
type Report struct {
	Schema      string         `json:"schema"`
	Lang        bilingual.Lang `json:"lang"`
	Journal     JournalInfo    `json:"journal"`
	Scenario    ScenarioInfo   `json:"scenario"`
	Seed        string         `json:"seed"`
	Teams       []Team         `json:"teams"`
	Outcome     Outcome        `json:"outcome"`
	Meters      []Meter        `json:"meters"`
	Rounds      []Round        `json:"rounds"`
	Hotline     []Message      `json:"hotline"`
	Facilitator []Action       `json:"facilitator"`
	Scorecards  []Scorecard    `json:"scorecards"`
	Interests   []Interest     `json:"interests"`
	Debrief     []string       `json:"debrief"`
	Sources     []Source       `json:"sources"`
}

// JournalInfo says where the report comes from.
type JournalInfo struct {
	File      string    `json:"file"`
	Version   string    `json:"version"`
	Started   time.Time `json:"started"`
	LastEvent time.Time `json:"last_event"`
	Inputs    int       `json:"inputs"`
	Resumes   int       `json:"resumes"`
	Truncated bool      `json:"truncated"`
	Forced    bool      `json:"forced"`
	// Table is the table's name given when the game started; may be empty.
	Table string `json:"table,omitempty"`
}

// ScenarioInfo names the scenario.
type ScenarioInfo struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Summary   string `json:"summary"`
	Source    string `json:"source"`
	Hash      string `json:"hash"`
	MaxRounds int    `json:"max_rounds"`
}

// Team is a delegation and who played it.
type Team struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Short  string `json:"short"`
	Seat   string `json:"seat"`   // "human" or "bot"
	Policy string `json:"policy"` // the bot's policy; empty for people
	People string `json:"people"` // the names given at a human seat, if any
}

// Outcome is how the game ended.
type Outcome struct {
	Over   bool   `json:"over"`
	Result string `json:"result"` // catastrophe, escalated, contained, resolved; "in-progress"
	Label  string `json:"label"`
	Reason string `json:"reason"`
	why    bilingual.Msg
	Rounds int `json:"rounds"`
	// Settlement is what the outcome did to the meters (a crisis costs
	// every team; a resolved one pays every team).
	Settlement []Settled `json:"settlement"`
	// Secrets are the hidden truths the game drew, once it is over.
	Secrets []Secret `json:"secrets"`
}

// Settled is one meter moved by the outcome.
type Settled struct {
	Meter  string `json:"meter"`
	Team   string `json:"team,omitempty"`
	Change int    `json:"change"`
}

// Secret is a hidden truth and what it turned out to be.
type Secret struct {
	ID          string `json:"id"`
	Description string `json:"description"`
	Truth       string `json:"truth"`
	Text        string `json:"text"`
}

// Meter is one meter's history ("team" set for a per-team meter).
type Meter struct {
	ID         string      `json:"id"`
	Team       string      `json:"team,omitempty"`
	Name       string      `json:"name"`
	Min        int         `json:"min"`
	Max        int         `json:"max"`
	Start      int         `json:"start"`
	End        int         `json:"end"`
	Thresholds []Threshold `json:"thresholds"`
	// Series[0] is the start; Series[i] the value after round i's reveal.
	Series []int `json:"series"`
}

// Threshold is a named meter value.
type Threshold struct {
	Name  string `json:"name"`
	Value int    `json:"value"`
}

// Round is one revealed round.
type Round struct {
	Number      int           `json:"round"`
	Inject      string        `json:"inject"`
	Title       string        `json:"title"`
	Date        string        `json:"date"`
	Brief       string        `json:"brief"`
	Intel       []TeamText    `json:"intel"`
	Assessments []Assessment  `json:"assessments"`
	Choices     []Choice      `json:"choices"`
	Rules       []string      `json:"rules"`
	Narrative   []string      `json:"narrative"`
	Notes       []string      `json:"notes"`
	Meters      []MeterChange `json:"meters"`
	Evidence    []Evidence    `json:"evidence"`
}

// TeamText is a team's private text.
type TeamText struct {
	Team string `json:"team"`
	Text string `json:"text"`
}

// Assessment is a team's revealed read of the situation.
type Assessment struct {
	Team           string  `json:"team"`
	Question       string  `json:"question"`
	Hypothesis     string  `json:"hypothesis"`
	HypothesisText string  `json:"hypothesis_text"`
	Confidence     int     `json:"confidence"`
	Truth          string  `json:"truth"`
	TruthText      string  `json:"truth_text"`
	Correct        bool    `json:"correct"`
	Brier          float64 `json:"brier"`
	Points         int     `json:"points"`
}

// Choice is a team's revealed decision.
type Choice struct {
	Team        string `json:"team"`
	Option      string `json:"option"` // empty: held with no hold option
	Label       string `json:"label"`
	Description string `json:"description"`
	Stance      int    `json:"stance"`
	Visibility  string `json:"visibility"` // public or private
	Historical  bool   `json:"historical"`
	Held        bool   `json:"held"`
	HoldReason  string `json:"hold_reason,omitempty"`
	Rationale   string `json:"rationale"`
}

// MeterChange is a meter before and after a reveal.
type MeterChange struct {
	Meter  string `json:"meter"`
	Team   string `json:"team,omitempty"`
	Before int    `json:"before"`
	After  int    `json:"after"`
	Delta  int    `json:"delta"`
}

// Evidence is one line that moved a principle score.
type Evidence struct {
	Team      string `json:"team"`
	Round     int    `json:"round"`
	Inject    string `json:"inject"`
	Principle string `json:"principle"`
	Delta     int    `json:"delta"`
	What      string `json:"what"`
	Why       string `json:"why"`
}

// Message is one hotline message.
type Message struct {
	Round       int        `json:"round"`
	At          *time.Time `json:"at"`
	Channel     string     `json:"channel"`
	ChannelName string     `json:"channel_name"`
	Team        string     `json:"team"`
	Text        string     `json:"text"`
}

// Action is one facilitator action.
type Action struct {
	Round  int        `json:"round"`
	At     *time.Time `json:"at"`
	Kind   string     `json:"kind"` // adjust, insert, end
	Meter  string     `json:"meter,omitempty"`
	Team   string     `json:"team,omitempty"`
	Delta  int        `json:"delta,omitempty"`
	Inject string     `json:"inject,omitempty"`
	Reason string     `json:"reason"`
}

// Scorecard is a team's four principle scores.
type Scorecard struct {
	Team       string      `json:"team"`
	Principles []Principle `json:"principles"`
	Interests  int         `json:"interests"`
}

// Principle is one principle's score with its evidence.
type Principle struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	Score      int        `json:"score"`
	Raw        int        `json:"raw"`
	Level      int        `json:"level"`
	Descriptor string     `json:"descriptor"`
	Evidence   []Evidence `json:"evidence"`
}

// Interest is a team's interests meter, start to end.
type Interest struct {
	Team   string `json:"team"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Change int    `json:"change"`
}

// Source is a citation.
type Source struct {
	Title string `json:"title"`
	Where string `json:"where"`
	URL   string `json:"url"`
}

// Build makes the report of a rebuilt journal in lang ("en" or "zh").
func Build(rb *journal.Rebuilt, lang bilingual.Lang) *Report {
	lang = lang.Known()
	s, g, h := rb.Scenario, rb.Game, rb.Header
	r := &Report{
		Schema: Schema, Lang: lang,
		Journal: JournalInfo{File: filepath.Base(rb.Path), Version: h.Version, Started: h.Started, LastEvent: rb.LastEvent(),
			Inputs: len(rb.Events), Resumes: len(rb.Resumes), Truncated: rb.Truncated, Forced: rb.Forced, Table: h.Table},
		Scenario: ScenarioInfo{ID: s.ID, Title: s.Title.In(lang), Summary: s.Summary.In(lang), Source: h.Source, Hash: s.Hash, MaxRounds: s.Rounds},
		Seed:     strconv.FormatUint(h.Seed, 10),
		Teams:    []Team{}, Meters: []Meter{}, Rounds: []Round{}, Hotline: []Message{}, Facilitator: []Action{},
		Scorecards: []Scorecard{}, Interests: []Interest{}, Debrief: []string{}, Sources: []Source{},
	}
	for _, t := range s.Teams {
		tm := Team{ID: t.ID, Name: t.Name.In(lang), Short: t.Short, Seat: "human"}
		if p := h.Seats[t.ID]; p != "" && p != journal.Human {
			tm.Seat, tm.Policy = "bot", p
		} else {
			tm.People = h.Names[t.ID]
		}
		r.Teams = append(r.Teams, tm)
	}
	hist := g.History()
	r.Outcome = Outcome{Over: g.Over(), Result: string(g.Outcome()), Reason: g.EndReason(), why: g.EndWhy(), Rounds: len(hist)}
	if !g.Over() {
		r.Outcome.Result = "in-progress"
	}
	r.Outcome.Label = outcomeLabel(lang, r.Outcome.Result)
	r.Outcome.Settlement, r.Outcome.Secrets = []Settled{}, []Secret{}
	for _, m := range g.Settlement() {
		r.Outcome.Settlement = append(r.Outcome.Settlement, Settled{Meter: m.Meter, Team: m.Team, Change: m.Delta()})
	}
	if g.Over() {
		for _, sv := range g.SecretsInPlay() {
			sc := g.Scenario().Secret(sv.ID)
			sec := Secret{ID: sv.ID, Description: sc.Description.In(lang), Truth: sv.Truth}
			if t := sc.Truth(sv.Truth); t != nil {
				sec.Text = t.Text.In(lang)
			}
			r.Outcome.Secrets = append(r.Outcome.Secrets, sec)
		}
	}

	// Meters: start, then the value after each round.
	for _, m := range s.Meters {
		teams := []string{""}
		if m.PerTeam {
			teams = s.TeamIDs()
		}
		for _, team := range teams {
			name := m.Name.In(lang)
			if name == "" {
				name = m.ID
			}
			mt := Meter{ID: m.ID, Team: team, Name: name, Min: m.Min, Max: m.Max, Start: m.Start, End: g.Meter(m.ID, team),
				Thresholds: thresholds(m), Series: []int{m.Start}}
			for _, rd := range hist {
				v := mt.Series[len(mt.Series)-1]
				for _, mc := range rd.Meters {
					if mc.Meter == m.ID && mc.Team == team {
						v = mc.After
					}
				}
				mt.Series = append(mt.Series, v)
			}
			r.Meters = append(r.Meters, mt)
		}
	}

	for _, rd := range hist {
		r.Rounds = append(r.Rounds, buildRound(s, rd, lang))
	}

	// Hotline and facilitator: the k-th message input made the k-th post
	// (and likewise for actions), which gives each its time.
	var msgAt, actAt []time.Time
	for _, e := range rb.Events {
		switch e.Input.Kind {
		case engine.Message:
			msgAt = append(msgAt, e.At)
		case engine.Adjust, engine.Insert, engine.End:
			actAt = append(actAt, e.At)
		}
	}
	for i, p := range g.Posts() {
		m := Message{Round: p.Round, Channel: p.Channel, Team: p.Team, Text: p.Text}
		if c := s.Channel(p.Channel); c != nil {
			m.ChannelName = c.Name.In(lang)
		}
		if i < len(msgAt) {
			at := msgAt[i]
			m.At = &at
		}
		r.Hotline = append(r.Hotline, m)
	}
	for i, a := range g.Actions() {
		act := Action{Round: a.Round, Kind: string(a.Kind), Meter: a.Meter, Team: a.Team, Delta: a.Delta, Inject: a.Inject, Reason: a.Reason}
		if i < len(actAt) {
			at := actAt[i]
			act.At = &at
		}
		r.Facilitator = append(r.Facilitator, act)
	}

	for _, t := range s.Teams {
		card := g.Card(t.ID)
		sc := Scorecard{Team: t.ID, Interests: g.Meter("interests", t.ID), Principles: []Principle{}}
		for _, id := range scenario.Principles {
			p := card.Get(id)
			pr := Principle{ID: id, Name: score.Name(id).In(lang), Score: p.Score, Raw: p.Raw, Level: p.Level,
				Descriptor: p.Descriptor.In(lang), Evidence: []Evidence{}}
			for _, e := range p.Evidence {
				pr.Evidence = append(pr.Evidence, evidence(t.ID, e, lang))
			}
			sc.Principles = append(sc.Principles, pr)
		}
		r.Scorecards = append(r.Scorecards, sc)
		if m := s.Meter("interests"); m != nil {
			end := g.Meter("interests", t.ID)
			r.Interests = append(r.Interests, Interest{Team: t.ID, Start: m.Start, End: end, Change: end - m.Start})
		}
	}
	for _, q := range s.Debrief {
		r.Debrief = append(r.Debrief, q.In(lang))
	}
	for _, src := range s.Sources {
		r.Sources = append(r.Sources, Source{Title: src.Title.In(lang), Where: src.Where, URL: src.URL})
	}
	return r
}

func thresholds(m scenario.Meter) []Threshold {
	out := []Threshold{}
	for name, v := range m.Thresholds {
		out = append(out, Threshold{Name: name, Value: v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Value != out[j].Value {
			return out[i].Value < out[j].Value
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func evidence(team string, e score.Evidence, lang bilingual.Lang) Evidence {
	return Evidence{Team: team, Round: e.Round, Inject: e.Inject, Principle: e.Principle, Delta: e.Delta, What: e.What.In(lang), Why: e.Why.In(lang)}
}

func buildRound(s *scenario.Scenario, rd engine.Round, lang bilingual.Lang) Round {
	in := s.Inject(rd.Inject)
	r := Round{Number: rd.Number, Inject: rd.Inject, Intel: []TeamText{}, Assessments: []Assessment{}, Choices: []Choice{},
		Rules: append([]string{}, rd.Rules...), Narrative: []string{}, Notes: []string{}, Meters: []MeterChange{}, Evidence: []Evidence{}}
	if in == nil {
		r.Title = rd.Inject
		return r
	}
	r.Title, r.Date, r.Brief = in.Title.In(lang), in.Date.In(lang), in.BriefFor(rd.Variant).In(lang)
	for _, t := range s.Teams {
		if txt := in.IntelFor(rd.Variant, t.ID); !txt.Empty() {
			r.Intel = append(r.Intel, TeamText{Team: t.ID, Text: txt.In(lang)})
		}
	}
	for _, a := range rd.Assessments {
		as := Assessment{Team: a.Team, Hypothesis: a.Hypothesis, Confidence: a.Confidence, Truth: a.Truth,
			Correct: a.Hypothesis == a.Truth, Brier: a.Brier, Points: a.Points}
		if q, ok := in.Assess[a.Team]; ok {
			as.Question = q.Question.In(lang)
			if hy, _ := q.Hypothesis(a.Hypothesis); hy != nil {
				as.HypothesisText = hy.Text.In(lang)
			}
			if hy, _ := q.Hypothesis(a.Truth); hy != nil {
				as.TruthText = hy.Text.In(lang)
			}
		}
		r.Assessments = append(r.Assessments, as)
	}
	for _, c := range rd.Choices {
		ch := Choice{Team: c.Team, Option: c.Option, Stance: c.Stance, Held: c.Held, HoldReason: c.HoldReason, Rationale: c.Rationale, Visibility: "private"}
		if o := in.Option(c.Team, c.Option); o != nil {
			ch.Label, ch.Description, ch.Historical = o.Label.In(lang), o.Description.In(lang), o.Historical
			if o.Public() {
				ch.Visibility = "public"
			}
		} else {
			ch.Label = zhMsg.Sprintf(lang, "No decision")
		}
		r.Choices = append(r.Choices, ch)
	}
	for _, n := range rd.Narrative {
		r.Narrative = append(r.Narrative, n.In(lang))
	}
	for _, n := range rd.Notes {
		r.Notes = append(r.Notes, n.In(lang))
	}
	for _, m := range rd.Meters {
		r.Meters = append(r.Meters, MeterChange{Meter: m.Meter, Team: m.Team, Before: m.Before, After: m.After, Delta: m.Delta()})
	}
	for _, e := range rd.Evidence {
		r.Evidence = append(r.Evidence, evidence(e.Team, e.Evidence, lang))
	}
	return r
}

// team returns the report's team with id.
func (r *Report) team(id string) Team {
	for _, t := range r.Teams {
		if t.ID == id {
			return t
		}
	}
	return Team{ID: id, Name: id, Short: id}
}

// meterName names a meter, with its team for a per-team meter.
func (r *Report) meterName(id, team string) string {
	name := id
	for _, m := range r.Meters {
		if m.ID == id {
			name = m.Name
			break
		}
	}
	if team != "" {
		name += " (" + r.team(team).Short + ")"
	}
	return name
}
