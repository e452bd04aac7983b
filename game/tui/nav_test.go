package tui

import (
	"slices"
	"testing"
)

// The screens before a game answer with what they decided (the scenario,
// the seats), and need no root model to do it.
func TestScreensAnswerWithTheirDecision(t *testing.T) {
	s := demo(t)
	cfg := menuConfig(t, s)
	c := NewCommon(0, "en")
	lib := newLibrary(cfg)

	n, _ := newTitle(c, lib, "").Update(kEnter)
	if got, ok := n.(navSetup); !ok || got.scenario != s {
		t.Errorf("Enter on the title: %#v, want the seat setup of the default scenario", n)
	}

	p := newPicker(c, lib, nil)
	p.SetSize(100, 30)
	p.Update(kDown) // the second entry does not load
	if n, _ := p.Update(kEnter); n != stay {
		t.Errorf("Enter on a scenario that does not load: %#v, want to stay", n)
	}
	p.Update(kUp)
	if n, _ := p.Update(kEnter); n != (navSetup{s}) {
		t.Errorf("Enter on the picker: %#v, want the seat setup of %s", n, s.ID)
	}

	u := newSetup(c, &cfg, s)
	u.SetSize(100, 30)
	n, _ = u.Update(kEnter)
	start, ok := n.(navStart)
	want := Setup{Scenario: s, Seed: cfg.Seed, Seats: map[string]string{"cn": Human, "us": "dove"}, Humans: []string{"cn"}}
	if !ok || start.setup.Scenario != s || start.setup.Seed != want.Seed || !slices.Equal(start.setup.Humans, want.Humans) ||
		len(start.setup.Seats) != 2 || start.setup.Seats["cn"] != Human || start.setup.Seats["us"] != "dove" {
		t.Errorf("Enter on the seat setup: %#v, want to start %+v", n, want)
	}

	report := []string{"/tmp/r.md"}
	cfg.SaveReport = func() ([]string, error) { return report, nil }
	mn := newMenu(c, &cfg)
	mn.open("/tmp/brink/test.jsonl")
	mn.SetSize(80, 20)
	if n, _ := mn.Update(kEsc); n != (navResume{}) {
		t.Errorf("Esc on the menu: %#v, want to resume", n)
	}
	mn.Update(kDown)
	mn.Update(kDown)
	n, _ = mn.Update(kEnter)
	if sq, ok := n.(navSaveQuit); !ok || !slices.Equal(sq.saved, report) {
		t.Errorf("save and quit: %#v, want to quit with %v saved", n, report)
	}
}

// The root carries out the answers: the setup it is given is the game it
// starts.
func TestNavigateStartsTheGameItIsGiven(t *testing.T) {
	s := demo(t)
	m := titleModel(t)
	m.Update(sizeMsg(80, 24))
	m.navigate(navSetup{s})
	if m.cur != scrSetup || m.chosen != s {
		t.Fatalf("navSetup: screen %d, chosen %v", m.cur, m.chosen)
	}
	m.navigate(navStart{Setup{Scenario: s, Seed: 3, Seats: map[string]string{"cn": "dove", "us": Human}, Humans: []string{"us"}, Names: map[string]string{"us": "Pat"}}})
	if m.sess == nil || m.cur != scrBrief || m.sess.seat != "us" || m.sess.names["us"] != "Pat" {
		t.Fatalf("navStart should start a solo game as us: screen %d", m.cur)
	}
}
