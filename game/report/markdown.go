package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/score"
)

// mdEscaper escapes what Markdown (CommonMark and GitHub's tables) would
// read as markup in player-typed text.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `#`, `\#`, `&`, `\&`, `~`, `\~`,
	"\r\n", " ", "\n", " ", "\r", " ",
)

// md escapes text for one line of Markdown.
func md(s string) string { return mdEscaper.Replace(strings.TrimSpace(s)) }

// mdQuote makes a block quote of text, keeping its paragraphs.
func mdQuote(s string) string {
	var b strings.Builder
	for i, p := range paragraphs(s) {
		if i > 0 {
			b.WriteString(">\n")
		}
		b.WriteString("> " + md(p) + "\n")
	}
	return b.String()
}

// paragraphs splits text at blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// signed writes a change with its sign: +5, −3, 0.
func signed(n int) string {
	switch {
	case n > 0:
		return fmt.Sprintf("+%d", n)
	case n < 0:
		return fmt.Sprintf("−%d", -n)
	}
	return "0"
}

func stamp(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

// span is when a game was played: "2025-03-14 09:30–10:05 UTC".
func span(from, to time.Time) string {
	from, to = from.UTC(), to.UTC()
	if to.Format("200601021504") <= from.Format("200601021504") {
		return stamp(from)
	}
	if from.Format("20060102") == to.Format("20060102") {
		return from.Format("2006-01-02 15:04") + "–" + to.Format("15:04 UTC")
	}
	return stamp(from) + " – " + stamp(to)
}

func clock(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.UTC().Format("15:04:05")
}

// Markdown renders the report as Markdown.
func (r *Report) Markdown() []byte {
	l := r.Lang
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("# %s%s%s\n\n", zhMsg.Sprintf(l, "After-action report"), colon(l), md(r.Scenario.Title))

	p("| | |\n| --- | --- |\n")
	p("| %s | %s (`%s`) |\n", zhMsg.Sprintf(l, "Scenario"), md(r.Scenario.Title), r.Scenario.ID)
	if r.Journal.Table != "" {
		p("| %s | %s |\n", zhMsg.Sprintf(l, "Table"), md(r.Journal.Table))
	}
	p("| %s | %s |\n", zhMsg.Sprintf(l, "Played"), span(r.Journal.Started, r.Journal.LastEvent))
	p("| %s | %s |\n", zhMsg.Sprintf(l, "Seed"), r.Seed)
	var teams []string
	for _, t := range r.Teams {
		teams = append(teams, fmt.Sprintf("%s (%s)%s%s", md(t.Name), md(t.Short), colon(l), r.seatText(t)))
	}
	p("| %s | %s |\n", zhMsg.Sprintf(l, "Teams"), strings.Join(teams, " · "))
	p("| %s | `%s` |\n", zhMsg.Sprintf(l, "Journal"), md(r.Journal.File))
	if r.Journal.Version != "" {
		p("| %s | %s |\n", zhMsg.Sprintf(l, "Brink"), md(r.Journal.Version))
	}
	b.WriteString("\n")
	for _, n := range r.notes() {
		p("> **%s**\n\n", md(n))
	}
	if r.Scenario.Summary != "" {
		p("*%s*\n\n", md(r.Scenario.Summary))
	}

	// Outcome.
	p("## %s\n\n", zhMsg.Sprintf(l, "Outcome"))
	p("**%s**", md(r.Outcome.Label))
	if r.Outcome.Reason != "" {
		p(" — %s", md(reasonText(l, r.Outcome.why)))
	}
	p("%s%s%s%d%s\n\n", stop(l), zhMsg.Sprintf(l, "Rounds played"), colon(l), r.Outcome.Rounds, strings.TrimSpace(stop(l)))
	if len(r.Outcome.Settlement) > 0 {
		var parts []string
		for _, m := range r.Outcome.Settlement {
			parts = append(parts, fmt.Sprintf("%s %+d", md(r.meterName(m.Meter, m.Team)), m.Change))
		}
		p("%s%s%s%s\n\n", zhMsg.Sprintf(l, "What the outcome did"), colon(l), strings.Join(parts, listSep(l)), strings.TrimSpace(stop(l)))
	}
	for _, sec := range r.Outcome.Secrets {
		p("- %s%s%s%s%s\n", zhMsg.Sprintf(l, "Hidden truths"), colon(l), md(sec.Description), colon(l), md(sec.Text))
	}
	if len(r.Outcome.Secrets) > 0 {
		b.WriteString("\n")
	}
	p("| %s | %s | %s | %s |\n| --- | ---: | ---: | --- |\n", zhMsg.Sprintf(l, "Meter"), zhMsg.Sprintf(l, "Start"), zhMsg.Sprintf(l, "End"), zhMsg.Sprintf(l, "Thresholds"))
	for _, m := range r.Meters {
		p("| %s | %d | %d | %s |\n", md(r.meterName(m.ID, m.Team)), m.Start, m.End, thresholdText(l, m.Thresholds))
	}
	b.WriteString("\n")

	// Timeline.
	p("## %s\n\n", zhMsg.Sprintf(l, "Timeline"))
	for _, rd := range r.Rounds {
		p("### %s — %s", roundName(l, rd.Number), md(rd.Title))
		if rd.Date != "" {
			p(" (%s)", md(rd.Date))
		}
		b.WriteString("\n\n")
		if rd.Brief != "" {
			b.WriteString(mdQuote(rd.Brief) + "\n")
		}
		if len(rd.Intel) > 0 {
			p("**%s**\n\n", zhMsg.Sprintf(l, "Private intelligence (shown to that team alone during play)"))
			for _, it := range rd.Intel {
				p("- **%s**%s%s\n", md(r.team(it.Team).Short), colon(l), md(it.Text))
			}
			b.WriteString("\n")
		}
		if len(rd.Assessments) > 0 {
			p("**%s**\n\n", zhMsg.Sprintf(l, "Assessments"))
			for _, a := range rd.Assessments {
				p("- %s\n", r.assessText(a, true))
			}
			b.WriteString("\n")
		}
		p("**%s**\n\n", zhMsg.Sprintf(l, "Choices"))
		for _, c := range rd.Choices {
			p("- **%s** — **%s** · %s", md(r.team(c.Team).Short), md(c.Label), strings.Join(r.choiceTags(c), " · "))
			if c.Rationale != "" {
				p(" — %s%s“%s”", zhMsg.Sprintf(l, "rationale"), colon(l), md(c.Rationale))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
		if len(rd.Narrative)+len(rd.Notes)+len(rd.Rules) > 0 {
			p("**%s**\n\n", zhMsg.Sprintf(l, "What happened"))
			for _, n := range rd.Narrative {
				p("- %s\n", md(n))
			}
			for _, n := range rd.Notes {
				p("- *%s*\n", md(n))
			}
			if len(rd.Rules) > 0 {
				p("- %s%s`%s`\n", zhMsg.Sprintf(l, "Combinations that fired"), colon(l), strings.Join(rd.Rules, "`, `"))
			}
			b.WriteString("\n")
		}
		if ch := r.changes(rd); ch != "" {
			p("**%s**%s%s\n\n", zhMsg.Sprintf(l, "Meters"), colon(l), ch)
		}
	}

	// Meter history.
	p("## %s\n\n", zhMsg.Sprintf(l, "Meter history"))
	p("| %s | %s |", zhMsg.Sprintf(l, "Meter"), zhMsg.Sprintf(l, "Start"))
	for _, rd := range r.Rounds {
		p(" R%d |", rd.Number)
	}
	p("\n| --- | ---: |%s\n", strings.Repeat(" ---: |", len(r.Rounds)))
	for _, m := range r.Meters {
		p("| %s |", md(r.meterName(m.ID, m.Team)))
		for _, v := range m.Series {
			p(" %d |", v)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")

	// Hotline.
	p("## %s\n\n", zhMsg.Sprintf(l, "Hotline transcript"))
	if len(r.Hotline) == 0 {
		p("%s\n\n", zhMsg.Sprintf(l, "No messages were sent."))
	} else {
		p("| R | %s | %s | %s | %s |\n| ---: | --- | --- | --- | --- |\n", zhMsg.Sprintf(l, "Time"), zhMsg.Sprintf(l, "Team"), zhMsg.Sprintf(l, "Channel"), zhMsg.Sprintf(l, "Message"))
		for _, m := range r.Hotline {
			p("| %d | %s | %s | %s | %s |\n", m.Round, clock(m.At), md(r.team(m.Team).Short), md(m.ChannelName), md(m.Text))
		}
		b.WriteString("\n")
	}

	if len(r.Facilitator) > 0 {
		p("## %s\n\n", zhMsg.Sprintf(l, "Facilitator"))
		for _, a := range r.Facilitator {
			p("- %s%s\n", strings.TrimSpace(roundName(l, a.Round)+" "+clock(a.At)), colon(l)+md(r.actionText(a)))
		}
		b.WriteString("\n")
	}

	// Scorecards.
	p("## %s\n\n", zhMsg.Sprintf(l, "Scorecards"))
	for _, sc := range r.Scorecards {
		t := r.team(sc.Team)
		p("### %s (%s)\n\n", md(t.Name), md(t.Short))
		p("| %s | %s | %s | |\n| --- | ---: | ---: | --- |\n", zhMsg.Sprintf(l, "Principle"), zhMsg.Sprintf(l, "Score"), zhMsg.Sprintf(l, "Level"))
		for _, pr := range sc.Principles {
			p("| %s | %d | %d | %s |\n", md(pr.Name), pr.Score, pr.Level, md(pr.Descriptor))
		}
		p("\n**%s**\n\n", zhMsg.Sprintf(l, "Evidence"))
		for _, pr := range sc.Principles {
			if len(pr.Evidence) == 0 {
				p("- *%s*: %s\n", md(pr.Name), zhMsg.Sprintf(l, "no events moved it"))
				continue
			}
			for _, e := range pr.Evidence {
				p("- *%s* — R%d %s — **%s**%s%s\n", md(pr.Name), e.Round, signed(e.Delta), md(e.What), colon(l), md(e.Why))
			}
		}
		b.WriteString("\n")
	}

	// Interests.
	if len(r.Interests) > 0 {
		p("## %s\n\n", zhMsg.Sprintf(l, "Interests"))
		p("| %s | %s | %s | %s |\n| --- | ---: | ---: | ---: |\n", zhMsg.Sprintf(l, "Team"), zhMsg.Sprintf(l, "Start"), zhMsg.Sprintf(l, "End"), zhMsg.Sprintf(l, "Change"))
		for _, in := range r.Interests {
			p("| %s | %d | %d | %s |\n", md(r.team(in.Team).Name), in.Start, in.End, signed(in.Change))
		}
		b.WriteString("\n")
	}

	if len(r.Debrief) > 0 {
		p("## %s\n\n", zhMsg.Sprintf(l, "Debrief questions"))
		for i, q := range r.Debrief {
			p("%d. %s\n", i+1, md(q))
		}
		b.WriteString("\n")
	}
	if len(r.Sources) > 0 {
		p("## %s\n\n", zhMsg.Sprintf(l, "Sources"))
		for _, s := range r.Sources {
			p("- %s\n", r.sourceMD(s))
		}
		b.WriteString("\n")
	}
	p("---\n\n*%s*\n", zhMsg.Sprintf(l, "Written by Brink from the game's journal."))
	return []byte(b.String())
}

func (r *Report) sourceMD(s Source) string {
	out := md(s.Title)
	if s.Where != "" {
		out += " — " + md(s.Where)
	}
	if s.URL != "" {
		out += " — <" + strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(s.URL) + ">"
	}
	return out
}

// seatText says who played a team.
func (r *Report) seatText(t Team) string {
	if t.Seat == "bot" {
		return zhMsg.Sprintf(r.Lang, "computer") + " (" + md(t.Policy) + ")"
	}
	if t.People != "" {
		return zhMsg.Sprintf(r.Lang, "people") + " (" + md(t.People) + ")"
	}
	return zhMsg.Sprintf(r.Lang, "people")
}

// notes are the report's caveats.
func (r *Report) notes() []string {
	var out []string
	if r.Journal.Truncated {
		out = append(out, zhMsg.Sprintf(r.Lang, "The journal's last line was cut off (the game stopped while writing it); this report covers the events before it."))
	}
	if r.Journal.Forced {
		out = append(out, zhMsg.Sprintf(r.Lang, "The scenario has changed since this game was played; it was replayed with the current scenario (--force)."))
	}
	if r.Journal.Resumes > 0 {
		out = append(out, zhMsg.Sprintf(r.Lang, "The game was resumed from its journal %d time(s).", r.Journal.Resumes))
	}
	if !r.Outcome.Over {
		out = append(out, zhMsg.Sprintf(r.Lang, "The game is not over: this report covers it so far."))
	}
	return out
}

func thresholdText(lang bilingual.Lang, ts []Threshold) string {
	var parts []string
	for _, t := range ts {
		parts = append(parts, fmt.Sprintf("%s %d", thresholdName(lang, t.Name), t.Value))
	}
	return strings.Join(parts, " · ")
}

// assessText is one assessment in a sentence; Markdown when mark is set.
func (r *Report) assessText(a Assessment, mark bool) string {
	l := r.Lang
	esc := func(s string) string { return s }
	bold := func(s string) string { return s }
	if mark {
		esc = md
		bold = func(s string) string { return "**" + s + "**" }
	}
	verdict := zhMsg.Sprintf(l, "wrong")
	if a.Correct {
		verdict = zhMsg.Sprintf(l, "right")
	}
	return fmt.Sprintf("%s — %s %s “%s” %s %d%% — %s “%s”%s%s, %s %s (Brier %.2f)",
		bold(esc(r.team(a.Team).Short)), esc(a.Question), zhMsg.Sprintf(l, "read"), esc(a.HypothesisText), zhMsg.Sprintf(l, "at"), a.Confidence,
		zhMsg.Sprintf(l, "truth"), esc(a.TruthText), colon(l), verdict, score.Name("intent").In(l), signed(a.Points), a.Brier)
}

// choiceTags are a choice's stance, visibility and flags.
func (r *Report) choiceTags(c Choice) []string {
	l := r.Lang
	tags := []string{fmt.Sprintf("%s %s", zhMsg.Sprintf(l, "stance"), signed(c.Stance)), visibilityLabel(l, c.Visibility)}
	if c.Historical {
		tags = append(tags, zhMsg.Sprintf(l, "historical"))
	}
	if c.Held {
		tags = append(tags, held(l, c.HoldReason))
	}
	return tags
}

// changes lists a round's meter changes: "Tension 40 → 49 (+9) · …".
func (r *Report) changes(rd Round) string {
	var parts []string
	for _, m := range rd.Meters {
		if m.Delta == 0 {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s %d → %d (%s)", md(r.meterName(m.Meter, m.Team)), m.Before, m.After, signed(m.Delta)))
	}
	return strings.Join(parts, " · ")
}

// actionText describes a facilitator action.
func (r *Report) actionText(a Action) string {
	l := r.Lang
	var s string
	switch a.Kind {
	case "adjust":
		s = fmt.Sprintf("%s %s %s", zhMsg.Sprintf(l, "adjusted"), r.meterName(a.Meter, a.Team), signed(a.Delta))
	case "insert":
		s = fmt.Sprintf("%s %s", zhMsg.Sprintf(l, "inserted inject"), a.Inject)
	case "end":
		s = zhMsg.Sprintf(l, "ended the game")
	default:
		s = a.Kind
	}
	if a.Reason != "" {
		s += " — " + a.Reason
	}
	return s
}
