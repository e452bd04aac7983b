// Package tui is Brink's terminal game: the Bubble Tea front end for solo and
// hot-seat play. It owns the screens (title, scenario picker, seat setup,
// hand-over, brief, hotline, assess, decide, waiting, reveal, scorecard, the
// menu), their styles, keys and strings. It talks to the game only through a
// *table.Table and renders only the current seat's view, so the SSH host can
// run one Model per session over a shared table.
//
// Layout: Model (model.go) is the root; it owns a Common (size, styles, keys,
// language) handed to every screen, the game session (session.go), the route
// from one screen to the next (route.go), the header with the meters and the
// key-help footer. Each screen is a component with SetSize, Update, View and
// its own key help.
package tui
