package scenario

import (
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/brink-ttx/brink/game/bilingual"
)

// The loader's problems and the lint warnings in Chinese. Every message is
// made where it arises as a bilingual.Msg: its English format, keyed in
// zhMsg to its Chinese with the same verbs in the same order, and its
// arguments; a name the message starts with (`inject "x": option us/ask`),
// a noun, a did-you-mean hint or a condition's error is itself a Msg, said
// in the reader's language in turn. Ids, keys, quoted values, conditions
// and numbers are never translated. A test checks that every format the
// package uses has its Chinese.
//
// Other libraries give their messages as text alone: the TOML decoder
// (BurntSushi/toml), the condition compiler (expr) and the operating
// system. Their messages are in the catalogue too, by their own formats, and
// are read against it (library); one it does not know stays English.

var zhMsg = bilingual.Catalogue{
	// Lint: what a scenario teaches.
	"inject %q (day %d, round %d) can come after inject %q (day %d): the story would run backwards, and the game passes it over":                                                                                                                    "事件 %q（第 %d 天，第 %d 轮）可能排在事件 %q（第 %d 天）之后：故事时间会倒流，推演将跳过它",
	"inject %q (day %d) follows inject %q (day %d): the story would run backwards, and the game passes it over":                                                                                                                                     "事件 %q（第 %d 天）是事件 %q（第 %d 天）的后续：故事时间会倒流，推演将跳过它",
	"in %d of %d decisions the softest option has the top principle marks, the first here: make a firm, principled option (a private démarche with a workable deadline, a proportionate and reversible measure, a conditional offer) score as well": "在 %d 个决策中有 %d 个，最温和的选项原则得分最高（第一个在此）：请让一个坚定而合乎原则的选项（有可行期限的私下交涉、相称且可逆的措施、附条件的提议）得分同样高",
	"only %d of %d decisions offer a firm option (stance +1 or more) with marks at least the softest option's, the first without here: principled is not the same as conciliatory":                                                                  "只有 %d 个决策（共 %d 个）提供了原则得分不低于最温和选项的坚定选项（姿态 +1 及以上），第一个缺少的在此：合乎原则不等于妥协退让",
	"team %q: principle %s is marked only on hold options, so a team that decides in time is never tested on it":                                                                                                                                    "参演方 %q：原则 %s 只在默认（超时）选项上有评分，按时作出决定的参演方永远不会在这一原则上受到检验",
	"inject %q: option %s/%s is both the hold option and public; running out of time is never a public act, so a team that holds takes no decision instead: make the hold private":                                                                  "事件 %q：选项 %s/%s 既是默认（超时）选项又是公开行动；超时绝不应成为公开行为，因此超时的参演方将不作任何决定：请把默认选项设为非公开",
	"inject %q: %s's true hypothesis %q has no kind: label it kind = \"benign\" or \"hostile\", so that lint can tell whether the scenario's truths are all of one kind":                                                                            "事件 %q：%s 的真实假设 %q 没有类别：请标注 kind = \"benign\"（善意）或 \"hostile\"（敌意），以便检查情景中的真相是否全属一类",
	"every fixed truth in the scenario is the %s reading (%d assessments, the first here): players learn the answer instead of reading the evidence; make some truths of the other kind, or draw them from a secret":                                "情景中所有固定真相都是 %s 的解读（共 %d 项研判，第一项在此）：玩家会记住答案而不去研读证据；请让部分真相属于另一类，或改由隐情抽取",
	"scoring.hotline = %d gives intent points for any message, whatever it says; leave it 0 and mark the options that ask and check":                                                                                                                "scoring.hotline = %d 会让任何消息都获得研判意图分，无论内容如何；请保持为 0，改为给询问和核实的选项评分",
	// Secrets, outcomes, variants and kinds.
	"%s: day must not be negative":                      "%s：day 不能为负数",
	"scoring.exploit_cap must be within 0..100, not %d": "scoring.exploit_cap 须在 0..100 之间，而不是 %d",
	"secret %q needs at least 2 truths, found %d":       "隐情 %q 至少需要 2 个真相，现有 %d 个",
	"%s: text":            "%s 的文字",
	"%s: hypothesis %q":   "%s 的假设 %q",
	"secret %q: truth %q": "隐情 %q 的真相 %q",
	"%s: kind must be \"benign\" or \"hostile\", not %q":                       "%s：kind 须为 \"benign\"（善意）或 \"hostile\"（敌意），而不是 %q",
	"unknown outcome %q (use catastrophe, escalated, contained or resolved)%s": "未知的结局 %q（请用 catastrophe、escalated、contained 或 resolved）%s",
	"outcome %q": "结局 %q",
	"%s: %q is a shared meter; an outcome moves per-team meters only":  "%s：%q 是共用指标；结局只能改变各方各自的指标",
	"%s: truth %q names an unknown secret%s":                           "%s：真相 %q 指向未知的隐情%s",
	"%s: truth %q: secret %q can be %q, but no hypothesis has that id": "%s：真相 %q：隐情 %q 可能为 %q，但没有这个 id 的假设",
	"%s: variant %d": "%s 的第 %d 个变体",
	"%s changes nothing: give it a brief or intel":    "%s 没有改变任何内容：请给出 brief 或 intel",
	"unknown secret %q%s":                             "未知的隐情 %q%s",
	"secrets must be named directly, as secrets.name": "隐情须直接写名，如 secrets.name",
	"secret %q has no truth %q%s":                     "隐情 %q 没有真相 %q%s",
	"a team id or all":                                "参演方 id 或 all",
	"a team id, self, others or all":                  "参演方 id、self、others 或 all",
	// Names the validator gives the parts of a scenario; messages start with them.
	"inject %q":                      "事件 %q",
	"%s: option %s/%s":               "%s 的选项 %s/%s",
	"%s: rule %d":                    "%s 的第 %d 条组合规则",
	"%s: rule %q":                    "%s 的组合规则 %q",
	"rule %d":                        "第 %d 条组合规则",
	"rule %q":                        "组合规则 %q",
	"team %q: name":                  "参演方 %q 的 name",
	"channel %q: name":               "渠道 %q 的 name",
	"%s: title":                      "%s 的 title",
	"%s: brief":                      "%s 的 brief",
	"%s: label":                      "%s 的 label",
	"%s: assessment question for %q": "%s 中 %q 的研判问题（question）",
	"%s: hypothesis %q: text":        "%s 中假设 %q 的 text",
	"debrief question":               "复盘问题",
	"source title":                   "来源的 title",
	" (did you mean %q?)":            "（是否想写 %q？）",
	"%s: %s":                         "%s：%s",
	"%s is missing":                  "缺少%s",
	"%s needs an id":                 "%s缺少 id",
	"%s id %q: use lower-case letters, digits, - and _": "%s id %q：只能用小写字母、数字、- 和 _",
	"duplicate %s id %q (first at %s)":                  "%s id %q 重复（首次出现在 %s）",
	"unknown key %q%s":                                  "未知的键 %q%s",
	"unknown key %q in %s%s":                            "未知的键 %q，在 %s 中%s",

	// What a message names a thing by.
	"team":       "参演方",
	"meter":      "指标",
	"flag":       "标志",
	"channel":    "渠道",
	"inject":     "事件",
	"option":     "选项",
	"hypothesis": "假设",
	"secret":     "隐情",
	"truth":      "真相",

	// A scenario's rounds, duration and difficulty in a list.
	"up to %d rounds": "最多 %d 轮",
	"about %d min":    "约 %d 分钟",
	"introductory":    "入门",
	"intermediate":    "中级",
	"advanced":        "高级",

	// The scenario as a whole.
	"missing required key \"id\" (the scenario's id, e.g. id = \"grid-implant\")": "缺少必需的键 \"id\"（情景的 id，如 id = \"grid-implant\"）",
	"missing required key \"title\"":                                              "缺少必需的键 \"title\"",
	"missing required key \"rounds\" (the most rounds a game may last)":           "缺少必需的键 \"rounds\"（一局最多进行的轮数）",
	"scenario id %q: use lower-case letters, digits, - and _":                     "情景 id %q：只能用小写字母、数字、- 和 _",
	"rounds must be at least 1, not %d":                                           "rounds 至少为 1，不能是 %d",
	"minutes must be within 1..600, not %d":                                       "minutes 必须在 1..600 之间，不能是 %d",
	"difficulty %q: use %s%s":                                                     "difficulty %q：请用 %s%s",
	"rounds must be at most %d, not %d":                                           "rounds 至多为 %d，不能是 %d",
	"a scenario needs at least 2 teams, found %d":                                 "一个情景至少需要 2 个参演方，现有 %d 个",
	"a scenario needs at least one inject ([[injects]])":                          "一个情景至少需要一个事件（[[injects]]）",
	"no inject can open the game: give one inject round = 1":                      "没有能开局的事件：请给一个事件设 round = 1",
	"scoring.hotline must be within 0..20, not %d":                                "scoring.hotline 必须在 0..20 之间，不能是 %d",
	"scoring.assessment must be within 0..50, not %d":                             "scoring.assessment 必须在 0..50 之间，不能是 %d",
	"channel %q: unknown team %q%s":                                               "渠道 %q：未知的参演方 %q%s",

	// Meters.
	"meter id %q is a reserved word in conditions":                    "指标 id %q 是条件表达式中的保留字",
	"meter %q: max (%d) must be above min (%d)":                       "指标 %q：max（%d）必须大于 min（%d）",
	"meter %q: start %d is outside %d..%d":                            "指标 %q：start %d 超出了 %d..%d 的范围",
	"meter %q: threshold %s = %d is outside %d..%d":                   "指标 %q：阈值 %s = %d 超出了 %d..%d 的范围",
	"meter \"tension\" must be a shared meter":                        "指标 \"tension\" 必须是共享指标",
	"meter \"tension\" needs thresholds crisis and catastrophe":       "指标 \"tension\" 需要阈值 crisis 和 catastrophe",
	"meter \"tension\": crisis (%d) must be below catastrophe (%d)":   "指标 \"tension\"：crisis（%d）必须小于 catastrophe（%d）",
	"meter \"tension\": resolved (%d) must be below crisis (%d)":      "指标 \"tension\"：resolved（%d）必须小于 crisis（%d）",
	"meter \"trust\" must be a shared meter":                          "指标 \"trust\" 必须是共享指标",
	"meter \"interests\" must be a per-team meter (per_team = true)":  "指标 \"interests\" 必须是各方分列的指标（per_team = true）",
	"%s: effect on unknown meter %q%s":                                "%s：effects 中有未知的指标 %q%s",
	"%s: %q is a shared meter: give one number, not a table of teams": "%s：%q 是共享指标：请给一个数，而不是按参演方分列的表",
	"%s: effect on %s for %q: use %s":                                 "%s：对 %s 的效果中有 %q：请用%s",
	"%s: effect %d on %q is larger than the meter's whole range":      "%s：效果 %d（作用于 %q）超过了该指标的整个范围",

	// Injects, options and rules.
	"%s: round %d is outside 1..%d":                                                "%s：round %d 超出了 1..%d 的范围",
	"%s: weight must not be negative":                                              "%s：weight 不能为负",
	"%s needs a when condition":                                                    "%s 需要 when 条件",
	"%s: stance %d is outside -2..2":                                               "%s：stance %d 超出了 -2..2 的范围",
	"%s: sets unknown flag %q%s":                                                   "%s：set 中有未知的标志 %q%s",
	"%s: clears unknown flag %q%s":                                                 "%s：clear 中有未知的标志 %q%s",
	"%s: opens unknown channel %q%s":                                               "%s：open 中有未知的渠道 %q%s",
	"%s: closes unknown channel %q%s":                                              "%s：close 中有未知的渠道 %q%s",
	"%s: follow-up to unknown inject %q%s":                                         "%s：follow 中有未知的事件 %q%s",
	"%s: intelligence for unknown team %q%s":                                       "%s：intel 中有未知的参演方 %q%s",
	"%s: options for unknown team %q%s":                                            "%s：options 中有未知的参演方 %q%s",
	"%s: marks for unknown team %q%s":                                              "%s：marks 中有未知的参演方 %q%s",
	"%s: only one option per team may be the hold option":                          "%s：每个参演方只能有一个 hold 选项",
	"%s: visibility must be \"public\" or \"private\", not %q":                     "%s：visibility 只能是 \"public\" 或 \"private\"，不能是 %q",
	"%s can never fire: give it a round, a when condition, or make it a follow-up": "%s 永远不会触发：请给它设 round 或 when 条件，或让它成为后续事件",
	"%s: team %q has no options (every team needs at least one, unless the inject ends the game with none)": "%s：参演方 %q 没有选项（每个参演方至少需要一个选项，除非该事件以无选项的方式结束游戏）",
	"%s: unknown principle %q (use intent, face, time or sum)%s":                                            "%s：未知的原则 %q（可用 intent、face、time 或 sum）%s",
	"%s: mark on %s needs a weight within -50..50, not 0":                                                   "%s：%s 评分的 weight 须在 -50..50 之间，且不能为 0",
	"%s: mark on %s: weight %d is outside -50..50":                                                          "%s：%s 评分的 weight %d 超出了 -50..50 的范围",
	"%s: mark on %s needs a reason (it is the evidence line a player reads)":                                "%s：%s 评分需要 reason（它就是玩家看到的得分依据）",

	// Assessments.
	"%s: assessment for unknown team %q%s":                                                                     "%s：assess 中有未知的参演方 %q%s",
	"%s: assessment for %q needs at least 2 hypotheses, found %d":                                              "%s：%q 的研判至少需要 2 个假设，现有 %d 个",
	"%s: assessment for %q has no truth: name a hypothesis, or \"choice\"":                                     "%s：%q 的研判没有 truth：请填一个假设的 id，或 \"choice\"",
	"%s: truth = \"choice\" needs about = the team whose choice is read, not %q%s":                             "%s：truth = \"choice\" 需要用 about 指明研判的是哪个参演方的选择，不能是 %q%s",
	"%s: team %q cannot read its own choice":                                                                   "%s：参演方 %q 不能研判自己的选择",
	"%s: hypothesis %q needs stances = [low, high] within -2..2":                                               "%s：假设 %q 需要 stances = [low, high]，且都在 -2..2 之内",
	"%s: with truth = \"choice\", every stance -2..2 must fall in exactly one hypothesis (stance %d is in %d)": "%s：truth = \"choice\" 时，-2..2 的每个姿态都必须恰好落在一个假设中（姿态 %d 落在 %d 个假设中）",
	"%s: truth %q is not one of the hypotheses%s":                                                              "%s：truth %q 不是任何一个假设的 id%s",

	// Conditions.
	"condition %q: %s": "条件表达式 %q：%s",
	"%s (%d:%d)":       "%s（%d:%d）",
	"flags must be named directly, as flags.name":                              "标志必须直接写出名字，如 flags.name",
	"unknown flag %q%s":                                                        "未知的标志 %q%s",
	"channels must be named directly, as channels.name":                        "渠道必须直接写出名字，如 channels.name",
	"unknown channel %q%s":                                                     "未知的渠道 %q%s",
	"%s must be read for a named team, as %s.%s":                               "%s 须按参演方读取，如 %s.%s",
	"unknown team %q in %s.%s%s":                                               "未知的参演方 %q，在 %s.%s 中%s",
	"%s() takes quoted names, as %s":                                           "%s() 的参数须是带引号的名字，如 %s",
	"picked() only works in combination rules; use chose() for earlier rounds": "picked() 只能用在组合规则中；查询此前各轮请用 chose()",
	"unknown team %q in %s()%s":                                                "未知的参演方 %q，在 %s() 中%s",
	"team %q has no option %q in any inject%s":                                 "参演方 %q 在任何事件中都没有选项 %q%s",
	"unknown team %q in stance()%s":                                            "未知的参演方 %q，在 stance() 中%s",
	"unknown inject %q in fired()%s":                                           "未知的事件 %q，在 fired() 中%s",
	// The condition compiler's own (expr); its position, " (1:9)", is kept.
	"unexpected token %v":                                          "意外的记号 %v",
	"unexpected end of expression":                                 "表达式意外结束",
	"literal not terminated":                                       "字符串没有结束",
	"unclosed comment":                                             "注释没有结束",
	"invalid char escape":                                          "无效的字符转义",
	"unknown name %s":                                              "未知的名字 %s",
	"unknown field %s":                                             "未知的字段 %s",
	"type %v has no field %v":                                      "类型 %v 没有字段 %v",
	"expected bool, but got %s":                                    "结果应为布尔值（bool），却是 %s",
	"invalid operation: %s (mismatched types %s and %s)":           "无效的运算 %s（类型不匹配：%s 与 %s）",
	"not enough arguments to call %v":                              "调用 %v 的参数不够",
	"too many arguments to call %v":                                "调用 %v 的参数太多",
	"cannot use %s as argument (type %s) to call %v ":              "不能把 %s 用作 %s 类型的参数来调用 %v",
	"%s is not callable":                                           "%s 不能调用",
	"unrecognized character: %#U":                                  "无法识别的字符：%#U",
	"bad number syntax: %q":                                        "数字格式错误：%q",
	"non-bool expression (type %v) used as condition":              "用作条件的表达式不是布尔值（类型为 %v）",
	"compilation failed: expression exceeds maximum allowed nodes": "编译失败：表达式过长，超出了节点数上限",

	// Texts and effects as the decoder meets them.
	"text in language %q must be a string, not %s":                             "语言 %q 的文本必须是字符串，不能是%s",
	"unknown language %q (use en or zh)":                                       "未知的语言 %q（可用 en 或 zh）",
	"text must be a string or a table like { en = \"…\", zh = \"…\" }, not %s": "文本必须是字符串，或形如 { en = \"…\", zh = \"…\" } 的表，不能是%s",
	"effects must be a table like { tension = 5 }, not %s":                     "effects 必须是形如 { tension = 5 } 的表，不能是%s",
	"effect on %s.%s must be a whole number, not %s":                           "对 %s.%s 的效果必须是整数，不能是%s",
	"effect on %s must be a whole number or a table of teams, not %s":          "对 %s 的效果必须是整数或按参演方分列的表，不能是%s",
	"must be %s, not %s": "必须是%s，不能是%s",
	"a string":           "字符串",
	"an integer":         "整数",
	"a whole number":     "整数",
	"a float":            "浮点数",
	"a number":           "数",
	"a boolean":          "布尔值",
	"true or false":      "布尔值（true 或 false）",
	"a table":            "表",
	"an array":           "数组",
	"a date or time":     "日期或时间",

	// The file itself.
	"not a text file (it contains NUL bytes)":    "不是文本文件（其中含有 NUL 字节）",
	"internal error while loading: %v":           "加载时发生内部错误：%v",
	"no such file or directory":                  "没有这个文件或目录",
	"permission denied":                          "没有权限",
	"is a directory":                             "这是一个目录",
	"file name too long":                         "文件名太长",
	"too many levels of symbolic links":          "符号链接层数太多",
	"not a directory":                            "路径中有一项不是目录",
	"The system cannot find the file specified.": "系统找不到指定的文件。",
	"The system cannot find the path specified.": "系统找不到指定的路径。",

	// The TOML parser's own (BurntSushi/toml).
	"unexpected EOF":                             "文件意外结束",
	"unexpected EOF; expected value":             "文件意外结束：此处应为一个值",
	"unexpected EOF; expected key separator '='": "文件意外结束：此处应为键值分隔符 '='",
	"unexpected EOF; expected '\"'":              "文件意外结束：此处应为 '\"'",
	"unexpected EOF; expected '\"\"\"'":          "文件意外结束：此处应为 '\"\"\"'",
	"unexpected EOF; expected \"'\"":             "文件意外结束：此处应为 \"'\"",
	"unexpected EOF; expected \"'''\"":           "文件意外结束：此处应为 \"'''\"",
	"unexpected '\"\"\"\"\"\"'":                  "意外的 '\"\"\"\"\"\"'",
	"unexpected \"''''''\"":                      "意外的 \"''''''\"",
	"expected value but found %q instead":        "此处应为一个值，却是 %q",
	"strings cannot contain newlines":            "字符串不能跨行（多行文本请用 \"\"\" 或 '''）",
	"newlines not allowed within inline tables":  "内联表 { … } 中不能换行",
	"expected a top-level item to end with a newline, comment, or EOF, but got %q instead": "顶层的项之后应为换行、注释或文件结尾，却是 %q",
	"expected end of table array name delimiter ']', but got %q instead":                   "表数组名应以 ']]' 结束，却是 %q",
	"unexpected end of table name (table names cannot be empty)":                           "表名意外结束（表名不能为空）",
	"unexpected table separator (table names cannot be empty)":                             "意外的表名分隔符（表名不能为空）",
	"expected '.' or ']' to end table name, but got %q instead":                            "表名之后应为 '.' 或 ']'，却是 %q",
	"unexpected '=': key name appears blank":                                               "意外的 '='：键名是空的",
	"unexpected '.': keys cannot start with a '.'":                                         "意外的 '.'：键不能以 '.' 开头",
	"unexpected '='": "意外的 '='",
	"unexpected '.'": "意外的 '.'",
	"expected '.' or '=', but got %q instead":                                "此处应为 '.' 或 '='，却是 %q",
	"floats must start with a digit, not '.'":                                "浮点数必须以数字开头，不能以 '.' 开头",
	"unexpected comma":                                                       "多余的逗号",
	"expected a comma (',') or array terminator (']'), but got %s":           "此处应为逗号（','）或数组结束符（']'），却是 %s",
	"expected a comma or an inline table terminator '}', but got %s instead": "此处应为逗号或内联表结束符 '}'，却是 %s",
	"end of file": "文件结尾",
	"expected two hexadecimal digits after '\\x', but got %q instead":   "'\\x' 之后应为两位十六进制数字，却是 %q",
	"expected four hexadecimal digits after '\\u', but got %q instead":  "'\\u' 之后应为四位十六进制数字，却是 %q",
	"expected eight hexadecimal digits after '\\U', but got %q instead": "'\\U' 之后应为八位十六进制数字，却是 %q",
	"invalid float: '%s'":                                                              "无效的浮点数：'%s'",
	"cannot use sign with non-decimal numbers: '%s%c'":                                 "非十进制数不能带正负号：'%s%c'",
	"expected a digit but got %q":                                                      "此处应为数字，却是 %q",
	"not a binary number: '%s%c'":                                                      "不是二进制数：'%s%c'",
	"not an octal number: '%s%c'":                                                      "不是八进制数：'%s%c'",
	"not a hexadecimal number: '%s%c'":                                                 "不是十六进制数：'%s%c'",
	"%q is not a table":                                                                "%q 不是表",
	"Key '%s' was already created as a hash.":                                          "键 '%s' 已经定义为表",
	"Key '%s' was already created and cannot be used as an array.":                     "键 '%s' 已经定义过，不能再用作表数组",
	"Key '%s' has already been defined.":                                               "键 '%s' 重复定义",
	"Invalid integer %q: underscores must be surrounded by digits":                     "无效的整数 %q：下划线两边必须是数字",
	"Invalid integer %q: cannot have leading zeroes":                                   "无效的整数 %q：不能有前导零",
	"Invalid float %q: underscores must be surrounded by digits":                       "无效的浮点数 %q：下划线两边必须是数字",
	"Invalid float %q: cannot have leading zeroes":                                     "无效的浮点数 %q：不能有前导零",
	"Invalid float %q: '.' must be followed by one or more digits":                     "无效的浮点数 %q：'.' 之后必须有数字",
	"Invalid float value: %q":                                                          "无效的浮点数：%q",
	"invalid escape: '\\%c'":                                                           "无效的转义：'\\%c'",
	"Escaped character '\\u%s' is not valid UTF-8.":                                    "转义字符 '\\u%s' 不是有效的 UTF-8",
	"TOML files cannot contain control characters: '0x%02x'":                           "TOML 文件不能包含控制字符：'0x%02x'",
	"invalid escape in string '\\%c'":                                                  "字符串中有无效的转义 '\\%c'",
	"invalid UTF-8 byte: 0x%02x":                                                       "无效的 UTF-8 字节：0x%02x",
	"invalid datetime: %q":                                                             "无效的日期时间：%q",
	"invalid duration: %q":                                                             "无效的时长：%q",
	"%v is out of range for %s":                                                        "%v 超出了 %s 的范围",
	"%v is out of the safe %s range":                                                   "%v 超出了 %s 的安全范围",
	"files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8": "文件不能包含 NUL 字节（可能是 UTF-16 编码）；TOML 文件必须是 UTF-8",

	// Lint warnings.
	"no debrief questions: give the room a few with debrief = [\"…\"]":            "没有复盘问题：请用 debrief = [\"…\"] 为研讨准备几个问题",
	"no sources: cite what the scenario draws on with [[sources]]":                "没有来源：请用 [[sources]] 注明情景所依据的资料",
	"inject %q can never fire: %s":                                                "事件 %q 永远不会触发：%s",
	"it is a follow-up only of options or rules that can never be chosen or fire": "它只是一些永远不会被选中的选项或永远不会触发的组合规则的后续事件",
	"it has no round, no when, and nothing follows it":                            "它没有 round，没有 when，也没有任何选项或组合规则以它为后续事件",
	"its when %s can never hold%s":                                                "它的 when %s 永远不成立%s",
	"%s stays within %d..%d":                                                      "%s 始终在 %d..%d 之内",
	" (%s)":                                                                       "（%s）",
	"%s, %s":                                                                      "%s，%s",
	"inject %q: team %q has %d option; give it at least %d so the choice means something":                                                "事件 %q：参演方 %q 只有 %d 个选项；请至少给 %d 个，选择才有意义",
	"inject %q: team %q has %d options; give it at least %d so the choice means something":                                               "事件 %q：参演方 %q 只有 %d 个选项；请至少给 %d 个，选择才有意义",
	"inject %q: no private intelligence for team %q (intel.%s)":                                                                          "事件 %q：没有给参演方 %q 的内部情报（intel.%s）",
	"inject %q: option %s/%s has no principle marks: say what it earns or costs with marks.<principle> = { weight = …, reason = \"…\" }": "事件 %q：选项 %s/%s 没有原则评分：请用 marks.<principle> = { weight = …, reason = \"…\" } 说明它的得失",
	"inject %q: option %s/%s is never offered%s: its when %s can never hold":                                                             "事件 %q：选项 %s/%s 永远不会出现%s：它的 when %s 永远不成立",
	" (except as the fallback when no option's condition holds)":                                                                         "（除非所有选项的条件都不成立，此时它作为兜底选项提供）",
	"inject %q: %s can never fire: its when %s can never hold":                                                                           "事件 %q：%s 永远不会触发：它的 when %s 永远不成立",
	"inject %q: %s's hypothesis %q can never be true: no option of %q has a stance in %d..%d":                                            "事件 %q：%s 的假设 %q 永远不会成立：%q 没有任何选项的姿态在 %d..%d 之内",
	"inject %q: %s's assessment is foregone: every choice %q can make falls in one hypothesis":                                           "事件 %q：%s 的研判没有悬念：%q 的每个选择都落在同一个假设中",
	"flag %q is never read nor set: remove it, or read it in a when condition":                                                           "标志 %q 从未被读取或设置：请删除它，或在 when 条件中读取它",
	"flag %q is set but no condition reads it: read it in a when (flags.%s), or remove it":                                               "标志 %q 会被设置，但没有条件读取它：请在 when 中读取它（flags.%s），或删除它",
	"flag %q is read but nothing sets it, so it is always false: add it to some option's or rule's set":                                  "标志 %q 被读取，但没有任何选项或组合规则设置它，所以它始终为 false：请把它加入某个选项或组合规则的 set",
	"flag %q is read but nothing clears it, so it is always true: add it to some option's or rule's clear":                               "标志 %q 被读取，但没有任何选项或组合规则清除它，所以它始终为 true：请把它加入某个选项或组合规则的 clear",
	"meter %q never changes: no option's or rule's effects move it":                                                                      "指标 %q 从不变化：没有任何选项或组合规则的 effects 改变它",
	"%s has Chinese but no English (en) text":                                                                                            "%s 有中文但没有英文（en）文本",
	"%s has no Chinese (zh) text": "%s 没有中文（zh）文本",
	"%d of %d texts have no Chinese (zh), the first here: write each as { en = \"…\", zh = \"…\" }": "有 %d 段文本（共 %d 段）没有中文（zh），第一段在此：请把每段写成 { en = \"…\", zh = \"…\" }",
}

