// Package engine plays a Brink game: rounds of injects, simultaneous choices,
// the reveal, meters, scores and the outcome. It imports no UI and does no
// I/O. Every change comes through Apply, and the same scenario, seed and
// inputs rebuild the same game. Seats see the game only through ViewFor,
// which leaves out everything another team may not see yet.
package engine

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
)

// Game is one game in progress or finished.
type Game struct {
	s    *scenario.Scenario
	seed uint64
	rng  *rand.Rand
	env  *scenario.Env

	round   int
	slot    int
	day     int // the story's latest day so far (Inject.Day)
	queue   []string
	forced  []string
	fired   map[string]int
	current *scenario.Inject
	variant int // the current inject's variant, from 1; 0 for its own text
	offered map[string][]*scenario.Option
	seats   map[string]*seat

	chosen  map[string]map[string]bool // team → options chosen in any round
	stances map[string]int             // team → stance of the last revealed (or revealing) round
	picked  map[string]string          // team → option this round, during the reveal

	history    []Round
	settlement []MeterChange // what the outcome did to the meters
	posts      []Post
	actions    []FacilitatorAction
	ledger     *score.Ledger // the evidence of history[:folded], by team
	folded     int
	bufs       roundBufs
	inputs     []Input
	over       bool
	outcome    Outcome
	endReason  bilingual.Msg
	lowTrust   bool
	revealing  bool
}

// seat is one team's pending, secret state in the current round. The
// pointers are nil until the team acts, then point at the seat's own values.
type seat struct {
	assessment *Assessment
	choice     *Choice
	messaged   bool

	assessed Assessment
	chose    Choice
}

// New starts a game of s with seed and plays up to the first round's brief.
func New(s *scenario.Scenario, seed uint64) *Game {
	g := &Game{
		s: s, seed: seed,
		rng:     rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		fired:   map[string]int{},
		chosen:  map[string]map[string]bool{},
		stances: map[string]int{},
		ledger:  score.NewLedger(),
		slot:    0,
	}
	// The condition environment holds the meters, flags and channels: it is
	// the one record of them.
	g.env = s.NewEnv(funcs{g})
	for _, t := range s.Teams {
		g.chosen[t.ID] = make(map[string]bool, s.Rounds)
	}
	g.drawSecrets()
	g.nextRound()
	return g
}

// drawSecrets fixes every secret's truth from the seed, with a stream of its
// own: adding a secret to a scenario does not change which injects its
// weighted slots draw.
func (g *Game) drawSecrets() {
	if len(g.s.Secrets) == 0 {
		return
	}
	rng := rand.New(rand.NewPCG(g.seed^0x5ec7e75, g.seed+0x5ec7e75))
	for _, sc := range g.s.Secrets {
		total := 0
		for _, t := range sc.Truths {
			total += truthWeight(t)
		}
		r := rng.IntN(max(total, 1))
		pick := sc.Truths[len(sc.Truths)-1].ID
		for _, t := range sc.Truths {
			if r < truthWeight(t) {
				pick = t.ID
				break
			}
			r -= truthWeight(t)
		}
		g.env.SetSecret(sc.ID, pick)
	}
}

// truthWeight is a truth's weight; 0 (unset) counts as 1.
func truthWeight(t scenario.Truth) int {
	if t.Weight == 0 {
		return 1
	}
	return t.Weight
}

// Secret is the truth a secret took in this game. Only the engine, the
// facilitator and the debrief may read it: no seat's view holds it before
// the game is over.
func (g *Game) Secret(id string) string { return g.env.Secret(id) }

// Secrets lists every secret's truth, in scenario order.
func (g *Game) Secrets() []SecretValue {
	out := make([]SecretValue, 0, len(g.s.Secrets))
	for _, sc := range g.s.Secrets {
		out = append(out, SecretValue{ID: sc.ID, Truth: g.env.Secret(sc.ID)})
	}
	return out
}

