package bot

import (
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"unicode"

	"github.com/brink-ttx/brink/game/engine"
)

// assess states the seat's read of its question, from its view alone.
//
// When the truth is the other side's choice (hypotheses carry stance
// ranges), the bot forecasts that choice from the stances the other side has
// revealed, recent rounds counting most, shrunk toward an even prior as its
// skill falls. When the truth is fixed by the scenario the bot cannot know
// it: it leans on what a careful reader has — words its intelligence and the
// brief share with a hypothesis, and a slight lean to the first-listed read —
// and on its temperament (suspicion). Both beliefs get noise, and the bot
// states the likeliest hypothesis at 50, 70 or 90 %, whichever is nearest to
// its belief after boldness: calibrated, but not perfectly.
func assess(v *engine.View, r *reader, rd Reading, rng *rand.Rand, d *Decision) {
	q := v.Question
	if q == nil || len(q.Hypotheses) == 0 {
		return
	}
	k := len(q.Hypotheses)
	var buf [8]float64
	b := buf[:0]
	if k > len(buf) {
		b = make([]float64, 0, k)
	}
	choice := true
	for _, h := range q.Hypotheses {
		if len(h.Stances) != 2 {
			choice = false
			break
		}
	}
	if choice {
		// P(stance) from the other side's record; P(h) sums its range.
		const alpha = 1.0
		for _, h := range q.Hypotheses {
			p := 0.0
			for s := max(h.Stances[0], -2); s <= min(h.Stances[1], 2); s++ {
				p += (rd.Skill*r.stanceW[s+2] + alpha/5) / (rd.Skill*r.totalW + alpha)
			}
			mid := float64(h.Stances[0]+h.Stances[1]) / 2
			b = append(b, p*math.Exp(rd.Suspicion*0.3*mid))
		}
	} else {
		c := textCues(v)
		for i := range q.Hypotheses {
			logit := 0.0
			if i == 0 {
				logit += 0.2
			}
			logit += rd.Skill * 0.6 * float64(c.overlap[i])
			logit += rd.Suspicion * 1.2 * float64(c.hostility[i])
			b = append(b, math.Exp(logit))
		}
	}
	normalise(b)
	if rd.Noise > 0 {
		for i := range b {
			b[i] = max(b[i]+rng.NormFloat64()*rd.Noise, 0.001)
		}
		normalise(b)
	}
	best := 0
	for i := range b {
		if b[i] > b[best] {
			best = i
		}
	}
	p := b[best] + 0.15*rd.Boldness
	d.Hypothesis = q.Hypotheses[best].ID
	switch {
	case p < 0.6:
		d.Confidence = 50
	case p < 0.8:
		d.Confidence = 70
	default:
		d.Confidence = 90
	}
}

// cues are what the words of a question's hypotheses say: how many of each
// one's words the seat's intelligence and the brief share, and whether it
// reads as the worst case. They depend on the text alone, so they are worked
// out once per text and kept.
type cues struct {
	overlap, hostility []int
}

type cueKey struct {
	intel, brief string
	hyps         [maxCached]string
}

const maxCached = 6

var (
	cueMu    sync.RWMutex
	cueCache = map[cueKey]*cues{}
)

func textCues(v *engine.View) *cues {
	hs := v.Question.Hypotheses
	key := cueKey{intel: v.Intel.In("en"), brief: v.Brief.In("en")}
	cacheable := len(hs) <= maxCached
	if cacheable {
		for i, h := range hs {
			key.hyps[i] = h.Text.In("en")
		}
		cueMu.RLock()
		c := cueCache[key]
		cueMu.RUnlock()
		if c != nil {
			return c
		}
	}
	ctx := words(key.intel + " " + key.brief)
	c := &cues{overlap: make([]int, len(hs)), hostility: make([]int, len(hs))}
	for i, h := range hs {
		text := h.Text.In("en")
		c.overlap[i] = overlap(ctx, text)
		c.hostility[i] = hostility(text)
	}
	if cacheable {
		cueMu.Lock()
		if len(cueCache) >= 4096 {
			clear(cueCache)
		}
		cueCache[key] = c
		cueMu.Unlock()
	}
	return c
}

func normalise(b []float64) {
	t := 0.0
	for _, x := range b {
		t += x
	}
	if t <= 0 {
		for i := range b {
			b[i] = 1 / float64(len(b))
		}
		return
	}
	for i := range b {
		b[i] /= t
	}
}

// stopwords are common English words that say nothing about a hypothesis.
var stopwords = map[string]bool{
	"that": true, "this": true, "with": true, "from": true, "have": true, "been": true, "were": true,
	"your": true, "their": true, "they": true, "them": true, "there": true, "other": true, "side": true,
	"what": true, "will": true, "would": true, "which": true, "about": true, "into": true, "than": true,
	"some": true, "more": true, "most": true, "only": true, "also": true, "does": true, "done": true,
	"being": true, "after": true, "before": true, "could": true, "should": true, "when": true, "where": true,
}

// words are the stems (first five letters) of a text's longer words.
func words(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(f) < 4 || stopwords[f] {
			continue
		}
		if len(f) > 5 {
			f = f[:5]
		}
		out = append(out, f)
	}
	return out
}

// overlap counts the distinct stems of text that ctx holds.
func overlap(ctx []string, text string) int {
	n := 0
	hw := words(text)
	for i, w := range hw {
		dup := false
		for _, x := range hw[:i] {
			if x == w {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		for _, c := range ctx {
			if c == w {
				n++
				break
			}
		}
	}
	return n
}

var (
	hostileCues = []string{"state", "military", "army", "attack", "sabotag", "prepar", "deliberate", "intentional",
		"retaliat", "escalat", "offensive", "coerc", "destructi", "disrupt", "weapon", "strike", "pressure", "public", "sanction"}
	benignCues = []string{"third", "criminal", "crime", "accident", "mistake", "error", "rogue", "independent",
		"hacktivist", "misunderst", "de-escalat", "quiet", "private", "channel", "talk", "negotiat", "restrain", "dialogue"}
)

// hostility is +1 when a hypothesis reads as the worst case, −1 when it
// reads as the benign one, 0 otherwise.
func hostility(text string) int {
	t := strings.ToLower(text)
	n := 0
	for _, c := range hostileCues {
		if strings.Contains(t, c) {
			n++
		}
	}
	for _, c := range benignCues {
		if strings.Contains(t, c) {
			n--
		}
	}
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	}
	return 0
}
