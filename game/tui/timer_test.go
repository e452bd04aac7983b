package tui

import (
	"strings"
	"testing"
	"time"
)

// --whole-round: the clock runs from the seat's brief, through the hotline
// and the assessment; when it runs out the seat holds, and the screen says
// the hold is private.
func TestTimerCoversTheWholeRound(t *testing.T) {
	for _, whole := range []bool{false, true} {
		s := demo(t)
		tb := newTable(t, s, demoSeed, "fixed", "cn")
		now := fixedNow
		m := New(Config{Table: tb, Humans: []string{"cn"}, TurnTime: 2 * time.Minute, WholeRound: whole, Now: func() time.Time { return now }, NoAnimation: true}, nil)
		m.Update(sizeMsg(120, 40))
		if got := strings.Contains(m.View().Content, "Time left 2:00"); got != whole {
			t.Fatalf("whole %v: the brief shows the timer: %v\n%s", whole, got, plain(m.View().Content))
		}
		press(m, kEnter) // the hotline
		now = now.Add(90 * time.Second)
		m.Update(timerTickMsg{gen: m.timerGen})
		if !whole {
			if m.cur != scrHotline || strings.Contains(m.View().Content, "Time left") {
				t.Fatalf("whole false: the hotline has no clock:\n%s", plain(m.View().Content))
			}
			continue
		}
		if !strings.Contains(m.View().Content, "Time left 0:30") {
			t.Fatalf("the clock runs on the hotline:\n%s", plain(m.View().Content))
		}
		press(m, kTab) // the assessment, with the same clock
		if !strings.Contains(m.View().Content, "Time left 0:30") {
			t.Fatalf("the assessment restarts the clock:\n%s", plain(m.View().Content))
		}
		now = now.Add(time.Minute)
		m.Update(timerTickMsg{gen: m.timerGen})
		if m.cur != scrReveal {
			t.Fatalf("time ran out during the assessment: at %d, want the reveal", m.cur)
		}
		if c := m.sess.view.History[0].Choices[0]; !c.Held {
			t.Errorf("cn's choice %+v, want held", c)
		}
		if v := strings.Join(strings.Fields(plain(m.View().Content)), " "); !strings.Contains(v, "holds, in private - nothing is announced") {
			t.Errorf("the screen does not say the hold is private:\n%s", plain(m.View().Content))
		}
	}
}

// The screen says what a hold is: always private. A scenario's public hold
// option is not taken (the engine holds with no decision instead).
func TestTimerSaysWhatTheHoldIs(t *testing.T) {
	for _, public := range []bool{false, true} {
		s := demo(t)
		if public {
			for i := range s.Injects[0].Options["cn"] {
				if o := &s.Injects[0].Options["cn"][i]; o.Hold {
					o.Visibility = "public"
				}
			}
		}
		tb := newTable(t, s, demoSeed, "fixed", "cn")
		now := fixedNow
		m := New(Config{Table: tb, Humans: []string{"cn"}, TurnTime: time.Minute, Now: func() time.Time { return now }, NoAnimation: true}, nil)
		m.Update(sizeMsg(120, 40))
		press(m, kEnter, kTab, kEnter)
		v := strings.Join(strings.Fields(plain(m.View().Content)), " ")
		note := map[bool]string{false: "If time runs out you hold, in private: Deny and wait", true: "If time runs out you hold, in private: no decision"}[public]
		if !strings.Contains(v, note) {
			t.Errorf("public %v: the decision lacks %q:\n%s", public, note, plain(m.View().Content))
		}
		now = now.Add(2 * time.Minute)
		m.Update(timerTickMsg{gen: m.timerGen})
		v = strings.Join(strings.Fields(plain(m.View().Content)), " ")
		status := "holds, in private"
		if !strings.Contains(v, status) {
			t.Errorf("public %v: the status lacks %q:\n%s", public, status, plain(m.View().Content))
		}
	}
}
