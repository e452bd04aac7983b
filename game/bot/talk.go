package bot

import (
	"math/rand/v2"
	"unicode/utf8"

	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

// talk picks the occasional hotline message: only while a channel is open to
// the team, with the personality's chance, from the team's stock lines (or
// the personality's own), preferring a line the team has not sent yet.
func talk(v *engine.View, t Talk, lines []scenario.Text, rng *rand.Rand) string {
	open := false
	for _, c := range v.Channels {
		if c.Open && c.Member {
			open = true
			break
		}
	}
	if !open || t.Chance <= 0 {
		return ""
	}
	if rng.Float64() >= t.Chance {
		return ""
	}
	if len(lines) == 0 {
		lines = t.Lines
	}
	if len(lines) == 0 {
		return ""
	}
	var fresh [16]int
	nf := 0
	for i, l := range lines {
		text := l.In("en")
		sent := false
		for _, p := range v.Posts {
			if p.Team == v.Team && p.Text == text {
				sent = true
				break
			}
		}
		if !sent && nf < len(fresh) {
			fresh[nf] = i
			nf++
		}
	}
	var text string
	if nf > 0 {
		text = lines[fresh[rng.IntN(nf)]].In("en")
	} else {
		text = lines[rng.IntN(len(lines))].In("en")
	}
	if utf8.RuneCountInString(text) > engine.MaxMessage {
		text = string([]rune(text)[:engine.MaxMessage])
	}
	return text
}
