package report

import "github.com/brink-ttx/brink/game/bilingual"

// zhMsg is the Chinese of the messages a report's errors are said with.
var zhMsg = bilingual.Catalogue{
	"no journals to compare": "没有可比较的推演记录",
	"the journals play different scenarios (%s); compare one scenario at a time": "这些推演记录用的是不同的情景（%s）；一次只能比较同一个情景",
	"%s: too many reports beside this journal":                                   "%s：这份推演记录旁边的报告太多了",
}
