package tui

import (
	"image/color"
	"reflect"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// Styles are every style the game draws with. They are built for a
// terminal, never at package level, so each SSH session gets colours that
// fit its own terminal (light or dark background, NO_COLOR). The colours
// are converted to the terminal's colour profile as the program writes
// them (Bubble Tea's renderer, one profile per program).
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

	rule ruleMemo // the last rule drawn: every frame has one or two

	plain bool // no colours or attributes (unstyle)
}

// bold is st in bold, where the terminal shows styles.
func (s *Styles) bold(st lipgloss.Style) lipgloss.Style {
	if s.plain {
		return st
	}
	return st.Bold(true)
}

// italic is st in italics, where the terminal shows styles.
func (s *Styles) italic(st lipgloss.Style) lipgloss.Style {
	if s.plain {
		return st
	}
	return st.Italic(true)
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
	s.rule = ruleMemo{}
	s.Private = s.Private.Border(b)
	s.Box = s.Box.Border(b)
}

// ruleMemo is a rule line and its width.
type ruleMemo struct {
	w    int
	line string
}

// ruleLine is a styled horizontal rule w cells wide.
func (s *Styles) ruleLine(w int) string {
	if s.rule.w != w || s.rule.line == "" {
		s.rule.w, s.rule.line = w, s.Rule.Render(strings.Repeat(s.Glyphs.Rule, max(w, 0)))
	}
	return s.rule.line
}

// border is ASCII until UseUnicode says otherwise: box-drawing runes are
// double width in some CJK terminal settings (RUNEWIDTH_EASTASIAN=1) and
// would break every line.
func border() lipgloss.Border { return lipgloss.ASCIIBorder() }

// adaptive is a colour with a shade for light and one for dark backgrounds.
type adaptive struct{ Light, Dark string }

// fit picks the shade of c for the background. Converting it to the
// terminal's profile (a 256-colour terminal gets the nearest palette entry)
// is the program's output's work, cached there once per colour.
func fit(dark bool, c adaptive) color.Color {
	return lipgloss.LightDark(dark)(lipgloss.Color(c.Light), lipgloss.Color(c.Dark))
}

