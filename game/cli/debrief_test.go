package cli

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// `brink debrief` is listed, says what it needs, and never writes to the
// journal it reads.
func TestDebriefCommand(t *testing.T) {
	code, out, _ := runCLI(t, "help")
	if code != ExitOK || !strings.Contains(out, "debrief") {
		t.Errorf("help does not list debrief:\n%s", out)
	}
	_, out, _ = runZh(t, "help")
	if !strings.Contains(out, "逐轮复盘") {
		t.Errorf("Chinese help lacks debrief's summary:\n%s", out)
	}
	code, _, errs := runCLI(t, "debrief")
	if code != ExitUsage || !strings.Contains(errs, "name one journal") {
		t.Errorf("no journal: exit %d, %q", code, errs)
	}
	p := simJournal(t, t.TempDir(), "g.jsonl")
	before, _ := os.ReadFile(p)
	code, out, errs = runCLI(t, "debrief", p)
	if code != ExitFail || out != "" || !strings.Contains(errs, "needs a terminal") {
		t.Errorf("without a terminal: exit %d, out %q, err %q", code, out, errs)
	}
	if after, _ := os.ReadFile(p); !bytes.Equal(before, after) {
		t.Error("debrief changed the journal")
	}
	_, _, errs = runZh(t, "debrief", p)
	if !strings.Contains(errs, "需要在终端中运行") {
		t.Errorf("Chinese: %q", errs)
	}
}