// SecretsInPlay lists the truths of the secrets some played round depended
// on (a condition, a variant or an assessment read it), in scenario order:
// the ones the debrief can talk about. A secret no round read stays untold.
func (g *Game) SecretsInPlay() []SecretValue {
	// The rounds played, and the one a facilitator's end cut short.
	played := make([]*scenario.Inject, 0, len(g.history)+1)
	for _, r := range g.history {
		played = append(played, g.s.Inject(r.Inject))
	}
	if g.current != nil && (len(g.history) == 0 || g.history[len(g.history)-1].Number != g.round) {
		played = append(played, g.current)
	}
	var out []SecretValue
	for _, sc := range g.s.Secrets {
		for _, in := range played {
			if in != nil && in.ReadsSecret(sc.ID) {
				out = append(out, SecretValue{ID: sc.ID, Truth: g.env.Secret(sc.ID)})
				break
			}
		}
	}
	return out
}

// Settlement is what the outcome did to the meters when the game ended
// (empty while it runs).
func (g *Game) Settlement() []MeterChange { return g.settlement }

// Replay rebuilds a game from its seed and inputs.
func Replay(s *scenario.Scenario, seed uint64, inputs []Input) (*Game, error) {
	g := New(s, seed)
	g.inputs = make([]Input, 0, len(inputs))
	for i, in := range inputs {
		if err := g.Apply(in); err != nil {
			return g, zhMsg.Errorf("input %d (%s): %w", i+1, in.Kind, err)
		}
	}
	return g, nil
}

// Scenario is the game's scenario.
func (g *Game) Scenario() *scenario.Scenario { return g.s }

// Seed is the game's seed.
func (g *Game) Seed() uint64 { return g.seed }

// Inputs is every accepted input, in order.
func (g *Game) Inputs() []Input { return append([]Input(nil), g.inputs...) }

// Over reports whether the game has ended.
func (g *Game) Over() bool { return g.over }

// Outcome is the shared outcome; empty while the game runs.
func (g *Game) Outcome() Outcome { return g.outcome }

// EndReason says why the game ended, in English (as journals and JSON
// keep it).
func (g *Game) EndReason() string { return g.endReason.String() }

// EndWhy says why the game ended, in the reader's language.
func (g *Game) EndWhy() bilingual.Msg { return g.endReason }

// RoundNumber is the current round, from 1.
func (g *Game) RoundNumber() int { return g.round }

// Current is the inject being played, or nil when the game is over.
func (g *Game) Current() *scenario.Inject {
	if g.over {
		return nil
	}
	return g.current
}

// History is the record of every revealed round.
func (g *Game) History() []Round { return g.history }

// Posts is the whole hotline transcript.
func (g *Game) Posts() []Post { return g.posts }

// Actions is every facilitator action.
func (g *Game) Actions() []FacilitatorAction { return g.actions }

// Meter returns a shared meter's value, or team's value of a per-team meter.
func (g *Game) Meter(id, team string) int {
	return g.env.Meter(id, team)
}

// Flag returns a flag's value.
func (g *Game) Flag(id string) bool { return g.env.Flag(id) }

// ChannelOpen reports whether a channel is open.
func (g *Game) ChannelOpen(id string) bool { return g.env.ChannelOpen(id) }

// Card is team's scorecard so far.
func (g *Game) Card(team string) score.Card { return g.scores().Card(team) }

// scores is the ledger of every revealed round. The reveal writes evidence
// once, into its round; the ledger takes it from there when asked. It
// writes to the game, so readers of one game must not run at once.
func (g *Game) scores() *score.Ledger {
	for ; g.folded < len(g.history); g.folded++ {
		for _, e := range g.history[g.folded].Evidence {
			g.ledger.Add(e.Team, e.Evidence)
		}
	}
	return g.ledger
}

// Decided reports whether team has submitted its choice this round.
func (g *Game) Decided(team string) bool {
	st := g.seats[team]
	return st != nil && st.choice != nil
}

// Assessed reports whether team has submitted its assessment this round.
func (g *Game) Assessed(team string) bool {
	st := g.seats[team]
	return st != nil && st.assessment != nil
}

// Offered lists the options offered to team this round.
func (g *Game) Offered(team string) []*scenario.Option { return g.offered[team] }

