package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/score"
)

// menuScreen is what Esc opens in game: resume, the four principles
// explained, save and quit, quit. It shows nothing private, so it is safe
// to open at a hand-over.
type menuScreen struct {
	c          *Common
	cfg        *Config // the game's settings, read only
	journal    string  // the game's journal, "" when none is kept
	cursor     int
	principles bool
	pageW      int // the width the principles page was laid out for
	w, h       int
	page       scroller
	err        string // the report could not be saved
}

func newMenu(c *Common, cfg *Config) *menuScreen { return &menuScreen{c: c, cfg: cfg} }

// open shows the menu afresh over the game whose journal is journal.
func (mn *menuScreen) open(journal string) {
	mn.cursor, mn.principles, mn.err = 0, false, ""
	mn.journal = journal
	mn.page.top()
}

func (mn *menuScreen) items() []string {
	return []string{mn.c.Text("Resume"), mn.c.Text("The four principles"), mn.c.Text("Save and quit"), mn.c.Text("Quit")}
}

func (mn *menuScreen) SetSize(w, h int) {
	mn.w, mn.h = w, h
	mn.page.SetHeight(h - 1)
	mn.pageW = 0 // laid out again when next shown
}

// showPrinciples lays the principles page out for the current width.
func (mn *menuScreen) showPrinciples() {
	if mn.pageW != mn.w {
		mn.page.SetContent(mn.principlesText())
		mn.pageW = mn.w
	}
}

// principlesText explains the four principles Brink scores.
func (mn *menuScreen) principlesText() string {
	st := mn.c.Styles
	w := min(mn.w-6, 100)
	var lines []string
	lines = append(lines, st.Title.Render(cut(mn.c.Text("The four principles"), w)))
	lines = append(lines, strings.Split(st.Dim.Render(wrap(mn.c.Text("Brink scores each delegation against four requirements of crisis management between China and the United States in cyberspace. Each starts at 50; every act that moves one is listed on the scorecard with its reason."), w)), "\n")...)
	lines = append(lines, "")
	for i, p := range []string{"intent", "face", "time", "sum"} {
		lines = append(lines, st.Strong.Render(cut(mn.c.Safe(fmt.Sprintf("%d. %s", i+1, mn.c.Line(score.Name(p)))), w)))
		for _, part := range []string{"what", "why", "earns", "loses"} {
			text := principleText(mn.c, p, part)
			if part != "what" {
				text = partLabel(mn.c, part) + " " + text
			}
			style := st.Text
			if part == "earns" || part == "loses" {
				style = st.Dim
			}
			lines = append(lines, strings.Split(style.Render(hang(text, w-2, 0)), "\n")...)
		}
		lines = append(lines, "")
	}
	lines = append(lines, strings.Split(st.Dim.Render(wrap(mn.c.Text("Levels: 1 below 40, 2 from 40, 3 from 60, 4 from 80. Interests are scored apart: the aim is both to avoid war and to protect major interests."), w)), "\n")...)
	for i, l := range lines {
		lines[i] = "   " + l
	}
	return strings.Join(lines, "\n")
}

func (mn *menuScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	keys := mn.c.Keys
	k, isKey := msg.(tea.KeyPressMsg)
	if mn.principles {
		if isKey && key.Matches(k, keys.Back, keys.Continue) {
			mn.principles = false
			return stay, nil
		}
		mn.page.handle(msg, keys, keys.Up, keys.Down)
		return stay, nil
	}
	if !isKey {
		return stay, nil
	}
	if moveCursor(&mn.cursor, len(mn.items()), k, keys, false) {
		return stay, nil
	}
	switch {
	case key.Matches(k, keys.Back):
		return navResume{}, nil
	case key.Matches(k, keys.Confirm):
		switch mn.cursor {
		case 0:
			return navResume{}, nil
		case 1:
			mn.principles = true
			mn.showPrinciples()
			mn.page.top()
		case 2:
			// Every move is in the journal already; saving writes the
			// after-action report beside it too.
			var saved []string
			if save := mn.cfg.SaveReport; save != nil {
				paths, err := save()
				if err != nil {
					mn.err = mn.c.Err(err)
					return stay, nil
				}
				saved = paths
			}
			return navSaveQuit{saved}, nil
		case 3:
			return navQuit{}, nil
		}
	}
	return stay, nil
}

