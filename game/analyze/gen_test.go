package analyze

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite generated test fixtures")

// genScenario writes a scenario of n scheduled rounds with four options per
// team per inject, assessments of both kinds, combination rules, flags, a
// channel that can close and reopen, a follow-up, weighted alternatives and
// two conditional injects: the shape of a built-in scenario, at any length.
func genScenario(n int) string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("id = \"bench%d\"\ntitle = \"Generated benchmark, %d rounds\"\nrounds = %d\n\n", n, n, n)
	p("[[teams]]\nid = \"cn\"\nname = \"Chinese delegation\"\nlines = [\"We propose to discuss this quietly.\", \"Please share what you have seen.\"]\n")
	p("[[teams]]\nid = \"us\"\nname = \"U.S. delegation\"\nlines = [\"We want to avoid a misunderstanding.\", \"Our experts are ready to talk.\"]\n\n")
	p("[[flags]]\nid = \"pressed\"\n[[flags]]\nid = \"struck\"\n[[flags]]\nid = \"unused\"\n\n")
	p("[[channels]]\nid = \"hotline\"\nname = \"Hotline\"\n\n")
	for r := 1; r <= n; r++ {
		alts := []string{""}
		if r == 5 {
			alts = []string{"a", "b"}
		}
		for ai, alt := range alts {
			id := fmt.Sprintf("s%d%s", r, alt)
			p("[[injects]]\nid = %q\nround = %d\ntitle = \"Round %d\"\nbrief = \"Something happens (%s).\"\n", id, r, r, id)
			if alt != "" {
				p("weight = %d\n", 2-ai)
			}
			p("intel.cn = \"Your services see part of it.\"\nintel.us = \"Your services see another part.\"\n")
			p("[injects.assess.us]\nquestion = \"Who did it?\"\ntruth = %q\n", []string{"state", "third", "crime"}[r%3])
			for _, h := range []string{"state", "third", "crime"} {
				p("[[injects.assess.us.hypotheses]]\nid = %q\ntext = \"The %s.\"\n", h, h)
			}
			p("[injects.assess.cn]\nquestion = \"How will the U.S. answer?\"\ntruth = \"choice\"\nabout = \"us\"\n")
			p("[[injects.assess.cn.hypotheses]]\nid = \"quiet\"\ntext = \"Quietly.\"\nstances = [-2, 0]\n")
			p("[[injects.assess.cn.hypotheses]]\nid = \"loud\"\ntext = \"Loudly.\"\nstances = [1, 2]\n")
			for ti, team := range []string{"cn", "us"} {
				hist := (r + ti) % 4
				opt := func(k int, body string) {
					p("[[injects.options.%s]]\n%s", team, body)
					if k == hist {
						p("historical = true\n")
					}
				}
				opt(0, "id = \"talk\"\nlabel = \"Talk\"\nstance = -2\nwhen = \"channels.hotline\"\neffects = { tension = -6, trust = 6, interests = -2 }\nmarks.intent = { weight = 10, reason = \"Asks first.\" }\nmarks.face = { weight = 5, reason = \"Privately.\" }\n")
				opt(1, "id = \"quiet\"\nlabel = \"Quiet\"\nstance = -1\nhold = true\neffects = { tension = -2, trust = 2, interests = -1 }\nmarks.face = { weight = 5, reason = \"No audience.\" }\n")
				extra := ""
				if r%3 == 0 {
					extra = "set = [\"pressed\"]\n"
				}
				opt(2, "id = \"press\"\nlabel = \"Press\"\nstance = 1\nvisibility = \"public\"\neffects = { tension = 5, trust = -3, interests = { self = 3, others = -2 } }\nmarks.face = { weight = -5, reason = \"In public.\" }\n"+extra)
				extra = ""
				if r == 3 {
					extra = "follow = [\"protest\"]\nset = [\"struck\"]\n"
				}
				if r == 4 {
					extra = "close = [\"hotline\"]\n"
				}
				opt(3, "id = \"strike\"\nlabel = \"Strike\"\nstance = 2\nvisibility = \"public\"\neffects = { tension = 10, trust = -8, interests = { self = 5, others = -4 } }\nmarks.time = { weight = -15, reason = \"Counter-hacks.\" }\nmarks.sum = { weight = -10, reason = \"Aims at the other's loss.\" }\n"+extra)
			}
			p("[[injects.rules]]\nid = \"clash\"\nwhen = 'stance(\"cn\") >= 1 && stance(\"us\") >= 1'\nnarrative = \"Both sides press.\"\neffects = { tension = 8 }\nstop = true\n")
			p("[[injects.rules]]\nid = \"calm\"\nwhen = 'stance(\"cn\") < 0 && stance(\"us\") < 0'\nnarrative = \"Both sides calm things.\"\neffects = { tension = -3, trust = 4 }\n\n")
		}
	}
	p("[[injects]]\nid = \"protest\"\ntitle = \"A protest\"\nbrief = \"The struck side protests.\"\n")
	for _, team := range []string{"cn", "us"} {
		p("[[injects.options.%s]]\nid = \"accept\"\nlabel = \"Accept\"\nstance = -1\neffects = { tension = -3 }\n", team)
		p("[[injects.options.%s]]\nid = \"reject\"\nlabel = \"Reject\"\nstance = 1\neffects = { tension = 3, interests = 1 }\n", team)
	}
	p("\n[[injects]]\nid = \"spill\"\nwhen = \"tension >= 60 && flags.pressed\"\ntitle = \"Trade notices\"\nbrief = \"Trade officials ask questions.\"\n")
	for _, team := range []string{"cn", "us"} {
		p("[[injects.options.%s]]\nid = \"wall\"\nlabel = \"Keep trade apart\"\nstance = -1\neffects = { tension = -4 }\nmarks.sum = { weight = 10, reason = \"Keeps trade apart.\" }\n", team)
		p("[[injects.options.%s]]\nid = \"link\"\nlabel = \"Link to trade\"\nstance = 2\neffects = { tension = 6, interests = { self = 2, others = -3 } }\nmarks.sum = { weight = -10, reason = \"Links trade.\" }\n", team)
	}
	p("\n[[injects]]\nid = \"reopen\"\nwhen = \"!channels.hotline && round >= 6 && !flags.struck\"\ntitle = \"An offer to reopen the line\"\nbrief = \"Officials suggest reopening the hotline.\"\n")
	for _, team := range []string{"cn", "us"} {
		p("[[injects.options.%s]]\nid = \"reopen\"\nlabel = \"Reopen\"\nstance = -1\nopen = [\"hotline\"]\neffects = { trust = 3 }\n", team)
		p("[[injects.options.%s]]\nid = \"refuse\"\nlabel = \"Refuse\"\nstance = 1\neffects = { trust = -3 }\n", team)
	}
	return b.String()
}

func TestGeneratedFixture(t *testing.T) {
	const path = "testdata/bench10.toml"
	want := genScenario(10)
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("%s is stale: run go test ./game/analyze -run TestGeneratedFixture -update", path)
	}
}
