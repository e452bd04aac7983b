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

// DefaultKeyMap returns the keys with help in the language of t.
func DefaultKeyMap(t func(string) string) *KeyMap {
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], t(help)))
	}
	k := &KeyMap{
		Up:         b("key.up", "up", "k"),
		Down:       b("key.down", "down", "j"),
		Left:       b("key.left", "left", "h"),
		Right:      b("key.right", "right", "l"),
		PageUp:     b("key.pgup", "pgup"),
		ScrollUp:   b("key.up", "up"),
		ScrollDown: b("key.down", "down"),
		PageDown:   b("key.pgdown", "pgdown"),
		Home:       b("key.home", "home", "g"),
		End:        b("key.end", "end", "G"),
		Number:     b("key.number", "1", "2", "3", "4", "5", "6", "7", "8", "9"),

		Continue:    b("key.continue", "enter"),
		Confirm:     b("key.confirm", "enter"),
		Start:       b("key.start", "enter"),
		Send:        b("key.send", "enter"),
		DoneTalking: b("key.doneTalking", "tab"),
		Focus:       b("key.focus", "tab"),
		Channel:     b("key.channel", "ctrl+o"),
		Back:        b("key.back", "esc"),
		Coach:       b("key.coach", "c"),
		Name:        b("key.name", "tab"),
		Save:        b("key.save", "s"),
		NewGame:     b("key.newGame", "n"),
		Debrief:     b("key.debrief", "d"),
		Review:      b("key.review", "ctrl+r"),
		TabPrev:     b("key.tabPrev", "left", "shift+tab"),
		TabNext:     b("key.tabNext", "right", "tab"),

		Menu:  b("key.menu", "esc"),
		Help:  b("key.help", "?"),
		Quit:  b("key.quit", "ctrl+c"),
		QuitQ: b("key.quit", "q"),
		Lang:  b("key.lang", "f2", "L"),
	}
	// ASCII names here; useArrows gives the arrows where they are safe.
	k.Up.SetHelp("up/down", t("key.up"))
	k.Left.SetHelp("left/right", t("key.left"))
	k.ScrollUp.SetHelp("up/down", t("key.scroll"))
	k.PageDown.SetHelp("pgup/pgdn", t("key.pgdown"))
	k.Number.SetHelp("1-9", t("key.number"))
	k.TabPrev.SetHelp("left/right", t("key.tabPrev"))
	k.Lang.SetHelp("F2/L", t("key.lang"))
	return k
}

// useArrows names the arrow keys with arrows (↑/↓, ←/→), where the
// terminal draws them one cell wide (not in ASCII mode).
func (k *KeyMap) useArrows(t func(string) string) {
	k.Up.SetHelp("↑/↓", t("key.up"))
	k.Left.SetHelp("←/→", t("key.left"))
	k.ScrollUp.SetHelp("↑/↓", t("key.scroll"))
	k.TabPrev.SetHelp("←/→", t("key.tabPrev"))
}
