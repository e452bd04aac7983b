package analyze

import "github.com/brink-ttx/brink/game/bilingual"

// zhMsg is the Chinese of the messages an analysis's errors are said with.
var zhMsg = bilingual.Catalogue{
	"the number of games must be at least 1":                          "局数至少为 1",
	"policy %q is named twice":                                        "电脑风格 %q 重复出现",
	"%d policies for %d teams make more than %d pairings: name fewer": "%d 种电脑风格配 %d 个参演方，组合超过了 %d 种：请少选几种",
	"seed %d, round %d: %w":                                           "种子 %d，第 %d 轮：%v",
	"seed %d, round %d: %v; holding: %w":                              "种子 %d，第 %d 轮：%v；按默认选项处理时又出错：%v",
}
