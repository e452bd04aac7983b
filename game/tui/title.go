package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// banner is the game's name in ASCII letters (29 cells wide).
var banner = []string{
	` ____  ____  ___ _   _ _  __`,
	`| __ )|  _ \|_ _| \ | | |/ /`,
	`|  _ \| |_) || ||  \| | ' / `,
	`| |_) |  _ < | || |\  | . \ `,
	`|____/|_| \_\___|_| \_|_|\_\`,
}

// titleScreen opens the game: play the default scenario, choose another,
// or quit.
type titleScreen struct {
	c       *Common
	lib     *library
	version string
	cursor  int
	w, h    int
	err     string
}

func newTitle(c *Common, lib *library, version string) *titleScreen {
	return &titleScreen{c: c, lib: lib, version: version}
}

func (t *titleScreen) SetSize(w, h int) { t.w, t.h = w, h }

func (t *titleScreen) items() []string {
	name := ""
	if t.lib.given != nil {
		name = t.c.Line(t.lib.given.Title)
	} else if len(t.lib.ids) > 0 {
		name = t.lib.name(t.c, t.lib.ids[0])
	}
	items := []string{t.c.Textf("Play: %s", name)}
	if len(t.lib.ids) > 0 {
		items = append(items, t.c.Text("Choose a scenario"))
	}
	return append(items, t.c.Text("Quit"))
}

func (t *titleScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return stay, nil
	}
	items := t.items()
	keys := t.c.Keys
	if moveCursor(&t.cursor, len(items), k, keys, false) {
		return stay, nil
	}
	switch {
	case key.Matches(k, keys.QuitQ):
		return navQuit{}, nil
	case key.Matches(k, keys.Start):
		switch {
		case t.cursor == len(items)-1:
			return navQuit{}, nil
		case t.cursor == 1:
			return navPicker{}, nil
		}
		s, err := t.lib.defaultScenario()
		if err != nil {
			t.err = t.c.Err(err)
			return stay, nil
		}
		return navSetup{s}, nil
	}
	return stay, nil
}

func (t *titleScreen) View() string {
	st := t.c.Styles
	var lines []string
	for _, l := range banner {
		lines = append(lines, st.Banner.Render(center(l, t.w)))
	}
	lines = append(lines, "")
	for _, l := range strings.Split(wrap(t.c.Text("A tabletop exercise in cyber-crisis management between China and the United States."), min(t.w-4, 70)), "\n") {
		lines = append(lines, st.Tagline.Render(center(l, t.w)))
	}
	lines = append(lines, "")
	items := t.items()
	iw := 0
	for _, it := range items {
		iw = max(iw, width(it)+4)
	}
	iw = min(iw, t.w-2)
	left := max((t.w-iw)/2, 0)
	for i, it := range items {
		row := "  " + it
		style := st.Unselected
		if i == t.cursor {
			row, style = "> "+it, st.Selected
		}
		lines = append(lines, strings.Repeat(" ", left)+style.Render(cut(row, t.w-left)))
	}
	if t.err != "" {
		lines = append(lines, "", st.Error.Render(center(cut(t.err, t.w-2), t.w)))
	}
	if v := t.version; v != "" {
		lines = append(lines, "", st.Dim.Render(center(cut(t.c.Safe(oneLine("brink "+v)), t.w), t.w)))
	}
	top := max((t.h-len(lines))/2, 0)
	return strings.Repeat("\n", top) + strings.Join(lines, "\n")
}

func (t *titleScreen) ShortHelp() []key.Binding {
	k := t.c.Keys
	return []key.Binding{k.Up, k.Start, k.QuitQ}
}

func (t *titleScreen) FullHelp() [][]key.Binding { return [][]key.Binding{t.ShortHelp()} }
