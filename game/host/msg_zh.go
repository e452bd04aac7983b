package host

import "github.com/brink-ttx/brink/game/bilingual"

// zhMsg is the Chinese of the host's messages: its start-up errors, and
// what it tells a session outside the game's screen (why it ends, the
// join-code prompt). The facilitator's console has its own (game/console).
var zhMsg = bilingual.Catalogue{
	"no scenario":                        "没有情景",
	"--tables %d: at most 99 tables":     "--tables %d：最多 99 桌",
	"journal for table %d: %w":           "第 %d 桌的推演记录：%v",
	"host key %s: %w":                    "主机密钥 %s：%v",
	"no table %d":                        "没有第 %d 桌",
	"no seat %s":                         "没有席位 %s",
	"journal folder: %w":                 "推演记录文件夹：%v",
	"%s: %w":                             "%s：%v",
	"%s: too many hosted games named %s": "%s：名为 %s 的主持推演过多",
	"%s: no hosted game to resume":       "%s：没有可继续的主持推演",
	"%s: not a hosted game's seats":      "%s：不是主持推演的席位文件",
	"time ran out":                       "时间已到",
	"%s keeps its join code, as the new one could not be saved: %w": "%s 保留原加入码，因为新加入码无法保存：%v",

	// What a session reads outside the game's screen.
	"brink: this session has no verified seat":         "brink：此会话没有经过验证的席位",
	"brink: a terminal is needed: connect with ssh -t": "brink：需要终端：请用 ssh -t 连接",
	"brink: %v": "brink：%v",
	"brink: the host is full; try again later":                       "brink：主持端已满；请稍后再试",
	"The host is shutting down. Every game is saved in its journal.": "主持端正在停止。每局推演都已保存在推演记录中。",
	"The facilitator freed this seat.":                               "导演组释放了这个席位。",
	"The facilitator changed this seat's join code.":                 "导演组更换了这个席位的加入码。",
	"brink: this seat already has %d sessions; try again later":      "brink：这个席位已有 %d 个连接；请稍后再试",
	"brink: this session was idle too long; connect again to go on":  "brink：此会话空闲过久；请重新连接以继续",
}
