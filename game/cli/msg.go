package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"sync"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/bot"
)

// The command line's own words in Chinese: the help, each command's
// usage and flags, its errors and notes, and validate's summary. The
// language comes from the command's --lang once it has been read, else from
// the environment (LC_ALL, LC_MESSAGES, LANG); the command line has no
// global --lang. Messages are keyed by their English format, so the English
// stays where it is written. The errors of the other packages carry their
// own Chinese (the loader's problems and lint warnings, a journal's errors,
// a bot's, the engine's, the host's), and the operating system's are said
// by their errno (package bilingual): say asks each error for it.

// zh reports whether the user reads Chinese.
func (c *Ctx) zh() bool { return c.language() == "zh" }

// language is the user's language: the command's --lang, else the
// environment's.
func (c *Ctx) language() bilingual.Lang {
	if c.lang != "" {
		return c.lang
	}
	lang, _ := pickLang(c, "")
	return lang
}

// tr is an English format in the user's language, not yet formatted.
func (c *Ctx) tr(format string) string {
	if zf, ok := zhMsg[format]; ok && c.zh() {
		return zf
	}
	return format
}

// trf formats format in the user's language; an error among the arguments
// is said in the same language.
func (c *Ctx) trf(format string, a ...any) string {
	return zhMsg.Sprintf(c.language(), format, a...)
}

// textErr is an error of the command line (not another package's) that
// can be said in Chinese: exit status 1. %w wraps as in fmt.Errorf.
func textErr(format string, a ...any) error { return zhMsg.Errorf(format, a...) }

// say is err as the user should read it, in the user's language.
func (c *Ctx) say(err error) string { return bilingual.Say(err, c.language()) }

// reason is an I/O error without the path or paths it names: what the
// system said.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// The flag package's errors, in Chinese (compiled the first time one is
// said in Chinese).
var flagErrors = sync.OnceValue(func() []flagError {
	return []flagError{
		{regexp.MustCompile(`^flag provided but not defined: (.+)$`), "没有这个选项：$1"},
		{regexp.MustCompile(`^flag needs an argument: (.+)$`), "选项 $1 需要一个值"},
		{regexp.MustCompile(`^invalid boolean value (".*") for (.+): .*$`), "选项 $2 的值 $1 无效：应为 true 或 false"},
		{regexp.MustCompile(`^invalid value (".*") for flag (.+): (.*)$`), "选项 $2 的值 $1 无效：$3"},
	}
})

type flagError struct {
	re *regexp.Regexp
	zh string
}

// flagErr is a flag parsing error in the environment's language.
func (c *Ctx) flagErr(err error) string {
	s := err.Error()
	if !c.zh() {
		return s
	}
	for _, f := range flagErrors() {
		if m := f.re.FindStringSubmatch(s); m != nil {
			if len(m) > 3 {
				m[3] = c.tr(m[3]) // a flag's own message (the seed's)
			}
			out := f.zh
			for i := len(m) - 1; i >= 1; i-- {
				out = strings.ReplaceAll(out, fmt.Sprintf("$%d", i), m[i])
			}
			return out
		}
	}
	return s
}

// summary is a command's one-line description in the user's language.
func (c *Ctx) summary(name string) string { return c.tr(commands[name].summary) }

// flagUsage is a flag's description in the user's language. A usage is
// written as an English format; the one argument a usage may take is the
// list of the bots' personalities (sim's --seat, analyze's --seats).
func (c *Ctx) flagUsage(f *flag.Flag) string {
	if len(bilingual.Verbs(f.Usage)) == 0 {
		return c.tr(f.Usage)
	}
	return c.trf(f.Usage, personalities())
}

// personalities lists the bots' personalities, as each language lists.
func personalities() bilingual.Pair {
	names := bot.Names()
	return bilingual.Pair{En: strings.Join(names, ", "), Zh: strings.Join(names, "、")}
}

