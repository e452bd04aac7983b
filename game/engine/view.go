package engine

import (
	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// Observer is the seat id of a view with public information only.
const Observer = ""

// View is what one seat may see now. It is built fresh from the game and
// holds no reference into it: another team's private intelligence, pending
// assessment and pending choice are simply not in it.
type View struct {
	Team      string // the seat's team; Observer for public views
	Round     int
	MaxRounds int
	Over      bool
	Outcome   Outcome
	EndReason bilingual.Msg // JSON: its English

	// The current inject, public part.
	Inject   *scenario.Inject `json:"-"` // for ids and public text only; use the fields below for private parts
	InjectID string
	Title    scenario.Text
	Date     scenario.Text
	Brief    scenario.Text

	// The seat's own private part of this round.
	Intel      scenario.Text
	Question   *AssessQuestion
	Options    []*scenario.Option
	HoldOption *scenario.Option
	MyAssess   *Assessment
	MyChoice   *Choice

	// Public state.
	Teams    []TeamStatus
	Meters   []MeterValue
	Channels []ChannelStatus
	Posts    []Post
	History  []Round
	LowTrust bool

	// Scorecards once the game is over (every team's: the debrief is public).
	Cards []score.Card
	// Once the game is over: what the outcome did to the meters, and the
	// truth of every secret a played round depended on.
	Settlement []MeterChange
	Secrets    []SecretValue
}

// AssessQuestion is a seat's intent question.
type AssessQuestion struct {
	Question   scenario.Text
	Hypotheses []scenario.Hypothesis
}

// TeamStatus is what any seat may know about a team this round.
type TeamStatus struct {
	ID       string
	Name     scenario.Text
	Short    string
	Assessed bool
	Decided  bool
}

// MeterValue is a meter's current value.
type MeterValue struct {
	ID         string
	Team       string
	Name       scenario.Text
	Min        int
	Max        int
	Value      int
	Thresholds map[string]int
}

// ChannelStatus is a channel as the seat sees it.
type ChannelStatus struct {
	ID     string
	Name   scenario.Text
	Open   bool
	Member bool
}

// ViewFor returns what team's seat may see. An unknown team (or Observer)
// gets the public view.
func (g *Game) ViewFor(team string) View {
	if g.s.Team(team) == nil {
		team = Observer
	}
	v := View{Team: team, Round: g.round, MaxRounds: g.s.Rounds, Over: g.over, Outcome: g.outcome, EndReason: g.endReason, LowTrust: g.lowTrust}
	if in := g.current; in != nil {
		v.InjectID, v.Title, v.Date, v.Brief = in.ID, in.Title, in.Date, in.BriefFor(g.variant)
		v.Inject = publicInject(in, v.Brief)
		if team != Observer && !g.over {
			v.Intel = in.IntelFor(g.variant, team)
			if a, ok := in.Assess[team]; ok {
				v.Question = &AssessQuestion{Question: a.Question, Hypotheses: append([]scenario.Hypothesis(nil), a.Hypotheses...)}
			}
			v.Options = append([]*scenario.Option(nil), g.offered[team]...)
			v.HoldOption = g.HoldOption(team)
			if st := g.seats[team]; st != nil {
				if st.assessment != nil {
					a := *st.assessment
					v.MyAssess = &a
				}
				if st.choice != nil {
					c := *st.choice
					v.MyChoice = &c
				}
			}
		} else if team != Observer && g.over {
			v.Intel = in.IntelFor(g.variant, team)
		}
	}
	for _, t := range g.s.Teams {
		ts := TeamStatus{ID: t.ID, Name: t.Name, Short: t.Short}
		if st := g.seats[t.ID]; st != nil && !g.over {
			ts.Assessed, ts.Decided = st.assessment != nil, st.choice != nil
		}
		v.Teams = append(v.Teams, ts)
	}
	for _, m := range g.s.Meters {
		if m.PerTeam {
			for _, t := range g.s.Teams {
				v.Meters = append(v.Meters, MeterValue{ID: m.ID, Team: t.ID, Name: m.Name, Min: m.Min, Max: m.Max, Value: g.env.Meter(m.ID, t.ID), Thresholds: m.Thresholds})
			}
		} else {
			v.Meters = append(v.Meters, MeterValue{ID: m.ID, Name: m.Name, Min: m.Min, Max: m.Max, Value: g.env.Meter(m.ID, ""), Thresholds: m.Thresholds})
		}
	}
	for _, c := range g.s.Channels {
		member := team != Observer && c.Serves(team)
		v.Channels = append(v.Channels, ChannelStatus{ID: c.ID, Name: c.Name, Open: g.env.ChannelOpen(c.ID), Member: member})
	}
	for _, p := range g.posts {
		if ch := g.s.Channel(p.Channel); team != Observer && ch.Serves(team) {
			v.Posts = append(v.Posts, p)
		}
	}
	// Revealed rounds never change: the view shares them. The cap keeps an
	// append by the reader from writing into the game's own record.
	v.History = g.history[:len(g.history):len(g.history)]
	if g.over {
		for _, t := range g.s.Teams {
			v.Cards = append(v.Cards, g.scores().Card(t.ID))
		}
		v.Settlement = append([]MeterChange(nil), g.settlement...)
		v.Secrets = g.SecretsInPlay()
	}
	return v
}

// publicInject copies the public part of an inject: no intelligence, no
// assessment questions, no options (those reach a seat only through its own
// fields of the View).
func publicInject(in *scenario.Inject, brief scenario.Text) *scenario.Inject {
	return &scenario.Inject{ID: in.ID, Title: in.Title, Date: in.Date, Round: in.Round, Ends: in.Ends, Brief: brief}
}

// Meter returns the view's value of a meter ("" team for shared meters).
func (v View) Meter(id, team string) (MeterValue, bool) {
	for _, m := range v.Meters {
		if m.ID == id && m.Team == team {
			return m, true
		}
	}
	return MeterValue{}, false
}
