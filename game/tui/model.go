package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/table"
)

// MinWidth and MinHeight are the smallest terminal the game lays out in.
const (
	MinWidth  = 80
	MinHeight = 24
)

// component is one screen: a model that knows its size and its keys.
// Screens are pointers changed in place; Update returns where to go next.
type component interface {
	help.KeyMap
	SetSize(width, height int)
	Update(msg tea.Msg) (nav, tea.Cmd)
	View() string
}

// textEntry is a screen whose focused text field takes letters and "?".
type textEntry interface{ typing() bool }

// refresher is a screen that redraws from the seat's view when the table
// changes (a message from another seat, a facilitator's act).
type refresher interface{ refresh() }

// Model is the root of the terminal game.
type Model struct {
	c   *Common
	cfg Config
	now func() time.Time

	screen component
	cur    screenID
	help   help.Model

	menu     *menuScreen
	menuOpen bool

	// review is the brief, reopened over the hotline, the assessment or
	// the decision (Keys.Review); nil when closed.
	review *briefScreen

	// Before the game.
	lib    *library
	chosen *scenario.Scenario // the scenario of the seat setup last shown
	setup  *Setup             // the game last started

	// The game.
	sess          *session
	turnTeam      string
	turnRound     int
	pass          int            // 1: the hot-seat brief pass; 2: talk, assess, decide
	briefed       map[string]int // team → the round whose brief it has read (hot-seat)
	seen          int            // revealed rounds already shown
	deadline      time.Time
	deadlineRound int // the round deadline belongs to
	seenGen       int // the session's gen when the table last changed
	timerGen      int
	subCh         <-chan struct{}
	stopSub       chan struct{}
	unsub         func()

	pending []tea.Cmd

	helpKey   string
	helpMemo  string
	titleKey  string // the header's first line is drawn again only when this changes
	titleMemo string
	meterKey  string // the meters line is drawn again only when this changes
	meterMemo []string
	frameMemo frameMemo // the last frame, drawn again only when a part of it changed
	status    string    // one-line notice under the header (report saved, …)
	quitting  bool
	saveQuit  bool
	saved     []string // the report's files "save and quit" wrote
	overflow  int      // lines the frame had to cut: a layout bug (tests assert 0)
	late      int      // ASCII mode: frames with ambiguous characters only the frame caught (tests assert 0)
}

// New makes the game's root model. c may be nil (plain text, no styles,
// cfg.Lang).
func New(cfg Config, c *Common) *Model {
	if c == nil {
		c = NewCommon(0, cfg.Lang)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	c.Coach = cfg.Coach
	// The process's RUNEWIDTH_EASTASIAN turns the ASCII mode on for every
	// program it runs: lipgloss then measures ambiguous characters two
	// cells wide, whichever terminal draws them. An SSH session's own
	// environment sets c.ASCII before New (game/host).
	c.SetASCII(c.ASCII || cfg.ASCII || EastAsianWide(nil)) // the chrome and the keys' help, in the mode's characters
	m := &Model{c: c, cfg: cfg, now: cfg.Now, lib: newLibrary(cfg)}
	m.help = help.New()
	m.help.Styles = c.Styles.Help
	m.help.ShortSeparator = "  "
	m.help.FullSeparator = "   "
	m.help.Ellipsis = "..."
	m.chosen = cfg.Scenario
	m.status = c.Safe(oneLine(cfg.Notice))
	m.menu = newMenu(c, &m.cfg)
	if cfg.Table != nil {
		m.startSession(cfg.Table, cfg.Humans, cfg.JournalPath, cfg.Names)
		if cfg.Stated != nil {
			m.sess.stated = cfg.Stated
		}
		m.seen = len(m.sess.view.History)
		if cfg.Debrief {
			m.navigate(navDebrief{})
		} else {
			m.route()
		}
	} else {
		m.show(scrTitle, newTitle(c, m.lib, cfg.Version))
	}
	return m
}

// Init preloads the default scenario and listens to the table.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.sess == nil && m.chosen == nil && len(m.cfg.Scenarios) > 0 && m.cfg.Load != nil {
		id, load := m.cfg.Scenarios[0], m.cfg.Load
		// The default scenario loads once the first frame is on screen
		// (the renderer draws one every few milliseconds), so that its
		// decoding does not hold the first frame back: until then the
		// title names it by its id.
		cmds = append(cmds, tea.Tick(firstFrameFirst, func(time.Time) tea.Msg {
			s, err := load(id)
			return scenarioLoadedMsg{id: id, s: s, err: err}
		}))
	}
	if m.c.AskBackground {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	cmds = append(cmds, m.listen(), m.timerCmd(), m.takePending())
	return tea.Batch(cmds...)
}

