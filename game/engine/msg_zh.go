package engine

import "github.com/brink-ttx/brink/game/bilingual"

// zhMsg is the Chinese of the messages an input's error and a game's end
// are said with.
var zhMsg = bilingual.Catalogue{
	"input %d (%s): %w":         "第 %d 项输入（%s）：%v",
	"%w: unknown kind %q":       "%v：未知的输入类型 %q",
	"%w %q":                     "%v %q",
	"%w: %s is not valid UTF-8": "%v：%s不是有效的 UTF-8",
	"%w: %s is %d characters; the limit is %d":     "%v：%s有 %d 个字符，上限是 %d",
	"%w: messages close once the team has decided": "%v：参演方作出决策后就不能再发消息",
	"%w: %q":                                                "%v：%q",
	"%w: empty message":                                     "%v：消息是空的",
	"%w: no hypothesis %q":                                  "%v：没有假设 %q",
	"%w: confidence %d%% is outside 1..100":                 "%v：把握度 %d%% 不在 1..100 之内",
	"%w: unknown meter %q":                                  "%v：未知的指标 %q",
	"%w: %q is per team: name the team":                     "%v：%q 是各方分列的指标，须写明参演方",
	"%w: %q is shared: name no team":                        "%v：%q 是共享指标，不能写参演方",
	"%w: a meter adjustment needs a reason":                 "%v：调整指标需要写明理由",
	"%w: delta %d is not a change within the meter's range": "%v：变化量 %d 不是该指标范围内的有效变化",
	"%w: unknown inject %q":                                 "%v：未知的事件 %q",

	// Why a game ended.
	"all %d rounds were played":                 "全部 %d 轮推演已完成",
	"no inject was left to play":                "已无可推演的事件",
	"tension reached the catastrophe threshold": "紧张度达到灾难阈值",
	"the scenario reached its ending":           "情景已走到结局",
	"ended by the facilitator":                  "主持人结束了推演",

	// What the reveal notes, and the evidence of the assessment and the hotline.
	"%s held: no decision.": "%s未作决定。",
	"Trust is low: %s's conciliatory move is read with suspicion (its calming effects are halved).": "互信低迷：%s的缓和举动遭到怀疑（缓和效果减半）。",
	"%s pressed while another side held back: its interests gain is capped at %d this round.":       "%s在另一方克制时施压：本轮其利益增幅以 %d 为限。",
	"Read \"%s\" at %d%%; the truth was \"%s\" (Brier %.2f).":                                       "判断为“%s”，信心%d%%；实际为“%s”（布里尔分数 %.2f）。",
	"Assessment": "研判",

	// The outcomes (Outcome.Name).
	"catastrophe": "灾难",
	"escalated":   "升级",
	"contained":   "受控",
	"resolved":    "化解",
	"Hotline":     "热线",
	"Used the open channel to ask and explain before deciding.": "决策前通过畅通的渠道询问和说明。",
}

// The texts checkText names.
var (
	theMessage   = bilingual.Pair{En: "the message", Zh: "消息"}
	theRationale = bilingual.Pair{En: "the rationale", Zh: "理由"}
	theReason    = bilingual.Pair{En: "the reason", Zh: "说明"}
)
