package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key the game answers, as data: screens match with
// key.Matches and the footer shows their help. Help text is translated, so a
// KeyMap is built for one language.
type KeyMap struct {
	Up, Down, Left, Right key.Binding
	// ScrollUp and ScrollDown are arrows only: screens with a text field
	// use them, so that letters stay typing.
	ScrollUp, ScrollDown key.Binding
	PageUp, PageDown     key.Binding
	Home, End            key.Binding
	Number               key.Binding

	Continue, Confirm, Start, Send key.Binding
	DoneTalking, Focus, Channel    key.Binding
	Back, Coach, Name              key.Binding
	Save, NewGame, Debrief         key.Binding
	// Review reopens the brief and the seat's own intelligence during the
	// hotline, the assessment and the decision: a control key, as those
	// screens have text fields.
	Review           key.Binding
	TabPrev, TabNext key.Binding

	Menu, Help, Quit, QuitQ key.Binding
	// Lang switches the language: F2 anywhere, L where no text field has
	// the focus.
	Lang key.Binding
}

// DefaultKeyMap returns the keys with help in c's language.
func DefaultKeyMap(c *Common) *KeyMap {
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], help))
	}
	k := &KeyMap{
		Up:         b(c.Text("move"), "up", "k"),
		Down:       b(c.Text("down"), "down", "j"),
		Left:       b(c.Text("change"), "left", "h"),
		Right:      b(c.Text("move right"), "right", "l"),
		PageUp:     b(c.Text("page up"), "pgup"),
		ScrollUp:   b(c.Text("move"), "up"),
		ScrollDown: b(c.Text("down"), "down"),
		PageDown:   b(c.Text("page"), "pgdown"),
		Home:       b(c.Text("top"), "home", "g"),
		End:        b(c.Text("bottom"), "end", "G"),
		Number:     b(c.Text("pick"), "1", "2", "3", "4", "5", "6", "7", "8", "9"),

		Continue:    b(c.Text("continue"), "enter"),
		Confirm:     b(c.Text("confirm"), "enter"),
		Start:       b(c.Text("choose"), "enter"),
		Send:        b(c.Text("send"), "enter"),
		DoneTalking: b(c.Text("done talking"), "tab"),
		Focus:       b(c.Text("rationale"), "tab"),
		Channel:     b(c.Text("channel"), "ctrl+o"),
		Back:        b(c.Text("back"), "esc"),
		Coach:       b(c.Text("coach"), "c"),
		Name:        b(c.Text("name"), "tab"),
		Save:        b(c.Text("save report"), "s"),
		NewGame:     b(c.Text("new game"), "n"),
		Debrief:     b(c.Text("debrief"), "d"),
		Review:      b(c.Text("brief"), "ctrl+r"),
		TabPrev:     b(c.Text("team"), "left", "shift+tab"),
		TabNext:     b(c.Text("next team"), "right", "tab"),

		Menu:  b(c.Text("menu"), "esc"),
		Help:  b(c.Text("more keys"), "?"),
		Quit:  b(c.Text("quit"), "ctrl+c"),
		QuitQ: b(c.Text("quit"), "q"),
		Lang:  b(c.LangKey(), "f2", "L"),
	}
	// ASCII names here; useArrows gives the arrows where they are safe.
	k.Up.SetHelp("up/down", c.Text("move"))
	k.Left.SetHelp("left/right", c.Text("change"))
	k.ScrollUp.SetHelp("up/down", c.Text("scroll"))
	k.PageDown.SetHelp("pgup/pgdn", c.Text("page"))
	k.Number.SetHelp("1-9", c.Text("pick"))
	k.TabPrev.SetHelp("left/right", c.Text("team"))
	k.Lang.SetHelp("F2/L", c.LangKey())
	return k
}

// useArrows names the arrow keys with arrows (↑/↓, ←/→), where the
// terminal draws them one cell wide (not in ASCII mode).
func (k *KeyMap) useArrows(c *Common) {
	k.Up.SetHelp("↑/↓", c.Text("move"))
	k.Left.SetHelp("←/→", c.Text("change"))
	k.ScrollUp.SetHelp("↑/↓", c.Text("scroll"))
	k.TabPrev.SetHelp("←/→", c.Text("team"))
}
