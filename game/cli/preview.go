package cli

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
	"github.com/brink-ttx/brink/game/score"
	"github.com/brink-ttx/brink/game/textwrap"
)

// cmdPreview renders one inject as each seat would see it, without playing:
// the brief, the seat's private intelligence, its intent question and its
// options with their stance, visibility, effects and marks; then what only
// the facilitator sees (the rules, and the lint warnings about the inject).
func cmdPreview(c *Ctx, args []string) int {
	fs := newFlags("preview")
	injectID := fs.String("inject", "", "the inject to show (default: the first in the file)")
	teamID := fs.String("team", "", "show only this team's seat")
	langFlag := fs.String("lang", "", "language of the scenario's text: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)")
	width := fs.Int("width", 0, "wrap at this many columns (default: the terminal's, or $COLUMNS, or 80)")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return fail(c, "preview", usageErr("name one scenario file or built-in id"))
	}
	var err error
	lang, err := pickLang(c, *langFlag)
	if err != nil {
		return fail(c, "preview", err)
	}
	if *width < 0 {
		return fail(c, "preview", usageErr("--width must be positive"))
	}
	s, err := loadScenario(pos[0])
	if err != nil {
		return fail(c, "preview", err)
	}
	in := &s.Injects[0]
	if *injectID != "" {
		if in = s.Inject(*injectID); in == nil {
			return fail(c, "preview", textErr("%s: no inject %q (injects: %s)", s.File, *injectID, strings.Join(injectIDs(s), ", ")))
		}
	}
	teams := s.TeamIDs()
	if *teamID != "" {
		if s.Team(*teamID) == nil {
			return fail(c, "preview", teamErr(*teamID, s.ID, teams))
		}
		teams = []string{*teamID}
	}
	w := *width
	if w == 0 {
		w = termWidth(c)
	}
	p := newPreviewer(c.Stdout, s, lang, w, c.IsTTY)
	p.inject(in, teams, *teamID == "")
	return ExitOK
}

func injectIDs(s *scenario.Scenario) []string {
	out := make([]string, len(s.Injects))
	for i, in := range s.Injects {
		out[i] = in.ID
	}
	return out
}

// termWidth is the terminal's width, else $COLUMNS, else 80.
func termWidth(c *Ctx) int {
	if f, ok := c.Stdout.(*os.File); ok && c.IsTTY {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			return w
		}
	}
	if n, err := strconv.Atoi(c.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return 80
}

// previewer writes the preview, styled on a terminal and plain otherwise.
type previewer struct {
	w     io.Writer
	s     *scenario.Scenario
	lang  bilingual.Lang
	width int
	tty   bool

	title, head, seat, dim, good, bad, id lipgloss.Style
}

func newPreviewer(w io.Writer, s *scenario.Scenario, lang bilingual.Lang, width int, tty bool) *previewer {
	p := &previewer{w: w, s: s, lang: lang, width: min(max(width, 30), 120), tty: tty}
	if tty {
		// The 16 ANSI colours follow the terminal's own theme, and need no
		// query of its background. The writer fits the styles to the
		// terminal's colour profile (TERM); NO_COLOR draws no styles.
		profile := colorprofile.Detect(w, os.Environ())
		if os.Getenv("NO_COLOR") != "" {
			profile = colorprofile.NoTTY
		}
		p.w = &colorprofile.Writer{Forward: w, Profile: profile}
		p.title = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("12"))
		p.head = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("13"))
		p.seat = lipgloss.NewStyle().Bold(true).Reverse(true).Padding(0, 1)
		p.dim = lipgloss.NewStyle().Faint(true)
		p.good = lipgloss.NewStyle().Foreground(lipgloss.Color("2"))
		p.bad = lipgloss.NewStyle().Foreground(lipgloss.Color("1"))
		p.id = lipgloss.NewStyle().Foreground(lipgloss.Color("3"))
	}
	return p
}

// st applies a style on a terminal only: plain output carries no escapes.
func (p *previewer) st(s lipgloss.Style, text string) string {
	if !p.tty {
		return text
	}
	return s.Render(text)
}

