package analyze

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteText prints the report as tables for a terminal.
func (r *Report) WriteText(out io.Writer) error {
	bw := bufio.NewWriter(out)
	w := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
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
	npair := len(r.Pairings)
	fmt.Fprintf(bw, "%s — %s\n", r.Scenario, r.Title)
	fmt.Fprintf(bw, "%d personalities (%s), %d teams: %d pairings × %d games = %d games, seed %d\n\n",
		len(r.Policies), strings.Join(r.Policies, ", "), len(r.Teams), npair, r.GamesPerPairing, r.Games, r.Seed)

	fmt.Fprintln(bw, "OUTCOMES")
	fmt.Fprintln(w, "pairing\tcatastrophe\tescalated\tcontained\tresolved\trounds\t")
	for _, p := range r.Pairings {
		o := p.Outcomes
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%.1f\t\n", label(p), pct(o.Catastrophe, p.Games), pct(o.Escalated, p.Games), pct(o.Contained, p.Games), pct(o.Resolved, p.Games), float64(p.MeanRounds))
	}
	w.Flush()

	fmt.Fprintln(bw, "\nSCORES AND INTERESTS — mean ± sd [p10..p90]")
	fmt.Fprintln(w, "pairing\tteam\tintent\tface\ttime\tsum\tinterests\tholds\t")
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
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", name, t.Team+" ("+t.Policy+")", cell(t.Intent), cell(t.Face), cell(t.Time), cell(t.Sum), cell(t.Interests), holds)
		}
	}
	w.Flush()

	fmt.Fprintln(bw, "\nINJECTS — games each fired in")
	fmt.Fprintln(w, "inject\tkind\tfired in\ttimes\t\t")
	for _, in := range r.Injects {
		flag := ""
		if in.NeverFired {
			flag = "NEVER FIRED"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\t\n", in.ID, in.Kind, pct(in.Games, r.Games), in.Times, flag)
	}
	w.Flush()

	fmt.Fprintln(bw, "\nOPTIONS — chosen: share of the rounds it was offered; deliberate: share of contested rounds a deliberate personality chose it")
	fmt.Fprintln(w, "inject\tteam\toption\tstance\toffered\tchosen\tdeliberate\t\t")
	last := ""
	for _, o := range r.Options {
		var flags []string
		switch {
		case o.NeverOffered:
			flags = append(flags, "never offered")
		case o.NeverChosen:
			flags = append(flags, "NEVER CHOSEN")
		case o.Dominant:
			flags = append(flags, "DOMINANT")
		}
		in := o.Inject
		if in == last {
			in = ""
		}
		last = o.Inject
		fmt.Fprintf(w, "%s\t%s\t%s\t%+d\t%d\t%s\t%s\t%s\t\n", in, o.Team, o.Option, o.Stance, o.Offered, pct(o.Chosen, o.Offered), pct(o.DeliberateChosen, o.DeliberateContested), strings.Join(flags, ", "))
	}
	w.Flush()

	if len(r.Flags) > 0 {
		fmt.Fprintln(bw, "\nFLAGS")
		fmt.Fprintln(w, "flag\tset in\tread\t\t")
		for _, f := range r.Flags {
			var flags []string
			if f.NeverSet {
				flags = append(flags, "NEVER SET")
			}
			if f.NeverRead {
				flags = append(flags, "NEVER READ")
			}
			read := "yes"
			if !f.Read {
				read = "no"
			}
			setIn := pct(f.SetIn, r.Games)
			if f.Default {
				setIn += " (starts set)"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t\n", f.ID, setIn, read, strings.Join(flags, ", "))
		}
		w.Flush()
	}

	fmt.Fprintln(bw)
	if len(r.Warnings) == 0 {
		fmt.Fprintln(bw, "No warnings: every inject fired, every option was chosen, no option dominated, every flag was set and read.")
	} else {
		fmt.Fprintf(bw, "WARNINGS (%d)\n", len(r.Warnings))
		for _, x := range r.Warnings {
			fmt.Fprintf(bw, "  - %s\n", x)
		}
	}
	fmt.Fprintf(bw, "\nDominant: %s\n", definitions.Dominant)
	return bw.Flush()
}
