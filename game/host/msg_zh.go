package host

import "github.com/brink-ttx/brink/game/bilingual"

// zhMsg is the Chinese of the messages the host's start-up errors are said
// with.
var zhMsg = bilingual.Catalogue{
	"no scenario":                    "没有情景",
	"--tables %d: at most 99 tables": "--tables %d：最多 99 桌",
	"journal for table %d: %w":       "第 %d 桌的推演记录：%v",
	"host key %s: %w":                "主机密钥 %s：%v",
	"no table %d":                    "没有第 %d 桌",
	"%q is not a change":             "%q 不是有效的变化量",
}