// Errors an input can meet, in English and Chinese. They wrap into
// messages naming the detail (zhMsg).
var (
	ErrOver       = bilingual.New("the game is over", "推演已经结束")
	ErrTeam       = bilingual.New("unknown team", "未知的参演方")
	ErrDecided    = bilingual.New("the team has already decided this round", "该参演方本轮已经作出决策")
	ErrAssessed   = bilingual.New("the team has already assessed this round", "该参演方本轮已经作出研判")
	ErrNeedAssess = bilingual.New("the team must state its assessment before it decides", "该参演方须先作出研判，再作决策")
	ErrNoAssess   = bilingual.New("this inject asks the team for no assessment", "这个事件不要求该参演方作出研判")
	ErrOption     = bilingual.New("option not offered to the team this round", "本轮没有向该参演方提供这个选项")
	ErrChannel    = bilingual.New("channel closed or not open to the team", "渠道已关闭，或不向该参演方开放")
	ErrInput      = bilingual.New("invalid input", "无效的输入")
)

// Apply validates and applies one input. A rejected input changes nothing
// and is not recorded.
func (g *Game) Apply(in Input) error {
	in = in.Clean()
	if g.over {
		return ErrOver
	}
	var err error
	switch in.Kind {
	case Message:
		err = g.message(in)
	case Assess:
		err = g.assess(in)
	case Choose:
		err = g.choose(in)
	case Hold:
		err = g.hold(in)
	case Adjust:
		err = g.adjust(in)
	case Insert:
		err = g.insert(in)
	case End:
		err = g.end(in)
	default:
		err = zhMsg.Errorf("%w: unknown kind %q", ErrInput, in.Kind)
	}
	if err != nil {
		return err
	}
	g.inputs = append(g.inputs, in)
	g.resolveIfReady()
	return nil
}

func (g *Game) seatOf(team string) (*seat, error) {
	st, ok := g.seats[team]
	if !ok {
		return nil, zhMsg.Errorf("%w %q", ErrTeam, team)
	}
	return st, nil
}

func checkText(s string, limit int, what bilingual.Pair) error {
	if !utf8.ValidString(s) {
		return zhMsg.Errorf("%w: %s is not valid UTF-8", ErrInput, what)
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return zhMsg.Errorf("%w: %s is %d characters; the limit is %d", ErrInput, what, n, limit)
	}
	return nil
}

func (g *Game) message(in Input) error {
	st, err := g.seatOf(in.Team)
	if err != nil {
		return err
	}
	if st.choice != nil {
		return zhMsg.Errorf("%w: messages close once the team has decided", ErrDecided)
	}
	ch := g.s.Channel(in.Channel)
	if ch == nil || !g.env.ChannelOpen(in.Channel) || !ch.Serves(in.Team) {
		return zhMsg.Errorf("%w: %q", ErrChannel, in.Channel)
	}
	if strings.TrimSpace(in.Text) == "" {
		return zhMsg.Errorf("%w: empty message", ErrInput)
	}
	if err := checkText(in.Text, MaxMessage, theMessage); err != nil {
		return err
	}
	st.messaged = true
	g.posts = append(g.posts, Post{Round: g.round, Channel: in.Channel, Team: in.Team, Text: in.Text})
	return nil
}

func (g *Game) assess(in Input) error {
	st, err := g.seatOf(in.Team)
	if err != nil {
		return err
	}
	if st.assessment != nil {
		return ErrAssessed
	}
	if st.choice != nil {
		return ErrDecided
	}
	a, ok := g.current.Assess[in.Team]
	if !ok {
		return ErrNoAssess
	}
	if h, _ := a.Hypothesis(in.Hypothesis); h == nil {
		return zhMsg.Errorf("%w: no hypothesis %q", ErrInput, in.Hypothesis)
	}
	if in.Confidence < 1 || in.Confidence > 100 {
		return zhMsg.Errorf("%w: confidence %d%% is outside 1..100", ErrInput, in.Confidence)
	}
	st.assessed = Assessment{Team: in.Team, Hypothesis: in.Hypothesis, Confidence: in.Confidence}
	st.assessment = &st.assessed
	return nil
}