// zhMsg is the Chinese of the command line's messages, by their English
// format: its help, each command's summary and flags' usages, its errors
// and notes.
var zhMsg = bilingual.Catalogue{
	// The commands' summaries.
	"play a game in the terminal (the default)":                            "在终端里开始推演（不带命令时的默认操作）",
	"play a whole game headless, every seat a bot":                         "无人值守地推演一整局，每个席位都由电脑扮演",
	"play many seeded games and report a scenario's balance":               "用多个随机种子批量推演，报告情景的平衡性",
	"serve games over SSH to every seat":                                   "通过 SSH 为每个席位提供推演",
	"list the built-in scenarios":                                          "列出内置情景",
	"check scenario files and report every problem":                        "检查情景文件，报告全部问题",
	"write the after-action report of a game journal":                      "根据推演记录生成复盘报告",
	"walk through a game round by round, in the terminal, for its debrief": "在终端中逐轮复盘一局推演（选择、理由、研判与真相、态势与原则得分、讨论问题）",
	"continue a game from its journal":                                     "从推演记录继续一局推演",
	"print the JSON Schema of the scenario format":                         "输出情景格式的 JSON Schema",
	"write a new scenario skeleton":                                        "生成新情景的骨架文件",
	"show an inject as each seat would see it":                             "按各席位的视角预览一个事件",
	"print the version and the commit it was built from":                   "显示版本号及构建所用的提交",

	// play's flags.
	"draw only ASCII and wide characters, none of ambiguous width such as curly quotes and dashes (on by itself with RUNEWIDTH_EASTASIAN=1)": "只用 ASCII 和全角字符绘制界面，不用宽度有歧义的字符（RUNEWIDTH_EASTASIAN=1 时自动开启）",
	"show which principles each option touches (for classrooms)":                                                                             "显示每个选项涉及哪些原则（供教学使用）",
	"every team plays at this terminal, passing it on before each private phase":                                                             "所有参演方在本终端轮流操作，每到保密环节前交接终端",
	"write the game's journal to FILE (default: a new file in the data folder)":                                                              "把推演记录写入 FILE（默认：数据目录中的新文件）",
	"language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)":                                                                         "语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES 或 LANG）",
	"a built-in scenario id or a scenario file (skips the picker)":                                                                           "内置情景的 id 或情景文件（跳过情景选择）",
	"the game's seed (default: drawn at random)":                                                                                             "本局的随机种子（默认随机抽取）",
	"name this table, e.g. \"Group B\": the journal is named after it (unless --journal), and the reports show it":                           "为本桌命名，如 \"第二组\"：推演记录以此命名（除非用 --journal），报告中也会显示",
	"the team you play (solo); the computer plays the others":                                                                                "你扮演的参演方（单人推演）；其余由电脑扮演",
	"time for each decision, e.g. 3m; when it runs out the team holds":                                                                       "每次决策的时限，如 3m；超时的参演方按默认选项处理",
	"the --turn-time covers each team's whole round, from the brief to the decision":                                                         "--turn-time 涵盖每个参演方的整轮（从简报到决策），而不仅是决策",

	// sim's flags (analyze's --json too).
	"also write the game's journal to FILE (never overwrites)": "同时把推演记录写入 FILE（不覆盖已有文件）",
	"print one JSON object": "输出一个 JSON 对象",
	"language of the text output: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)": "文本输出的语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES 或 LANG）",
	"TEAM=POLICY (repeatable; all=POLICY sets every team); policies: %s":                "TEAM=POLICY（可重复；all=POLICY 设定所有参演方）；策略：%s",
	"the game's seed": "本局的随机种子",

	// analyze's flags.
	"games per pairing: every pairing of personalities plays N games, so the total is N times the pairings (all but historical on 2 teams: 36)": "每种组合推演的局数：每种电脑风格组合各推演 N 局，总局数为 N 乘以组合数（两个参演方、除 historical 外全部风格时为 36）",
	"language of the text report: en or zh (default: from LC_ALL, LC_MESSAGES or LANG); --json stays as it is":                                  "文本报告的语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES 或 LANG）；--json 的输出不变",
	"the personalities to pair, comma-separated (default: all but historical); known: %s, or a personality file":                                "参与配对的电脑风格，以逗号分隔（默认：除 historical 外全部）；可选：%s，或一个风格文件",
	"the base seed; game i of every pairing uses a seed derived from it and i":                                                                  "基础随机种子；每种组合的第 i 局使用由它和 i 导出的种子",
	"games played at once": "同时推演的局数",

	// host's flags.
	"the host's SSH key (default: brink/host_ed25519 in the user's config folder)":                                            "主机的 SSH 密钥（默认：用户配置目录下的 brink/host_ed25519）",
	"the name participants use to reach this machine, for the join commands":                                                  "参演人员连接本机所用的主机名，用于生成加入命令",
	"disconnect a session that types nothing this long":                                                                       "会话超过这么久没有任何输入即断开",
	"folder for the tables' journals (default: the brink data folder)":                                                        "各推演桌记录的存放目录（默认：brink 数据目录）",
	"default language of sessions: en or zh (default: from LC_ALL, LC_MESSAGES or LANG; a session's own LANG overrides)":      "会话的默认语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES 或 LANG；会话自己的 LANG 优先）",
	"address to listen on; a room's network needs e.g. 0.0.0.0:2222":                                                          "监听地址；供整个会场使用时需如 0.0.0.0:2222",
	"write the host's log to FILE (default: stderr)":                                                                          "把主机日志写入 FILE（默认：标准错误输出）",
	"most participants' sessions at once (the facilitator's come on top)":                                                     "参演人员同时的最多会话数（导演的会话另计）",
	"meters jump to their new values at the reveal (lighter for many sessions)":                                               "揭晓时指标直接跳到新值（会话多时更省资源）",
	"bring back a hosted game from its folder DIR (default: the latest in the journal folder), with the same seats and codes": "从主持推演的文件夹 DIR（默认：推演记录目录中最新的一个）继续，席位和加入码不变",
	"a built-in scenario id or a scenario file":                                                                               "内置情景的 id 或情景文件",
	"TEAM=POLICY: a computer plays that team at every table (repeatable)":                                                     "TEAM=POLICY：每张推演桌上都由电脑扮演该参演方（可重复）",
	"most sessions at once on one seat":                                                                                       "每个席位同时的最多会话数",
	"the seed of table 1 (table n plays seed+n−1; default: drawn at random)":                                                  "第 1 桌的随机种子（第 n 桌用 seed+n−1；默认随机抽取）",
	"how many independent games of the scenario (1–99)":                                                                       "同一情景同时进行的推演桌数（1–99）",
	"time for each decision, e.g. 3m; the facilitator starts, pauses and extends the clock":                                   "每次决策的时限，如 3m；由主持人开始、暂停和延长计时",

	// scenarios' flags (validate's and version's --json too).
	"print JSON": "输出 JSON",
	"language of titles: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)": "标题的语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES 或 LANG）",

	// validate's flags.
	"language of the problems and warnings: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)": "问题和警告的语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES 或 LANG）",
	"fail (exit 1) on lint warnings too": "有警告（lint）也算失败（退出码 1）",

	// report's flags.
	"compare every journal in folder DIR (one per table) instead: one comparison per scenario, each table by its name": "改为比较目录 DIR 中的所有推演记录（每桌一份）：每个情景各出一份比较，各桌按名称标注",
	"report a journal whose scenario has changed, or whose last line is cut off":                                       "即使情景已改动或记录最后一行不完整，也生成报告",
	"md, html or json (default: from -o's extension, else md)":                                                         "md、html 或 json（默认：按 -o 的扩展名，否则 md）",
	"language of the report: en or zh (default: the game's)":                                                           "报告的语言：en 或 zh（默认：推演时的语言）",
	"write to FILE (replacing it) instead of standard output":                                                          "写入 FILE（覆盖原文件），而不是标准输出",

	// resume's flags.
	"show the coach's hints": "显示教学提示",
	"replay the journal even if its scenario has changed since the game was played": "即使情景在推演后已改动，也重放记录",
	"language: en or zh (default: the game's)":                                      "语言：en 或 zh（默认：推演时的语言）",
	"time per decision, e.g. 3m (0: no timer)":                                      "每次决策的时限，如 3m（0：不限时）",

	// new's flags.
	"file to write (default NAME.toml; - for stdout)": "要写入的文件（默认 NAME.toml；- 表示标准输出）",
	"team ids, comma-separated, at least 2":           "参演方 id，以逗号分隔，至少 2 个",

	// preview's flags.
	"the inject to show (default: the first in the file)":                                   "要显示的事件（默认：文件中的第一个）",
	"language of the scenario's text: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)": "情景文本的语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES 或 LANG）",
	"show only this team's seat":                                                            "只显示这个参演方的席位",
	"wrap at this many columns (default: the terminal's, or $COLUMNS, or 80)":               "按这么多列换行（默认：终端宽度，或 $COLUMNS，或 80）",

	// sim's text output.
	"%s — seed %d\n":             "%s——种子 %d\n",
	"\nRound %d — %s\n":          "\n第 %d 轮——%s\n",
	"held: no decision":          "超时：未作决策",
	" (held)":                    "（超时默认）",
	"  %-4s %s [stance %+d]\n":   "  %-4s %s [姿态 %+d]\n",
	"  meters: %s\n":             "  指标：%s\n",
	"\nOutcome: %s (%s)\n":       "\n结局：%s（%s）\n",
	"Tension %d · Trust %d\n":    "紧张度 %d，互信 %d\n",
	"\n%s (%s) — interests %d\n": "\n%s（%s）——利益 %d\n",
	"  %s %3d  level %d — %s\n":  "  %s %3d  等级 %d——%s\n",
	"%s: %s\n":                   "%s：%s\n",

	// Help.
	"Brink — a tabletop exercise for cyber-crisis management between states.":        "Brink——国家间网络危机管理桌面推演。",
	"usage: brink [COMMAND] [ARGS]   (no command: play)":                             "用法：brink [命令] [参数]   （不带命令即开始推演）",
	"Run 'brink help COMMAND' or 'brink COMMAND --help' for a command's flags.":      "运行 'brink help 命令' 或 'brink 命令 --help' 查看某个命令的选项。",
	"The language comes from LC_ALL, LC_MESSAGES or LANG (zh_CN.UTF-8 for Chinese).": "界面语言取自 LC_ALL、LC_MESSAGES 或 LANG（英文界面可设 LANG=en_US.UTF-8）。",
	"usage: %s\n\n%s\n": "用法：%s\n\n%s\n",
	"\nflags:":          "\n选项：",
	" (default %s)":     "（默认 %s）",

	// The command line itself.
	"brink: unknown command %q; run 'brink help' for the list":                  "brink：没有命令 %q；运行 'brink help' 查看命令列表",
	"brink: unknown command %q; did you mean %s? run 'brink help' for the list": "brink：没有命令 %q；是想用 %s 吗？运行 'brink help' 查看命令列表",
	"use a duration with its unit, e.g. 3m, 90s or 1h30m":                       "请写带单位的时长，如 3m、90s 或 1h30m",
	" [flags]":                            " [选项]",
	"brink %s: %v; run 'brink %s --help'": "brink %s：%v；运行 'brink %s --help' 查看用法",
	"brink %s: %s\n":                      "brink %s：%s\n",
	"takes no arguments":                  "不接受参数",

	// Not found.
	"no built-in scenario %q and no such file (built-in: %s)": "没有内置情景 %q，也没有这个文件（内置情景：%s）",
	"%s: no inject %q (injects: %s)":                          "%s：没有事件 %q（事件：%s）",
	"%s: no team %q (teams: %s)":                              "%s：没有参演方 %q（参演方：%s）",

	// validate's summary line.
	"%s: %s (%s, %d teams, %d injects%s)\n": "%s：%s（%s，%d 个参演方，%d 个事件%s）\n",
	"ok":                                    "通过",
	"failed --strict":                       "未通过 --strict",
	"; %d warnings":                         "；%d 条警告",

	// scenarios.
	"ID\tTEAMS\tROUNDS\tMINUTES\tDIFFICULTY\tTITLE": "ID\t参演方\t轮数\t分钟\t难度\t标题",
	"  (default)": "  （默认）",

	// Usage errors.
	"--lang %q: use en or zh":                                                                "--lang %q：请用 en 或 zh",
	"name one scenario (a built-in id or a file)":                                            "请指定一个情景（内置 id 或文件）",
	"name one scenario; to pair personalities use --seats hawk,dove":                         "请指定一个情景；要配对电脑风格，请用 --seats hawk,dove",
	"name one scenario (got %s)":                                                             "请只指定一个情景（收到 %s）",
	"--games must be at least 1":                                                             "--games 至少为 1",
	"--workers must be at least 1":                                                           "--workers 至少为 1",
	"--seats %s: %v":                                                                         "--seats %s：%v",
	"takes no arguments (use --scenario)":                                                    "不接受参数（请用 --scenario）",
	"--tables %d: use 1 to 99":                                                               "--tables %d：请用 1 到 99",
	"--seat %q: use TEAM=POLICY with a team of %s":                                           "--seat %q：请用 TEAM=POLICY，TEAM 须是 %s 的参演方",
	"name the new scenario, as: brink new my-crisis":                                         "请为新情景命名，如：brink new my-crisis",
	"scenario name %q: use lower-case letters, digits, - and _":                              "情景名 %q：只能用小写字母、数字、- 和 _",
	"team id %q: use lower-case letters, digits, - and _":                                    "参演方 id %q：只能用小写字母、数字、- 和 _",
	"team %q is named twice":                                                                 "参演方 %q 重复出现",
	"a scenario needs at least 2 teams, as --teams us,cn":                                    "一个情景至少需要 2 个参演方，如 --teams us,cn",
	"takes no arguments (did you mean --scenario %s?)":                                       "不接受参数（是想用 --scenario %s 吗？）",
	"--turn-time must not be negative":                                                       "--turn-time 不能为负",
	"--table %q: give a name of at most 40 characters on one line, e.g. --table \"Group B\"": "--table %q：请用一行、不超过 40 个字符的名称，如 --table \"第二组\"",
	"--turn-time cannot be negative":                                                         "--turn-time 不能为负",
	"--team %s: scenario %q has no team %q (teams: %s)":                                      "--team %s：情景 %q 中没有参演方 %q（参演方：%s）",
	"--team %s: scenario %q has no team %q (teams: %s); did you mean --team %s?":             "--team %s：情景 %q 中没有参演方 %q（参演方：%s）；是想用 --team %s 吗？",
	"--team %s: no built-in scenario has team %q (teams: %s)":                                "--team %s：没有哪个内置情景有参演方 %q（参演方：%s）",
	"--team %s: no built-in scenario has team %q (teams: %s); did you mean --team %s?":       "--team %s：没有哪个内置情景有参演方 %q（参演方：%s）；是想用 --team %s 吗？",
	"name one scenario file or built-in id":                                                  "请指定一个情景文件或内置 id",
	"--width must be positive":                                                               "--width 必须为正数",
	"--format takes md, html or json, not %q":                                                "--format 只接受 md、html 或 json，不接受 %q",
	"name one journal, or a folder of them with --class DIR":                                 "请指定一份推演记录，或用 --class DIR 指定一个记录目录",
	"--class DIR takes no journal: it reads every journal in DIR":                            "--class DIR 不再接受单份记录：它会读取 DIR 中的全部记录",
	"name one journal, e.g. brink resume ~/.local/share/brink/20250314-093000-demo.jsonl":    "请指定一份推演记录，如 brink resume ~/.local/share/brink/20250314-093000-demo.jsonl",
	"name at least one scenario file or built-in id":                                         "请至少指定一个情景文件或内置 id",
	"--seat takes TEAM=POLICY, e.g. --seat us=hawk, not %q":                                  "--seat 的格式是 TEAM=POLICY，如 --seat us=hawk，而不是 %q",
	"--seat %s: scenario %q has no team %q (teams: %s)":                                      "--seat %s：情景 %q 中没有参演方 %q（参演方：%s）",
	"--seat %s=%s: %v":                                                                       "--seat %s=%s：%v",
	"%s: scenario %q marks no option of team %q as historical (what the real government did), so the historical personality cannot play it": "%s：情景 %q 没有为参演方 %q 标出任何历史选择（historical，即真实政府当时的做法），historical 风格无法扮演它",
	"seed must be a whole number from 0 to 18446744073709551615":                                                                            "种子必须是 0 到 18446744073709551615 之间的整数",

	// Errors and notes of the commands that read and write files.
	"%s: %v":               "%s：%v",
	"%s: cannot write: %v": "无法写入 %s：%v",
	"brink: %v":            "brink：%v",
	"journal %s: %w":       "推演记录 %s：%v",
	"journal: %w":          "推演记录：%v",
	"%s: a file of that name exists; brink never overwrites one (choose another --journal)": "%s：同名文件已存在；brink 从不覆盖文件（请用 --journal 另选一个文件名）",
	"%s: already exists; brink new never overwrites a file (choose another with -o)":        "%s：文件已存在；brink new 从不覆盖文件（请用 -o 另选一个文件名）",
	"%s: the game is over (%s); nothing to resume — 'brink report %s' writes its report":    "%s：这局推演已经结束（%s），无可继续；运行 'brink report %s' 可生成复盘报告",
	"%s after %d rounds": "%s，共 %d 轮",
	"brink resume: %s: %d inputs replayed; round %d of %s; the journal goes on in the same file\n": "brink resume：%s：已重放 %d 项输入；现在是第 %d 轮（情景 %s）；推演记录继续写入同一个文件\n",
	"brink: the game needs a terminal": "brink：推演需要在终端中进行",

	"%s:%d: the last line is cut off (the game stopped while writing it); 'brink resume %s' repairs the journal, or --force reports the events before it": "%s:%d: 最后一行不完整（推演在写入这一行时中断）；运行 'brink resume %s' 可修复推演记录，或用 --force 只为此前的条目生成报告",

	"%s: not a folder (--class takes a folder of journals, one per table)":            "%s：不是文件夹（--class 需要一个存放推演记录的文件夹，每桌一份）",
	"%s: no journals (*.jsonl) in this folder":                                        "%s：这个文件夹中没有推演记录（*.jsonl）",
	"%s: is a folder; -o takes a file name":                                           "%s：这是一个文件夹；-o 需要一个文件名",
	"%s: -o names the journal itself; choose another file":                            "%s：-o 指向的正是推演记录本身；请另选一个文件",
	"brink report: wrote %s\n":                                                        "brink report：已写入 %s\n",
	"wrote %s\n":                                                                      "已写入 %s\n",
	"next: brink validate --strict %s   (every problem and warning, with its line)\n": "下一步：brink validate --strict %s   （列出全部问题和警告及其行号）\n",
	"      brink preview %s --inject opening   (an inject as each seat sees it)\n":    "      brink preview %s --inject opening   （按各席位的视角查看一个事件）\n",
	"      brink sim %s   (a whole game, every seat a bot)\n":                         "      brink sim %s   （推演一整局，每个席位都由电脑扮演）\n",
	"brink play: no built-in scenario in this build; pass --scenario FILE":            "brink play：此版本没有内置情景；请用 --scenario FILE 指定情景文件",
	"brink play: needs a terminal (for a game without one, see 'brink sim')":          "brink play：需要在终端中运行（不用终端推演，请用 'brink sim'）",
	"no game has been started":                                                        "还没有开始推演",
	"brink sim: %s: %v":                                                               "brink sim：%s：%v",
	"brink analyze: %s: %v":                                                           "brink analyze：%s：%v",
	"brink analyze: %v":                                                               "brink analyze：%v",
	", %s left":                                                                       "，还需 %s",
	"\ranalyze %s %d/%d games (%d pairings × %d)%s\x1b[K":                             "\ranalyze %s %d/%d 局（%d 种组合 × %d 局）%s\x1b[K",

	// host.
	"listen on %s: %v": "无法监听 %s：%v",
	"brink host: shutting down; journals are closed": "brink host：正在停止；各推演记录均已关闭",
	"Brink is hosting %q on %s\n\n":                  "Brink 正在主持 %q，地址 %s\n\n",
	"SEAT\tJOIN CODE\tCOMMAND":                       "席位\t加入码\t命令",
	"\nEach seat types its command and gives its join code as the password. Ctrl+C stops the host.":                                     "\n每个席位输入自己的命令，以加入码作为密码。按 Ctrl+C 停止主持。",
	"takes no arguments (use --scenario), or one folder with --resume":                                                                  "不接受参数（请用 --scenario），或与 --resume 一起给出一个文件夹",
	"--max-sessions and --seat-sessions take at least 1":                                                                                "--max-sessions 和 --seat-sessions 至少为 1",
	"--seat: a resumed game keeps its seats":                                                                                            "--seat：继续的推演保留原有席位",
	"brink host: resumed %s; every clock is paused (the facilitator's p starts it again)\n":                                             "brink host：已继续 %s；各桌计时均已暂停（导演按 p 继续）\n",
	"\nThe host's key is %s: a participant's ssh shows it on the first connection; tell them to check it.\n":                            "\n主机密钥指纹为 %s：参演人员首次连接时 ssh 会显示它，请提醒他们核对。\n",
	"brink host: warning: the host key %s can be read by others (mode %04o); anyone who reads it can pose as this host: chmod 600 it\n": "brink host：警告：主机密钥 %s 可被他人读取（权限 %04o）；读到它的人可以冒充本主机：请执行 chmod 600\n",
	"brink host: note: listening on %s, anyone on the network can reach the join prompt; the join codes are the only lock\n":            "brink host：注意：正在监听 %s，网络上的任何人都能到达加入提示；加入码是唯一的门锁\n",

	// debrief.
	"name one journal, e.g. brink debrief ~/.local/share/brink/20250314-093000-demo.jsonl":               "请指定一个推演记录，例如 brink debrief ~/.local/share/brink/20250314-093000-demo.jsonl",
	"brink debrief: needs a terminal (the report has the same record in a file: 'brink report JOURNAL')": "brink debrief：需要在终端中运行（复盘报告以文件形式记录同样的内容：'brink report JOURNAL'）",

	// What the game says on leaving, and on resuming.
	"Resumed from the journal: the game goes on where it stopped.": "已从记录恢复：推演从中断处继续。",
	"Journal: %s\n":              "推演记录： %s\n",
	"Report:  %s\n":              "复盘报告： %s\n",
	"Report:  brink report %s\n": "复盘报告： brink report %s\n",
	"Resume:  brink resume %s\n": "继续推演： brink resume %s\n",
}