func (mn *menuScreen) View() string {
	st := mn.c.Styles
	if mn.principles {
		mn.showPrinciples()
		pos := mn.page.position(mn.c)
		return rows(mn.page.View(), mn.page.height) + "\n" + st.Dim.Render(pad("", mn.w-width(pos)-2)+pos)
	}
	// As wide as the journal's path needs (up to the reading width), so
	// that it reads on one line where it can.
	bw := min(mn.w-4, max(60, width(mn.c.Safe(mn.journal))+4), readingWidth)
	var lines []string
	lines = append(lines, st.Title.Render(mn.c.Text("Menu")), "")
	for i, it := range mn.items() {
		if i == mn.cursor {
			lines = append(lines, st.Selected.Render("> "+it))
		} else {
			lines = append(lines, st.Unselected.Render("  "+it))
		}
	}
	lines = append(lines, "")
	if mn.err != "" {
		lines = append(lines, styleLines(st.Error, wrapAll(mn.c.Textf("Report not saved: %s", mn.err), bw-4))...)
		lines = append(lines, "")
	}
	if j := mn.journal; j != "" {
		lines = append(lines, strings.Split(st.Dim.Render(wrap(mn.c.Text("Every move is saved as you play, in:"), bw-4)), "\n")...)
		lines = append(lines, styleLines(st.Text, wrapAll(mn.c.Safe(j), bw-4))...)
	} else {
		lines = append(lines, st.Dim.Render(cut(mn.c.Text("This game keeps no journal."), bw-4)))
	}
	box := inner(st.Box, bw-2).Render(strings.Join(lines, "\n"))
	out := strings.Split(box, "\n")
	left := strings.Repeat(" ", max((mn.w-bw)/2, 0))
	for i, l := range out {
		out[i] = left + l
	}
	top := max((mn.h-len(out))/2, 0)
	return strings.Repeat("\n", top) + strings.Join(out, "\n")
}

func (mn *menuScreen) ShortHelp() []key.Binding {
	k := mn.c.Keys
	if mn.principles {
		return []key.Binding{withHelp(k.Back, "esc", mn.c.Text("back")), k.Up, k.PageDown}
	}
	return []key.Binding{k.Confirm, k.Up, withHelp(k.Back, "esc", mn.c.Text("resume"))}
}

func (mn *menuScreen) FullHelp() [][]key.Binding { return [][]key.Binding{mn.ShortHelp()} }

// partLabel heads a part of a principle's explanation.
func partLabel(c *Common, part string) string {
	switch part {
	case "why":
		return c.Text("Why:")
	case "earns":
		return c.Text("Earns it:")
	case "loses":
		return c.Text("Loses it:")
	}
	return ""
}

// principleText is one part of a principle's explanation: what it asks
// ("what"), why, what earns it and what loses it.
func principleText(c *Common, p, part string) string {
	switch p + "." + part {
	case "intent.what":
		return c.Text("Understand what the other side wants and judge its intentions accurately.")
	case "intent.why":
		return c.Text("Attribution in cyberspace is slow and uncertain. Reading the worst case into ambiguous evidence turns an espionage case into a confrontation nobody chose.")
	case "intent.earns":
		return c.Text("calibrated assessments; asking on the hotline or through envoys before acting; joint fact-finding.")
	case "intent.loses":
		return c.Text("confident wrong reads; acting on attribution without checking; ignoring an open channel.")
	case "face.what":
		return c.Text("Leave the other side a decent way to compromise.")
	case "face.why":
		return c.Text("Public naming and maximum pressure make retreat look like defeat, so the other side digs in and grievances pile up. A quiet path out is more likely to change behaviour.")
	case "face.earns":
		return c.Text("private demarches, quiet channels, proposals the other side can accept, joint statements.")
	case "face.loses":
		return c.Text("public accusations, sanctions or indictments announced for effect, humiliating demands, leaks.")
	case "time.what":
		return c.Text("Show restraint and give the other side time.")
	case "time.why":
		return c.Text("Changing a cyber policy takes slow coordination between agencies. Ultimatums and quick retaliation leave no time to do it, and push the crisis into other fields.")
	case "time.earns":
		return c.Text("deadlines long enough to act on, holding offensive options back, keeping professionals in the lead.")
	case "time.loses":
		return c.Text("ultimatums, counter-hacks, striking back in the same turn, letting the crisis spill over.")
	case "sum.what":
		return c.Text("Do not treat the crisis as zero-sum.")
	case "sum.why":
		return c.Text("Both countries depend on the same networks and face the same criminals and vulnerabilities. Treating every loss of the other as a gain of one's own makes both poorer and less safe.")
	case "sum.earns":
		return c.Text("offers that leave both better off, cooperation on shared threats, keeping trade and technology out of it.")
	case "sum.loses":
		return c.Text("decoupling, bans and retaliation aimed at the other's loss, linking cyber to unrelated disputes.")
	}
	return ""
}
