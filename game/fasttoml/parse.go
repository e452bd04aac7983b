// Package fasttoml is Brink's fast reader for scenario files. It parses TOML
// into exactly the values github.com/BurntSushi/toml produces and decodes them
// into Go values with BurntSushi's rules, many times faster.
//
// BurntSushi/toml remains the reference. This package accepts only input it
// can handle exactly as BurntSushi does: anything invalid, and anything it
// leaves out (dates and times, empty keys, a few inputs on which BurntSushi
// departs from TOML), is an error. Its errors carry no useful position or
// wording: on any error, decode again with BurntSushi, which reports the
// problem properly.
package fasttoml

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// ErrUnsupported reports input that may be valid but that this package does
// not handle, such as dates and times.
var ErrUnsupported = errors.New("fasttoml: unsupported input")

// SyntaxError reports input that is not valid TOML, or that BurntSushi/toml
// would reject.
type SyntaxError struct {
	Offset int // byte offset in the input
	Msg    string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("fasttoml: byte %d: %s", e.Offset, e.Msg)
}

// PanicError reports a panic while parsing or decoding, such as one in an
// UnmarshalTOML method. The caller falls back to BurntSushi/toml as for any
// other error.
type PanicError struct{ Value any }

func (e *PanicError) Error() string { return fmt.Sprintf("fasttoml: panic: %v", e.Value) }

// bailout carries an error out of the parser by panic.
type bailout struct{ err error }

// Parse parses a TOML document into the map BurntSushi/toml decodes it to:
// tables are map[string]any, arrays []any, arrays of tables
// []map[string]any, and values string, int64, float64 or bool.
func Parse(src string) (map[string]any, error) {
	p := getParser(src, false)
	defer p.release()
	if err := p.run(); err != nil {
		return nil, err
	}
	return p.root.toMap(), nil
}

type parser struct {
	src   string
	pos   int
	root  *table
	cur   *table // the table key/value lines go to
	proot *pnode
	depth int     // nesting of arrays and inline tables
	track bool    // record keys
	keys  keyList // every key in document order, as BurntSushi's MetaData.Keys
	buf   []byte  // scratch for strings with escapes and numbers with underscores

	// Slabs the parser allocates from.
	tabs   slab[table]
	ents   slab[entry]
	vals   slab[value]
	pnodes slab[pnode]
}

var (
	tabChunk   = chunkSize[table]()
	entChunk   = chunkSize[entry]()
	valChunk   = chunkSize[value]()
	pnodeChunk = chunkSize[pnode]()
)

func (p *parser) run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if b, ok := r.(bailout); ok {
				err = b.err
			} else {
				err = &PanicError{r}
			}
		}
	}()
	// BurntSushi skips a UTF-8 byte order mark.
	if len(p.src) >= 3 && p.src[:3] == "\xef\xbb\xbf" {
		p.pos = 3
	}
	if !utf8.ValidString(p.src) {
		p.fail("invalid UTF-8")
	}
	p.document()
	return nil
}

func (p *parser) fail(msg string) {
	panic(bailout{&SyntaxError{Offset: p.pos, Msg: msg}})
}

func (p *parser) failAt(pos int, msg string) {
	p.pos = pos
	p.fail(msg)
}

func (p *parser) unsupported() {
	panic(bailout{ErrUnsupported})
}

// record notes a key for MetaData.Keys order.
func (p *parser) record(pn *pnode) { p.keys.add(pn) }

// undecoded lists the recorded keys not marked decoded, in order.
func (p *parser) undecoded() [][]string {
	n, depth := 0, 0
	each := func(f func(*pnode)) {
		p.keys.each(func(pn *pnode) {
			if !pn.decoded {
				f(pn)
			}
		})
	}
	each(func(pn *pnode) {
		n++
		for m := pn; m.parent != nil; m = m.parent {
			depth++
		}
	})
	if n == 0 {
		return nil
	}
	out := make([][]string, 0, n)
	all := make([]string, depth)
	each(func(pn *pnode) {
		d := 0
		for m := pn; m.parent != nil; m = m.parent {
			d++
		}
		k := all[:d:d]
		all = all[d:]
		for m := pn; m.parent != nil; m = m.parent {
			d--
			k[d] = m.key
		}
		out = append(out, k)
	})
	return out
}

