package analyze

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/brink-ttx/brink/game/bilingual"
)

// WriteText prints the report as tables for a terminal, in lang ("en" or
// "zh"): its headings, labels and explanations, and the scenario's title.
// Ids (scenarios, teams, personalities, injects, options, flags) stay as
// they are. Columns line up by their width on the terminal, so a Chinese
// heading lines up with the figures under it.
func (r *Report) WriteText(out io.Writer, lang bilingual.Lang) error {
	bw := bufio.NewWriter(out)
	w := &columns{out: bw}
	tr := func(format string, a ...any) string { return zhMsg.Sprintf(lang, format, a...) }
	// list joins ids as the language lists them.
	list := func(ids []string) string {
		if lang == "zh" {
			return strings.Join(ids, "、")
		}
		return strings.Join(ids, ", ")
	}
	pct := func(a, b int64) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
	}
	label := func(p Pairing) string {
		parts := make([]string, len(p.Seats))
		for i, s := range p.Seats {
			parts[i] = s.Team + "=" + s.Policy
		}
		return strings.Join(parts, " ")
	}
	title := r.Title
	if lang == "zh" && r.titleZh != "" {
		title = r.titleZh
	}
	npair := len(r.Pairings)
	fmt.Fprint(bw, tr("%s — %s\n", r.Scenario, title))
	fmt.Fprint(bw, tr("%d personalities (%s), %d teams: %d pairings × %d games = %d games, seed %d\n\n",
		len(r.Policies), list(r.Policies), len(r.Teams), npair, r.GamesPerPairing, r.Games, r.Seed))

	fmt.Fprintln(bw, tr("OUTCOMES"))
	fmt.Fprintln(w, tr("pairing\tcatastrophe\tescalated\tcontained\tresolved\trounds\tpeak tension\tmargin\t"))
	for _, p := range r.Pairings {
		o := p.Outcomes
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%.1f\t%.0f [%d..%d]\t%.0f [%d..%d]\t\n", label(p), pct(o.Catastrophe, p.Games), pct(o.Escalated, p.Games), pct(o.Contained, p.Games), pct(o.Resolved, p.Games), float64(p.MeanRounds),
			float64(p.PeakTension.Mean), p.PeakTension.P10, p.PeakTension.P90, float64(p.Margin.Mean), p.Margin.P10, p.Margin.P90)
	}
	w.Flush()
	fmt.Fprintln(bw)
	fmt.Fprintln(bw, tr("Peak tension: the highest tension of each game, mean [p10..p90]; margin: the catastrophe threshold less that peak (0 or below: a catastrophe)."))

	if len(r.Concession) > 0 {
		fmt.Fprintln(bw, tr("\nPRINCIPLES VS CONCESSION — each team plays principled, then dove, every other team hawk"))
		fmt.Fprintln(w, tr("team\tpersonality\tinterests\tbehind the hawks\tprinciple score\t"))
		for _, c := range r.Concession {
			fmt.Fprintf(w, "%s\t%s\t%.1f\t%+.1f\t%.1f\t\n", c.Team, "principled", float64(c.PrincipledInterests), float64(c.PrincipledGap), float64(c.PrincipledScore))
			fmt.Fprintf(w, "\t%s\t%.1f\t%+.1f\t%.1f\t\n", "dove", float64(c.DoveInterests), float64(c.DoveGap), float64(c.DoveScore))
		}
		w.Flush()
		fmt.Fprintln(bw)
		if pp, ok := r.MutualInterests("principled"); ok {
			if hh, ok := r.MutualInterests("hawk"); ok {
				fmt.Fprint(bw, tr("Every team's interests added up: all principled %.1f, all hawk %.1f.\n", float64(pp), float64(hh)))
			}
		}
	}

	fmt.Fprintln(bw, tr("\nSCORES AND INTERESTS — mean ± sd [p10..p90]"))
	fmt.Fprintln(w, tr("pairing\tteam\tintent\tface\ttime\tsum\tinterests\tholds\t"))
	cell := func(s Stat) string {
		return fmt.Sprintf("%.0f±%.0f [%d..%d]", float64(s.Mean), float64(s.SD), s.P10, s.P90)
	}
	for _, p := range r.Pairings {
		for i, t := range p.Teams {
			name := label(p)
			if i > 0 {
				name = ""
			}
			holds := ""
			if t.Holds > 0 {
				holds = fmt.Sprint(t.Holds)
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", name, tr("%s (%s)", t.Team, t.Policy), cell(t.Intent), cell(t.Face), cell(t.Time), cell(t.Sum), cell(t.Interests), holds)
		}
	}
	w.Flush()

	fmt.Fprintln(bw, tr("\nINJECTS — games each fired in"))
	fmt.Fprintln(w, tr("inject\tkind\tfired in\ttimes\t\t"))
	for _, in := range r.Injects {
		flag := ""
		if in.NeverFired {
			flag = tr("NEVER FIRED")
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\t\n", in.ID, kindName(in.Kind).In(lang), pct(in.Games, r.Games), in.Times, flag)
	}
	w.Flush()

	fmt.Fprintln(bw, tr("\nOPTIONS — chosen: share of the rounds it was offered; deliberate: share of contested rounds a deliberate personality chose it"))
	fmt.Fprintln(w, tr("inject\tteam\toption\tstance\toffered\tchosen\tdeliberate\t\t"))
	last := ""
	for _, o := range r.Options {
		var flags []string
		switch {
		case o.NeverOffered:
			flags = append(flags, tr("never offered"))
		case o.NeverChosen:
			flags = append(flags, tr("NEVER CHOSEN"))
		case o.Dominant:
			flags = append(flags, tr("DOMINANT"))
		}
		in := o.Inject
		if in == last {
			in = ""
		}
		last = o.Inject
		fmt.Fprintf(w, "%s\t%s\t%s\t%+d\t%d\t%s\t%s\t%s\t\n", in, o.Team, o.Option, o.Stance, o.Offered, pct(o.Chosen, o.Offered), pct(o.DeliberateChosen, o.DeliberateContested), list(flags))
	}
	w.Flush()

	if len(r.Flags) > 0 {
		fmt.Fprintln(bw, tr("\nFLAGS"))
		fmt.Fprintln(w, tr("flag\tset in\tread\t\t"))
		for _, f := range r.Flags {
			var flags []string
			if f.NeverSet {
				flags = append(flags, tr("NEVER SET"))
			}
			if f.NeverRead {
				flags = append(flags, tr("NEVER READ"))
			}
			read := tr("yes")
			if !f.Read {
				read = tr("no")
			}
			setIn := pct(f.SetIn, r.Games)
			if f.Default {
				setIn += tr(" (starts set)")
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t\n", f.ID, setIn, read, list(flags))
		}
		w.Flush()
	}

	fmt.Fprintln(bw)
	if len(r.Warnings) == 0 {
		fmt.Fprintln(bw, tr("No warnings: every inject fired, every option was chosen, no option dominated, every flag was set and read."))
	} else {
		fmt.Fprint(bw, tr("WARNINGS (%d)\n", len(r.Warnings)))
		for i, x := range r.Warnings {
			if len(r.warnings) == len(r.Warnings) {
				x = r.warnings[i].In(lang)
			}
			fmt.Fprintf(bw, "  - %s\n", x)
		}
	}
	fmt.Fprint(bw, tr("\nDominant: %s\n", bilingual.Pair{En: r.Definitions.Dominant, Zh: dominantZh}))
	return bw.Flush()
}

// kindName is an inject's kind, as InjectStat.Kind holds it, in both
// languages.
func kindName(kind string) bilingual.Pair {
	zh := map[string]string{"scheduled": "按轮次", "follow-up": "后续事件", "conditional": "条件触发"}[kind]
	return bilingual.Pair{En: kind, Zh: zh}
}

// warn adds a warning: its English to Warnings, and what says it in
// Chinese beside it.
func (r *Report) warn(format string, a ...any) {
	w := zhMsg.Msg(format, a...)
	r.Warnings = append(r.Warnings, w.String())
	r.warnings = append(r.warnings, w)
}

// columns lines text up in columns as text/tabwriter does with no minimum
// width and a padding of two spaces (a cell ends at each tab; a column,
// over the run of lines that have a cell in it, is as wide as its widest
// cell plus the padding; what follows a line's last tab is in no column),
// but measures each cell by its width on a terminal, so that Chinese,
// whose characters take two cells, lines up too. Text written is held
// until Flush.
type columns struct {
	out  io.Writer
	text strings.Builder
}

func (c *columns) Write(p []byte) (int, error) { return c.text.Write(p) }

// Flush writes out the lines held.
func (c *columns) Flush() error {
	text := c.text.String()
	c.text.Reset()
	if text == "" {
		return nil
	}
	lines := strings.Split(text, "\n")
	rows := make([][]string, len(lines))
	for i, l := range lines {
		rows[i] = strings.Split(l, "\t")
	}
	var b strings.Builder
	c.format(&b, rows, nil)
	// Each row ends with a newline, the text after the last one too.
	_, err := io.WriteString(c.out, strings.TrimSuffix(b.String(), "\n"))
	return err
}

// format writes rows whose columns before len(widths) have the widths
// given, finding the width of each further column over each run of rows
// that have a cell in it (the last cell of a row is in no column).
func (c *columns) format(b *strings.Builder, rows [][]string, widths []int) {
	col := len(widths)
	start := 0
	for i := 0; i < len(rows); i++ {
		if col >= len(rows[i])-1 {
			continue
		}
		writeRows(b, rows[start:i], widths)
		start = i
		width := 0
		for ; i < len(rows) && col < len(rows[i])-1; i++ {
			width = max(width, ansi.StringWidth(rows[i][col])+2)
		}
		c.format(b, rows[start:i], append(widths, width))
		start = i
		i-- // the loop's i++ comes back to the row that ended the run
	}
	writeRows(b, rows[start:], widths)
}

// writeRows writes rows, each cell padded to its column's width and each
// row ending with a newline.
func writeRows(b *strings.Builder, rows [][]string, widths []int) {
	for _, row := range rows {
		for j, cell := range row {
			b.WriteString(cell)
			if j < len(widths) {
				b.WriteString(strings.Repeat(" ", widths[j]-ansi.StringWidth(cell)))
			}
		}
		b.WriteString("\n")
	}
}
