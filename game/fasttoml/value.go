package fasttoml

import "math"

// kind is the TOML type of a parsed value.
type kind uint8

const (
	kindString kind = iota + 1
	kindInt
	kindFloat
	kindBool
	kindTable // a table, or an array when the table's fArray flag is set
)

// value is one parsed TOML value. Scalars live in str or num; tables and
// arrays in tab.
type value struct {
	str  string
	num  uint64 // int64 bits, float64 bits, or 0/1 for a bool
	tab  *table
	kind kind
}

// Table flags: how a table came to be, which decides what may still be added
// to it, and whether it is an array.
const (
	fExplicit uint8 = 1 << iota // defined by a [header], a [[header]] element, or the root
	fImplicit                   // created as the parent of a [header]; may be defined once later
	fDotted                     // created by a dotted key; open to more dotted keys
	fInline                     // an inline table: sealed
	fArray                      // an array: elems holds the values
	fAOT                        // an array of tables ([[header]]): open to more elements
)

// table is a parsed table or array. Tables keep their entries in document
// order; arrays keep their elements in elems.
type table struct {
	ents  []entry
	elems []value
	index map[string]int32 // key → entry, for large tables
	pn    *pnode           // the table's key path (array elements share their array's)
	flags uint8
}

type entry struct {
	key string
	pn  *pnode // the entry's key path
	val value
}

// indexFrom is the entry count from which a table keeps a key index.
const indexFrom = 12

func (t *table) find(k string) int {
	if t.index != nil {
		if i, ok := t.index[k]; ok {
			return int(i)
		}
		return -1
	}
	for i := range t.ents {
		if t.ents[i].key == k {
			return i
		}
	}
	return -1
}

func (t *table) add(k string, pn *pnode, v value) {
	t.ents = append(t.ents, entry{key: k, pn: pn, val: v})
	n := len(t.ents)
	if t.index != nil {
		t.index[k] = int32(n - 1)
	} else if n >= indexFrom {
		t.index = make(map[string]int32, 2*n)
		for i := range t.ents {
			t.index[t.ents[i].key] = int32(i)
		}
	}
}

func (t *table) isArray() bool { return t.flags&fArray != 0 }

// pnode is a key path with array indices left out: "injects.options.cn" names
// the same path in every inject. BurntSushi's decoder keys its bookkeeping
// (the type last given to a path, which keys were decoded) by such paths, and
// so does this package.
type pnode struct {
	parent *pnode
	key    string
	kids   []*pnode
	index  map[string]*pnode // key → kid, for nodes with many kids
	hint   int32             // most entries seen in one table at this path
	ahint  int32             // most elements seen in one array at this path
	// arr records that the last value given to this path was an array.
	// BurntSushi overwrites a table at such a path when a later dotted key
	// or [header] reuses it; such input is reported as unsupported.
	arr     bool
	decoded bool
}

// toAny converts a parsed value to the Go value BurntSushi produces for it:
// string, int64, float64, bool, map[string]any, []any, or []map[string]any
// for an array of tables.
func (v *value) toAny() any {
	switch v.kind {
	case kindString:
		return v.str
	case kindInt:
		return int64(v.num)
	case kindFloat:
		return math.Float64frombits(v.num)
	case kindBool:
		return v.num != 0
	}
	t := v.tab
	if t.flags&fArray == 0 {
		return t.toMap()
	}
	if t.flags&fAOT != 0 {
		out := make([]map[string]any, len(t.elems))
		for i := range t.elems {
			out[i] = t.elems[i].tab.toMap()
		}
		return out
	}
	out := make([]any, len(t.elems))
	for i := range t.elems {
		out[i] = t.elems[i].toAny()
	}
	return out
}

func (t *table) toMap() map[string]any {
	m := make(map[string]any, len(t.ents))
	for i := range t.ents {
		e := &t.ents[i]
		switch e.val.kind {
		case kindString:
			m[e.key] = e.val.str
		default:
			m[e.key] = e.val.toAny()
		}
	}
	return m
}
