package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Styles are every style the game draws with. They are built from a renderer,
// never at package level, so each SSH session gets colours that fit its own
// terminal (light or dark background, colour profile, NO_COLOR).
type Styles struct {
	Header, HeaderTitle, HeaderDim, HeaderWarn lipgloss.Style
	Rule                                       lipgloss.Style

	Banner, Tagline lipgloss.Style
	Title, Subtitle lipgloss.Style
	Text, Dim       lipgloss.Style
	Strong, Accent  lipgloss.Style
	Good, Warn, Bad lipgloss.Style
	Error           lipgloss.Style

	Cursor, Selected, Unselected lipgloss.Style
	Private, PrivateTitle        lipgloss.Style
	Box, BoxTitle                lipgloss.Style
	Tab, TabActive               lipgloss.Style
	TeamLabel                    lipgloss.Style

	MeterLabel, MeterEmpty, MeterMark lipgloss.Style
	MeterCalm, MeterCrisis, MeterHot  lipgloss.Style
	Up, Down                          lipgloss.Style

	Prompt, Placeholder lipgloss.Style

	Help help.Styles

	// Glyphs are the characters the chrome is drawn with: ASCII by
	// default, box rules and blocks once Unicode is known to be safe.
	Glyphs Glyphs
}

// Glyphs are the chrome's characters.
type Glyphs struct {
	Rule              string // a horizontal rule's cell
	Fill, Empty, Mark string // a meter's filled, empty and threshold cells
	Open, Close       string // around a meter ("[" "]" in ASCII, none in Unicode)
	Bar               string // a vertical rule between two columns
}

var (
	asciiGlyphs   = Glyphs{Rule: "-", Fill: "#", Empty: "-", Mark: "|", Open: "[", Close: "]", Bar: "|"}
	unicodeGlyphs = Glyphs{Rule: "─", Fill: "█", Empty: "░", Mark: "┃", Open: "", Close: "", Bar: "│"}
)

// UseUnicode draws the chrome with rounded borders, box rules and block
// meters (on), or in ASCII (off): ASCII is for terminals that may draw
// box-drawing and block characters two cells wide (RUNEWIDTH_EASTASIAN=1,
// --ascii) or cannot draw them (a locale that is not UTF-8).
func (s *Styles) UseUnicode(on bool) {
	b, g := lipgloss.ASCIIBorder(), asciiGlyphs
	if on {
		b, g = lipgloss.RoundedBorder(), unicodeGlyphs
	}
	s.Glyphs = g
	s.Private = s.Private.Border(b)
	s.Box = s.Box.Border(b)
}

// ruleLine is a styled horizontal rule w cells wide.
func (s *Styles) ruleLine(w int) string {
	return s.Rule.Render(strings.Repeat(s.Glyphs.Rule, max(w, 0)))
}

// border is ASCII until UseUnicode says otherwise: box-drawing runes are
// double width in some CJK terminal settings (RUNEWIDTH_EASTASIAN=1) and
// would break every line.
func border() lipgloss.Border { return lipgloss.ASCIIBorder() }

// fit resolves an adaptive colour for renderer r once, as r's terminal
// shows it: the background chooses the light or dark shade, and the colour
// is converted to r's profile here (a 256-colour terminal gets the nearest
// palette entry), not again on every render. Over SSH that conversion was
// most of a session's drawing time.
func fit(r *lipgloss.Renderer, c lipgloss.AdaptiveColor) lipgloss.TerminalColor {
	hex := c.Light
	if r.HasDarkBackground() {
		hex = c.Dark
	}
	switch tc := r.ColorProfile().Color(hex).(type) {
	case termenv.RGBColor:
		return lipgloss.Color(string(tc))
	case termenv.ANSI256Color:
		return lipgloss.Color(strconv.Itoa(int(tc)))
	case termenv.ANSIColor:
		return lipgloss.Color(strconv.Itoa(int(tc)))
	default:
		return lipgloss.NoColor{}
	}
}

