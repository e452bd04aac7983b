package host

import (
	"crypto/rand"
	"fmt"
	"io"
	"strings"
)

// Role is what a seat may do.
type Role int

// The roles.
const (
	RoleTeam Role = iota
	RoleObserver
	RoleFacilitator
)

// Seat is one place at the host: a team of a table, a table's observers, or
// the facilitator. Its SSH user name names it; its join code is the password.
type Seat struct {
	User  string // "t1-us", "t1-observer", "facilitator"
	Table int    // 1-based; 0 for the facilitator
	Team  string // for RoleTeam
	Role  Role
	Code  string
}

// codeAlphabet leaves out letters and digits that are easily confused.
const codeAlphabet = "23456789abcdefghjkmnpqrstuvwxyz"

// newCode makes a random join code of 10 characters (about 50 bits), shown
// as two groups of five: "k7mx2-q9rtd". Each character is drawn uniformly:
// random bytes past the last whole multiple of the alphabet's size are
// drawn again.
func newCode() string {
	return codeFrom(rand.Reader)
}

// codeFrom makes a join code from the random bytes of r.
func codeFrom(r io.Reader) string {
	const limit = 256 - 256%len(codeAlphabet)
	out := make([]byte, 0, 10)
	b := make([]byte, 16)
	for len(out) < 10 {
		if _, err := io.ReadFull(r, b); err != nil {
			panic("brink: no randomness for join codes: " + err.Error())
		}
		for _, c := range b {
			if int(c) < limit && len(out) < 10 {
				out = append(out, codeAlphabet[int(c)%len(codeAlphabet)])
			}
		}
	}
	return string(out[:5]) + "-" + string(out[5:])
}

// normalizeCode lets a code be typed without its dash or in capitals.
func normalizeCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "-", "")
	s = strings.ReplaceAll(s, " ", "")
	if len(s) == 10 {
		return s[:5] + "-" + s[5:]
	}
	return s
}

// redact shows a code's first two characters only, for logs.
func redact(code string) string {
	if len(code) < 2 {
		return "**"
	}
	return code[:2] + "…"
}

// teamUser and observerUser name the seats of table n.
func teamUser(n int, team string) string { return fmt.Sprintf("t%d-%s", n, team) }
func observerUser(n int) string          { return fmt.Sprintf("t%d-observer", n) }

// FacilitatorUser is the facilitator's SSH user name.
const FacilitatorUser = "facilitator"
