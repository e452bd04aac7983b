// Package tui is Brink's terminal game: the Bubble Tea front end for solo and
// hot-seat play, and the debrief other front ends show. It owns the screens
// (title, scenario picker, seat setup, hand-over, brief, hotline, assess,
// decide, waiting, reveal, scorecard, debrief, the menu), their styles, keys
// and strings. It talks to the game only through a *table.Table and renders
// only the current seat's view, so the SSH host can run one Model per
// session over a shared table.
//
// Model (model.go) is the root. It owns a Common (size, styles, keys,
// language, character set) handed to every screen, the game session
// (session.go), the route from one phase to the next (route.go), the header
// with the meters and the key-help footer. Each screen is a component with
// SetSize, Update, View and its own key help. A screen never changes the
// root: its Update answers with a nav value that says where to go and
// carries what it decided (nav.go), and the root carries it out.
//
// Every string a screen shows is written in English where it is drawn,
// through Common.Text and Common.Textf, which find its Chinese in
// msg_zh.go (zhMsg, keyed by the English format); scenario text through Common.Line
// and Common.Para; anything else through Common.Safe. In the ASCII mode
// (Common.ASCII) those replace every character of ambiguous East Asian
// width (textwrap.Unambiguous) and the chrome is drawn in ASCII
// (Styles.UseUnicode), so that a terminal drawing such characters two cells
// wide keeps every line straight. Text is measured as lipgloss measures it
// and wrapped by game/textwrap, Chinese between characters (layout.go).
//
// The debrief (debrief.go) is also a component for other front ends:
// NewDebrief takes one game or several (DebriefGame: a scenario and any
// seat's view) and walks them round by round, tables side by side.
package tui
