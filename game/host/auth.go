package host

import (
	"crypto/subtle"
	"net"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// failure counts wrong codes from one address.
type failure struct {
	count int
	last  time.Time
}

// Failed attempts from one address are slowed down: after the third, each
// answer waits a second more, up to eight; a quiet quarter-hour forgets them.
const (
	freeFailures = 3
	maxDelay     = 8 * time.Second
	forgetAfter  = 15 * time.Minute
)

type ctxKey string

// seatKey holds the user name whose code the server verified.
const seatKey ctxKey = "brink-verified-user"

func remoteIP(ctx ssh.Context) string {
	host, _, err := net.SplitHostPort(ctx.RemoteAddr().String())
	if err != nil {
		return ctx.RemoteAddr().String()
	}
	return host
}

// delayFor is how long to wait before answering an attempt from ip.
func (h *Host) delayFor(ip string) time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	f := h.fails[ip]
	if f == nil {
		return 0
	}
	if h.cfg.Now().Sub(f.last) > forgetAfter {
		delete(h.fails, ip)
		return 0
	}
	if f.count < freeFailures {
		return 0
	}
	return min(time.Duration(f.count-freeFailures+1)*time.Second, maxDelay)
}

func (h *Host) noteFailure(ip string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	f := h.fails[ip]
	if f == nil {
		f = &failure{}
		h.fails[ip] = f
	}
	f.count++
	f.last = h.cfg.Now()
	return f.count
}

// check verifies a join code for the user; it never logs the code.
func (h *Host) check(ctx ssh.Context, password string) bool {
	ip := remoteIP(ctx)
	if d := h.delayFor(ip); d > 0 {
		select {
		case <-time.After(d):
		case <-h.stop:
			return false
		}
	}
	user := ctx.User()
	seat, ok := h.seats[user]
	given := normalizeCode(password)
	if !ok || subtle.ConstantTimeCompare([]byte(given), []byte(seat.Code)) != 1 {
		n := h.noteFailure(ip)
		h.log.Warn("join refused: wrong seat or code", "user", user, "from", ip, "failures", n)
		return false
	}
	ctx.SetValue(seatKey, user)
	h.log.Info("join", "seat", user, "from", ip, "code", redact(seat.Code))
	return true
}

func (h *Host) passwordHandler(ctx ssh.Context, password string) bool { return h.check(ctx, password) }

// keyboardInteractive asks for the join code, for clients that prefer it.
// A client sends its language only after it has joined, so the prompt is in
// both, the host's first.
func (h *Host) keyboardInteractive(ctx ssh.Context, ch gossh.KeyboardInteractiveChallenge) bool {
	both := func(format string) string {
		other := "zh"
		if h.cfg.Lang == "zh" {
			other = "en"
		}
		return zhMsg.Sprintf(h.cfg.Lang, format) + " / " + zhMsg.Sprintf(other, format)
	}
	instruction := both("Brink: enter your seat's join code.")
	prompt := both("Join code (password)") + ": "
	answers, err := ch(ctx.User(), instruction, []string{prompt}, []bool{false})
	if err != nil || len(answers) != 1 {
		return false
	}
	return h.check(ctx, answers[0])
}

// seatOf returns the seat a session was verified for. It is bound here, in
// the session, from what the server verified, and checked against the user
// the session carries: a value left by any other attempt cannot bind it.
func (h *Host) seatOf(sess ssh.Session) *Seat {
	verified, _ := sess.Context().Value(seatKey).(string)
	if verified == "" || verified != sess.User() {
		return nil
	}
	return h.seats[verified]
}