// Allocation from slabs.

func (p *parser) newTable(flags uint8, pn *pnode, capEnts int) *table {
	t := &p.tabs.take(1, tabChunk)[0]
	t.flags = flags
	t.pn = pn
	if capEnts > 0 {
		t.ents = p.entSlice(capEnts)
	}
	return t
}

func (p *parser) entSlice(n int) []entry {
	if n > 64 {
		return make([]entry, 0, n)
	}
	return p.ents.take(n, entChunk)[:0]
}

func (p *parser) valSlice(n int) []value {
	if n > 64 {
		return make([]value, 0, n)
	}
	return p.vals.take(n, valChunk)[:0]
}

func (p *parser) newPnode(parent *pnode, key string) *pnode {
	n := &p.pnodes.take(1, pnodeChunk)[0]
	n.parent = parent
	n.key = key
	return n
}

// child is the path node for key k under n.
func (p *parser) child(n *pnode, k string) *pnode {
	if n.index != nil {
		if c := n.index[k]; c != nil {
			return c
		}
	} else {
		for _, c := range n.kids {
			if c.key == k {
				return c
			}
		}
	}
	c := p.newPnode(n, k)
	n.kids = append(n.kids, c)
	if n.index != nil {
		n.index[k] = c
	} else if len(n.kids) >= 16 {
		n.index = make(map[string]*pnode, 2*len(n.kids))
		for _, c := range n.kids {
			n.index[c.key] = c
		}
	}
	return c
}

// maxHint bounds what a hint reserves: a table or array larger than this
// grows as it is read, so that one large table does not make every later
// one at its path as large.
const maxHint = 64

func entHint(pn *pnode) int {
	return min(max(int(pn.hint), 2), maxHint)
}

// closeHint records the table's size as a hint for the next one at its path.
func closeHint(pn *pnode, n int) {
	if int32(n) > pn.hint {
		pn.hint = int32(n)
	}
}

// Character classes.

const (
	cBare    = 1 << iota // may appear in a bare key
	cDigit               // 0-9
	cHex                 // 0-9, a-f, A-F
	cStr                 // may appear as is in a one-line basic string
	cLit                 // may appear as is in a one-line literal string
	cML                  // may appear as is in a multi-line basic string
	cMLLit               // may appear as is in a multi-line literal string
	cComment             // may appear in a comment
)

var class [256]uint8

func init() {
	for c := 0; c < 256; c++ {
		var k uint8
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c == '-':
			k |= cBare
		case c >= '0' && c <= '9':
			k |= cBare | cDigit | cHex
		}
		if c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			k |= cHex
		}
		// Tab and every printable character (bytes from 0x80 belong to
		// characters already checked to be valid UTF-8).
		if c == '\t' || c >= 0x20 && c != 0x7f {
			k |= cComment | cLit | cMLLit
			if c != '"' && c != '\\' {
				k |= cStr | cML
			}
			if c == '\'' {
				k &^= cLit | cMLLit
			}
		}
		if c == '\n' {
			k |= cML | cMLLit
		}
		class[c] = k
	}
}

// Layout.

func (p *parser) skipWS() {
	for p.pos < len(p.src) && (p.src[p.pos] == ' ' || p.src[p.pos] == '\t') {
		p.pos++
	}
}

// crlf consumes a "\r\n"; a lone carriage return is an error.
func (p *parser) crlf() {
	if p.pos+1 < len(p.src) && p.src[p.pos+1] == '\n' {
		p.pos += 2
		return
	}
	p.fail("carriage return without line feed")
}

// comment consumes a comment from its '#' up to the end of its line.
func (p *parser) comment() {
	i := p.pos + 1
	for i < len(p.src) && class[p.src[i]]&cComment != 0 {
		i++
	}
	p.pos = i
	if i < len(p.src) && p.src[i] != '\n' && p.src[i] != '\r' {
		p.fail("control character in comment")
	}
}

