package cli

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/bubbles/v2/progress"
	"github.com/charmbracelet/colorprofile"

	"github.com/brink-ttx/brink/game/analyze"
	"github.com/brink-ttx/brink/game/bot"
)

// policyList collects --seats: comma-separated, repeatable.
type policyList []string

func (p *policyList) String() string { return strings.Join(*p, ",") }

// Placeholder names the value in the help.
func (*policyList) Placeholder() string { return "P,Q,..." }

func (p *policyList) Set(v string) error {
	for _, x := range strings.Split(v, ",") {
		if x = strings.TrimSpace(x); x != "" {
			*p = append(*p, x)
		}
	}
	return nil
}

func cmdAnalyze(c *Ctx, args []string) int {
	fs := newFlags("analyze")
	var pols policyList
	var seed seedFlag
	seed.v = 1
	games := fs.Int("games", 1000, "games per pairing: every pairing of personalities plays N games, so the total is N times the pairings (all but historical on 2 teams: 36)")
	fs.Var(&pols, "seats", "the personalities to pair, comma-separated (default: all but historical); known: %s, or a personality file")
	fs.Var(&seed, "seed", "the base seed; game i of every pairing uses a seed derived from it and i")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "games played at once")
	asJSON := fs.Bool("json", false, "print one JSON object")
	langFlag := fs.String("lang", "", "language of the text report: en or zh (default: from LC_ALL, LC_MESSAGES or LANG); --json stays as it is")
	pos, code, ok := parse(c, fs, args)
	if !ok {
		return code
	}
	var err error
	lang, err := pickLang(c, *langFlag)
	if err != nil {
		return fail(c, "analyze", err)
	}
	if len(pos) == 0 {
		return fail(c, "analyze", usageErr("name one scenario (a built-in id or a file)"))
	}
	// `--seats hawk dove realist`: policy names among the arguments extend
	// --seats; what is left is the scenario.
	if len(pos) > 1 {
		if len(pols) == 0 {
			return fail(c, "analyze", usageErr("name one scenario; to pair personalities use --seats hawk,dove"))
		}
		var rest []string
		for i, p := range pos {
			if _, err := bot.Get(p); err == nil && (!strings.HasSuffix(p, ".toml") || i > 0) {
				pols.Set(p)
				continue
			}
			rest = append(rest, p)
		}
		if len(rest) != 1 {
			return fail(c, "analyze", usageErr("name one scenario (got %s)", strings.Join(rest, ", ")))
		}
		pos = rest
	}
	if *games < 1 {
		return fail(c, "analyze", usageErr("--games must be at least 1"))
	}
	if *workers < 1 {
		return fail(c, "analyze", usageErr("--workers must be at least 1"))
	}
	for _, p := range pols {
		if _, err := bot.Get(p); err != nil {
			return fail(c, "analyze", usageErr("--seats %s: %v", p, err))
		}
	}
	s, err := loadScenario(pos[0])
	if err != nil {
		return fail(c, "analyze", err)
	}
	cfg := analyze.Config{Games: *games, Policies: pols, Seed: seed.v, Workers: *workers}
	if len(cfg.Policies) == 0 {
		cfg.Policies = analyze.DefaultPolicies()
	}
	// Every pairing seats each personality at every team.
	for _, p := range cfg.Policies {
		for _, team := range s.TeamIDs() {
			if err := canPlay(s, team, p, "--seats "+p); err != nil {
				return fail(c, "analyze", err)
			}
		}
	}
	npair := len(analyze.Pairings(len(s.Teams), cfg.Policies))
	var stop func()
	if c.IsTTY {
		profile := colorprofile.Detect(c.Stderr, os.Environ())
		if c.Getenv("NO_COLOR") != "" {
			profile = colorprofile.NoTTY
		}
		cfg.Progress, stop = progressBar(c.Stderr, npair, *games, profile, c.tr)
	}
	// The games make short-lived garbage and keep little alive: a laxer
	// collector spends less of each core on it, and the heap stays small.
	// A process-wide setting, so the command sets it, not the package (a
	// setting already laxer, or GOGC=off, is kept).
	if old := debug.SetGCPercent(400); old < 0 || old > 400 {
		debug.SetGCPercent(old)
	}
	rep, err := analyze.Run(s, cfg)
	if stop != nil {
		stop()
	}
	if err != nil {
		return fail(c, "analyze", textErr("brink analyze: %s: %v", s.ID, err))
	}
	if *asJSON {
		return writeJSON(c, rep)
	}
	if err := rep.WriteText(c.Stdout, lang); err != nil {
		fmt.Fprintln(c.Stderr, c.trf("brink analyze: %v", err))
		return ExitFail
	}
	return ExitOK
}

// progressBar draws a one-line bar (bubbles' progress) on w with the games
// played, the games in all (pairings × games per pairing) and the time
// left, at most ten times a second, and erases it when stopped; its words
// in the language of tr. Only for terminals.
func progressBar(w io.Writer, pairings, games int, profile colorprofile.Profile, tr func(string) string) (report func(int), stop func()) {
	total := pairings * games
	var done atomic.Int64
	start := time.Now()
	quit := make(chan struct{})
	var wg sync.WaitGroup
	bar := progress.New(progress.WithDefaultBlend(), progress.WithFillCharacters('█', '░'), progress.WithWidth(40))
	// The bar's colours, fitted to the terminal's profile.
	barView := func(frac float64) string {
		var b strings.Builder
		io.WriteString(&colorprofile.Writer{Forward: &b, Profile: profile}, bar.ViewAs(frac))
		return b.String()
	}
	draw := func() {
		n := int(done.Load())
		frac := 0.0
		if total > 0 {
			frac = float64(n) / float64(total)
		}
		eta := ""
		if el := time.Since(start); n > 0 && n < total {
			left := time.Duration(float64(el) * float64(total-n) / float64(n)).Round(time.Second)
			eta = fmt.Sprintf(tr(", %s left"), left)
		}
		fmt.Fprintf(w, tr("\ranalyze %s %d/%d games (%d pairings × %d)%s\x1b[K"), barView(frac), n, total, pairings, games, eta)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		draw()
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case <-t.C:
				draw()
			}
		}
	}()
	return func(n int) {
			// Progress reports from several workers may arrive out of order.
			for {
				old := done.Load()
				if int64(n) <= old || done.CompareAndSwap(old, int64(n)) {
					return
				}
			}
		}, func() {
			close(quit)
			wg.Wait()
			fmt.Fprint(w, "\r\x1b[K")
		}
}
