package bot

import (
	"math/rand/v2"
	"testing"
)

func TestReplyFollowsLeaningAndMessage(t *testing.T) {
	get := func(name string) Policy {
		p, err := Get(name)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	rng := func() *rand.Rand { return rand.New(rand.NewPCG(1, 2)) }
	cases := []struct {
		policy, msg, want string
	}{
		{"hawk", "You must stop this at once.", "We do not accept demands. Any further step will be answered."},
		{"dove", "We propose that our experts compare notes.", "We welcome that. Let us set a time for our experts to meet."},
		{"principled", "Who is behind the implant?", "We will answer plainly. Tell us what you have seen, and we will check it on our side before we act."},
		{"principled", "停止你们的行动，否则后果自负。", "我们不会在最后通牒下行事，但会研究你方的证据，并在合理时间内答复。"},
		{"tit-for-tat", "We regret the incident; it was not authorised.", "Thank you. We take that in good faith."},
		{"tit-for-tat", "Stop now or else.", "We do not accept demands. Any further step will be answered."},
		{"realist", "Show us the logs.", "Message received."}, // "show" is not "how"
		{"random", "Hello.", "Message received."},
	}
	for _, c := range cases {
		if got := Reply(get(c.policy), c.msg, rng()); got != c.want {
			t.Errorf("%s to %q: %q, want %q", c.policy, c.msg, got, c.want)
		}
	}
	// Every leaning answers every kind of message, in both languages.
	for l, byKind := range replies {
		for k := msgOther; k <= msgReassure; k++ {
			if len(byKind[k]) == 0 {
				t.Errorf("leaning %d has no answer to kind %d", l, k)
			}
			for _, line := range byKind[k] {
				if line.In("en") == "" || line["zh"] == "" {
					t.Errorf("leaning %d kind %d: a line without both languages", l, k)
				}
			}
		}
	}
}