// skipBlank skips whitespace, newlines and comments.
func (p *parser) skipBlank() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n':
			p.pos++
		case '\r':
			p.crlf()
		case '#':
			p.comment()
		default:
			return
		}
	}
}

// endLine consumes the rest of a line after a header or key/value pair.
func (p *parser) endLine() {
	p.skipWS()
	if p.pos >= len(p.src) {
		return
	}
	if p.src[p.pos] == '#' {
		p.comment()
		if p.pos >= len(p.src) {
			return
		}
	}
	switch p.src[p.pos] {
	case '\n':
		p.pos++
	case '\r':
		p.crlf()
	default:
		p.fail("expected the end of the line")
	}
}

// Document structure.

func (p *parser) document() {
	for {
		p.skipBlank()
		if p.pos >= len(p.src) {
			return
		}
		if p.src[p.pos] == '[' {
			p.header()
		} else {
			p.keyval(p.cur)
		}
		p.endLine()
	}
}

// key parses one part of a key: bare, "basic" or 'literal'.
func (p *parser) key() string {
	src := p.src
	i := p.pos
	if i >= len(src) {
		p.fail("expected a key")
	}
	var k string
	switch src[i] {
	case '"':
		k = p.basicString()
	case '\'':
		k = p.literalString()
	default:
		for i < len(src) && class[src[i]]&cBare != 0 {
			i++
		}
		if i == p.pos {
			p.fail("expected a key")
		}
		k = src[p.pos:i]
		p.pos = i
		return k
	}
	if k == "" {
		// BurntSushi records types for the empty key against its parent's
		// path, which changes what it decodes; not worth following.
		p.unsupported()
	}
	return k
}

// header parses a [table] or [[array.of.tables]] line.
func (p *parser) header() {
	src := p.src
	closeHint(p.cur.pn, len(p.cur.ents))
	p.pos++
	aot := p.pos < len(src) && src[p.pos] == '['
	if aot {
		p.pos++
	}
	t := p.root
	p.skipWS()
	k := p.key()
	for {
		p.skipWS()
		if p.pos >= len(src) {
			p.fail("unterminated table header")
		}
		c := src[p.pos]
		if c == ']' {
			p.pos++
			break
		}
		if c != '.' {
			p.fail("expected '.' or ']' in table header")
		}
		p.pos++
		p.skipWS()
		t = p.headerParent(t, k)
		k = p.key()
	}
	if aot {
		if p.pos >= len(src) || src[p.pos] != ']' {
			p.fail("expected ']]'")
		}
		p.pos++
		var arr *table
		if i := t.find(k); i < 0 {
			pn := p.child(t.pn, k)
			arr = p.newTable(fArray|fAOT, pn, 0)
			arr.elems = make([]value, 0, 4)
			t.add(k, pn, value{kind: kindTable, tab: arr})
		} else {
			v := t.ents[i].val
			if v.kind != kindTable || v.tab.flags&fAOT == 0 {
				p.fail("key already defined and not an array of tables")
			}
			arr = v.tab
		}
		el := p.newTable(fExplicit, arr.pn, entHint(arr.pn))
		arr.elems = append(arr.elems, value{kind: kindTable, tab: el})
		arr.pn.arr = false
		if p.track {
			p.record(arr.pn)
		}
		p.cur = el
		return
	}
	var tab *table
	if i := t.find(k); i < 0 {
		pn := p.child(t.pn, k)
		tab = p.newTable(fExplicit, pn, entHint(pn))
		t.add(k, pn, value{kind: kindTable, tab: tab})
	} else {
		v := t.ents[i].val
		if v.kind != kindTable || v.tab.flags&fImplicit == 0 {
			p.fail("table already defined")
		}
		tab = v.tab
		if tab.pn.arr {
			// BurntSushi replaces the table with an empty one here.
			p.unsupported()
		}
		tab.flags = tab.flags&^fImplicit | fExplicit
	}
	tab.pn.arr = false
	if p.track {
		p.record(tab.pn)
	}
	p.cur = tab
}