func (g *Game) choose(in Input) error {
	st, err := g.seatOf(in.Team)
	if err != nil {
		return err
	}
	if st.choice != nil {
		return ErrDecided
	}
	if _, asks := g.current.Assess[in.Team]; asks && st.assessment == nil {
		return ErrNeedAssess
	}
	var opt *scenario.Option
	for _, o := range g.offered[in.Team] {
		if o.ID == in.Option {
			opt = o
		}
	}
	if opt == nil {
		return zhMsg.Errorf("%w: %q", ErrOption, in.Option)
	}
	if err := checkText(in.Rationale, MaxRationale, theRationale); err != nil {
		return err
	}
	st.chose = Choice{Team: in.Team, Option: opt.ID, Stance: opt.Stance, Rationale: strings.TrimSpace(in.Rationale)}
	st.choice = &st.chose
	return nil
}

// HoldOption is the option team falls back on when it holds this round, or
// nil. Running out of time is never a public act: a public hold option is
// not taken, and the team holds with no decision.
func (g *Game) HoldOption(team string) *scenario.Option {
	for _, o := range g.offered[team] {
		if o.Hold && !o.Public() {
			return o
		}
	}
	return nil
}

func (g *Game) hold(in Input) error {
	st, err := g.seatOf(in.Team)
	if err != nil {
		return err
	}
	if st.choice != nil {
		return ErrDecided
	}
	st.chose = Choice{Team: in.Team, Held: true, HoldReason: in.Reason}
	if o := g.HoldOption(in.Team); o != nil {
		st.chose.Option, st.chose.Stance = o.ID, o.Stance
	}
	st.choice = &st.chose
	return nil
}

func (g *Game) adjust(in Input) error {
	m := g.s.Meter(in.Meter)
	if m == nil {
		return zhMsg.Errorf("%w: unknown meter %q", ErrInput, in.Meter)
	}
	if m.PerTeam && g.s.Team(in.Team) == nil {
		return zhMsg.Errorf("%w: %q is per team: name the team", ErrInput, in.Meter)
	}
	if !m.PerTeam && in.Team != "" {
		return zhMsg.Errorf("%w: %q is shared: name no team", ErrInput, in.Meter)
	}
	if strings.TrimSpace(in.Reason) == "" {
		return zhMsg.Errorf("%w: a meter adjustment needs a reason", ErrInput)
	}
	if err := checkText(in.Reason, MaxReason, theReason); err != nil {
		return err
	}
	if in.Delta == 0 || in.Delta > m.Max-m.Min || in.Delta < m.Min-m.Max {
		return zhMsg.Errorf("%w: delta %d is not a change within the meter's range", ErrInput, in.Delta)
	}
	g.actions = append(g.actions, FacilitatorAction{Round: g.round, Kind: Adjust, Meter: in.Meter, Team: in.Team, Delta: in.Delta, Reason: in.Reason})
	g.addMeter(m, in.Team, in.Delta)
	g.checkCatastrophe()
	return nil
}

func (g *Game) insert(in Input) error {
	if g.s.Inject(in.Inject) == nil {
		return zhMsg.Errorf("%w: unknown inject %q", ErrInput, in.Inject)
	}
	g.actions = append(g.actions, FacilitatorAction{Round: g.round, Kind: Insert, Inject: in.Inject, Reason: in.Reason})
	g.forced = append(g.forced, in.Inject)
	return nil
}

func (g *Game) end(in Input) error {
	if err := checkText(in.Reason, MaxReason, theReason); err != nil {
		return err
	}
	g.actions = append(g.actions, FacilitatorAction{Round: g.round, Kind: End, Reason: in.Reason})
	g.finish(zhMsg.Msg("ended by the facilitator"))
	return nil
}

func (g *Game) resolveIfReady() {
	if g.over {
		return
	}
	for _, t := range g.s.Teams {
		if g.seats[t.ID].choice == nil {
			return
		}
	}
	g.reveal()
	if !g.over {
		g.nextRound()
	}
}