// firstFrameFirst is how long the start waits before work the first frame
// does not need.
const firstFrameFirst = 25 * time.Millisecond

type scenarioLoadedMsg struct {
	id  string
	s   *scenario.Scenario
	err error
}

// tableChangedMsg says the table changed (any seat's input).
type tableChangedMsg struct{ sess *session }

// listen waits for the next change of the table, or for the session's end.
func (m *Model) listen() tea.Cmd {
	if m.sess == nil || m.unsub == nil {
		return nil
	}
	s, stop := m.sess, m.stopSub
	ch := m.subCh
	return func() tea.Msg {
		select {
		case <-ch:
			return tableChangedMsg{sess: s}
		case <-stop:
			return nil
		}
	}
}

// Close stops listening to the table. Call it when the program has ended.
func (m *Model) Close() {
	if m.unsub != nil {
		m.unsub()
		close(m.stopSub)
		m.unsub = nil
	}
}

// Quitting reports whether the player chose to leave; SavedAndQuit whether
// through "save and quit".
func (m *Model) Quitting() bool { return m.quitting }

// SavedAndQuit reports whether the player left through "save and quit".
func (m *Model) SavedAndQuit() bool { return m.saveQuit }

// Saved is the files of the report "save and quit" wrote.
func (m *Model) Saved() []string { return m.saved }

// GameOver reports whether a game was played to its end.
func (m *Model) GameOver() bool { return m.sess != nil && m.sess.view.Over }

// JournalPath is the journal of the game in play, if any.
func (m *Model) JournalPath() string {
	if m.sess == nil {
		return ""
	}
	return m.sess.journal
}

func (m *Model) startSession(t *table.Table, humans []string, journal string, names map[string]string) {
	m.Close()
	m.sess = newSession(t, humans, journal, names)
	m.turnTeam, m.turnRound, m.seen, m.pass = "", 0, 0, 0
	m.briefed = map[string]int{}
	m.deadline = time.Time{}
	ch, unsub := t.Subscribe()
	m.subCh, m.unsub, m.stopSub = ch, unsub, make(chan struct{})
}

// starter is a screen with work to begin when it is shown (an animation).
type starter interface{ start() tea.Cmd }

func (m *Model) show(id screenID, s component) {
	m.cur, m.screen = id, s
	m.review = nil
	if m.sess != nil {
		m.seenGen = m.sess.gen // a screen shown is drawn from the view as it is
	}
	m.layout()
	if st, ok := s.(starter); ok {
		m.pending = append(m.pending, st.start())
	}
}

// takePending returns the commands screens asked for when shown.
func (m *Model) takePending() tea.Cmd {
	cmds := m.pending
	m.pending = nil
	return tea.Batch(cmds...)
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := m.update(msg)
	if len(m.pending) > 0 {
		cmd = tea.Batch(cmd, m.takePending())
	}
	return m, cmd
}