// DefaultStyles builds the game's styles for renderer r.
func DefaultStyles(r *lipgloss.Renderer) *Styles {
	var (
		fg     = fit(r, lipgloss.AdaptiveColor{Light: "#1F2328", Dark: "#E6EDF3"})
		dim    = fit(r, lipgloss.AdaptiveColor{Light: "#6E7781", Dark: "#8B949E"})
		accent = fit(r, lipgloss.AdaptiveColor{Light: "#0550AE", Dark: "#79C0FF"})
		good   = fit(r, lipgloss.AdaptiveColor{Light: "#116329", Dark: "#56D364"})
		warn   = fit(r, lipgloss.AdaptiveColor{Light: "#9A6700", Dark: "#E3B341"})
		bad    = fit(r, lipgloss.AdaptiveColor{Light: "#CF222E", Dark: "#FF7B72"})
		priv   = fit(r, lipgloss.AdaptiveColor{Light: "#8250DF", Dark: "#D2A8FF"})
		barBg  = fit(r, lipgloss.AdaptiveColor{Light: "#D0D7DE", Dark: "#30363D"})
	)
	s := &Styles{Glyphs: asciiGlyphs}
	s.Header = r.NewStyle().Foreground(fg)
	s.HeaderTitle = r.NewStyle().Foreground(accent).Bold(true)
	s.HeaderDim = r.NewStyle().Foreground(dim)
	s.HeaderWarn = r.NewStyle().Foreground(bad).Bold(true)
	s.Rule = r.NewStyle().Foreground(barBg)

	s.Banner = r.NewStyle().Foreground(accent).Bold(true)
	s.Tagline = r.NewStyle().Foreground(dim).Italic(true)
	s.Title = r.NewStyle().Foreground(accent).Bold(true)
	s.Subtitle = r.NewStyle().Foreground(dim)
	s.Text = r.NewStyle().Foreground(fg)
	s.Dim = r.NewStyle().Foreground(dim)
	s.Strong = r.NewStyle().Foreground(fg).Bold(true)
	s.Accent = r.NewStyle().Foreground(accent)
	s.Good = r.NewStyle().Foreground(good)
	s.Warn = r.NewStyle().Foreground(warn)
	s.Bad = r.NewStyle().Foreground(bad)
	s.Error = r.NewStyle().Foreground(bad).Bold(true)

	s.Cursor = r.NewStyle().Foreground(accent).Bold(true)
	s.Selected = r.NewStyle().Foreground(accent).Bold(true)
	s.Unselected = r.NewStyle().Foreground(fg)
	s.Private = r.NewStyle().Border(border()).BorderForeground(priv).Padding(0, 1)
	s.PrivateTitle = r.NewStyle().Foreground(priv).Bold(true)
	s.Box = r.NewStyle().Border(border()).BorderForeground(dim).Padding(0, 1)
	s.BoxTitle = r.NewStyle().Foreground(fg).Bold(true)
	s.Tab = r.NewStyle().Foreground(dim).Padding(0, 1)
	s.TabActive = r.NewStyle().Foreground(accent).Bold(true).Underline(true).Padding(0, 1)
	s.TeamLabel = r.NewStyle().Foreground(accent).Bold(true)

	s.MeterLabel = r.NewStyle().Foreground(dim)
	s.MeterEmpty = r.NewStyle().Foreground(barBg)
	s.MeterMark = r.NewStyle().Foreground(bad)
	s.MeterCalm = r.NewStyle().Foreground(good)
	s.MeterCrisis = r.NewStyle().Foreground(warn)
	s.MeterHot = r.NewStyle().Foreground(bad)
	s.Up = r.NewStyle().Foreground(good)
	s.Down = r.NewStyle().Foreground(bad)

	s.Prompt = r.NewStyle().Foreground(accent).Bold(true)
	s.Placeholder = r.NewStyle().Foreground(dim)

	s.Help = help.Styles{
		ShortKey:       r.NewStyle().Foreground(fg).Bold(true),
		ShortDesc:      r.NewStyle().Foreground(dim),
		ShortSeparator: r.NewStyle().Foreground(dim),
		Ellipsis:       r.NewStyle().Foreground(dim),
		FullKey:        r.NewStyle().Foreground(fg).Bold(true),
		FullDesc:       r.NewStyle().Foreground(dim),
		FullSeparator:  r.NewStyle().Foreground(dim),
	}
	return s
}