// headerParent steps from t into its key k on the way to a header's table.
func (p *parser) headerParent(t *table, k string) *table {
	i := t.find(k)
	if i < 0 {
		pn := p.child(t.pn, k)
		nt := p.newTable(fImplicit, pn, 2)
		t.add(k, pn, value{kind: kindTable, tab: nt})
		return nt
	}
	v := t.ents[i].val
	if v.kind != kindTable {
		p.fail("key already defined as a value")
	}
	nt := v.tab
	if nt.flags&fArray != 0 {
		if nt.flags&fAOT == 0 {
			p.fail("cannot extend a static array")
		}
		return nt.elems[len(nt.elems)-1].tab
	}
	if nt.flags&fInline != 0 {
		p.fail("cannot extend an inline table")
	}
	return nt
}

// keyval parses a key/value pair into table t.
func (p *parser) keyval(t *table) {
	src := p.src
	k := p.key()
	for {
		p.skipWS()
		if p.pos < len(src) && src[p.pos] == '.' {
			p.pos++
			p.skipWS()
			t = p.dotted(t, k)
			k = p.key()
			continue
		}
		break
	}
	if p.pos >= len(src) || src[p.pos] != '=' {
		p.fail("expected '=' after a key")
	}
	p.pos++
	p.skipWS()
	if t.find(k) >= 0 {
		p.fail("key already defined")
	}
	pn := p.child(t.pn, k)
	if p.track {
		p.record(pn)
	}
	v := p.value(pn)
	pn.arr = v.kind == kindTable && v.tab.flags&fArray != 0
	t.add(k, pn, v)
}

// dotted steps from t into the table named by the dotted-key part k.
func (p *parser) dotted(t *table, k string) *table {
	i := t.find(k)
	if i < 0 {
		pn := p.child(t.pn, k)
		nt := p.newTable(fDotted, pn, entHint(pn))
		t.add(k, pn, value{kind: kindTable, tab: nt})
		return nt
	}
	v := t.ents[i].val
	if v.kind != kindTable || v.tab.flags&(fDotted|fArray) != fDotted {
		p.fail("cannot add to this key with a dotted key")
	}
	if v.tab.pn.arr {
		// BurntSushi replaces the table with an empty one here.
		p.unsupported()
	}
	return v.tab
}

// Values.

func (p *parser) value(pn *pnode) value {
	src := p.src
	if p.pos >= len(src) {
		p.fail("expected a value")
	}
	switch c := src[p.pos]; c {
	case '"':
		if p.pos+2 < len(src) && src[p.pos+1] == '"' && src[p.pos+2] == '"' {
			return value{kind: kindString, str: p.multilineString()}
		}
		return value{kind: kindString, str: p.basicString()}
	case '\'':
		if p.pos+2 < len(src) && src[p.pos+1] == '\'' && src[p.pos+2] == '\'' {
			return value{kind: kindString, str: p.multilineLiteral()}
		}
		return value{kind: kindString, str: p.literalString()}
	case '[':
		return p.array(pn)
	case '{':
		return p.inlineTable(pn)
	case 't':
		if len(src)-p.pos >= 4 && src[p.pos:p.pos+4] == "true" {
			p.pos += 4
			return value{kind: kindBool, num: 1}
		}
	case 'f':
		if len(src)-p.pos >= 5 && src[p.pos:p.pos+5] == "false" {
			p.pos += 5
			return value{kind: kindBool}
		}
	case 'i', 'n', '+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return p.number()
	}
	p.fail("expected a value")
	panic("unreachable")
}

// maxDepth bounds the nesting of arrays and inline tables.
const maxDepth = 1000

// nest counts one more level of nesting; the caller counts it down when
// done. An error abandons the count with the parse.
func (p *parser) nest() {
	p.depth++
	if p.depth > maxDepth {
		p.unsupported()
	}
}

func (p *parser) array(pn *pnode) value {
	src := p.src
	p.pos++
	p.nest()
	arr := p.newTable(fArray, pn, 0)
	elems := p.valSlice(min(int(pn.ahint)+1, maxHint))
	for {
		p.skipBlank()
		if p.pos >= len(src) {
			p.fail("unterminated array")
		}
		if src[p.pos] == ']' {
			p.pos++
			break
		}
		elems = append(elems, p.value(pn))
		p.skipBlank()
		if p.pos >= len(src) {
			p.fail("unterminated array")
		}
		if c := src[p.pos]; c == ',' {
			p.pos++
		} else if c == ']' {
			p.pos++
			break
		} else {
			p.fail("expected ',' or ']' in array")
		}
	}
	p.depth--
	arr.elems = elems
	if int32(len(elems)) > pn.ahint {
		pn.ahint = int32(len(elems))
	}
	return value{kind: kindTable, tab: arr}
}

