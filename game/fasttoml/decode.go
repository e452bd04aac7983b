package fasttoml

import (
	"encoding"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
)

// unmarshaler is BurntSushi/toml's Unmarshaler: a type that decodes itself
// from the raw TOML value (string, int64, float64, bool, map[string]any,
// []any or []map[string]any).
type unmarshaler interface {
	UnmarshalTOML(any) error
}

// StringsUnmarshaler may be implemented, beside UnmarshalTOML, by a type
// whose TOML form is often a table of strings (a text in several
// languages). For a table whose every value is a string, Unmarshal offers
// the keys and their strings, in the document's order, to
// UnmarshalTOMLStrings instead of building the map UnmarshalTOML takes. The
// method returns false to decline, and UnmarshalTOML is called as usual; if
// it accepts, it must decode exactly what UnmarshalTOML would.
type StringsUnmarshaler interface {
	UnmarshalTOMLStrings(keys, strs []string) bool
}

var (
	stringsUnmarshalerType = reflect.TypeFor[StringsUnmarshaler]()
	unmarshalerType        = reflect.TypeFor[unmarshaler]()
	textUnmarshalerType    = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// Unmarshal parses src and decodes it into v, which must be a non-nil
// pointer, following BurntSushi/toml's Decode: struct fields match keys by
// their `toml` tag or name (exactly, else ignoring case), maps take string
// keys, integers are range-checked, a float field takes an integer that a
// float64 holds exactly, a map field given a non-table keeps its value, and
// a type with an UnmarshalTOML(any) error method receives the raw value
// BurntSushi would pass it.
//
// undecoded lists the keys that decoded into nothing, in document order, as
// BurntSushi's MetaData.Undecoded reports them: a key counts as decoded when
// it matched a struct field or became a map entry; every key inside a value
// given to UnmarshalTOML counts as decoded (through tables and arrays of
// tables, not through inline arrays), and no key inside a value stored in an
// interface does.
//
// On any error v may be partly filled: decode again into a fresh value with
// BurntSushi/toml, which also gives the error its position and wording.
// Types this package does not handle (embedded struct fields,
// encoding.TextUnmarshaler, time.Duration, json.Number, BurntSushi's
// Primitive, non-empty interfaces) give ErrUnsupported, as does a table with
// two keys for the same struct field.
func Unmarshal(src string, v any) (undecoded [][]string, err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil, fmt.Errorf("fasttoml: cannot decode into %T: not a non-nil pointer", v)
	}
	p := getParser(src, true)
	defer p.release()
	if err := p.run(); err != nil {
		return nil, err
	}
	// As BurntSushi: follow pointers, then decode only into a struct, a
	// map, an empty interface or an unmarshaler.
	rv = rv.Elem()
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			rv.Set(reflect.New(rv.Type().Elem()))
		}
		rv = rv.Elem()
	}
	ti := infoOf(rv.Type())
	switch ti.kind {
	case tkStruct, tkMap, tkAny, tkUnmarshaler:
	default:
		return nil, fmt.Errorf("%w: cannot decode into %s", ErrUnsupported, rv.Type())
	}
	root := value{kind: kindTable, tab: p.root}
	if err := safeUnify(&root, rv, ti); err != nil {
		return nil, err
	}
	return p.undecoded(), nil
}

// typeKind is how a Go type decodes.
type typeKind uint8

const (
	tkUnsupported typeKind = iota
	tkPtr
	tkUnmarshaler
	tkStruct
	tkMap
	tkSlice
	tkArray
	tkString
	tkInt
	tkUint
	tkFloat
	tkBool
	tkAny
)

type typeInfo struct {
	typ  reflect.Type
	kind typeKind
	strs bool // an unmarshaler that is also a StringsUnmarshaler
	bits int  // size of int, uint and float kinds
	elem *typeInfo
	// maps
	keyOK bool // the key is a string or an interface
	// structs
	fields []fieldInfo
	byName map[string]int
}

type fieldInfo struct {
	name  string
	index int
	info  *typeInfo
}

// field finds the struct field for key k as BurntSushi does: an exact match
// of its name, else the first field whose name matches ignoring case.
func (ti *typeInfo) field(k string) int {
	if i, ok := ti.byName[k]; ok {
		return i
	}
	for i := range ti.fields {
		if strings.EqualFold(ti.fields[i].name, k) {
			return i
		}
	}
	return -1
}

var (
	infoMu    sync.Mutex
	infoCache sync.Map // reflect.Type → *typeInfo
)

func infoOf(t reflect.Type) *typeInfo {
	if ti, ok := infoCache.Load(t); ok {
		return ti.(*typeInfo)
	}
	infoMu.Lock()
	defer infoMu.Unlock()
	building := map[reflect.Type]*typeInfo{}
	ti := buildInfo(t, building)
	for k, v := range building {
		infoCache.Store(k, v)
	}
	return ti
}

