package analyze

import "github.com/brink-ttx/brink/game/bilingual"

// zhMsg is the Chinese of the package's messages: an analysis's errors,
// and the text report's headings, labels, explanations and warnings.
var zhMsg = bilingual.Catalogue{
	"the number of games must be at least 1":                          "局数至少为 1",
	"policy %q is named twice":                                        "电脑风格 %q 重复出现",
	"%d policies for %d teams make more than %d pairings: name fewer": "%d 种电脑风格配 %d 个参演方，组合超过了 %d 种：请少选几种",
	"seed %d, round %d: %w":                                           "种子 %d，第 %d 轮：%v",
	"seed %d, round %d: %v; holding: %w":                              "种子 %d，第 %d 轮：%v；按默认选项处理时又出错：%v",

	// The text report.
	"%s — %s\n": "%s——%s\n",
	"%d personalities (%s), %d teams: %d pairings × %d games = %d games, seed %d\n\n": "%d 种电脑风格（%s），%d 个参演方：%d 种组合 × 每种 %d 局 = 共 %d 局，种子 %d\n\n",
	"OUTCOMES": "结局",
	"pairing\tcatastrophe\tescalated\tcontained\tresolved\trounds\t": "组合\t灾难\t升级\t受控\t化解\t平均轮数\t",
	"\nSCORES AND INTERESTS — mean ± sd [p10..p90]":                  "\n得分与利益——均值 ± 标准差 [p10..p90]",
	"pairing\tteam\tintent\tface\ttime\tsum\tinterests\tholds\t":     "组合\t参演方\t判明意图\t留有余地\t克制与时间\t正和思维\t利益\t超时默认\t",
	"%s (%s)":                           "%s（%s）",
	"\nINJECTS — games each fired in":   "\n事件——各事件触发过的对局占比",
	"inject\tkind\tfired in\ttimes\t\t": "事件\t类型\t触发对局\t次数\t\t",
	"NEVER FIRED":                       "从未触发",
	"\nOPTIONS — chosen: share of the rounds it was offered; deliberate: share of contested rounds a deliberate personality chose it": "\n选项——选择率：在提供它的回合中被选中的比例；审慎选择率：在有其他选项可选的回合中，审慎型电脑风格选中它的比例",
	"inject\tteam\toption\tstance\toffered\tchosen\tdeliberate\t\t":                                                                   "事件\t参演方\t选项\t姿态\t提供次数\t选择率\t审慎选择率\t\t",
	"never offered":          "从未提供",
	"NEVER CHOSEN":           "从未被选",
	"DOMINANT":               "占优",
	"\nFLAGS":                "\n标志",
	"flag\tset in\tread\t\t": "标志\t设置过的对局\t有条件读取\t\t",
	"NEVER SET":              "从未设置",
	"NEVER READ":             "从未读取",
	"yes":                    "是",
	"no":                     "否",
	" (starts set)":          "（开局即已设置）",
	"No warnings: every inject fired, every option was chosen, no option dominated, every flag was set and read.": "没有警告：每个事件都触发过，每个选项都有人选过，没有占优的选项，每个标志都设置过也被读取过。",
	"WARNINGS (%d)\n":            "警告（%d）\n",
	"\nDominant: %s\n":           "\n占优：%s\n",
	"inject %s (%s) never fired": "事件 %s（%s）从未触发",
	"option %s was never offered (its condition never held)":                              "选项 %s 从未被提供（它的条件从未成立）",
	"option %s was never chosen":                                                          "选项 %s 从未被选中",
	"option %s is dominant: every deliberate personality offered it (%s) always chose it": "选项 %s 占优：遇到它的每种审慎型电脑风格（%s）都总是选它",
	"flag %s is never set and never read by any condition":                                "标志 %s 从未被设置，也没有任何条件读取它",
	"flag %s is never set":                                                                "标志 %s 从未被设置",
	"flag %s is never read by any condition":                                              "没有任何条件读取标志 %s",
}
