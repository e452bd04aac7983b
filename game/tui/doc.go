// Package tui is Brink's terminal game: the Bubble Tea front end for solo and
// hot-seat play. It owns the screens (title, scenario picker, seat setup,
// hand-over, brief, hotline, assess, decide, waiting, reveal, scorecard,
// debrief, the menu), their styles, keys and strings. It talks to the game
// only through a *table.Table and renders only the current seat's view, so
// the SSH host can run one Model per session over a shared table.
//
// Layout: Model (model.go) is the root; it owns a Common (size, styles, keys,
// language, character set) handed to every screen, the game session
// (session.go), the route from one screen to the next (route.go), the header
// with the meters and the key-help footer. Each screen is a component with
// SetSize, Update, View and its own key help.
//
// The debrief (debrief.go) is also a component for other front ends:
// NewDebrief takes one game or several (DebriefGame: a scenario and any
// seat's view) and walks them round by round, tables side by side, for a
// facilitator's projector; `brink debrief JOURNAL` runs it alone
// (Config.Debrief).
//
// # Chinese and English
//
// Every string the game shows is in i18n.go, in English and Chinese (a test
// checks that each key has both, with the same format verbs); scenario text
// comes from the scenario in the same language, falling back to English
// where a scenario has no Chinese. The language is Config.Lang: `brink play
// --lang zh`, else LC_ALL, LC_MESSAGES or LANG (zh_CN.UTF-8 gives Chinese),
// else English.
//
// F2 switches the language at any time, on every screen, the UI and the
// scenario's text at once; L does too where no text field has the focus
// (F2 is named at the right of the header, in the language it switches to:
// "F2 中文", "F2 English"). The switch belongs to one program: over SSH
// (game/host) each session starts in its own LANG and switches alone, so
// the two delegations at one table can read different languages. A text
// half typed survives the switch.
//
// Text is wrapped by game/textwrap: English at spaces, Chinese between any
// two characters, with the Chinese line-breaking rules (no line starts with
// ，。、）」 or ends with （《「“; —— and …… stay whole), and widths measured
// exactly as lipgloss measures them. Text fields take Chinese as an input
// method sends it, whole runes in one key message.
//
// # Terminals that draw ambiguous characters wide
//
// Characters of East Asian ambiguous width (“ ” ‘ ’ … — · → ○ ● ■ and
// many more) are one cell wide in most terminals and two in many set up
// for Chinese. On a UTF-8 terminal the chrome is drawn with rounded
// borders, box rules, block meters and arrow key names (Styles.UseUnicode).
// The ASCII mode (Common.ASCII) draws the chrome in ASCII (+--+, [##--],
// up/down), so it stays straight in a terminal that draws those
// characters wide without saying so, and goes further:
// every text shown, the scenario's, the UI's and what players type, has
// its ambiguous characters replaced by safe ones (“引号” → 「引号」, "quotes"
// in English, … → ..., — → --, · → ・ or -, é → e; textwrap.Unambiguous),
// so that nothing on screen is of ambiguous width. It is on with `brink
// play --ascii`, and by itself when RUNEWIDTH_EASTASIAN is 1 or true: then
// lipgloss measures ambiguous characters two cells wide too, and when the
// locale is not UTF-8 (`brink play` checks LC_ALL, LC_CTYPE, LANG). An SSH session
// takes it from its own environment (ssh -o SetEnv=RUNEWIDTH_EASTASIAN=1,
// or SendEnv in ~/.ssh/config); a host started with RUNEWIDTH_EASTASIAN=1
// gives it to every session.
//
// Around the game: `brink help`, each command's --help and flags, usage
// errors, "not found" and `brink validate`'s summary line are in Chinese
// when the environment's language is (game/cli/msg.go); reports are written
// in the language asked for (`brink report --lang zh`). The scenario
// loader's problems and lint warnings stay English: they are for scenario
// authors and name the file's keys.
package tui