func (p *parser) inlineTable(pn *pnode) value {
	src := p.src
	p.pos++
	p.nest()
	t := p.newTable(fInline, pn, entHint(pn))
	p.skipBlank()
	if p.pos < len(src) && src[p.pos] == '}' {
		p.pos++
		p.depth--
		return value{kind: kindTable, tab: t}
	}
	for {
		p.keyval(t)
		p.skipBlank()
		if p.pos >= len(src) {
			p.fail("unterminated inline table")
		}
		c := src[p.pos]
		p.pos++
		if c == '}' {
			break
		}
		if c != ',' {
			p.failAt(p.pos-1, "expected ',' or '}' in inline table")
		}
		p.skipBlank()
		if p.pos < len(src) && src[p.pos] == '}' {
			p.pos++
			break
		}
	}
	p.depth--
	closeHint(pn, len(t.ents))
	return value{kind: kindTable, tab: t}
}

// Strings.

// basicString parses a one-line "basic string".
func (p *parser) basicString() string {
	src := p.src
	start := p.pos + 1
	i := start
	for i < len(src) && class[src[i]]&cStr != 0 {
		i++
	}
	if i < len(src) && src[i] == '"' {
		p.pos = i + 1
		return src[start:i]
	}
	// Escapes: build the string in buf.
	b := append(p.buf[:0], src[start:i]...)
	for {
		if i >= len(src) {
			p.failAt(i, "unterminated string")
		}
		switch c := src[i]; {
		case c == '"':
			p.pos = i + 1
			p.buf = b
			return string(b)
		case c == '\\':
			b, i = p.escape(b, i, false)
		default:
			p.failAt(i, "control character or newline in string")
		}
		j := i
		for j < len(src) && class[src[j]]&cStr != 0 {
			j++
		}
		b = append(b, src[i:j]...)
		i = j
	}
}

// escape decodes the escape sequence at src[i] (a backslash) onto b.
func (p *parser) escape(b []byte, i int, multiline bool) ([]byte, int) {
	src := p.src
	if i+1 >= len(src) {
		p.failAt(i, "unterminated string")
	}
	switch src[i+1] {
	case 'b':
		return append(b, '\b'), i + 2
	case 't':
		return append(b, '\t'), i + 2
	case 'n':
		return append(b, '\n'), i + 2
	case 'f':
		return append(b, '\f'), i + 2
	case 'r':
		return append(b, '\r'), i + 2
	case 'e':
		return append(b, 0x1b), i + 2
	case '"':
		return append(b, '"'), i + 2
	case '\\':
		return append(b, '\\'), i + 2
	case 'x':
		return p.hexEscape(b, i, 2)
	case 'u':
		return p.hexEscape(b, i, 4)
	case 'U':
		return p.hexEscape(b, i, 8)
	case ' ', '\t', '\n', '\r':
		if !multiline {
			break
		}
		// A line-ending backslash: skip whitespace and newlines up to the
		// next other character. The whitespace must include a newline.
		j := i + 1
		nl := false
	loop:
		for j < len(src) {
			switch src[j] {
			case ' ', '\t':
				j++
			case '\n':
				nl = true
				j++
			case '\r':
				if j+1 >= len(src) || src[j+1] != '\n' {
					p.failAt(j, "carriage return without line feed")
				}
				nl = true
				j += 2
			default:
				break loop
			}
		}
		if nl {
			return b, j
		}
	}
	p.failAt(i, "invalid escape")
	panic("unreachable")
}

