package host

import (
	"crypto/subtle"
	"log/slog"
	"net"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

type ctxKey string

// seatKey holds the user name whose code the server verified, codeKey the
// code it was verified with.
const (
	seatKey ctxKey = "brink-verified-user"
	codeKey ctxKey = "brink-verified-code"
)

func remoteIP(ctx ssh.Context) string {
	host, _, err := net.SplitHostPort(ctx.RemoteAddr().String())
	if err != nil {
		return ctx.RemoteAddr().String()
	}
	return host
}

// check verifies a join code for the user; it never logs the code.
// Attempts on a seat from one address are limited in rate (see attempts),
// each seat's apart: participants behind one NAT or in one IPv6 /64 share
// an address, and one's typing mistakes must not lock out another's seat.
// An attempt over the limit is refused without being checked; a right code
// resets that seat's attempts from that address only. A user name that is
// no seat has no code to guess: it is refused without spending any
// attempts, so strangers' noise cannot lock out a participant who shares
// their address.
func (h *Host) check(ctx ssh.Context, password string) bool {
	ip := remoteIP(ctx)
	user := ctx.User()
	key := attemptKey(ctx.RemoteAddr(), user)
	code, ok := h.codeOf(user)
	if ok && !h.attempts.allow(key) {
		h.refused("join refused: too many attempts on this seat from this address", user, ip)
		return false
	}
	given := normalizeCode(password)
	if !ok || subtle.ConstantTimeCompare([]byte(given), []byte(code)) != 1 {
		h.refused("join refused: wrong seat or code", user, ip)
		return false
	}
	h.attempts.forget(key)
	ctx.SetValue(seatKey, user)
	ctx.SetValue(codeKey, code)
	if gc := guardOf(ctx); gc != nil {
		gc.join()
	}
	h.quietly(user, slog.LevelInfo, "join", "seat", user, "from", ip, "code", redact(code))
	return true
}

// refused logs a refused join, the user name cut and quoted, a few a second
// at most (the next line counts those held back).
func (h *Host) refused(why, user, ip string) {
	h.quietly("", slog.LevelWarn, why, "user", logUser(user), "from", ip)
}

// attemptKey is what join-code attempts are counted under: the seat, and
// the address they come from (see addrKey). Only seats are counted, so the
// keys from one address are as few as the seats.
func attemptKey(a net.Addr, user string) string { return addrKey(a) + " " + user }

func (h *Host) passwordHandler(ctx ssh.Context, password string) bool { return h.check(ctx, password) }

// keyboardInteractive asks for the join code, for clients that prefer it.
// The prompt is ASCII in every host language: OpenSSH prints a
// keyboard-interactive instruction and prompt through its escaping of
// non-ASCII bytes (Chinese would arrive as octal escapes). Each session
// reads Chinese from its own LANG once it has joined.
func (h *Host) keyboardInteractive(ctx ssh.Context, ch gossh.KeyboardInteractiveChallenge) bool {
	instruction := "Brink: enter your seat's join code."
	prompt := "Join code (password): "
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

// codeOf is a seat's join code now (the facilitator may change it).
func (h *Host) codeOf(user string) (string, bool) {
	seat, ok := h.seats[user]
	if !ok {
		return "", false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return seat.Code, true
}
