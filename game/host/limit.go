package host

import (
	"container/list"
	"context"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Join-code attempts on one seat from one address (an IPv6 /64) are
// limited in rate: a burst of a few for typing mistakes, then one every few
// seconds. A right code forgets that seat's attempts from that address. The
// keys remembered are bounded: the least recently seen is forgotten first.
const (
	attemptBurst    = 5
	attemptEvery    = 3 * time.Second
	rememberedAddrs = 4096
)

// attempts limits join-code attempts per key (see attemptKey).
type attempts struct {
	mu    sync.Mutex
	order *list.List // of *attemptEntry, most recent first
	byKey map[string]*list.Element
	max   int
	now   func() time.Time
}

type attemptEntry struct {
	key string
	lim *rate.Limiter
}

func newAttempts(max int, now func() time.Time) *attempts {
	return &attempts{order: list.New(), byKey: map[string]*list.Element{}, max: max, now: now}
}

// allow reports whether an attempt from key may be checked now.
func (a *attempts) allow(key string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	e, ok := a.byKey[key]
	if ok {
		a.order.MoveToFront(e)
	} else {
		e = a.order.PushFront(&attemptEntry{key: key, lim: rate.NewLimiter(rate.Every(attemptEvery), attemptBurst)})
		a.byKey[key] = e
		for a.order.Len() > a.max {
			old := a.order.Back()
			a.order.Remove(old)
			delete(a.byKey, old.Value.(*attemptEntry).key)
		}
	}
	return e.Value.(*attemptEntry).lim.AllowN(a.now(), 1)
}

// forget resets key's attempts after a right code.
func (a *attempts) forget(key string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if e, ok := a.byKey[key]; ok {
		a.order.Remove(e)
		delete(a.byKey, key)
	}
}

// size is how many addresses are remembered.
func (a *attempts) size() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.order.Len()
}

// quietLog lets through a few log lines a second on each key, and counts
// the rest, so a flood cannot fill the log: refused joins share one key
// (their user names are anyone's), and the lines about a seat — its joins,
// its sessions refused and ended — have the seat's own, so one
// participant's flood never hides another seat's lines. Keys must be few:
// "" and the seats' names.
type quietLog struct {
	mu   sync.Mutex
	keys map[string]*quietKey
	now  func() time.Time
}

type quietKey struct {
	lim  *rate.Limiter
	held int
}

// Lines on one key: a burst, then a few a second.
const (
	quietBurst = 20
	quietRate  = 5
)

func newQuietLog() *quietLog { return &quietLog{keys: map[string]*quietKey{}, now: time.Now} }

// next reports whether a line on key may be written now, and how many were
// held back on key since the last one.
func (q *quietLog) next(key string) (bool, int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	k := q.keys[key]
	if k == nil {
		k = &quietKey{lim: rate.NewLimiter(quietRate, quietBurst)}
		q.keys[key] = k
	}
	if !k.lim.AllowN(q.now(), 1) {
		k.held++
		return false, 0
	}
	n := k.held
	k.held = 0
	return true, n
}

// quietly logs a line through the quiet log's key, with the count of the
// lines held back on that key since its last one.
func (h *Host) quietly(key string, level slog.Level, msg string, args ...any) {
	ok, held := h.quiet.next(key)
	if !ok {
		return
	}
	if held > 0 {
		args = append(args, "not_logged_since_last", held)
	}
	h.log.Log(context.Background(), level, msg, args...)
}

// maxLoggedUser is how much of a user name the log keeps.
const maxLoggedUser = 64

// logUser is a user name as the log shows it: quoted (escape codes stay
// inert) and cut.
func logUser(u string) string {
	if len(u) > maxLoggedUser {
		cut := maxLoggedUser
		for cut > 0 && u[cut]&0xC0 == 0x80 {
			cut--
		}
		return strconv.Quote(u[:cut]) + "…(" + strconv.Itoa(len(u)) + " bytes)"
	}
	return strconv.Quote(u)
}