// library is a message of another library, which gives it as text alone,
// in both languages: its Chinese is the catalogue's for the format it
// matches, the values in it kept (and said in Chinese where the catalogue
// knows them too); none when the catalogue does not know it.
func library(s string) bilingual.Pair {
	if z, ok := readBack(s); ok {
		return bilingual.Pair{En: s, Zh: z}
	}
	return bilingual.Pair{En: s}
}

// readBack reads a library's message against the catalogue: the Chinese,
// and whether the catalogue knew it.
func readBack(s string) (string, bool) {
	if s == "" || validID(s) {
		return s, false // an id is never a message, even one spelt "nothing"
	}
	if z, ok := zhMsg[s]; ok && len(bilingual.Verbs(s)) == 0 {
		return z, true
	}
	for _, p := range zhPatterns() {
		if !p.mayMatch(s) {
			continue
		}
		m := p.re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		vals := m[1:]
		for i, v := range vals {
			if c := p.verbs[i]; strings.HasSuffix(c, "s") || strings.HasSuffix(c, "v") {
				if z, ok := readBack(v); ok {
					vals[i] = z
				}
			}
		}
		return fillVerbs(p.zh, vals), true
	}
	return s, false
}

type zhPattern struct {
	re    *regexp.Regexp
	words []string // the format's own words between its verbs, in order
	verbs []string
	zh    string
}

