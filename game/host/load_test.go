package host

import (
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/brink-ttx/brink/content"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

func (s *screen) size() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.Len()
}

// BenchmarkHostLoad: 16 tables of the default scenario, 160 sessions on loopback (per table: three
// sessions on each team seat and four observers). Every table plays its game
// (its seats' choices made through the table; every session takes the
// reveal the round ends on, and presses Enter once it has drawn it) while
// the benchmark measures, for each choice, the time until every session of
// that table has received its redraw. It reports the 99th
// percentile of that time (measured on the choice that completes a round,
// which every team seat's screen must show; an observer's screen changes
// only when the public picture does), the heap in use, the CPU time, and
// the bytes allocated and collections run while the tables play.
var (
	debugLoad   = false
	noAnimation = os.Getenv("BRINK_NO_ANIMATION") != ""
)

func BenchmarkHostLoad(b *testing.B) { hostLoad(b, nil) }

// BenchmarkHostLoadHostile is BenchmarkHostLoad while a 17th table's
// seats and strangers attack the host: 8 sessions flooding window changes
// without reading, one that never reads, 25 endless pastes, 50 KB env
// requests, a stream of raw connections and of 250 KB user names. It
// reports the honest tables' choice-to-redraw times and the process's RSS.
func BenchmarkHostLoadHostile(b *testing.B) { hostLoad(b, attack) }

// attack runs the attacks on h's last table until stop is closed. The
// attackers share this process's two cores with the host, so after their
// first burst (20,000 window changes each, as fast as they go) they are
// paced as clients on other machines would be: a window change a
// millisecond each, 100 refused joins a second.
func attack(b *testing.B, h *Host, stop chan struct{}) {
	n := len(h.tables)
	team := func(i int) string { return []string{teamUser(n, "cn"), teamUser(n, "us"), observerUser(n)}[i%3] }
	for i := 0; i < 8; i++ {
		_, sess := silent(b, h, team(i))
		go func() {
			for k := 0; ; k++ {
				select {
				case <-stop:
					return
				default:
				}
				if sess.WindowChange(40+k%20, 100+k%50) != nil {
					return
				}
				if k > 20000 {
					time.Sleep(time.Millisecond)
				}
			}
		}()
	}
	stuckClient(b, h, team(2))
	for i := 0; i < 25; i++ {
		paster(b, h, team(i), stop)
	}
	go func() { // env requests of 50 KB
		c, err := dial(h.Addr(), team(0), h.Code(team(0)))
		if err != nil {
			return
		}
		defer c.Close()
		sess, err := c.NewSession()
		if err != nil {
			return
		}
		big := strings.Repeat("x", 50<<10)
		for k := 0; ; k++ {
			select {
			case <-stop:
				return
			default:
			}
			sess.Setenv(fmt.Sprintf("JUNK%d", k), big)
		}
	}()
	go func() { // raw connections, held
		var raws []net.Conn
		defer func() {
			for _, c := range raws {
				c.Close()
			}
		}()
		for len(raws) < 3000 {
			select {
			case <-stop:
				return
			default:
			}
			c, err := net.DialTimeout("tcp", h.Addr(), time.Second)
			if err == nil {
				raws = append(raws, c)
			}
			time.Sleep(time.Millisecond)
		}
		<-stop
	}()
	huge := strings.Repeat("u", 250<<10)
	for w := 0; w < 2; w++ {
		go func() { // 250 KB user names
			for {
				select {
				case <-stop:
					return
				default:
				}
				if c, err := dial(h.Addr(), huge, "wrong-code"); err == nil {
					c.Close()
				}
				time.Sleep(20 * time.Millisecond)
			}
		}()
	}
}

