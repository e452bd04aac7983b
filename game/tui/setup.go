package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/scenario"
)

// setupScreen seats each team: played here by people, or by a bot policy.
// One human seat is solo play; more is hot-seat.
type setupScreen struct {
	c      *Common
	cfg    *Config // the game's settings, read only: the bot policies, the seed, the timer
	s      *scenario.Scenario
	choice []int    // per team: 0 human, i>0 Policies[i-1]
	names  []string // per team: the people at a human seat, if named
	input  textinput.Model
	naming bool // the name field of the seat under the cursor has the keys
	cursor int
	coach  bool
	w, h   int
	err    string
}

func newSetup(c *Common, cfg *Config, s *scenario.Scenario) *setupScreen {
	u := &setupScreen{c: c, cfg: cfg, s: s, choice: make([]int, len(s.Teams)), names: make([]string, len(s.Teams)), coach: c.Coach}
	def := 0
	for i, p := range cfg.Policies {
		if p == cfg.DefaultPolicy {
			def = i + 1
		}
	}
	if def == 0 && len(cfg.Policies) > 0 {
		def = 1
	}
	// Solo by default: the --team seat (else the first team) is human, the
	// others are played by the default policy. --hotseat seats everyone.
	human := 0
	for i, t := range s.Teams {
		if t.ID == cfg.Team {
			human = i
		}
	}
	for i := range u.choice {
		if !cfg.Hotseat && i != human && def > 0 {
			u.choice[i] = def
		}
	}
	u.cursor = human
	return u
}

func (u *setupScreen) SetSize(w, h int) { u.w, u.h = w, h }

// MaxName is the longest seat name, in characters.
const MaxName = 40

func (u *setupScreen) typing() bool { return u.naming }

func (u *setupScreen) restyle() { styleInput(u.c, &u.input) }

// name edits the name field of the seat under the cursor.
func (u *setupScreen) name(msg tea.Msg) (nav, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "enter":
			u.names[u.cursor] = strings.TrimSpace(oneLine(u.input.Value()))
			u.naming = false
			return stay, nil
		case "esc":
			u.naming = false
			return stay, nil
		}
	}
	var cmd tea.Cmd
	u.input, cmd = u.input.Update(msg)
	return stay, cmd
}

func (u *setupScreen) options() int { return 1 + len(u.cfg.Policies) }

func (u *setupScreen) seatName(i int) string {
	if u.choice[i] == 0 {
		return u.c.Text("People at this terminal")
	}
	return u.c.Textf("Computer (%s)", policyName(u.c, u.cfg.Policies[u.choice[i]-1]))
}

func (u *setupScreen) humans() []string {
	var out []string
	for i, t := range u.s.Teams {
		if u.choice[i] == 0 {
			out = append(out, t.ID)
		}
	}
	return out
}

func (u *setupScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	if _, paste := msg.(tea.PasteMsg); paste && u.naming {
		return u.name(msg)
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return stay, nil
	}
	if u.naming {
		return u.name(k)
	}
	keys := u.c.Keys
	u.err = ""
	if moveCursor(&u.cursor, len(u.s.Teams), k, keys, false) {
		return stay, nil
	}
	switch {
	case key.Matches(k, keys.Name):
		if u.choice[u.cursor] != 0 {
			u.err = u.c.Text("Only a seat played at this terminal takes a name.")
			return stay, nil
		}
		u.input = newTextInput(u.c, MaxName, "")
		u.input.SetValue(u.names[u.cursor])
		u.input.CursorEnd()
		u.naming = true
	case key.Matches(k, keys.Left):
		u.choice[u.cursor] = (u.choice[u.cursor] + u.options() - 1) % u.options()
	case key.Matches(k, keys.Right):
		u.choice[u.cursor] = (u.choice[u.cursor] + 1) % u.options()
	case key.Matches(k, keys.Coach):
		u.coach = !u.coach
	case key.Matches(k, keys.Back):
		if len(u.cfg.Scenarios) > 0 && u.cfg.Scenario == nil {
			return navPicker{}, nil
		}
		return navTitle{}, nil
	case key.Matches(k, keys.QuitQ):
		return navQuit{}, nil
	case key.Matches(k, keys.Start):
		humans := u.humans()
		if len(humans) == 0 {
			u.err = u.c.Text("Seat at least one delegation at this terminal.")
			return stay, nil
		}
		seats := map[string]string{}
		names := map[string]string{}
		for i, t := range u.s.Teams {
			if u.choice[i] == 0 {
				seats[t.ID] = Human
				if u.names[i] != "" {
					names[t.ID] = u.names[i]
				}
			} else {
				seats[t.ID] = u.cfg.Policies[u.choice[i]-1]
			}
		}
		return navStart{Setup{Scenario: u.s, Seed: u.cfg.Seed, Seats: seats, Humans: humans, Names: names, Coach: u.coach}}, nil
	}
	return stay, nil
}

