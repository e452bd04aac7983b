package score

import "github.com/brink-ttx/brink/game/bilingual"

// zhMsg is the Chinese of the principles' names and of the descriptors'
// words, keyed by their English format.
var zhMsg = bilingual.Catalogue{
	// The principles' short names.
	"Read intentions":    "判明意图",
	"Leave a way out":    "留有余地",
	"Restraint and time": "克制与时间",
	"Positive-sum":       "正和思维",

	// A descriptor: how the evidence moved a principle.
	"Judged, and found level": "经过检验，无增无减",
	"Only gains":              "只有加分",
	"Only losses":             "只有扣分",
	"More gained than lost":   "得多于失",
	"More lost than gained":   "失多于得",
	"As much gained as lost":  "得失相当",
	"%d gain (+%d)":           "加分 %d 次（+%d）",
	"%d gains (+%d)":          "加分 %d 次（+%d）",
	"%d loss (-%d)":           "扣分 %d 次（-%d）",
	"%d losses (-%d)":         "扣分 %d 次（-%d）",
	"%d without effect":       "%d 次无增减",
	"%s, %s":                  "%s，%s",
	"%s: %s":                  "%s：%s",
	"%s; most: R%d %s (%+d)":  "%s；影响最大：第%d轮 %s（%+d）",
	"%s.":                     "%s。",
	"Not tested: no choice or read touched it.": "未经检验：没有任何选择或研判涉及此项。",
}
