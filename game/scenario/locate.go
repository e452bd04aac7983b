package scenario

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// Pos is a 1-based line and column in a scenario file.
type Pos struct{ Line, Col int }

func (p Pos) String() string {
	if p.Line == 0 {
		return ""
	}
	return fmt.Sprintf("%d:%d", p.Line, p.Col)
}

// locator maps key paths such as "injects[2].options.us[0].stance" to where
// they stand in the source. The TOML decoder does not expose positions of
// array elements, so this small scanner walks the text itself. It only runs on
// text the decoder has already accepted, and never panics on any text.
type locator struct {
	src       string
	i         int
	line, col int
	pos       map[string]Pos
	arrays    map[string]int
	once      sync.Once
}

// newLocator makes a locator; it scans the text the first time a position
// is asked for, so a file without problems is never scanned.
func newLocator(src string) *locator {
	return &locator{src: src, line: 1, col: 1, pos: map[string]Pos{}, arrays: map[string]int{}}
}

func (l *locator) scan() { l.once.Do(l.run) }

// Find returns the position of path, or of its nearest located parent.
func (l *locator) Find(path string) Pos {
	l.scan()
	for path != "" {
		if p, ok := l.pos[path]; ok {
			return p
		}
		cut := strings.LastIndexAny(path, ".[")
		if cut <= 0 {
			break
		}
		path = path[:cut]
	}
	return Pos{}
}

// FindKey returns the positions of every located path that, with its array
// indices removed, equals key (as the decoder reports undecoded keys).
func (l *locator) FindKey(key string) []Pos {
	l.scan()
	var out []Pos
	for p, at := range l.pos {
		if !strings.HasSuffix(p, "]") && stripIndices(p) == key {
			out = append(out, at)
		}
	}
	return out
}

func stripIndices(p string) string {
	var b strings.Builder
	depth := 0
	for _, r := range p {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (l *locator) eof() bool { return l.i >= len(l.src) }

func (l *locator) peek() byte {
	if l.eof() {
		return 0
	}
	return l.src[l.i]
}

func (l *locator) has(s string) bool { return strings.HasPrefix(l.src[l.i:], s) }

func (l *locator) advance() {
	if l.eof() {
		return
	}
	r, n := utf8.DecodeRuneInString(l.src[l.i:])
	l.i += n
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
}

func (l *locator) advanceN(n int) {
	for k := 0; k < n; k++ {
		l.advance()
	}
}

func (l *locator) here() Pos { return Pos{l.line, l.col} }

// skip passes blanks, and newlines and comments when nl is set.
func (l *locator) skip(nl bool) {
	for !l.eof() {
		switch c := l.peek(); {
		case c == ' ' || c == '\t' || c == '\r':
			l.advance()
		case c == '\n' && nl:
			l.advance()
		case c == '#':
			for !l.eof() && l.peek() != '\n' {
				l.advance()
			}
		default:
			return
		}
	}
}

func (l *locator) run() {
	current := ""
	for !l.eof() {
		l.skip(true)
		if l.eof() {
			return
		}
		start := l.here()
		switch {
		case l.has("[["):
			l.advanceN(2)
			segs := l.keyPath()
			l.skip(false)
			if l.has("]]") {
				l.advanceN(2)
			}
			parent := l.resolve(segs[:max(len(segs)-1, 0)])
			full := join(parent, last(segs))
			n := l.arrays[full]
			l.arrays[full] = n + 1
			current = fmt.Sprintf("%s[%d]", full, n)
			l.mark(full, start)
			l.mark(current, start)
		case l.peek() == '[':
			l.advance()
			segs := l.keyPath()
			l.skip(false)
			if l.peek() == ']' {
				l.advance()
			}
			current = l.resolve(segs)
			l.mark(current, start)
		default:
			before := l.i
			l.keyValue(current)
			if l.i == before {
				l.advance() // never loop on text the scanner does not understand
			}
		}
	}
}

// resolve turns header segments into a path, indexing every array of tables
// on the way at its latest element.
func (l *locator) resolve(segs []string) string {
	p := ""
	for _, s := range segs {
		p = join(p, s)
		if n, ok := l.arrays[p]; ok {
			p = fmt.Sprintf("%s[%d]", p, n-1)
		}
	}
	return p
}

func (l *locator) mark(path string, at Pos) {
	if _, ok := l.pos[path]; !ok {
		l.pos[path] = at
	}
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + "." + b
}

func last(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}

func (l *locator) keyValue(table string) {
	at := l.here()
	segs := l.keyPath()
	if len(segs) == 0 {
		return
	}
	path := table
	for _, s := range segs {
		path = join(path, s)
		l.mark(path, at)
	}
	l.skip(false)
	if l.peek() != '=' {
		return
	}
	l.advance()
	l.skip(false)
	l.value(path)
}

// keyPath reads a dotted key of bare and quoted parts.
func (l *locator) keyPath() []string {
	var segs []string
	for {
		l.skip(false)
		switch c := l.peek(); {
		case c == '"' || c == '\'':
			segs = append(segs, l.quoted(c))
		case isBare(c):
			s := l.i
			for !l.eof() && isBare(l.peek()) {
				l.advance()
			}
			segs = append(segs, l.src[s:l.i])
		default:
			return segs
		}
		l.skip(false)
		if l.peek() != '.' {
			return segs
		}
		l.advance()
	}
}

func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

func (l *locator) quoted(q byte) string {
	l.advance()
	var b strings.Builder
	for !l.eof() && l.peek() != q && l.peek() != '\n' {
		if q == '"' && l.peek() == '\\' {
			l.advance()
		}
		r, _ := utf8.DecodeRuneInString(l.src[l.i:])
		b.WriteRune(r)
		l.advance()
	}
	l.advance()
	return b.String()
}

func (l *locator) value(path string) {
	switch c := l.peek(); {
	case l.has(`"""`) || l.has(`'''`):
		q := l.src[l.i : l.i+3]
		l.advanceN(3)
		for !l.eof() && !l.has(q) {
			if q == `"""` && l.peek() == '\\' {
				l.advance()
			}
			l.advance()
		}
		l.advanceN(3)
		for !l.eof() && l.peek() == q[0] { // up to two quotes may close the string
			l.advance()
		}
	case c == '"' || c == '\'':
		l.quoted(c)
	case c == '{':
		l.advance()
		for !l.eof() {
			l.skip(true)
			if l.peek() == '}' {
				l.advance()
				return
			}
			before := l.i
			l.keyValue(path)
			l.skip(true)
			if l.peek() == ',' {
				l.advance()
			}
			if l.i == before {
				l.advance()
			}
		}
	case c == '[':
		l.advance()
		for n := 0; !l.eof(); n++ {
			l.skip(true)
			if l.peek() == ']' {
				l.advance()
				return
			}
			el := fmt.Sprintf("%s[%d]", path, n)
			l.mark(el, l.here())
			before := l.i
			l.value(el)
			l.skip(true)
			if l.peek() == ',' {
				l.advance()
			}
			if l.i == before {
				l.advance()
			}
		}
	default:
		for !l.eof() {
			switch l.peek() {
			case ',', ']', '}', '\n', '#':
				return
			}
			l.advance()
		}
	}
}