func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.quitting {
		return m, nil
	}
	msg = PlainEnter(msg)
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.Width, m.c.Height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case scenarioLoadedMsg:
		m.lib.add(msg.id, msg.s, msg.err)
		return m, nil
	case tableChangedMsg:
		if msg.sess != m.sess {
			return m, nil
		}
		m.sess.refresh()
		v := m.sess.view
		switch {
		case m.cur == scrWaiting || (v.Over && !m.cur.showsPlay()) || m.turnMoved():
			m.route()
		case m.sess.gen != m.seenGen:
			// Something this seat sees moved since the screens last drew.
			// (Another seat's private step moves nothing: then nothing
			// is drawn again.)
			if r, ok := m.screen.(refresher); ok {
				r.refresh()
			}
		}
		m.seenGen = m.sess.gen
		return m, m.listen()
	case timerTickMsg:
		return m, m.onTimer(msg)
	case tea.KeyPressMsg:
		return m, m.onKey(msg)
	case tea.BackgroundColorMsg:
		if m.c.AskBackground && msg.IsDark() != m.c.Dark {
			m.restyle(msg.IsDark())
		}
		return m, nil
	case tea.PasteMsg:
		// Typed into the focused text field, as keys are; not under the
		// brief reopened or the too-small notice.
		if m.tooSmall() || m.review != nil {
			return m, nil
		}
		m.status = ""
	}
	if _, anim := msg.(animMsg); m.menuOpen && !anim {
		// The reveal's animation goes on under the menu.
		n, cmd := m.menu.Update(msg)
		return m, tea.Batch(cmd, m.navigate(n))
	}
	n, cmd := m.screen.Update(msg)
	return m, tea.Batch(cmd, m.navigate(n))
}

// turnMoved reports whether the seat is in a phase of a turn the table
// has moved past: a round was revealed (another seat's choice, the hosted
// clock or the facilitator ended it), or another session of the same seat
// decided. route then shows where the game is.
func (m *Model) turnMoved() bool {
	v := m.sess.view
	switch {
	case m.cur.private():
		return len(v.History) > m.seen || v.MyChoice != nil
	case m.cur == scrHandover:
		return len(v.History) > m.seen
	}
	return false
}

func (m *Model) onKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	if key.Matches(msg, k.Quit) {
		m.quitting = true
		return tea.Quit
	}
	typing := m.typing()
	// F2 works everywhere, even on the too-small notice; L only where it
	// is not typing.
	if key.Matches(msg, k.Lang) && (!typing || msg.Code == tea.KeyF2) {
		m.switchLang()
		return nil
	}
	if m.tooSmall() {
		return nil
	}
	m.status = ""
	if !typing && key.Matches(msg, k.Help) {
		m.help.ShowAll = !m.help.ShowAll
		m.layout()
		return nil
	}
	if m.review != nil {
		if key.Matches(msg, k.Review, k.Back, k.Continue) {
			m.closeReview()
			return nil
		}
		m.review.body.handle(msg, k, k.Up, k.Down)
		return nil
	}
	if m.menuOpen {
		n, cmd := m.menu.Update(msg)
		return tea.Batch(cmd, m.navigate(n))
	}
	if key.Matches(msg, k.Review) && m.canReview() {
		m.review = newBrief(m.c, m.sess)
		m.review.reviewing = true
		m.layout()
		return nil
	}
	if key.Matches(msg, k.Menu) && m.inGame() {
		m.openMenu()
		return nil
	}
	n, cmd := m.screen.Update(msg)
	return tea.Batch(cmd, m.navigate(n))
}

func (m *Model) inGame() bool { return m.sess != nil && m.cur.inGame() }

// canReview: the seat is in its private phases after the brief, where the
// brief and its own intelligence may be read again.
func (m *Model) canReview() bool {
	return m.sess != nil && !m.menuOpen && m.cur.private() && m.cur != scrBrief
}

func (m *Model) closeReview() {
	m.review = nil
	m.layout()
}

// typing: a text field has the focus, so letters and "?" are text.
func (m *Model) typing() bool {
	t, ok := m.screen.(textEntry)
	return ok && !m.menuOpen && m.review == nil && t.typing()
}