func (u *setupScreen) View() string {
	st := u.c.Styles
	w := u.w
	var lines []string
	lines = append(lines, " "+st.Title.Render(cut(u.c.Textf("Seats - %s", u.c.Line(u.s.Title)), w-2)), "")
	nameW := 0
	for _, t := range u.s.Teams {
		nameW = max(nameW, width(u.c.Line(t.Name)))
	}
	nameW = min(max(nameW, width(u.c.Text("Delegation"))), w/2)
	lines = append(lines, "   "+st.Dim.Render(pad(u.c.Text("Delegation"), nameW)+"   "+u.c.Text("Played by")))
	for i, t := range u.s.Teams {
		name := pad(u.c.Line(t.Name), nameW)
		seat := "< " + u.seatName(i) + " >"
		row := name + "   " + seat
		if u.choice[i] == 0 && u.names[i] != "" {
			row += "   " + u.c.Safe(u.names[i])
		}
		if i == u.cursor {
			lines = append(lines, " "+st.Selected.Render(cut("> "+row, w-2)))
		} else {
			lines = append(lines, " "+st.Unselected.Render(cut("  "+row, w-2)))
		}
		// What a computer player does, in one line, under its seat.
		if u.choice[i] != 0 {
			if does := policyDoes(u.c, u.cfg.Policies[u.choice[i]-1]); does != "" {
				ind := strings.Repeat(" ", 3+nameW+3)
				for _, l := range strings.Split(wrap(does, max(w-2-len(ind), 10)), "\n") {
					lines = append(lines, ind+st.Dim.Render(l))
				}
			}
		}
	}
	if u.naming {
		lines = append(lines, "", "  "+st.Strong.Render(cut(u.c.Text("Name for this seat (Enter to keep, Esc to cancel):"), w-4)), "  "+cut(FieldView(u.input), w-4))
	} else if u.choice[u.cursor] == 0 {
		lines = append(lines, "", "  "+st.Dim.Render(cut(u.c.Text("Tab: name the people at this seat (optional)."), w-4)))
	}
	lines = append(lines, "")
	humans := u.humans()
	var mode string
	switch len(humans) {
	case 0:
		mode = u.c.Text("Seat at least one delegation at this terminal.")
	case 1:
		mode = u.c.Textf("Solo: you play the %s; the computer plays the other seats.", u.teamName(humans[0]))
	default:
		var names []string
		for _, h := range humans {
			names = append(names, u.teamName(h))
		}
		mode = u.c.Textf("Hot-seat: %s share this terminal and pass it on before each private phase.", strings.Join(names, u.c.ListSep()))
	}
	for _, l := range strings.Split(wrap(mode, w-4), "\n") {
		lines = append(lines, "  "+st.Text.Render(l))
	}
	lines = append(lines, "")
	coach := u.c.Text("off")
	if u.coach {
		coach = u.c.Text("on")
	}
	timer := u.c.Text("off")
	if u.cfg.TurnTime > 0 {
		timer = u.c.Textf("%s per decision", u.c.span(u.cfg.TurnTime))
		if u.cfg.WholeRound {
			timer = u.c.Textf("%s per round, brief to decision", u.c.span(u.cfg.TurnTime))
		}
	}
	facts := u.c.Textf("Seed %d   |   Turn timer: %s   |   Coach mode (c): %s", u.cfg.Seed, timer, coach)
	for _, l := range strings.Split(wrap(facts, w-4), "\n") {
		lines = append(lines, "  "+st.Dim.Render(l))
	}
	if u.err != "" {
		lines = append(lines, "", "  "+st.Error.Render(cut(u.err, w-4)))
	}
	return strings.Join(lines, "\n")
}

// policyName is a bot policy's name in the UI's language, if it has one.
func policyName(c *Common, p string) string {
	switch p {
	case "dove":
		return c.Text("dove")
	case "hawk":
		return c.Text("hawk")
	case "realist":
		return c.Text("realist")
	case "principled":
		return c.Text("principled")
	case "tit-for-tat":
		return c.Text("tit-for-tat")
	case "historical":
		return c.Text("historical")
	case "random":
		return c.Text("random")
	}
	return c.Safe(p)
}

// policyDoes is what a built-in bot policy does, in one line; "" for a
// personality file.
func policyDoes(c *Common, p string) string {
	switch p {
	case "hawk":
		return c.Text("Presses hard: always the firmest option offered.")
	case "dove":
		return c.Text("Concedes to calm things, even when exploited.")
	case "tit-for-tat":
		return c.Text("Opens cooperatively, then answers the other side's last move in kind.")
	case "realist":
		return c.Text("Maximises its own interests, one round ahead; backs off near the brink.")
	case "principled":
		return c.Text("Firm but fair: reads before acting, reciprocates, never an ultimatum.")
	case "random":
		return c.Text("Picks any offered option at random: a baseline.")
	case "historical":
		return c.Text("Does what the real government did (holds where the record is silent).")
	}
	return ""
}

func (u *setupScreen) teamName(id string) string {
	if t := u.s.Team(id); t != nil {
		return u.c.Line(t.Name)
	}
	return u.c.Safe(id)
}

func (u *setupScreen) ShortHelp() []key.Binding {
	k := u.c.Keys
	if u.naming {
		return []key.Binding{k.Confirm, k.Back}
	}
	return []key.Binding{k.Start, k.Up, k.Left, k.Coach, k.Back}
}

func (u *setupScreen) FullHelp() [][]key.Binding {
	k := u.c.Keys
	return [][]key.Binding{{k.Start, k.Up, k.Left, k.Name}, {k.Coach, k.Back, k.QuitQ}}
}
