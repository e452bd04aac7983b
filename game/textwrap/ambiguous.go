package textwrap

import (
	"strings"
	"unicode"

	"github.com/mattn/go-runewidth"
	"golang.org/x/text/unicode/norm"
)

// Characters of East Asian ambiguous width (Unicode UAX #11: “ ” ‘ ’ … — ·
// → ○ ● and many more) are one cell wide in most terminals and two in
// terminals set up for Chinese, Japanese or Korean (RUNEWIDTH_EASTASIAN=1,
// "ambiguous width: wide"). A layout cannot be right in both. Unambiguous
// replaces each with an equivalent whose width every terminal agrees on:
// ASCII, or a wide character (「」 for Chinese quotation marks).

// IsAmbiguous reports whether r is of East Asian ambiguous width.
func IsAmbiguous(r rune) bool { return r >= 0xa1 && runewidth.IsAmbiguousWidth(r) }

// narrow measures runes as a terminal that draws ambiguous characters one
// cell wide does; only its "wide" answers are used, which both kinds of
// terminal share.
var narrow = &runewidth.Condition{EastAsianWidth: false, StrictEmojiNeutral: true}

func isWide(r rune) bool { return !IsAmbiguous(r) && narrow.RuneWidth(r) == 2 }

// simple are the ambiguous characters with one fixed equivalent.
var simple = map[rune]string{
	// Punctuation.
	'–': "-", '‒': "-", '―': "--", '‥': "..", '′': "'", '″': "\"", '‵': "`",
	'※': "*", '•': "*", '‧': "-", '‰': "o/oo", '€': "EUR", '℃': "C", '℉': "F",
	'№': "No.", '™': "TM", '℡': "TEL", 'Å': "A", '¡': "!", '¿': "?", '¤': "$",
	'§': "S.", '¨': "", 'ª': "a", '\u00ad': "", '®': "(R)", '¯': "-", '°': "deg",
	'±': "+/-", '²': "2", '³': "3", '´': "'", '¶': "P.", '¸': ",", '¹': "1",
	'º': "o", '¼': "1/4", '½': "1/2", '¾': "3/4", '×': "x", '÷': "/",
	'Æ': "AE", 'Ð': "D", 'Ø': "O", 'Þ': "Th", 'ß': "ss", 'æ': "ae", 'ð': "d",
	'ø': "o", 'þ': "th", 'Đ': "D", 'đ': "d", 'Ħ': "H", 'ħ': "h", 'ı': "i",
	'Ĳ': "IJ", 'ĳ': "ij", 'ĸ': "k", 'Ŀ': "L", 'ŀ': "l", 'Ł': "L", 'ł': "l",
	'ŉ': "'n", 'Ŋ': "NG", 'ŋ': "ng", 'Œ': "OE", 'œ': "oe", 'Ŧ': "T", 'ŧ': "t",
	'ˇ': "", 'ˉ': "", 'ˊ': "", 'ˋ': "", 'ˍ': "", 'ː': ":", '˘': "", '˙': "",
	'˚': "", '˛': "", '˜': "~", '˝': "",
	// Arrows.
	'←': "<-", '↑': "^", '→': "->", '↓': "v", '↔': "<->", '↕': "^v",
	'↖': "\\", '↗': "/", '↘': "\\", '↙': "/", '⇒': "=>", '⇔': "<=>",
	// Mathematics.
	'∀': "A", '∂': "d", '∃': "E", '∇': "V", '∈': "in", '∋': "ni", '∏': "P",
	'∑': "S", '−': "-", '∕': "/", '√': "sqrt", '∝': "~", '∞': "inf",
	'∟': "L", '∠': "<", '∣': "|", '∥': "||", '∧': "^", '∨': "v", '∩': "n",
	'∪': "u", '∫': "S", '∬': "SS", '∮': "S", '∴': ":.", '∵': ".:", '∶': ":",
	'∷': "::", '∼': "~", '∽': "~", '≈': "~=", '≌': "~=", '≒': "~=", '≠': "!=",
	'≡': "==", '≤': "<=", '≥': ">=", '≦': "<=", '≧': ">=", '≪': "<<", '≫': ">>",
	'≮': "!<", '≯': "!>", '⊂': "(", '⊃': ")", '⊆': "(=", '⊇': ")=", '⊕': "(+)",
	'⊙': "(.)", '⊥': "T", '⊿': "/", '⌒': "^",
	// Shapes and signs drawn as markers.
	'■': "#", '□': "[ ]", '▣': "#", '▪': "#", '▫': "[ ]", '▬': "=", '▲': "^",
	'△': "^", '▶': ">", '▷': ">", '►': ">", '▼': "v", '▽': "v", '◀': "<",
	'◁': "<", '◄': "<", '◆': "*", '◇': "<>", '◈': "*", '○': "o", '◎': "@",
	'●': "*", '◐': "o", '◑': "o", '◯': "O", '◢': "/", '◣': "\\", '◤': "\\",
	'◥': "/", '★': "*", '☆': "*", '☎': "TEL", '☏': "TEL", '☐': "[ ]",
	'☑': "[x]", '☒': "[x]", '☛': "->", '☞': "->", '♀': "F", '♂': "M",
	'♠': "S", '♡': "H", '♣': "C", '♤': "S", '♥': "H", '♦': "D", '♧': "C",
	'♪': "~", '♫': "~", '♭': "b", '♯': "#", '✓': "v", '✔': "v", '✗': "x",
	'✘': "x", '❶': "(1)", '❷': "(2)", '❸': "(3)", '❹': "(4)", '❺': "(5)",
	'❻': "(6)", '❼': "(7)", '❽': "(8)", '❾': "(9)", '❿': "(10)",
}