// Lang is the language the program shows now (F2 switches it).
func (m *Model) Lang() bilingual.Lang { return m.c.Lang }

// relanger is a screen holding strings made when it was built (a text
// field's placeholder), to make again in a new language.
type relanger interface{ relang() }

// switchLang shows the program in the next language: the UI's strings and
// the scenario's text, on every screen, at once. Only this program
// switches: over SSH each session has its own Common.
func (m *Model) switchLang() {
	m.c.SetLang(m.c.Lang.Next())
	m.helpKey, m.meterKey = "", ""
	m.status = ""
	for _, s := range []any{m.screen, m.menu} {
		if r, ok := s.(relanger); ok {
			r.relang()
		}
	}
	m.layout()
}

// restyler is a screen holding styles copied when it was built (a text
// field's), to copy again.
type restyler interface{ restyle() }

// restyle draws the program for a dark background or a light one, as the
// terminal answered.
func (m *Model) restyle(dark bool) {
	m.c.SetDark(dark)
	m.help.Styles = m.c.Styles.Help
	m.helpKey, m.meterKey, m.titleKey = "", "", ""
	for _, s := range []any{m.screen, m.menu} {
		if r, ok := s.(restyler); ok {
			r.restyle()
		}
	}
	m.layout()
}

func (m *Model) openMenu() {
	m.menuOpen = true
	m.menu.open(m.JournalPath())
	m.layout()
}

func (m *Model) closeMenu() {
	m.menuOpen = false
	m.layout()
}

// tooSmall: the terminal is below 80×24.
func (m *Model) tooSmall() bool { return m.c.Width < MinWidth || m.c.Height < MinHeight }

// chrome sizes: the header above the body and the footer below it.
func (m *Model) headerHeight() int {
	if m.inGame() {
		return 2 + len(m.meterLines())
	}
	return 2
}