func (p *parser) hexEscape(b []byte, i, n int) ([]byte, int) {
	src := p.src
	if i+2+n > len(src) {
		p.failAt(i, "short escape")
	}
	var r uint32
	for _, c := range []byte(src[i+2 : i+2+n]) {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			p.failAt(i, "bad hex digit in escape")
		}
		r = r<<4 | uint32(d)
	}
	if r > utf8.MaxRune || !utf8.ValidRune(rune(r)) {
		p.failAt(i, "escape is not a Unicode scalar value")
	}
	return utf8.AppendRune(b, rune(r)), i + 2 + n
}

// literalString parses a one-line 'literal string'.
func (p *parser) literalString() string {
	src := p.src
	start := p.pos + 1
	i := start
	for i < len(src) && class[src[i]]&cLit != 0 {
		i++
	}
	if i < len(src) && src[i] == '\'' {
		p.pos = i + 1
		return src[start:i]
	}
	p.failAt(i, "unterminated literal string or control character")
	panic("unreachable")
}

// trimNewline skips a newline right after a multi-line string's opening.
func (p *parser) trimNewline(i int) int {
	src := p.src
	if i < len(src) && src[i] == '\n' {
		return i + 1
	}
	if i+1 < len(src) && src[i] == '\r' && src[i+1] == '\n' {
		return i + 2
	}
	return i
}

// quoteRun counts the quote characters q from src[i].
func quoteRun(src string, i int, q byte) int {
	n := 0
	for i+n < len(src) && src[i+n] == q {
		n++
	}
	return n
}

// multilineString parses a """multi-line basic string""".
func (p *parser) multilineString() string {
	src := p.src
	i := p.trimNewline(p.pos + 3)
	start := i
	var b []byte
	escaped := false
	seg := i // start of the current run of plain text, when escaped
	for {
		for i < len(src) && class[src[i]]&cML != 0 {
			i++
		}
		if i >= len(src) {
			p.failAt(i, "unterminated multi-line string")
		}
		switch c := src[i]; c {
		case '"':
			n := quoteRun(src, i, '"')
			if n < 3 {
				i += n
				continue
			}
			if n > 5 {
				p.failAt(i, "too many quotes")
			}
			end := i + n - 3
			p.pos = i + n
			if !escaped {
				return src[start:end]
			}
			b = append(b, src[seg:end]...)
			p.buf = b
			return string(b)
		case '\\':
			if !escaped {
				escaped = true
				b = append(p.buf[:0], src[start:i]...)
			} else {
				b = append(b, src[seg:i]...)
			}
			b, i = p.escape(b, i, true)
			seg = i
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i += 2
				continue
			}
			p.failAt(i, "carriage return without line feed")
		default:
			p.failAt(i, "control character in string")
		}
	}
}

// multilineLiteral parses a ”'multi-line literal string”'.
func (p *parser) multilineLiteral() string {
	src := p.src
	i := p.trimNewline(p.pos + 3)
	start := i
	for {
		for i < len(src) && class[src[i]]&cMLLit != 0 {
			i++
		}
		if i >= len(src) {
			p.failAt(i, "unterminated multi-line literal string")
		}
		switch src[i] {
		case '\'':
			n := quoteRun(src, i, '\'')
			if n < 3 {
				i += n
				continue
			}
			if n > 5 {
				p.failAt(i, "too many quotes")
			}
			p.pos = i + n
			return src[start : i+n-3]
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i += 2
				continue
			}
			p.failAt(i, "carriage return without line feed")
		default:
			p.failAt(i, "control character in string")
		}
	}
}

// Numbers.

var (
	nanBits    = parsedFloatBits("nan")
	negNanBits = math.Float64bits(math.Copysign(math.Float64frombits(nanBits), -1))
	infBits    = math.Float64bits(math.Inf(1))
	negInfBits = math.Float64bits(math.Inf(-1))
)

func parsedFloatBits(s string) uint64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return math.Float64bits(f)
}

// digits scans DIGIT *( ["_"] DIGIT ) of the given class from i, and returns
// where it ends and whether it has underscores. It needs at least one digit.
func (p *parser) digits(i int, cls uint8) (int, bool) {
	src := p.src
	if i >= len(src) || class[src[i]]&cls == 0 {
		p.failAt(i, "expected a digit")
	}
	i++
	us := false
	for i < len(src) {
		c := src[i]
		if class[c]&cls != 0 {
			i++
			continue
		}
		if c == '_' {
			if i+1 >= len(src) || class[src[i+1]]&cls == 0 {
				p.failAt(i, "underscore must sit between digits")
			}
			us = true
			i += 2
			continue
		}
		break
	}
	return i, us
}

