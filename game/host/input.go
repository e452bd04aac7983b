package host

import (
	"bytes"
	"context"
	"io"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"golang.org/x/time/rate"
)

// What a session may type. Bubble Tea keeps a bracketed paste whole until
// its end marker (v1 copied its whole input buffer on every read meanwhile,
// in quadratic time), so unbounded input costs the host memory and time.
// A session's input is therefore rate-limited (a person types and pastes
// far less), a paste is cut after maxPaste bytes, and no read fills Bubble
// Tea's buffer (a short read tells it the input is complete).
const (
	inputRate  = 4 << 10 // bytes per second, sustained
	inputBurst = 8 << 10 // bytes at once
	maxPaste   = 4 << 10 // bytes of one bracketed paste that reach the game
)

var (
	pasteStart = []byte("\x1b[200~")
	pasteEnd   = []byte("\x1b[201~")
)

// sessionInput is a session's keyboard as its program reads it.
type sessionInput struct {
	r       io.Reader
	ctx     context.Context
	lim     *rate.Limiter
	last    atomic.Int64 // unix nanoseconds of the last byte typed
	pending []byte       // filtered bytes not yet read
	inPaste bool
	pasted  int  // bytes of the current paste passed on
	cut     bool // the current paste was cut: drop until its end
	carry   []byte
	buf     []byte
}

func newSessionInput(ctx context.Context, r io.Reader, now time.Time) *sessionInput {
	in := &sessionInput{r: r, ctx: ctx, lim: rate.NewLimiter(inputRate, inputBurst), buf: make([]byte, 1024)}
	in.last.Store(now.UnixNano())
	return in
}

// idleSince is when the session last typed.
func (in *sessionInput) idleSince() time.Time { return time.Unix(0, in.last.Load()) }

func (in *sessionInput) Read(p []byte) (int, error) {
	for len(in.pending) == 0 {
		n, err := in.r.Read(in.buf)
		if n > 0 {
			in.last.Store(time.Now().UnixNano())
			if werr := in.lim.WaitN(in.ctx, min(n, inputBurst)); werr != nil {
				return 0, io.EOF
			}
			in.filter(in.buf[:n])
		}
		if err != nil && len(in.pending) == 0 {
			return 0, err
		}
	}
	// Never fill the reader's buffer, and never split a character.
	n := min(len(in.pending), max(len(p)-1, 1))
	if n < len(in.pending) {
		for n > 1 && !utf8.RuneStart(in.pending[n]) {
			n--
		}
	}
	copy(p, in.pending[:n])
	in.pending = in.pending[n:]
	return n, nil
}

// filter passes b on, cutting any bracketed paste at maxPaste bytes (the
// end marker is sent at the cut; the rest of the paste is dropped).
func (in *sessionInput) filter(b []byte) {
	if len(in.carry) > 0 {
		b = append(in.carry, b...)
		in.carry = nil
	}
	for len(b) > 0 {
		if !in.inPaste {
			i := bytes.Index(b, pasteStart)
			if i < 0 {
				keep := partialSuffix(b, pasteStart)
				in.pending = append(in.pending, b[:len(b)-keep]...)
				in.carry = append([]byte(nil), b[len(b)-keep:]...)
				return
			}
			in.pending = append(in.pending, b[:i+len(pasteStart)]...)
			b = b[i+len(pasteStart):]
			in.inPaste, in.pasted, in.cut = true, 0, false
			continue
		}
		i := bytes.Index(b, pasteEnd)
		body := b
		if i >= 0 {
			body = b[:i]
		} else {
			keep := partialSuffix(b, pasteEnd)
			body = b[:len(b)-keep]
			in.carry = append([]byte(nil), b[len(b)-keep:]...)
		}
		if !in.cut {
			room := maxPaste - in.pasted
			if len(body) > room {
				for room > 0 && !utf8.RuneStart(body[room]) {
					room--
				}
				in.pending = append(in.pending, body[:room]...)
				in.pending = append(in.pending, pasteEnd...)
				in.cut = true
			} else {
				in.pending = append(in.pending, body...)
				in.pasted += len(body)
			}
		}
		if i < 0 {
			return
		}
		if !in.cut {
			in.pending = append(in.pending, pasteEnd...)
		}
		in.inPaste = false
		b = b[i+len(pasteEnd):]
	}
}

// partialSuffix is the length of the longest end of b that begins marker.
func partialSuffix(b, marker []byte) int {
	for k := min(len(marker)-1, len(b)); k > 0; k-- {
		if bytes.Equal(b[len(b)-k:], marker[:k]) {
			return k
		}
	}
	return 0
}

// deadlineWriter is a session's screen: a write that does not finish in
// time (a client that stopped reading) calls expire, which closes the
// connection and so ends the write.
type deadlineWriter struct {
	w       io.Writer
	timeout time.Duration
	expire  func()
	mu      sync.Mutex
}

func (d *deadlineWriter) Write(p []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	t := time.AfterFunc(d.timeout, d.expire)
	defer t.Stop()
	return d.w.Write(p)
}