func buildInfo(t reflect.Type, building map[reflect.Type]*typeInfo) *typeInfo {
	if ti, ok := infoCache.Load(t); ok {
		return ti.(*typeInfo)
	}
	if ti := building[t]; ti != nil {
		return ti
	}
	ti := &typeInfo{typ: t}
	building[t] = ti
	k := t.Kind()
	switch {
	case k == reflect.Pointer:
		ti.kind = tkPtr
		ti.elem = buildInfo(t.Elem(), building)
		return ti
	case t.PkgPath() == "github.com/BurntSushi/toml":
		// Primitive and friends.
		return ti
	case reflect.PointerTo(t).Implements(unmarshalerType):
		ti.kind = tkUnmarshaler
		ti.strs = reflect.PointerTo(t).Implements(stringsUnmarshalerType)
		return ti
	case reflect.PointerTo(t).Implements(textUnmarshalerType):
		return ti
	}
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if t.PkgPath() == "time" && t.Name() == "Duration" {
			return ti // decoded from strings too
		}
		ti.kind = tkInt
		ti.bits = t.Bits()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		ti.kind = tkUint
		ti.bits = t.Bits()
	case reflect.Float32, reflect.Float64:
		ti.kind = tkFloat
		ti.bits = t.Bits()
	case reflect.Bool:
		ti.kind = tkBool
	case reflect.String:
		if t.PkgPath() == "encoding/json" && t.Name() == "Number" {
			return ti
		}
		ti.kind = tkString
	case reflect.Interface:
		if t.NumMethod() == 0 {
			ti.kind = tkAny
		}
	case reflect.Slice:
		ti.kind = tkSlice
		ti.elem = buildInfo(t.Elem(), building)
	case reflect.Array:
		ti.kind = tkArray
		ti.elem = buildInfo(t.Elem(), building)
	case reflect.Map:
		ti.kind = tkMap
		kk := t.Key().Kind()
		ti.keyOK = kk == reflect.String || kk == reflect.Interface
		ti.elem = buildInfo(t.Elem(), building)
	case reflect.Struct:
		ti.kind = tkStruct
		ti.byName = map[string]int{}
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			if sf.Anonymous {
				// Embedded fields follow Go's promotion rules; not handled.
				ti.kind = tkUnsupported
				ti.fields, ti.byName = nil, nil
				return ti
			}
			if !sf.IsExported() {
				continue
			}
			tag := sf.Tag.Get("toml")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			if name == "" {
				name = sf.Name
			}
			if _, dup := ti.byName[name]; dup {
				// Two fields of one name: BurntSushi drops both.
				ti.kind = tkUnsupported
				ti.fields, ti.byName = nil, nil
				return ti
			}
			ti.byName[name] = len(ti.fields)
			ti.fields = append(ti.fields, fieldInfo{name: name, index: i, info: buildInfo(sf.Type, building)})
		}
	}
	return ti
}

// safeUnify is unify with panics turned into errors.
func safeUnify(v *value, rv reflect.Value, ti *typeInfo) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{r}
		}
	}()
	return unify(v, rv, ti)
}

var errMismatch = errors.New("fasttoml: TOML value does not fit the Go type")

