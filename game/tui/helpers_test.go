package tui

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bot"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/table"
)

// fixedNow is the clock of every test game.
var fixedNow = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func clock0() time.Time { return fixedNow }

// demo is the stable test scenario: goldens must not move when the
// built-in content is edited.
func demo(t testing.TB) *scenario.Scenario {
	t.Helper()
	s, err := scenario.LoadFile("../scenario/testdata/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// builtin is the default built-in scenario when it is present and loads,
// else the demo.
func builtin(t testing.TB) *scenario.Scenario {
	t.Helper()
	if name, data, ok := content.Read(content.Default); ok {
		if s, err := scenario.Load(name, data); err == nil {
			return s
		} else {
			t.Logf("%s does not load (%v); using the demo", content.Default, err)
		}
	}
	return demo(t)
}

// newTable starts a game of s where humans play and the rest are played by
// policy.
// demoSeed is the seed of the demo games the tests play: with it, each seat
// sees its round-1 options in the file's order (offer before deny for cn,
// ask before name for us), which the tests' key presses and goldens assume.
const demoSeed = 2

func newTable(t testing.TB, s *scenario.Scenario, seed uint64, policy string, humans ...string) *table.Table {
	t.Helper()
	bots := map[string]bot.Policy{}
	for _, team := range s.Teams {
		isHuman := false
		for _, h := range humans {
			isHuman = isHuman || h == team.ID
		}
		if !isHuman {
			if policy == "fixed" {
				bots[team.ID] = fixedBot{}
				continue
			}
			p, err := bot.Get(policy)
			if err != nil {
				t.Fatal(err)
			}
			bots[team.ID] = p
		}
	}
	return table.New(engine.New(s, seed), bots, nil, clock0)
}

// fixedBot is a computer seat whose moves never change with the bot
// package: it says one line, reads the first hypothesis at 70 % and takes the
// first option. Goldens use it.
type fixedBot struct{}

func (fixedBot) Name() string { return "fixed" }

func (fixedBot) Decide(v engine.View, _ *rand.Rand) (bot.Decision, error) {
	d := bot.Decision{Message: "We want to resolve this quietly.", Option: v.Options[0].ID, Rationale: bilingual.Catalogue{}.Msg("Keep the channel open.")}
	if v.Question != nil {
		d.Hypothesis, d.Confidence = v.Question.Hypotheses[0].ID, 70
	}
	return d, nil
}

// seatView is the view of the seat on screen.
func (m *Model) seatView() engine.View { return m.sess.view }

// menuConfig is a new game from the title, over the demo.
func menuConfig(t testing.TB, s *scenario.Scenario) Config {
	return Config{
		Now: clock0, NoAnimation: true, Seed: 7, Version: "test",
		Scenarios: []string{s.ID, "other"},
		Load: func(id string) (*scenario.Scenario, error) {
			if id == s.ID {
				return s, nil
			}
			return nil, os.ErrNotExist
		},
		Policies: bot.Names(), DefaultPolicy: "dove",
		Start: func(su Setup) (Started, error) {
			bots := map[string]bot.Policy{}
			for team, p := range su.Seats {
				if p != Human {
					b, err := bot.Get(p)
					if err != nil {
						return Started{}, err
					}
					bots[team] = b
				}
			}
			return Started{Table: table.New(engine.New(su.Scenario, su.Seed), bots, nil, clock0), JournalPath: "/tmp/brink/test.jsonl"}, nil
		},
	}
}

// Key presses.
var (
	kEnter = tea.KeyPressMsg{Code: tea.KeyEnter}
	kTab   = tea.KeyPressMsg{Code: tea.KeyTab}
	kEsc   = tea.KeyPressMsg{Code: tea.KeyEscape}
	kUp    = tea.KeyPressMsg{Code: tea.KeyUp}
	kDown  = tea.KeyPressMsg{Code: tea.KeyDown}
	kLeft  = tea.KeyPressMsg{Code: tea.KeyLeft}
	kRight = tea.KeyPressMsg{Code: tea.KeyRight}
)

func runes(s string) tea.KeyPressMsg { return tea.KeyPressMsg{Code: []rune(s)[0], Text: s} }

// press sends msgs to m in order.
func press(m *Model, msgs ...tea.Msg) {
	for _, msg := range msgs {
		m.Update(msg)
	}
}

// plain is a view without trailing blanks, for messages.
func plain(v string) string {
	lines := strings.Split(v, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

func sizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// postsBy are the posts of team: a computer player answers the hotline,
// so the last post is not always the one just sent.
func postsBy(posts []engine.Post, team string) []engine.Post {
	var out []engine.Post
	for _, p := range posts {
		if p.Team == team {
			out = append(out, p)
		}
	}
	return out
}
