package fasttoml

import (
	"reflect"
	"sync"
)

// slab hands out elements from chunks it keeps, so that a parser can be
// reused without allocating its tables again.
type slab[T any] struct {
	chunks [][]T
	next   int // chunks[:next] are in use
	free   []T // what is left of chunks[next-1]
}

// chunkSize is the number of elements of type T in a chunk, which stays
// within Go's small object sizes (32 KiB).
func chunkSize[T any]() int { return 32 << 10 / int(reflect.TypeFor[T]().Size()) }

// take returns n zero elements, as a slice with no room to grow in place.
func (s *slab[T]) take(n, chunk int) []T {
	if len(s.free) < n {
		if s.next < len(s.chunks) && len(s.chunks[s.next]) >= n {
			s.free = s.chunks[s.next]
		} else {
			c := make([]T, max(chunk, n))
			if s.next < len(s.chunks) {
				s.chunks[s.next] = c
			} else {
				s.chunks = append(s.chunks, c)
			}
			s.free = c
		}
		s.next++
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// reset zeroes the chunks in use and makes them available again.
func (s *slab[T]) reset() {
	for _, c := range s.chunks[:s.next] {
		clear(c)
	}
	s.next = 0
	s.free = nil
}

// keyList records keys in order in fixed-size chunks.
type keyList struct {
	chunks [][]*pnode
	n      int
}

const keyChunk = 4096

func (l *keyList) add(pn *pnode) {
	ci, off := l.n/keyChunk, l.n%keyChunk
	if ci == len(l.chunks) {
		l.chunks = append(l.chunks, make([]*pnode, keyChunk))
	}
	l.chunks[ci][off] = pn
	l.n++
}

func (l *keyList) each(f func(*pnode)) {
	for i := 0; i < l.n; i++ {
		f(l.chunks[i/keyChunk][i%keyChunk])
	}
}

func (l *keyList) reset() {
	for i := 0; i*keyChunk < l.n; i++ {
		clear(l.chunks[i])
	}
	l.n = 0
}

// parsers keeps parsers, with their slabs, for reuse.
var parsers = sync.Pool{New: func() any { return new(parser) }}

// maxPooledChunks bounds the memory a pooled parser keeps: about 8 MiB.
const maxPooledChunks = 256

func getParser(src string, track bool) *parser {
	p := parsers.Get().(*parser)
	p.src = src
	p.track = track
	p.proot = p.newPnode(nil, "")
	p.root = p.newTable(fExplicit, p.proot, 16)
	p.cur = p.root
	return p
}

// release returns p to the pool. Nothing p allocated from its slabs may be
// in use: results hold only strings of the input, fresh maps and slices.
func (p *parser) release() {
	if len(p.tabs.chunks)+len(p.ents.chunks)+len(p.vals.chunks)+len(p.pnodes.chunks)+len(p.keys.chunks) > maxPooledChunks {
		return
	}
	p.tabs.reset()
	p.ents.reset()
	p.vals.reset()
	p.pnodes.reset()
	p.keys.reset()
	p.src, p.pos, p.depth, p.root, p.cur, p.proot = "", 0, 0, nil, nil, nil
	if cap(p.buf) > 64<<10 {
		p.buf = nil
	}
	parsers.Put(p)
}