func unify(v *value, rv reflect.Value, ti *typeInfo) error {
	switch ti.kind {
	case tkPtr:
		if rv.IsNil() {
			rv.Set(reflect.New(ti.typ.Elem()))
		}
		return unify(v, rv.Elem(), ti.elem)
	case tkUnmarshaler:
		if ti.strs && unifyStrings(v, rv) {
			markDecoded(v)
			return nil
		}
		if err := rv.Addr().Interface().(unmarshaler).UnmarshalTOML(v.toAny()); err != nil {
			return err
		}
		markDecoded(v)
		return nil
	case tkStruct:
		if v.kind != kindTable || v.tab.isArray() {
			return errMismatch
		}
		return unifyStruct(v.tab, rv, ti)
	case tkMap:
		if !ti.keyOK {
			return errMismatch
		}
		if v.kind != kindTable || v.tab.isArray() {
			// BurntSushi leaves a map alone when the value is not a table.
			return nil
		}
		return unifyMap(v.tab, rv, ti)
	case tkSlice:
		if v.kind != kindTable || !v.tab.isArray() {
			return errMismatch
		}
		elems := v.tab.elems
		n := len(elems)
		if rv.IsNil() || rv.Cap() < n {
			rv.Set(reflect.MakeSlice(ti.typ, n, n))
		}
		rv.SetLen(n)
		for i := range elems {
			if err := unify(&elems[i], rv.Index(i), ti.elem); err != nil {
				return err
			}
		}
		return nil
	case tkArray:
		if v.kind != kindTable || !v.tab.isArray() || len(v.tab.elems) != rv.Len() {
			return errMismatch
		}
		elems := v.tab.elems
		for i := range elems {
			if err := unify(&elems[i], rv.Index(i), ti.elem); err != nil {
				return err
			}
		}
		return nil
	case tkString:
		if v.kind != kindString {
			return errMismatch
		}
		rv.SetString(v.str)
		return nil
	case tkInt:
		if v.kind != kindInt {
			return errMismatch
		}
		n := int64(v.num)
		if ti.bits < 64 && (n < -1<<(ti.bits-1) || n > 1<<(ti.bits-1)-1) {
			return errMismatch
		}
		rv.SetInt(n)
		return nil
	case tkUint:
		if v.kind != kindInt {
			return errMismatch
		}
		n := int64(v.num)
		if ti.bits < 64 && (n < 0 || uint64(n) > 1<<ti.bits-1) {
			return errMismatch
		}
		rv.SetUint(uint64(n))
		return nil
	case tkFloat:
		switch v.kind {
		case kindFloat:
			f := math.Float64frombits(v.num)
			if ti.bits == 32 && (f < -math.MaxFloat32 || f > math.MaxFloat32) {
				return errMismatch
			}
			rv.SetFloat(f)
			return nil
		case kindInt:
			n := int64(v.num)
			max := int64(1<<53 - 1)
			if ti.bits == 32 {
				max = 1<<24 - 1
			}
			if n < -max || n > max {
				return errMismatch
			}
			rv.SetFloat(float64(n))
			return nil
		}
		return errMismatch
	case tkBool:
		if v.kind != kindBool {
			return errMismatch
		}
		rv.SetBool(v.num != 0)
		return nil
	case tkAny:
		if !rv.IsNil() {
			// BurntSushi would look at what the interface holds.
			return ErrUnsupported
		}
		rv.Set(reflect.ValueOf(v.toAny()))
		return nil
	}
	return ErrUnsupported
}

func unifyStruct(t *table, rv reflect.Value, ti *typeInfo) error {
	var seen uint64
	var seenMore []bool
	if len(ti.fields) > 64 {
		seenMore = make([]bool, len(ti.fields))
	}
	for i := range t.ents {
		e := &t.ents[i]
		fi := ti.field(e.key)
		if fi < 0 {
			continue
		}
		// Two keys for one field (such as "id" and "ID"): BurntSushi's
		// result would depend on map order.
		if seenMore != nil {
			if seenMore[fi] {
				return ErrUnsupported
			}
			seenMore[fi] = true
		} else {
			if seen&(1<<fi) != 0 {
				return ErrUnsupported
			}
			seen |= 1 << fi
		}
		e.pn.decoded = true
		f := &ti.fields[fi]
		if err := unify(&e.val, rv.Field(f.index), f.info); err != nil {
			return err
		}
	}
	return nil
}

func unifyMap(t *table, rv reflect.Value, ti *typeInfo) error {
	if rv.IsNil() {
		rv.Set(reflect.MakeMapWithSize(ti.typ, len(t.ents)))
	}
	kt := ti.typ.Key()
	var key reflect.Value
	if kt.Kind() == reflect.String {
		key = reflect.New(kt).Elem()
	}
	elem := reflect.New(ti.typ.Elem()).Elem()
	for i := range t.ents {
		e := &t.ents[i]
		e.pn.decoded = true
		if i > 0 {
			elem.SetZero()
		}
		if err := unify(&e.val, elem, ti.elem); err != nil {
			return err
		}
		if key.IsValid() {
			key.SetString(e.key)
			rv.SetMapIndex(key, elem)
		} else {
			rv.SetMapIndex(reflect.ValueOf(e.key), elem)
		}
	}
	return nil
}

// markDecoded marks every key under a value given to an unmarshaler, as
// BurntSushi does: through tables and arrays of tables.
// unifyStrings offers a table of strings to a StringsUnmarshaler.
func unifyStrings(v *value, rv reflect.Value) bool {
	if v.kind != kindTable || v.tab.flags&fArray != 0 {
		return false
	}
	ents := v.tab.ents
	keys, strs := make([]string, len(ents)), make([]string, len(ents))
	for i := range ents {
		if ents[i].val.kind != kindString {
			return false
		}
		keys[i], strs[i] = ents[i].key, ents[i].val.str
	}
	return rv.Addr().Interface().(StringsUnmarshaler).UnmarshalTOMLStrings(keys, strs)
}

func markDecoded(v *value) {
	if v.kind != kindTable {
		return
	}
	t := v.tab
	if t.flags&fArray != 0 {
		if t.flags&fAOT != 0 {
			for i := range t.elems {
				markDecoded(&t.elems[i])
			}
		}
		return
	}
	for i := range t.ents {
		e := &t.ents[i]
		e.pn.decoded = true
		if e.val.kind == kindTable && (e.val.tab.flags&fArray == 0 || e.val.tab.flags&fAOT != 0) {
			markDecoded(&e.val)
		}
	}
}
