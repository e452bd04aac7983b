package report_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/journal"
	"github.com/brink-ttx/brink/game/journal/journaltest"
	"github.com/brink-ttx/brink/game/report"
)

// The end-to-end test opens the HTML reports in a real browser, headless
// Chromium, as a reader would: it renders each to a PNG the size of an A4
// page at 150 dpi and checks the page really rendered (our DOM, not an error
// page; a picture with ink on it), and prints each to PDF to check the page
// size is A4. Set BRINK_ARTEFACTS=DIR to keep the PNGs and PDFs (CI keeps
// them as artefacts); otherwise they go to a temporary folder.

func chromiumPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func chromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, errb.String())
	}
	return out.Bytes()
}

func TestChromiumRendersReports(t *testing.T) {
	bin := chromiumPath()
	if bin == "" {
		t.Skip("chromium is not installed; the end-to-end render test needs it (Debian: apt-get install chromium)")
	}
	if testing.Short() {
		t.Skip("end-to-end browser test: skipped with -short")
	}
	dir := os.Getenv("BRINK_ARTEFACTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s := journaltest.Scenario(t, 8)
	_, rb := rich(t, s)
	pages := map[string][]byte{}
	for _, lang := range bilingual.Langs {
		pages["report-"+string(lang)] = report.Build(rb, lang).HTML()
	}
	var games []*journal.Rebuilt
	jdir := t.TempDir()
	for i, pol := range []string{"hawk", "dove", "random"} {
		p := filepath.Join(jdir, "table-"+string(rune('a'+i))+".jsonl")
		journaltest.WriteJournal(t, p, s, "", uint64(20+i), map[string]string{"cn": pol, "us": journal.Human})
		rb, _ := journal.Rebuild(mustRead(t, p), s, false)
		games = append(games, rb)
	}
	c, err := report.BuildClass(games, "en")
	if err != nil {
		t.Fatal(err)
	}
	pages["class-en"] = c.HTML()

	// Chromium spends most of its start-up waiting, so the runs go in
	// parallel: every page, and its DOM, screenshot and PDF at once.
	t.Run("pages", func(t *testing.T) {
		for name, html := range pages {
			hp := filepath.Join(dir, name+".html")
			if err := os.WriteFile(hp, html, 0o644); err != nil {
				t.Fatal(err)
			}
			url := "file://" + hp
			t.Run(name+"/dom", func(t *testing.T) {
				t.Parallel()
				// The DOM the browser built is ours, charts and all.
				dom := string(chromium(t, bin, "--dump-dom", url))
				if !strings.Contains(dom, `<section id="`) || !strings.Contains(dom, "</footer>") {
					t.Fatalf("the browser did not render the report (error page?): %.300s", dom)
				}
				if strings.HasPrefix(name, "report") && strings.Count(dom, "<svg") < 4 {
					t.Fatalf("charts missing from the DOM")
				}
			})
			t.Run(name+"/png", func(t *testing.T) {
				t.Parallel()
				// A screenshot the size of an A4 page at 150 dpi, with ink on it.
				png := filepath.Join(dir, name+".png")
				chromium(t, bin, "--screenshot="+png, "--window-size=1240,1754", "--hide-scrollbars", url)
				checkPNG(t, png)
			})
			t.Run(name+"/pdf", func(t *testing.T) {
				t.Parallel()
				// Printed, it is A4.
				pdf := filepath.Join(dir, name+".pdf")
				chromium(t, bin, "--print-to-pdf="+pdf, "--no-pdf-header-footer", url)
				checkPDF(t, pdf)
			})
		}
	})
	t.Logf("rendered %d pages into %s", len(pages), dir)
}

func checkPNG(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	fi, _ := f.Stat()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	b := img.Bounds()
	if b.Dx() != 1240 || b.Dy() != 1754 {
		t.Fatalf("screenshot is %dx%d, want 1240x1754", b.Dx(), b.Dy())
	}
	ink, colours := inkAndColours(img)
	t.Logf("%s: %d bytes, %.1f%% ink, %d colours", filepath.Base(path), fi.Size(), ink*100, colours)
	// A blank or error page is nearly all one colour; a report has text,
	// team chips and coloured chart lines.
	if fi.Size() < 20_000 || ink < 0.02 || colours < 50 {
		t.Fatalf("the screenshot looks empty: %d bytes, %.2f%% ink, %d colours", fi.Size(), ink*100, colours)
	}
}

func inkAndColours(img image.Image) (float64, int) {
	b := img.Bounds()
	seen := map[uint32]bool{}
	ink, n := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			n++
			if r < 0xe000 || g < 0xe000 || bl < 0xe000 {
				ink++
			}
			seen[(r>>11)<<10|(g>>11)<<5|bl>>11] = true
		}
	}
	return float64(ink) / float64(n), len(seen)
}

var mediaBox = regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]`)

func checkPDF(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no PDF: %v", err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatal("not a PDF")
	}
	boxes := mediaBox.FindAllSubmatch(data, -1)
	if len(boxes) == 0 {
		t.Fatal("no page size in the PDF")
	}
	for _, m := range boxes {
		w, h := string(m[1]), string(m[2])
		// A4 is 595.28 × 841.89 points; Chromium rounds to whole pixels.
		if !strings.HasPrefix(w, "59") || !(strings.HasPrefix(h, "841") || strings.HasPrefix(h, "842")) {
			t.Fatalf("page is %s × %s points, not A4", w, h)
		}
	}
	t.Logf("%s: %d A4 pages", filepath.Base(path), len(boxes))
}