// DefaultStyles builds the game's styles for a terminal with colour
// profile p and a dark background or not. A terminal that shows no styles
// (colorprofile.NoTTY: TERM=dumb, NO_COLOR, plain output) gets styles
// without colours or attributes, so that what the screens draw holds no
// escape sequences at all.
func DefaultStyles(p colorprofile.Profile, dark bool) *Styles {
	var (
		fg     = fit(dark, adaptive{Light: "#1F2328", Dark: "#E6EDF3"})
		dim    = fit(dark, adaptive{Light: "#6E7781", Dark: "#8B949E"})
		accent = fit(dark, adaptive{Light: "#0550AE", Dark: "#79C0FF"})
		good   = fit(dark, adaptive{Light: "#116329", Dark: "#56D364"})
		warn   = fit(dark, adaptive{Light: "#9A6700", Dark: "#E3B341"})
		bad    = fit(dark, adaptive{Light: "#CF222E", Dark: "#FF7B72"})
		priv   = fit(dark, adaptive{Light: "#8250DF", Dark: "#D2A8FF"})
		barBg  = fit(dark, adaptive{Light: "#D0D7DE", Dark: "#30363D"})
	)
	s := &Styles{Glyphs: asciiGlyphs}
	s.Header = lipgloss.NewStyle().Foreground(fg)
	s.HeaderTitle = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.HeaderDim = lipgloss.NewStyle().Foreground(dim)
	s.HeaderWarn = lipgloss.NewStyle().Foreground(bad).Bold(true)
	s.Rule = lipgloss.NewStyle().Foreground(barBg)

	s.Banner = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Tagline = lipgloss.NewStyle().Foreground(dim).Italic(true)
	s.Title = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Subtitle = lipgloss.NewStyle().Foreground(dim)
	s.Text = lipgloss.NewStyle().Foreground(fg)
	s.Dim = lipgloss.NewStyle().Foreground(dim)
	s.Strong = lipgloss.NewStyle().Foreground(fg).Bold(true)
	s.Accent = lipgloss.NewStyle().Foreground(accent)
	s.Good = lipgloss.NewStyle().Foreground(good)
	s.Warn = lipgloss.NewStyle().Foreground(warn)
	s.Bad = lipgloss.NewStyle().Foreground(bad)
	s.Error = lipgloss.NewStyle().Foreground(bad).Bold(true)

	s.Cursor = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Selected = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Unselected = lipgloss.NewStyle().Foreground(fg)
	s.Private = lipgloss.NewStyle().Border(border()).BorderForeground(priv).Padding(0, 1)
	s.PrivateTitle = lipgloss.NewStyle().Foreground(priv).Bold(true)
	s.Box = lipgloss.NewStyle().Border(border()).BorderForeground(dim).Padding(0, 1)
	s.BoxTitle = lipgloss.NewStyle().Foreground(fg).Bold(true)
	s.Tab = lipgloss.NewStyle().Foreground(dim).Padding(0, 1)
	s.TabActive = lipgloss.NewStyle().Foreground(accent).Bold(true).Underline(true).Padding(0, 1)
	s.TeamLabel = lipgloss.NewStyle().Foreground(accent).Bold(true)

	s.MeterLabel = lipgloss.NewStyle().Foreground(dim)
	s.MeterEmpty = lipgloss.NewStyle().Foreground(barBg)
	s.MeterMark = lipgloss.NewStyle().Foreground(bad)
	s.MeterCalm = lipgloss.NewStyle().Foreground(good)
	s.MeterCrisis = lipgloss.NewStyle().Foreground(warn)
	s.MeterHot = lipgloss.NewStyle().Foreground(bad)
	s.Up = lipgloss.NewStyle().Foreground(good)
	s.Down = lipgloss.NewStyle().Foreground(bad)

	s.Prompt = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Placeholder = lipgloss.NewStyle().Foreground(dim)

	s.Help = help.Styles{
		ShortKey:       lipgloss.NewStyle().Foreground(fg).Bold(true),
		ShortDesc:      lipgloss.NewStyle().Foreground(dim),
		ShortSeparator: lipgloss.NewStyle().Foreground(dim),
		Ellipsis:       lipgloss.NewStyle().Foreground(dim),
		FullKey:        lipgloss.NewStyle().Foreground(fg).Bold(true),
		FullDesc:       lipgloss.NewStyle().Foreground(dim),
		FullSeparator:  lipgloss.NewStyle().Foreground(dim),
	}
	if p == colorprofile.NoTTY {
		s.unstyle()
	}
	return s
}

// unstyle takes every colour and attribute off the styles, keeping what
// lays text out (borders, padding).
func (s *Styles) unstyle() {
	s.plain = true
	bare := func(st lipgloss.Style) lipgloss.Style {
		return st.UnsetForeground().UnsetBackground().UnsetBorderForeground().UnsetBorderBackground().
			UnsetBold().UnsetItalic().UnsetFaint().UnsetUnderline().UnsetReverse().UnsetBlink().UnsetStrikethrough()
	}
	for _, v := range []reflect.Value{reflect.ValueOf(s).Elem(), reflect.ValueOf(&s.Help).Elem()} {
		for i := range v.NumField() {
			if f := v.Field(i); f.Type() == reflect.TypeFor[lipgloss.Style]() {
				f.Set(reflect.ValueOf(bare(f.Interface().(lipgloss.Style))))
			}
		}
	}
}

// inner is st w cells wide inside its border: Lip Gloss v2 counts the
// border in a style's width, the layouts count what is inside.
func inner(st lipgloss.Style, w int) lipgloss.Style {
	return st.Width(w + st.GetHorizontalBorderSize())
}