// labels are the preview's own words.
var previewLabels = map[string][2]string{
	"brief":      {"BRIEF · every seat", "简报 · 所有席位"},
	"intel":      {"PRIVATE INTELLIGENCE · this seat only", "内部情报 · 仅本席位"},
	"no-intel":   {"(none)", "（无）"},
	"assess":     {"ASSESSMENT", "研判"},
	"options":    {"OPTIONS", "选项"},
	"no-options": {"(no options: the game ends here, and this is the epilogue)", "（无选项：游戏在此结束，这是尾声）"},
	"facil":      {"FACILITATOR ONLY", "仅主持人可见"},
	"rules":      {"RULES", "组合规则"},
	"warnings":   {"WARNINGS", "警告"},
	"truth":      {"truth", "真相"},
	"hold":       {"hold: chosen when time runs out", "默认：超时时选择"},
	"historical": {"historical", "历史上的选择"},
	"offered":    {"offered while", "提供条件"},
	"effects":    {"effects", "效果"},
	"marks":      {"marks", "原则评分"},
	"result":     {"result", "结果"},
	"when":       {"when", "条件"},
	"public":     {"public", "公开"},
	"private":    {"private", "私下"},
	"stance":     {"stance", "姿态"},
	"scheduled":  {"scheduled in round %d", "排定于第 %d 轮"},
	"follow-up":  {"follow-up of", "后续事件，来自"},
	"conditional": {"conditional: fires on its own in the first round its condition holds",
		"条件事件：在条件首次成立的那一轮自动触发"},
	"ends":   {"the game ends after this round", "本轮结束后游戏结束"},
	"repeat": {"may fire more than once", "可多次触发"},
	"weight": {"weight", "权重"},
	"others": {"other injects", "其他事件"},
	"sets":   {"sets", "设置"},
	"clears": {"clears", "清除"},
	"opens":  {"opens", "开启"},
	"closes": {"closes", "关闭"},
	"queues": {"queues", "排入后续"},
	"stop":   {"stops later rules", "停止后续规则"},
	"choice": {"whichever hypothesis holds the stance the %s chooses this round", "包含%s本轮所选姿态的那个假设"},
}

func (p *previewer) l(key string) string {
	v := previewLabels[key]
	if p.lang == "zh" {
		return v[1]
	}
	return v[0]
}

var stanceWords = map[int][2]string{
	-2: {"very conciliatory", "非常缓和"}, -1: {"conciliatory", "缓和"}, 0: {"neutral", "中性"},
	1: {"firm", "强硬"}, 2: {"coercive", "胁迫"},
}

func (p *previewer) t(t scenario.Text) string { return t.In(p.lang) }

func (p *previewer) line(s string) { fmt.Fprintln(p.w, s) }

// wrap wraps text to width cells: English at spaces, Chinese between
// characters with its punctuation rules (game/textwrap), never after the
// hyphen of "-2".
func wrap(text string, width int) string {
	return textwrap.Wrap(strings.TrimSpace(text), width)
}

// para writes text wrapped to the width, every line indented.
func (p *previewer) para(indent int, text string) {
	pad := strings.Repeat(" ", indent)
	wrapped := wrap(text, p.width-indent)
	for _, ln := range strings.Split(wrapped, "\n") {
		p.line(strings.TrimRight(pad+ln, " "))
	}
}

// hang writes text with a first-line prefix and the rest indented under it.
func (p *previewer) hang(indent int, prefix, text string) {
	pad := strings.Repeat(" ", indent)
	first := pad + prefix
	w := p.width - lipgloss.Width(first)
	if w < 20 {
		p.line(first)
		p.para(indent+2, text)
		return
	}
	lines := strings.Split(wrap(text, w), "\n")
	under := strings.Repeat(" ", lipgloss.Width(first))
	for i, ln := range lines {
		if i == 0 {
			p.line(strings.TrimRight(first+ln, " "))
		} else {
			p.line(strings.TrimRight(under+ln, " "))
		}
	}
}

func (p *previewer) rule(ch string) string { return strings.Repeat(ch, p.width) }

func (p *previewer) inject(in *scenario.Inject, teams []string, facilitator bool) {
	s := p.s
	n := 0
	for i := range s.Injects {
		if s.Injects[i].ID == in.ID {
			n = i + 1
		}
	}
	p.para(0, p.st(p.dim, fmt.Sprintf("%s · %s · %d/%d", s.Title.In(p.lang), in.ID, n, len(s.Injects))))
	title := p.t(in.Title)
	if d := p.t(in.Date); d != "" {
		title += " — " + d
	}
	p.para(0, p.st(p.title, title))
	for _, k := range p.kind(in) {
		p.para(2, p.st(p.dim, k))
	}
	p.line(p.st(p.dim, p.rule("─")))
	p.line(p.st(p.head, p.l("brief")))
	p.para(2, p.t(in.Brief))
	epilogue := in.Ends && len(in.Options) == 0
	if epilogue {
		p.line("")
		p.para(0, p.st(p.dim, p.l("no-options")))
	}
	for _, team := range teams {
		if epilogue && in.Intel[team].Empty() {
			continue
		}
		p.line("")
		p.seatView(in, team)
	}
	if facilitator {
		p.line("")
		p.facilitator(in)
	}
}