// mayMatch is a quick test before the pattern's: s holds the format's own
// words, in order, starting and ending as the format does.
func (p *zhPattern) mayMatch(s string) bool {
	if !strings.HasPrefix(s, p.words[0]) || !strings.HasSuffix(s, p.words[len(p.words)-1]) {
		return false
	}
	rest := s[len(p.words[0]):]
	for _, w := range p.words[1 : len(p.words)-1] {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		rest = rest[i+len(w):]
	}
	return true
}

var (
	zhPatternsOnce sync.Once
	zhPatternList  []zhPattern
)

// zhPatterns are the catalogue's formats as patterns to read a library's
// messages with, the most specific first. A format whose own words are no more than
// punctuation ("%s: %s") would match anything and is left out.
func zhPatterns() []zhPattern {
	zhPatternsOnce.Do(func() {
		type scored struct {
			key     string
			literal int
		}
		var keys []scored
		for k := range zhMsg {
			lit := bilingual.VerbRe.ReplaceAllString(k, "")
			if len(bilingual.Verbs(k)) == 0 || !strings.ContainsFunc(lit, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) {
				continue
			}
			keys = append(keys, scored{k, len(lit)})
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i].literal != keys[j].literal {
				return keys[i].literal > keys[j].literal
			}
			return keys[i].key < keys[j].key
		})
		for _, k := range keys {
			p := zhPattern{re: patternOf(k.key), verbs: bilingual.Verbs(k.key), zh: zhMsg[k.key]}
			// The words between the verbs (a %% counts as one: the test is
			// only the looser for it).
			p.words = bilingual.VerbRe.Split(k.key, -1)
			zhPatternList = append(zhPatternList, p)
		}
	})
	return zhPatternList
}