// Unambiguous returns s with every character of East Asian ambiguous width
// replaced by an equivalent of certain width: “quotes” become "quotes" in
// Latin text and 「quotes」 in Chinese, … becomes ..., — becomes --, · a
// hyphen (・ between Chinese characters), arrows and markers ASCII,
// accented letters their base letter. A character with no equivalent
// becomes "?". Every other character is left as it is, and the result of
// Unambiguous is its own fixed point.
func Unambiguous(s string) string {
	first := -1
	for i, r := range s {
		if IsAmbiguous(r) {
			first = i
			break
		}
	}
	if first < 0 {
		return s
	}
	rs := []rune(s)
	// Each opening quotation mark with its closing one, so that a pair
	// becomes 「」 or "" together.
	partner := map[int]int{}
	for i, r := range rs {
		var closer rune
		switch r {
		case '“':
			closer = '”'
		case '‘':
			closer = '’'
		default:
			continue
		}
		for j := i + 1; j < len(rs) && rs[j] != r; j++ {
			if rs[j] == closer {
				partner[i], partner[j] = j, i
				break
			}
		}
	}
	// wideNear: the nearest character other than a space before (dir -1)
	// or after (dir 1) index i is wide.
	wideNear := func(i, dir int) bool {
		for j := i + dir; j >= 0 && j < len(rs); j += dir {
			if rs[j] != ' ' {
				return isWide(rs[j])
			}
		}
		return false
	}
	chinese := func(i int) bool { return wideNear(i, -1) || wideNear(i, 1) }
	quote := func(i int, ascii, open, close string, opening bool) string {
		cn := chinese(i)
		j, paired := partner[i]
		if paired {
			cn = cn || chinese(j)
		}
		switch {
		case !cn:
			return ascii
		case opening:
			return open
		}
		return close
	}
	digit := func(i int) bool { return i >= 0 && i < len(rs) && rs[i] >= '0' && rs[i] <= '9' }

	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:first])
	for i := len([]rune(s[:first])); i < len(rs); i++ {
		r := rs[i]
		if !IsAmbiguous(r) {
			b.WriteRune(r)
			continue
		}
		switch r {
		case '“':
			b.WriteString(quote(i, "\"", "「", "」", true))
		case '”':
			b.WriteString(quote(i, "\"", "「", "」", false))
		case '‘':
			b.WriteString(quote(i, "'", "『", "』", true))
		case '’':
			b.WriteString(quote(i, "'", "『", "』", false))
		case '—':
			// A Chinese dash is two em dashes: "——" becomes "--"; a single
			// one is "--", or "-" in a range of numbers.
			switch {
			case i > 0 && rs[i-1] == '—' || i+1 < len(rs) && rs[i+1] == '—':
				b.WriteString("-")
			case digit(i-1) && digit(i+1):
				b.WriteString("-")
			default:
				b.WriteString("--")
			}
		case '…':
			b.WriteString("...")
		case '·':
			// The separator in transcribed names (约翰·克里) stays a
			// wide dot between Chinese characters.
			if wideNear(i, -1) && wideNear(i, 1) {
				b.WriteString("・")
			} else {
				b.WriteString("-")
			}
		default:
			b.WriteString(equivalent(r))
		}
	}
	return b.String()
}

// equivalent is the replacement of an ambiguous character that needs no
// context.
func equivalent(r rune) string {
	if s, ok := simple[r]; ok {
		return s
	}
	switch {
	case r >= '①' && r <= '⑳':
		return "(" + itoa(int(r-'①')+1) + ")"
	case r >= '⑴' && r <= '⒇':
		return "(" + itoa(int(r-'⑴')+1) + ")"
	case r >= '⒈' && r <= '⒛':
		return itoa(int(r-'⒈')+1) + "."
	case r >= 'ⓐ' && r <= 'ⓩ':
		return "(" + string('a'+(r-'ⓐ')) + ")"
	case r >= 'Ⓐ' && r <= 'Ⓩ':
		return "(" + string('A'+(r-'Ⓐ')) + ")"
	case r >= 'Ⅰ' && r <= 'Ⅻ':
		return roman[r-'Ⅰ']
	case r >= 'ⅰ' && r <= 'ⅹ':
		return strings.ToLower(roman[r-'ⅰ'])
	case r == '─' || r == '━' || r == '┄' || r == '┅' || r == '┈' || r == '┉' || r == '═':
		return "-"
	case r == '│' || r == '┃' || r == '┆' || r == '┇' || r == '┊' || r == '┋' || r == '║':
		return "|"
	case r >= '\u2500' && r <= '\u257f':
		return "+"
	case r >= '\u2580' && r <= '\u259f':
		return "#"
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Variation_Selector, r):
		// A combining mark or a variation selector: the base stays.
		return ""
	}
	// An accented letter: its base letter (é, ü, ǎ in pinyin).
	if d := []rune(norm.NFD.String(string(r))); len(d) > 1 && d[0] < 0x80 {
		return string(d[0])
	}
	return "?"
}

var roman = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}
