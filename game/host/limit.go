package host

import (
	"container/list"
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

// quietLog lets through a few lines a second about refused joins, and
// counts the rest, so a flood of failures cannot fill the log.
type quietLog struct {
	mu         sync.Mutex
	lim        *rate.Limiter
	suppressed int
}

func newQuietLog() *quietLog { return &quietLog{lim: rate.NewLimiter(5, 20)} }

// next reports whether a line may be written now, and how many were held
// back since the last one.
func (q *quietLog) next() (bool, int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if !q.lim.Allow() {
		q.suppressed++
		return false, 0
	}
	n := q.suppressed
	q.suppressed = 0
	return true, n
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
