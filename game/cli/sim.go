package cli

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// seatFlags collects repeated --seat TEAM=POLICY flags.
type seatFlags []string

func (s *seatFlags) String() string     { return strings.Join(*s, " ") }
func (s *seatFlags) Set(v string) error { *s = append(*s, v); return nil }

// Placeholder names the value in the help.
func (*seatFlags) Placeholder() string { return "TEAM=POLICY" }

// seedFlag accepts any unsigned 64-bit seed.
type seedFlag struct {
	v   uint64
	set bool
}

func (s *seedFlag) String() string { return strconv.FormatUint(s.v, 10) }

// Placeholder names the value in the help.
func (*seedFlag) Placeholder() string { return "N" }

func (s *seedFlag) Set(v string) error {
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return textErr("seed must be a whole number from 0 to 18446744073709551615")
	}
	s.v, s.set = n, true
	return nil
}

// assignSeats turns TEAM=POLICY pairs into seats; unnamed teams get def.
func assignSeats(s *scenario.Scenario, pairs []string, def string) (bot.Seats, map[string]string, error) {
	names := map[string]string{}
	for _, t := range s.Teams {
		names[t.ID] = def
	}
	for _, p := range pairs {
		team, pol, ok := strings.Cut(p, "=")
		if !ok || team == "" || pol == "" {
			return nil, nil, usageErr("--seat takes TEAM=POLICY, e.g. --seat us=hawk, not %q", p)
		}
		if team == "all" {
			for k := range names {
				names[k] = pol
			}
			continue
		}
		if s.Team(team) == nil {
			return nil, nil, usageErr("--seat %s: scenario %q has no team %q (teams: %s)", p, s.ID, team, strings.Join(s.TeamIDs(), ", "))
		}
		names[team] = pol
	}
	seats := bot.Seats{}
	for _, t := range s.Teams { // in the file's order: the first error is always the same
		team, pol := t.ID, names[t.ID]
		p, err := bot.Get(pol)
		if err != nil {
			return nil, nil, usageErr("--seat %s=%s: %v", team, pol, err)
		}
		if err := canPlay(s, team, pol, "--seat "+team+"="+pol); err != nil {
			return nil, nil, err
		}
		seats[team] = p
	}
	return seats, names, nil
}

// canPlay checks that personality pol can play team in s: historical needs
// the scenario to mark what the team's real government did. sim and
// analyze ask the same (where the record is silent in a round, the bot
// holds in both, as at the table).
func canPlay(s *scenario.Scenario, team, pol, flag string) error {
	if pol != "historical" {
		return nil
	}
	for _, in := range s.Injects {
		for _, o := range in.Options[team] {
			if o.Historical {
				return nil
			}
		}
	}
	return usageErr("%s: scenario %q marks no option of team %q as historical (what the real government did), so the historical personality cannot play it", flag, s.ID, team)
}

// playHolding plays one game to its end as bot.Play does, except that a bot
// that cannot decide holds, as at the table and in brink analyze.
func playHolding(s *scenario.Scenario, seed uint64, seats bot.Seats) (*engine.Game, error) {
	g := engine.New(s, seed)
	for !g.Over() {
		for i, t := range s.Teams {
			if g.Over() {
				break
			}
			err := bot.Step(g, t.ID, seats[t.ID], bot.RNG(seed, i, g.RoundNumber()))
			if err == nil {
				continue
			}
			if g.Decided(t.ID) {
				return g, err
			}
			if herr := g.Apply(engine.Input{Kind: engine.Hold, Team: t.ID}); herr != nil {
				return g, err
			}
		}
	}
	return g, nil
}

// SimResult is `brink sim --json`.
type SimResult struct {
	Scenario  string             `json:"scenario"`
	Hash      string             `json:"scenario_hash"`
	Seed      uint64             `json:"seed"`
	Outcome   engine.Outcome     `json:"outcome"`
	EndReason string             `json:"end_reason"`
	Rounds    []engine.Round     `json:"rounds"`
	Meters    map[string]any     `json:"meters"`
	Teams     map[string]SimTeam `json:"teams"`
	Hotline   []engine.Post      `json:"hotline"`
}

// SimTeam is one team's result.
type SimTeam struct {
	Policy    string                     `json:"policy"`
	Interests int                        `json:"interests"`
	Scores    map[string]score.Principle `json:"scores"`
}