func hostLoad(b *testing.B, attacks func(*testing.B, *Host, chan struct{})) {
	const tables, perTeam, observers = 16, 3, 4
	for b.Loop() {
		name, data, _ := content.Read(content.Default)
		s, err := scenario.Load(name, data)
		if err != nil {
			b.Fatal(err)
		}
		all := tables
		if attacks != nil {
			all++
		}
		h := start(b, Config{Scenario: s, Tables: all, MaxSessions: 400, SeatSessions: 40, NoAnimation: noAnimation})
		screens := make([][]*screen, tables)
		for n := 1; n <= tables; n++ {
			for _, team := range []string{"cn", "us"} {
				for k := 0; k < perTeam; k++ {
					screens[n-1] = append(screens[n-1], open(b, h, teamUser(n, team)))
				}
			}
			for k := 0; k < observers; k++ {
				screens[n-1] = append(screens[n-1], open(b, h, observerUser(n)))
			}
		}
		// Let every session draw its first screen.
		for _, ss := range screens {
			for _, s := range ss {
				deadline := time.Now().Add(20 * time.Second)
				for s.size() < 200 && time.Now().Before(deadline) {
					time.Sleep(10 * time.Millisecond)
				}
			}
		}
		stop := make(chan struct{})
		if attacks != nil {
			attacks(b, h, stop)
			time.Sleep(2 * time.Second) // the attacks under way
		}
		var ru0 syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
		var ms0 runtime.MemStats
		runtime.ReadMemStats(&ms0)
		var mu sync.Mutex
		var lat []time.Duration
		var wg sync.WaitGroup
		for n := 0; n < tables; n++ {
			wg.Add(1)
			go func(n int) {
				defer wg.Done()
				rng := rand.New(rand.NewPCG(uint64(n), 7))
				tb := h.tables[n].Table
				for moves := 0; moves < 40 && !tb.View("").Over; moves++ {
					team := []string{"cn", "us"}[moves%2]
					measure := team == "us" // the second choice completes the round: every screen must change
					v := tb.View(team)
					if v.Over || v.MyChoice != nil {
						continue
					}
					time.Sleep(time.Duration(20+rng.IntN(60)) * time.Millisecond)
					before := make([]int, len(screens[n]))
					for i, s := range screens[n] {
						before[i] = s.size()
					}
					start := time.Now()
					if v.Question != nil {
						tb.Apply(engine.Input{Kind: engine.Assess, Team: team, Hypothesis: v.Question.Hypotheses[0].ID, Confidence: 70})
					}
					if err := tb.Apply(engine.Input{Kind: engine.Choose, Team: team, Option: v.Options[rng.IntN(min(2, len(v.Options)))].ID}); err != nil {
						continue
					}
					if !measure {
						continue
					}
					for i, s := range screens[n][:2*perTeam] {
						for s.size() == before[i] && time.Since(start) < 5*time.Second {
							time.Sleep(time.Millisecond)
						}
						if s.size() == before[i] && debugLoad {
							println("table", n+1, "screen", i, "not redrawn; round", tb.View("").Round, "a decided", tb.View("").Teams[0].Decided)
						}
					}
					mu.Lock()
					lat = append(lat, time.Since(start))
					mu.Unlock()
					// Every session's people read the reveal and go on, as a
					// table's people do: Enter leaves it for the next round.
					for _, s := range screens[n] {
						s.in.Write([]byte("\r"))
					}
				}
			}(n)
		}
		wg.Wait()
		rss := rssMB()
		close(stop)
		var ru1 syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		if len(lat) == 0 {
			b.Fatal("no choice was measured")
		}
		p99 := lat[min(len(lat)-1, len(lat)*99/100)]
		cpu := time.Duration(ru1.Utime.Nano()+ru1.Stime.Nano()-ru0.Utime.Nano()-ru0.Stime.Nano()) * time.Nanosecond
		b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
		b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
		b.ReportMetric(rss, "rss-MB")
		b.ReportMetric(cpu.Seconds(), "cpu-s")
		b.ReportMetric(float64(ms.TotalAlloc-ms0.TotalAlloc)/(1<<20), "alloc-MB")
		b.ReportMetric(float64(ms.NumGC-ms0.NumGC), "gcs")
		b.ReportMetric(float64(len(lat)), "choices")
	}
}