func (m *Model) footerHeight() int {
	return 1 + strings.Count(m.helpView(), "\n") + 1 + boolInt(m.status != "")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// layout gives the screen (and the menu) the body's size.
func (m *Model) layout() {
	if m.screen == nil || m.c.Width == 0 {
		return
	}
	w, h := m.c.Width, m.bodyHeight()
	m.screen.SetSize(w, h)
	m.menu.SetSize(w, h)
	if m.review != nil {
		m.review.SetSize(w, h)
	}
}

func (m *Model) bodyHeight() int {
	return max(m.c.Height-m.headerHeight()-m.footerHeight(), 1)
}

// keyHelp is the footer's keys: the screen's, then the global ones.
type keyHelp struct {
	screen help.KeyMap
	global []key.Binding
	// In the full help only: the short line keeps to the screen's keys.
	// (The header's right end always shows the language key.)
	lang, quit key.Binding
}

func (k keyHelp) ShortHelp() []key.Binding {
	return append(append([]key.Binding(nil), k.screen.ShortHelp()...), k.global...)
}

func (k keyHelp) FullHelp() [][]key.Binding {
	return append(append([][]key.Binding(nil), k.screen.FullHelp()...), append(k.global, k.lang, k.quit))
}

func (m *Model) helpView() string {
	k := m.c.Keys
	var cur help.KeyMap = m.screen
	switch {
	case m.menuOpen:
		cur = m.menu
	case m.review != nil:
		cur = m.review
	}
	var global []key.Binding
	if m.canReview() && m.review == nil {
		global = append(global, k.Review)
	}
	if m.inGame() && !m.menuOpen && m.review == nil {
		global = append(global, k.Menu)
	}
	if !m.typing() {
		global = append(global, k.Help)
	}
	m.help.SetWidth(m.c.Width - 1)
	kh := keyHelp{screen: cur, global: global, lang: k.Lang, quit: k.Quit}
	// The footer is drawn again only when its keys or the width change.
	var kb strings.Builder
	fmt.Fprintf(&kb, "%d %v", m.help.Width(), m.help.ShowAll)
	for _, b := range kh.ShortHelp() {
		kb.WriteString(" " + b.Help().Key + "=" + b.Help().Desc)
	}
	if m.help.ShowAll {
		for _, col := range kh.FullHelp() {
			for _, b := range col {
				kb.WriteString(" " + b.Help().Key + "=" + b.Help().Desc)
			}
		}
	}
	if kb.String() != m.helpKey {
		m.helpKey, m.helpMemo = kb.String(), m.help.View(kh)
	}
	return m.helpMemo
}

// View is the whole terminal (Frame): header, body, footer, each line
// exactly the terminal's width, and the cursor in a focused text field.
func (m *Model) View() tea.View { return Frame(m.frame()) }

func (m *Model) frame() string {
	if m.quitting {
		return ""
	}
	w, h := m.c.Width, m.c.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	if m.tooSmall() {
		return m.tooSmallView()
	}
	header, footer := m.headerView(), m.footerView()
	body := m.screen.View()
	switch {
	case m.menuOpen:
		body = m.menu.View()
	case m.review != nil:
		body = m.review.View()
	}
	if m.c.ASCII {
		// The screens draw through Common.Safe already; this is the safety
		// net for text that did not, at the cost of a line the frame may
		// have to cut. Tests assert it never has anything to do.
		for _, p := range []*string{&header, &body, &footer} {
			if s := m.c.Safe(*p); s != *p {
				*p = s
				m.late++
			}
		}
	}
	fm := &m.frameMemo
	if fm.w != w || fm.h != h || fm.header != header || fm.body != body || fm.footer != footer {
		*fm = frameMemo{w: w, h: h, header: header, body: body, footer: footer}
		fm.frame, fm.cut = fitFrame(header, body, footer, w, h)
	}
	m.overflow += fm.cut
	return fm.frame
}

// frameMemo is a frame with the parts it was made of. Most changes at a
// table change nothing a seat sees; the frame is then the last one, and
// measuring and padding every line again would be work thrown away.
type frameMemo struct {
	w, h                 int
	header, body, footer string
	frame                string
	cut                  int // lines fitFrame had to cut
}

// fitFrame stacks header, body and footer into a frame of exactly w×h,
// every line padded or cut to w; cut is how many lines had to be cut.
func fitFrame(header, body, footer string, w, h int) (frame string, cut int) {
	hh, fh := strings.Count(header, "\n")+1, strings.Count(footer, "\n")+1
	bh := max(h-hh-fh, 0)
	hb, n1 := blockCount(header, w, min(hh, h))
	bb, n2 := blockCount(body, w, bh)
	fb, n3 := blockCount(footer, w, min(fh, h-min(hh, h)-bh))
	parts := make([]string, 0, 3)
	for _, p := range []string{hb, bb, fb} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "\n"), n1 + n2 + n3
}

func (m *Model) tooSmallView() string {
	w, h := m.c.Width, m.c.Height
	msg := m.c.Textf("Terminal too small: need %dx%d.", MinWidth, MinHeight) + "\n" + m.c.Textf("This one is %dx%d.", w, h) + "\n\n" + m.c.Text("Make the window larger, or press Ctrl+C to quit.")
	lines := strings.Split(wrap(msg, max(w-2, 1)), "\n")
	for i, l := range lines {
		lines[i] = center(l, w)
	}
	top := max((h-len(lines))/2, 0)
	return block(strings.Repeat("\n", top)+strings.Join(lines, "\n"), w, h)
}

func (m *Model) footerView() string {
	w := m.c.Width
	var lines []string
	if m.status != "" {
		lines = append(lines, m.c.Styles.Accent.Render(cut(" "+m.status, w)))
	}
	lines = append(lines, m.c.Styles.ruleLine(w))
	for _, l := range strings.Split(m.helpView(), "\n") {
		lines = append(lines, cut(" "+l, w))
	}
	return strings.Join(lines, "\n")
}