func simResult(g *engine.Game, policies map[string]string) SimResult {
	s := g.Scenario()
	r := SimResult{Scenario: s.ID, Hash: s.Hash, Seed: g.Seed(), Outcome: g.Outcome(), EndReason: g.EndReason(),
		Rounds: g.History(), Meters: map[string]any{}, Teams: map[string]SimTeam{}, Hotline: g.Posts()}
	if r.Rounds == nil {
		r.Rounds = []engine.Round{}
	}
	if r.Hotline == nil {
		r.Hotline = []engine.Post{}
	}
	for _, m := range s.Meters {
		if m.PerTeam {
			per := map[string]int{}
			for _, t := range s.Teams {
				per[t.ID] = g.Meter(m.ID, t.ID)
			}
			r.Meters[m.ID] = per
		} else {
			r.Meters[m.ID] = g.Meter(m.ID, "")
		}
	}
	for _, t := range s.Teams {
		card := g.Card(t.ID)
		st := SimTeam{Policy: policies[t.ID], Interests: g.Meter("interests", t.ID), Scores: map[string]score.Principle{}}
		for _, p := range card.Principles {
			st.Scores[p.ID] = p
		}
		r.Teams[t.ID] = st
	}
	return r
}

func cmdSim(c *Ctx, args []string) int {
	fs := newFlags("sim")
	var seats seatFlags
	var seed seedFlag
	seed.v = 1
	fs.Var(&seats, "seat", "TEAM=POLICY (repeatable; all=POLICY sets every team); policies: %s")
	fs.Var(&seed, "seed", "the game's seed")
	asJSON := fs.Bool("json", false, "print one JSON object")
	langFlag := fs.String("lang", "", "language of the text output: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)")
	journalPath := fs.String("journal", "", "also write the game's journal to FILE (never overwrites)")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return fail(c, "sim", usageErr("name one scenario (a built-in id or a file)"))
	}
	var err error
	lang, err := pickLang(c, *langFlag)
	if err != nil {
		return fail(c, "sim", err)
	}
	s, err := loadScenario(pos[0])
	if err != nil {
		return fail(c, "sim", err)
	}
	st, names, err := assignSeats(s, seats, "random")
	if err != nil {
		return fail(c, "sim", err)
	}
	g, err := playHolding(s, seed.v, st)
	if err != nil {
		return fail(c, "sim", textErr("brink sim: %s: %v", s.ID, err))
	}
	if *journalPath != "" {
		if err := writeSimJournal(c, *journalPath, pos[0], g, names, lang); err != nil {
			return fail(c, "sim", err)
		}
	}
	res := simResult(g, names)
	if *asJSON {
		return writeJSON(c, res)
	}
	printSim(c, g, res, lang)
	return ExitOK
}

func printSim(c *Ctx, g *engine.Game, r SimResult, lang bilingual.Lang) {
	s := g.Scenario()
	w := c.Stdout
	say := func(format string, a ...any) { fmt.Fprint(w, zhMsg.Sprintf(lang, format, a...)) }
	say("%s — seed %d\n", s.Title.In(lang), r.Seed)
	for _, rd := range r.Rounds {
		in := s.Inject(rd.Inject)
		say("\nRound %d — %s\n", rd.Number, in.Title.In(lang))
		for _, ch := range rd.Choices {
			label := zhMsg.Sprintf(lang, "held: no decision")
			if o := in.Option(ch.Team, ch.Option); o != nil {
				label = o.Label.In(lang)
				if ch.Held {
					label += zhMsg.Sprintf(lang, " (held)")
				}
			}
			say("  %-4s %s [stance %+d]\n", s.Team(ch.Team).Short, label, ch.Stance)
		}
		for _, n := range rd.Narrative {
			fmt.Fprintf(w, "  » %s\n", n.In(lang))
		}
		var parts []string
		for _, m := range rd.Meters {
			if m.Delta() == 0 {
				continue
			}
			name := m.Meter
			if m.Team != "" {
				name += "." + m.Team
			}
			parts = append(parts, fmt.Sprintf("%s %d→%d", name, m.Before, m.After))
		}
		if len(parts) > 0 {
			say("  meters: %s\n", strings.Join(parts, ", "))
		}
	}
	say("\nOutcome: %s (%s)\n", strings.ToUpper(r.Outcome.Name().In(lang)), g.EndWhy())
	say("Tension %d · Trust %d\n", g.Meter("tension", ""), g.Meter("trust", ""))
	for _, t := range s.Teams {
		team := r.Teams[t.ID]
		say("\n%s (%s) — interests %d\n", t.Name.In(lang), team.Policy, team.Interests)
		for _, id := range scenario.Principles {
			p := team.Scores[id]
			name := score.Name(id).In(lang)
			name += strings.Repeat(" ", max(20-lipgloss.Width(name), 0))
			say("  %s %3d  level %d — %s\n", name, p.Score, p.Level, p.Descriptor.In(lang))
			for _, e := range p.Evidence {
				fmt.Fprintf(w, "      R%d %+d  ", e.Round, e.Delta)
				say("%s: %s\n", e.What.In(lang), e.Why.In(lang))
			}
		}
	}
}