func (p *parser) number() value {
	src := p.src
	start := p.pos
	i := start
	neg := false
	switch src[i] {
	case '+', '-':
		neg = src[i] == '-'
		i++
	case '0':
		if i+1 < len(src) {
			switch src[i+1] {
			case 'x':
				return p.baseInt(i+2, 4)
			case 'o':
				return p.baseInt(i+2, 3)
			case 'b':
				return p.baseInt(i+2, 1)
			}
		}
	}
	if i+3 <= len(src) {
		switch src[i : i+3] {
		case "inf":
			p.pos = i + 3
			if neg {
				return value{kind: kindFloat, num: negInfBits}
			}
			return value{kind: kindFloat, num: infBits}
		case "nan":
			p.pos = i + 3
			if neg {
				return value{kind: kindFloat, num: negNanBits}
			}
			return value{kind: kindFloat, num: nanBits}
		}
	}
	if i >= len(src) || class[src[i]]&cDigit == 0 {
		p.failAt(i, "expected a number")
	}
	if i == start {
		// Dates and times start with digits followed by '-' or ':'.
		j := i
		for j < len(src) && class[src[j]]&cDigit != 0 {
			j++
		}
		if j < len(src) && (src[j] == '-' || src[j] == ':') {
			p.unsupported()
		}
	}
	intEnd, us := p.digits(i, cDigit)
	if src[i] == '0' && intEnd > i+1 {
		p.failAt(i, "leading zero")
	}
	end := intEnd
	float := false
	if end < len(src) && src[end] == '.' {
		float = true
		var u bool
		end, u = p.digits(end+1, cDigit)
		us = us || u
	}
	if end < len(src) && (src[end] == 'e' || src[end] == 'E') {
		float = true
		end++
		if end < len(src) && (src[end] == '+' || src[end] == '-') {
			end++
		}
		var u bool
		end, u = p.digits(end, cDigit)
		us = us || u
	}
	p.pos = end
	if float {
		s := src[start:end]
		if us {
			b := p.buf[:0]
			for k := 0; k < len(s); k++ {
				if s[k] != '_' {
					b = append(b, s[k])
				}
			}
			p.buf = b
			s = string(b)
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			p.failAt(start, "float out of range")
		}
		return value{kind: kindFloat, num: math.Float64bits(f)}
	}
	var u uint64
	limit := uint64(math.MaxInt64)
	if neg {
		limit++
	}
	for k := i; k < intEnd; k++ {
		c := src[k]
		if c == '_' {
			continue
		}
		d := uint64(c - '0')
		if u > (limit-d)/10 {
			p.failAt(start, "integer out of range")
		}
		u = u*10 + d
	}
	if neg {
		u = -u
	}
	return value{kind: kindInt, num: u}
}

// baseInt parses the digits of a 0x, 0o or 0b integer from i; bits is the
// number of bits per digit.
func (p *parser) baseInt(i int, bits uint) value {
	src := p.src
	start := p.pos
	var cls uint8 = cHex
	if bits < 4 {
		cls = cDigit
	}
	end, _ := p.digits(i, cls)
	max := byte('0' + (1 << bits) - 1)
	var u uint64
	for k := i; k < end; k++ {
		c := src[k]
		var d uint64
		switch {
		case c == '_':
			continue
		case c >= '0' && c <= '9':
			if bits < 4 && c > max {
				p.failAt(k, "digit out of range for base")
			}
			d = uint64(c - '0')
		case c >= 'a' && c <= 'f':
			d = uint64(c-'a') + 10
		default:
			d = uint64(c-'A') + 10
		}
		if u>>(63-bits) != 0 {
			p.failAt(start, "integer out of range")
		}
		u = u<<bits | d
	}
	p.pos = end
	return value{kind: kindInt, num: u}
}
