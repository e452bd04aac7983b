package host

import "github.com/brink-ttx/brink/game/bilingual"

// zhMsg is the Chinese of the host's messages: its start-up errors, what
// it tells a session outside the game's screen (why it ends, the join-code
// prompt), and the lines the facilitator's console says after each act.
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

	// The facilitator's console: what each act did, or why it did nothing.
	"clock started at table %d":                                  "第 %d 桌已开始计时",
	"clock paused at table %d":                                   "第 %d 桌的计时已暂停",
	"clock resumed at table %d":                                  "第 %d 桌的计时已继续",
	"clock extended by 1 minute at table %d":                     "第 %d 桌的计时延长了 1 分钟",
	"the undecided teams at table %d hold":                       "第 %d 桌尚未决定的参演方按默认选项处理",
	"inject %s comes next at table %d":                           "事件 %s 将在第 %d 桌的下一回合出现",
	"seat %s freed: %d sessions disconnected":                    "席位 %s 已释放：断开了 %d 个连接",
	"seat %s has the join code %s now: %d sessions disconnected": "席位 %s 的加入码现为 %s：断开了 %d 个连接",
	"%s %+d at table %d, journaled with its reason":              "%s %+d（第 %d 桌），已连同理由记入推演记录",
	"game ended at table %d":                                     "第 %d 桌的推演已结束",
	"the host runs without --turn-time: there is no clock":       "主持端未设置 --turn-time：没有计时",
	"the clock at table %d is already running":                   "第 %d 桌已在计时",
	"no clock is running at table %d (s starts it)":              "第 %d 桌没有在计时（按 s 开始）",
	"%q is not a change (e.g. +10 or -5)":                        "%q 不是有效的变化量（如 +10 或 -5）",
}

// message is a line for a reader whose language is known only when it is
// said: its format is English, its Chinese in zhMsg.
type message struct {
	format string
	args   []any
}

// say makes a message of a format of zhMsg.
func say(format string, a ...any) message { return message{format, a} }

// In is the message in lang.
func (m message) In(lang bilingual.Lang) string { return zhMsg.Sprintf(lang, m.format, m.args...) }
