package score

import "github.com/brink-ttx/brink/game/scenario"

// Names are the principles' short names.
var Names = map[string]scenario.Text{
	"intent": {"en": "Read intentions", "zh": "判明意图"},
	"face":   {"en": "Leave a way out", "zh": "留有余地"},
	"time":   {"en": "Restraint and time", "zh": "克制与时间"},
	"sum":    {"en": "Positive-sum", "zh": "正和思维"},
}

// Name is the principle's short name.
func Name(id string) scenario.Text { return Names[id] }

// descriptors[principle][level-1] is the judge's one-line descriptor.
var descriptors = map[string][4]scenario.Text{
	"intent": {
		{"en": "Misread the other side and acted on the misreading.", "zh": "误判对方意图，并据此行事。"},
		{"en": "Read the other side unevenly; some reads were confident and wrong.", "zh": "对对方的判断时准时偏，有过自信却错误的判断。"},
		{"en": "Mostly read the other side well and checked before acting.", "zh": "大体判明对方意图，行动前有所核实。"},
		{"en": "Read the other side accurately, with calibrated confidence, and asked before acting.", "zh": "准确判明对方意图，信心恰当，先沟通后行动。"},
	},
	"face": {
		{"en": "Named, shamed and pressed to the maximum; left the other side no way out.", "zh": "点名羞辱、极限施压，未给对方留下退路。"},
		{"en": "Mixed quiet channels with public pressure that cost the other side face.", "zh": "私下渠道与公开施压并用，令对方难以下台。"},
		{"en": "Mostly kept disputes private and left room to compromise.", "zh": "大体保持低调处理，为妥协留有空间。"},
		{"en": "Consistently offered the other side a decent, face-saving way to compromise.", "zh": "始终为对方提供体面的妥协途径。"},
	},
	"time": {
		{"en": "Used force or rushed ultimatums; let the crisis spill into other fields.", "zh": "动用武力或仓促发出最后通牒，任由危机外溢。"},
		{"en": "Showed restraint at times, but pressed deadlines or hit back quickly.", "zh": "有时克制，但也曾催逼期限或迅速反击。"},
		{"en": "Mostly held back and gave the other side time to act.", "zh": "大体保持克制，给对方留出调整时间。"},
		{"en": "Held force back, kept professionals in the lead and gave time for slow coordination.", "zh": "不诉诸武力，由专业部门主导，为协调留足时间。"},
	},
	"sum": {
		{"en": "Played the crisis as zero-sum: losses for the other side were the aim.", "zh": "以零和思维应对危机，以对方受损为目标。"},
		{"en": "Sought some shared gains but often linked the crisis to unrelated disputes.", "zh": "有所寻求共同利益，但常将危机与无关争端挂钩。"},
		{"en": "Mostly looked for outcomes that left both sides better off.", "zh": "大体寻求双方都能受益的结果。"},
		{"en": "Built cooperation on shared threats and kept the crisis from spilling over.", "zh": "围绕共同威胁开展合作，防止危机外溢。"},
	},
}

// Descriptor is the one-line descriptor of a principle at a level (1–4).
func Descriptor(id string, level int) scenario.Text {
	d, ok := descriptors[id]
	if !ok || level < 1 || level > 4 {
		return nil
	}
	return d[level-1]
}