// kind says how the inject comes into play.
func (p *previewer) kind(in *scenario.Inject) []string {
	s := p.s
	var out []string
	switch {
	case in.Round > 0:
		k := fmt.Sprintf(p.l("scheduled"), in.Round)
		if alts := s.Slot(in.Round); len(alts) > 1 {
			total := 0
			for _, a := range alts {
				total += a.Weight
			}
			k += fmt.Sprintf(" · %s %d/%d", p.l("weight"), in.Weight, total)
		}
		out = append(out, k)
	case s.IsFollowUp(in.ID):
		out = append(out, p.l("follow-up")+" "+strings.Join(followSources(s, in.ID), ", "))
	case in.When != "":
		out = append(out, p.l("conditional"))
	}
	if in.When != "" {
		out = append(out, p.l("when")+": "+in.When)
	}
	if in.Repeat {
		out = append(out, p.l("repeat"))
	}
	if in.Ends {
		out = append(out, p.l("ends"))
	}
	return out
}

// followSources names the options and rules that queue the inject.
func followSources(s *scenario.Scenario, id string) []string {
	var out []string
	for _, in := range s.Injects {
		for _, team := range s.TeamIDs() {
			for _, o := range in.Options[team] {
				if contains(o.Follow, id) {
					out = append(out, in.ID+"/"+team+"/"+o.ID)
				}
			}
		}
		for k, r := range in.Rules {
			if contains(r.Follow, id) {
				name := r.ID
				if name == "" {
					name = fmt.Sprintf("rule %d", k+1)
				}
				out = append(out, in.ID+"/"+name)
			}
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (p *previewer) seatView(in *scenario.Inject, team string) {
	s := p.s
	t := s.Team(team)
	header := fmt.Sprintf("%s · %s", t.Short, p.t(t.Name))
	if p.tty {
		p.line(p.seat.Render(header))
	} else {
		p.line(header + " " + strings.Repeat("═", max(3, p.width-lipgloss.Width(header)-1)))
	}
	p.line(p.st(p.head, p.l("intel")))
	if intel := p.t(in.Intel[team]); intel != "" {
		p.para(2, intel)
	} else {
		p.para(2, p.st(p.dim, p.l("no-intel")))
	}
	if a, ok := in.Assess[team]; ok {
		p.line(p.st(p.head, p.l("assess")))
		p.para(2, p.t(a.Question))
		idw := 0
		for _, h := range a.Hypotheses {
			idw = max(idw, lipgloss.Width(h.ID))
		}
		for _, h := range a.Hypotheses {
			text := p.t(h.Text)
			if len(h.Stances) == 2 {
				text += p.st(p.dim, fmt.Sprintf("  [%s %s..%s]", p.l("stance"), signed(h.Stances[0]), signed(h.Stances[1])))
			}
			if h.ID == a.Truth {
				text += "  " + p.st(p.good, "✓ "+p.l("truth"))
			}
			p.hang(4, p.st(p.id, h.ID)+strings.Repeat(" ", idw-lipgloss.Width(h.ID)+2), text)
		}
		if a.Truth == scenario.TruthIsChoice {
			about := a.About
			if at := s.Team(a.About); at != nil {
				about = p.t(at.Name)
			}
			p.para(4, p.st(p.dim, p.l("truth")+": "+fmt.Sprintf(p.l("choice"), about)))
		}
	}
	p.line(p.st(p.head, p.l("options")))
	opts := in.Options[team]
	if len(opts) == 0 {
		p.para(2, p.st(p.dim, p.l("no-options")))
		return
	}
	for k := range opts {
		p.option(k+1, &opts[k])
	}
}

func (p *previewer) option(n int, o *scenario.Option) {
	prefix := fmt.Sprintf("%d. ", n)
	// The id is one word: its hyphens do not break (wrap restores them).
	head := p.t(o.Label) + "  " + p.st(p.id, "["+strings.ReplaceAll(o.ID, "-", "\u2011")+"]")
	p.hang(2, prefix, p.st(p.title, head))
	ind := 2 + len(prefix)
	sw := stanceWords[o.Stance]
	word := sw[0]
	if p.lang == "zh" {
		word = sw[1]
	}
	meta := []string{fmt.Sprintf("%s %s %s", p.l("stance"), signed(o.Stance), word), p.l(o.Visibility)}
	if o.Hold {
		meta = append(meta, p.l("hold"))
	}
	if o.Historical {
		meta = append(meta, p.l("historical"))
	}
	p.para(ind, p.st(p.dim, strings.Join(meta, " · ")))
	if o.When != "" {
		p.para(ind, p.st(p.dim, p.l("offered")+": "+o.When))
	}
	if d := p.t(o.Description); d != "" {
		p.para(ind, d)
	}
	if e := p.effects(o.Effects); e != "" {
		p.hang(ind, p.l("effects")+": ", e)
	}
	for _, pr := range scenario.Principles {
		m, ok := o.Marks[pr]
		if !ok {
			continue
		}
		p.mark(ind, "", pr, m)
	}
	p.consequences(ind, o.Set, o.Clear, o.Open, o.Close, o.Follow)
	if r := p.t(o.Result); r != "" {
		p.hang(ind, p.l("result")+": ", r)
	}
}

func (p *previewer) mark(indent int, team, principle string, m scenario.Mark) {
	w := fmt.Sprintf("%+d", m.Weight)
	if m.Weight > 0 {
		w = p.st(p.good, w)
	} else {
		w = p.st(p.bad, w)
	}
	p.hang(indent, fmt.Sprintf("%s %s%s %s — ", p.l("marks")+":", team, score.Name(principle).In(p.lang), w), p.t(m.Reason))
}

func (p *previewer) consequences(indent int, set, clear, open, close, follow []string) {
	for _, c := range []struct {
		key  string
		list []string
	}{{"sets", set}, {"clears", clear}, {"opens", open}, {"closes", close}, {"queues", follow}} {
		if len(c.list) > 0 {
			p.para(indent, p.st(p.dim, p.l(c.key)+": "+strings.Join(c.list, ", ")))
		}
	}
}

// effects writes effects in the scenario's meter order: "tension +15, interests self +3 others -5".
func (p *previewer) effects(ef scenario.Effects) string {
	var parts []string
	for _, m := range p.s.Meters {
		e, ok := ef[m.ID]
		if !ok {
			continue
		}
		// The meter by its name in the preview's language, its id where
		// it has none.
		name := m.ID
		if n := p.t(m.Name); n != "" {
			name = n
		}
		if !e.IsTable {
			parts = append(parts, name+" "+p.delta(e.Shared))
			continue
		}
		keys := make([]string, 0, len(e.PerTeam))
		for k := range e.PerTeam {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			return effectKeyOrder(keys[i]) < effectKeyOrder(keys[j]) || (effectKeyOrder(keys[i]) == effectKeyOrder(keys[j]) && keys[i] < keys[j])
		})
		var per []string
		for _, k := range keys {
			per = append(per, k+" "+p.delta(e.PerTeam[k]))
		}
		parts = append(parts, name+" "+strings.Join(per, " "))
	}
	return strings.Join(parts, ", ")
}

func effectKeyOrder(k string) int {
	switch k {
	case "self":
		return 0
	case "others":
		return 1
	}
	return 2
}

// signed writes a stance as -1, 0 or +1.
func signed(n int) string {
	if n == 0 {
		return "0"
	}
	return fmt.Sprintf("%+d", n)
}

func (p *previewer) delta(n int) string {
	s := fmt.Sprintf("%+d", n)
	switch {
	case n > 0:
		return p.st(p.good, s)
	case n < 0:
		return p.st(p.bad, s)
	}
	return s
}

func (p *previewer) facilitator(in *scenario.Inject) {
	s := p.s
	header := p.l("facil")
	if p.tty {
		p.line(p.seat.Render(header))
	} else {
		p.line(header + " " + strings.Repeat("═", max(3, p.width-lipgloss.Width(header)-1)))
	}
	if len(in.Rules) > 0 {
		p.line(p.st(p.head, p.l("rules")))
		for k := range in.Rules {
			r := &in.Rules[k]
			name := r.ID
			if name == "" {
				name = fmt.Sprintf("%d", k+1)
			}
			p.hang(2, p.st(p.id, name)+"  "+p.l("when")+": ", r.When)
			if t := p.t(r.Narrative); t != "" {
				p.para(4, t)
			}
			if e := p.effects(r.Effects); e != "" {
				p.hang(4, p.l("effects")+": ", e)
			}
			for _, team := range s.TeamIDs() {
				for _, pr := range scenario.Principles {
					if m, ok := r.Marks[team][pr]; ok {
						p.mark(4, s.Team(team).Short+" ", pr, m)
					}
				}
			}
			p.consequences(4, r.Set, r.Clear, r.Open, r.Close, r.Follow)
			if r.Stop {
				p.para(4, p.st(p.dim, p.l("stop")))
			}
		}
	}
	var ws []string
	for _, w := range s.Lint() {
		if w.Inject == in.ID {
			ws = append(ws, w.In(p.lang))
		}
	}
	if len(ws) > 0 {
		p.line(p.st(p.head, p.l("warnings")))
		for _, w := range ws {
			p.hang(2, "", p.st(p.bad, w))
		}
	}
	var others []string
	for _, o := range s.Injects {
		if o.ID != in.ID {
			others = append(others, o.ID)
		}
	}
	if len(others) > 0 {
		p.para(0, p.st(p.dim, p.l("others")+": "+strings.Join(others, ", ")))
	}
}
