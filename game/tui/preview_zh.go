package tui

// previewZh is the Chinese of the strings only the preview says (Preview),
// keyed by their English.
var previewZh = map[string]string{
	"(no options: the game ends here, and this is the epilogue)": "（无选项：推演在此结束，本事件为尾声）",
	"scheduled in round %d": "排定于第 %d 轮",
	"weight %d/%d":          "权重 %d/%d",
	"follow-up of %s":       "后续事件，来自 %s",
	"conditional: fires on its own in the first round its condition holds": "条件事件：在条件首次成立的那一轮自动触发",
	"when":                           "条件",
	"may fire more than once":        "可多次触发",
	"the game ends after this round": "本轮结束后推演结束",
	"rule %d":                        "规则 %d",
	"stance %s..%s":                  "姿态 %s..%s",
	"truth":                          "真相",
	"whichever hypothesis holds the stance the %s chooses this round": "包含%s本轮所选姿态的那个假设",
	"No options for this seat.":                                       "本席位没有选项。",
	"hold: chosen when time runs out":                                 "默认选项：超时时选择",
	"historical":                                                      "历史上的选择",
	"offered while":                                                   "提供条件",
	"result":                                                          "结果",
	"effects":                                                         "效果",
	"marks":                                                           "原则评分",
	"sets":                                                            "设置",
	"clears":                                                          "清除",
	"opens":                                                           "开启",
	"closes":                                                          "关闭",
	"queues":                                                          "排入后续",
	"FACILITATOR ONLY":                                                "仅主持人可见",
	"Combination rules":                                               "组合规则",
	"stops later rules":                                               "停止后续规则",
	"Warnings":                                                        "警告",
	"other injects":                                                   "其他事件",
}

// The preview's strings join the UI's catalogue, zhMsg, where Common.Text
// finds them.
func init() {
	for en, zh := range previewZh {
		zhMsg[en] = zh
	}
}