// patternOf is a regular expression that matches what format prints, with
// a group for each verb.
func patternOf(format string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("^")
	last := 0
	for _, loc := range bilingual.VerbRe.FindAllStringIndex(format, -1) {
		b.WriteString(regexp.QuoteMeta(format[last:loc[0]]))
		last = loc[1]
		v := format[loc[0]:loc[1]]
		switch v[len(v)-1] {
		case '%':
			b.WriteString("%")
		case 'q':
			b.WriteString(`("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|` + "`[^`]*`)")
		case 'd':
			b.WriteString(`([-+]?\d+)`)
		case 'x', 'X':
			b.WriteString(`([0-9a-fA-F]+)`)
		case 'c':
			b.WriteString(`(.)`)
		default:
			b.WriteString(`(.*?)`)
		}
	}
	b.WriteString(regexp.QuoteMeta(format[last:]))
	b.WriteString("$")
	return regexp.MustCompile(b.String())
}

// fillVerbs puts already formatted values in place of a format's verbs.
func fillVerbs(format string, vals []string) string {
	i := 0
	return bilingual.VerbRe.ReplaceAllStringFunc(format, func(v string) string {
		if v == "%%" {
			return "%"
		}
		if i >= len(vals) {
			return v
		}
		i++
		return vals[i-1]
	})
}
