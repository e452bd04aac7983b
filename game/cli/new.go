package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"text/template"
)

var newIDPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`) })

// cmdNew writes a commented scenario skeleton that loads, and lints clean,
// as it is. It never overwrites a file.
func cmdNew(c *Ctx, args []string) int {
	flags := newFlags("new")
	teams := flags.String("teams", "us,cn", "team ids, comma-separated, at least 2")
	out := flags.String("o", "", "file to write (default NAME.toml; - for stdout)")
	pos, code, ok := parse(c, flags, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return fail(c, "new", usageErr("name the new scenario, as: brink new my-crisis"))
	}
	name := pos[0]
	if !newIDPattern().MatchString(name) {
		return fail(c, "new", usageErr("scenario name %q: use lower-case letters, digits, - and _", name))
	}
	var ids []string
	seen := map[string]bool{}
	for _, t := range strings.Split(*teams, ",") {
		t = strings.TrimSpace(t)
		if !newIDPattern().MatchString(t) {
			return fail(c, "new", usageErr("team id %q: use lower-case letters, digits, - and _", t))
		}
		if seen[t] {
			return fail(c, "new", usageErr("team %q is named twice", t))
		}
		seen[t] = true
		ids = append(ids, t)
	}
	if len(ids) < 2 {
		return fail(c, "new", usageErr("a scenario needs at least 2 teams, as --teams us,cn"))
	}
	path := *out
	if path == "" {
		path = name + ".toml"
	}
	schema := "scenario.schema.json"
	if path != "-" {
		schema = findSchema(filepath.Dir(path))
	}
	text, err := Skeleton(name, ids, schema)
	if err != nil {
		return fail(c, "new", err)
	}
	if path == "-" {
		_, err := c.Stdout.Write(text)
		if err != nil {
			return fail(c, "new", err)
		}
		return ExitOK
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fail(c, "new", textErr("%s: already exists; brink new never overwrites a file (choose another with -o)", path))
	}
	if err != nil {
		return fail(c, "new", textErr("%s: %v", path, reason(err)))
	}
	if _, err := f.Write(text); err != nil {
		f.Close()
		return fail(c, "new", textErr("%s: %v", path, reason(err)))
	}
	if err := f.Close(); err != nil {
		return fail(c, "new", textErr("%s: %v", path, reason(err)))
	}
	fmt.Fprint(c.Stdout, c.trf("wrote %s\n", path))
	fmt.Fprint(c.Stdout, c.trf("next: brink validate --strict %s   (every problem and warning, with its line)\n", path))
	fmt.Fprint(c.Stdout, c.trf("      brink preview %s --inject opening   (an inject as each seat sees it)\n", path))
	fmt.Fprint(c.Stdout, c.trf("      brink sim %s   (a whole game, every seat a bot)\n", path))
	return ExitOK
}

// findSchema returns the path, relative to dir, of the nearest
// scenario.schema.json in dir or an assets folder above it (as in Brink's own
// content folder), or plain "scenario.schema.json" if there is none.
func findSchema(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "scenario.schema.json"
	}
	rel := ""
	for range 6 {
		for _, cand := range []string{"scenario.schema.json", filepath.Join("assets", "scenario.schema.json")} {
			if _, err := os.Stat(filepath.Join(abs, cand)); err == nil {
				return filepath.ToSlash(filepath.Join(rel, cand))
			}
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			break
		}
		abs, rel = parent, filepath.Join(rel, "..")
	}
	return "scenario.schema.json"
}

type skelTeam struct {
	ID, Short   string
	Name, Zh    string
	Desc, DescZ string
	Intel       [3][2]string // opening, reply, talks
	Follow      bool         // its public accusation queues the reply
}

// Skeleton is the text `brink new` writes: a scenario with every kind of key
// once, commented, that loads and lints clean.
func Skeleton(id string, teams []string, schema string) ([]byte, error) {
	var ts []skelTeam
	for i, t := range teams {
		st := skelTeam{ID: t, Short: strings.ToUpper(t), Name: strings.ToUpper(t) + " delegation", Zh: strings.ToUpper(t) + " 代表团",
			Desc: "Who this team plays: its ministries and agencies.", DescZ: "这个团队扮演谁：其部委和机构。"}
		if len(st.Short) > 4 {
			st.Short = st.Short[:4]
		}
		switch t {
		case "us":
			st.Name, st.Zh, st.Short = "U.S. delegation", "美方代表团", "US"
			st.Desc, st.DescZ = "Officials of the U.S. government: State, Defense, Justice and the intelligence community.", "美国政府官员：国务院、国防部、司法部和情报界。"
		case "cn":
			st.Name, st.Zh, st.Short = "Chinese delegation", "中方代表团", "CN"
			st.Desc, st.DescZ = "Officials of the Chinese government: foreign affairs, defence, public security and cyberspace affairs.", "中国政府官员：外交、国防、公安和网信部门。"
		}
		switch i {
		case 0:
			st.Intel = [3][2]string{
				{"Your analysts say the implant reuses tools seen in earlier espionage.", "你方分析人员称，该植入程序重复使用了此前间谍活动中出现过的工具。"},
				{"Your evidence includes a source you cannot reveal.", "你方证据中包含一个无法透露的来源。"},
				{"Your capital wants a commitment, not a communiqué.", "你方首都想要的是承诺，而不是公报。"},
			}
			st.Follow = true
		case 1:
			st.Intel = [3][2]string{
				{"Your own services report no operation of this kind.", "你方情报部门报告称，没有开展过此类行动。"},
				{"Your ministry wants an answer that does not look weak.", "你方部委希望作出一个不显软弱的回应。"},
				{"Your capital will accept a joint statement if it names no one.", "如果联合声明不点名任何一方，你方首都可以接受。"},
			}
		default:
			st.Intel = [3][2]string{
				{"Your analysts have read the report, and know no more than the press.", "你方分析人员读过报告，但所知不比媒体多。"},
				{"Both sides ask you privately whom you believe.", "双方都私下询问你们相信谁。"},
				{"You are asked to host the next meeting.", "你们被邀请主办下一次会议。"},
			}
		}
		ts = append(ts, st)
	}
	var buf bytes.Buffer
	err := skeletonTmpl().Execute(&buf, map[string]any{"ID": id, "Teams": ts, "A": ts[0], "B": ts[1], "Schema": schema})
	return buf.Bytes(), err
}

// text renders a bilingual TOML text.
func skelText(en, zh string) string {
	return fmt.Sprintf("{ en = %s, zh = %s }", strconv.Quote(en), strconv.Quote(zh))
}

func skelIDs(ts []skelTeam) string {
	q := make([]string, len(ts))
	for i, t := range ts {
		q[i] = strconv.Quote(t.ID)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// skeletonTmpl is parsed the first time `brink new` writes a skeleton.
var skeletonTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("skeleton").Funcs(template.FuncMap{
		"t": skelText, "q": strconv.Quote, "ids": skelIDs,
		"en": func(a [2]string) string { return a[0] }, "zh": func(a [2]string) string { return a[1] },
	}).Parse(`#:schema {{.Schema}}
# {{.ID}}: a Brink scenario. Every kind of key of the format appears below once, with a
# comment; content/FORMAT.md in Brink's source describes them all. Replace the story with
# your own, then check and try it:
#   brink validate --strict {{.ID}}.toml     every problem and warning, with its line
#   brink preview {{.ID}}.toml               an inject as each seat will see it
#   brink sim {{.ID}}.toml                   a whole game, every seat a bot
# Editors that read the #:schema line above (Taplo, Even Better TOML) complete and check
# keys; if the file it names is missing, write it with: brink schema > scenario.schema.json
#
# Text is a plain string (English) or { en = "…", zh = "…" }; a missing language falls
# back to English.

id = {{q .ID}}  # lower-case letters, digits, - and _
title = {{t "A new crisis" "一场新的危机"}}
summary = {{t "Two rounds: an intrusion is found, and the sides answer it." "两轮：发现一次网络入侵，双方作出回应。"}}
rounds = 2                         # the most rounds a game lasts
minutes = 15                       # how long a game takes a table of people (for the scenario list)
difficulty = "introductory"        # introductory, intermediate or advanced
debrief = [                        # questions for the room after the game
  {{t "What would you have needed to know before acting in round 1?" "在第一轮采取行动之前，你们需要知道什么？"}},
  {{t "Which of your choices did the other side read as you meant it?" "你们的哪些选择被对方按你们的本意理解了？"}},
]
sources = [                        # what the scenario draws on: title, and where and url if any
  { title = "Name the report, article or paper the scenario draws on", where = "§1", url = "https://example.org/" },
]

[scoring]
hotline = 0                        # intent points for any message at all (0..20); keep 0: mark the options that ask
assessment = 10                    # the scale of assessment points (0..50)
exploit_cap = 3                    # the most interests a team gains in a round it presses while another restrains

[outcomes]                         # what every team takes when the game ends so (a number moves every team)
catastrophe = { interests = -20 }  # without [outcomes], these four are the defaults
escalated = { interests = -8 }
contained = {}
resolved = { interests = 8 }

[[secrets]]                        # a hidden truth drawn with the seed when a game starts; read as secrets.culprit
id = "culprit"
description = {{t "Who placed the implant" "谁植入了程序"}}
[[secrets.truths]]
id = "state"
weight = 1                         # truths are drawn by weight
kind = "hostile"                   # what the truth credits the other side with: benign or hostile
text = {{t (printf "A service of the %s's state" .B.Name) (printf "%s所属国家的机构" .B.Zh)}}
[[secrets.truths]]
id = "third"
weight = 1
kind = "benign"
text = {{t "A third party using borrowed tools" "借用他人工具的第三方"}}
{{range .Teams}}
[[teams]]                          # effects apply in the order teams are declared
id = {{q .ID}}
name = {{t .Name .Zh}}
short = {{q .Short}}  # 2–4 letters for narrow screens
description = {{t .Desc .DescZ}}
lines = [                          # stock hotline messages a computer-played seat may send
  {{t "We would like to understand what happened before anyone acts." "我们希望在任何一方采取行动之前弄清楚发生了什么。"}},
]
{{end}}
# tension and trust (shared) and interests (one value per team) exist without being
# declared. Declare a meter with the same id to change it, or a new one:
[[meters]]
id = "pressure"
name = {{t "Domestic pressure" "国内压力"}}
description = {{t "How hard each capital pushes its delegation to act." "各国首都敦促本国代表团采取行动的力度。"}}
per_team = true                    # one value per team; read as pressure.{{.A.ID}}
min = 0
max = 10
start = 3
thresholds = { high = 8 }          # named values within min..max

[[flags]]                          # read in conditions as flags.public
id = "public"
default = false
description = {{t "The dispute has become public." "争端已经公开。"}}

[[channels]]                       # read in conditions as channels.hotline (true while open)
id = "hotline"
name = {{t "Hotline" "热线"}}
open = true                        # open at the start
teams = {{ids .Teams}}

# ── Round 1 ────────────────────────────────────────────────────────────────────────────
# A scheduled inject: it fills schedule slot 1. Several injects with the same round are
# alternatives, drawn by weight.
[[injects]]
id = "opening"
round = 1
weight = 1
date = {{t "Day 1" "第一天"}}
day = 1                            # the story's day: an inject dated before one already played is passed over
title = {{t "An intrusion is found" "发现网络入侵"}}
brief = {{t "A contractor finds an implant in a logistics network that serves both countries' ports." "一家承包商在服务两国港口的物流网络中发现了一个植入程序。"}}
{{- range .Teams}}
intel.{{.ID}} = {{t (en (index .Intel 0)) (zh (index .Intel 0))}}
{{- end}}

# Another telling of the brief or intel, when its condition holds as the inject is drawn:
# here the accused side knows whether its own services did it.
[[injects.variants]]
when = 'secrets.culprit == "state"'
intel.{{.B.ID}} = {{t "One of your own services confirms, privately, an operation against logistics networks." "你方一个部门私下证实，曾对物流网络实施过行动。"}}

# An intent question whose truth is the secret's draw: a hypothesis per truth.
[injects.assess.{{.A.ID}}]
question = {{t "Who is behind the implant?" "谁是植入程序的幕后黑手？"}}
truth = "secrets.culprit"           # or a hypothesis id, or "choice"
[[injects.assess.{{.A.ID}}.hypotheses]]
id = "state"
text = {{t "A state service of the other side." "对方的国家机构。"}}
kind = "hostile"                   # benign or hostile: lint checks the truths are not all one kind
[[injects.assess.{{.A.ID}}.hypotheses]]
id = "third"
text = {{t "A third party, using borrowed tools." "借用他人工具的第三方。"}}
kind = "benign"

# With truth = "choice", the true hypothesis is the one whose stances hold the stance
# the about team chooses this round; every stance from -2 to 2 falls in exactly one.
[injects.assess.{{.B.ID}}]
question = {{t (printf "How will the %s answer?" .A.Name) (printf "%s将如何回应？" .A.Zh)}}
truth = "choice"
about = {{q .A.ID}}
[[injects.assess.{{.B.ID}}.hypotheses]]
id = "quiet"
text = {{t "Quietly, through channels." "通过渠道低调处理。"}}
stances = [-2, 0]
[[injects.assess.{{.B.ID}}.hypotheses]]
id = "loud"
text = {{t "In public, with pressure." "公开施压。"}}
stances = [1, 2]
{{range .Teams}}
[[injects.options.{{.ID}}]]
id = "ask"
label = {{t "Ask on the hotline" "通过热线询问"}}
description = {{t "Share the indicators privately and ask for help." "私下分享入侵指标并请求协助。"}}
stance = -1                        # -2 conciliatory … +2 coercive
visibility = "private"             # or "public"
when = "channels.hotline"          # offered only while this holds at the start of the round
effects = { tension = -5, trust = 5 }
marks.intent = { weight = 10, reason = {{t "Checks the facts with the other side before acting." "在行动前与对方核实事实。"}} }
marks.face = { weight = 5, reason = {{t "Raises it privately." "私下提出问题。"}} }

[[injects.options.{{.ID}}]]
id = "wait"
label = {{t "Wait and watch" "静观其变"}}
stance = 0
hold = true                        # what the team does when its time runs out
effects = { pressure = 1 }         # a number on a per-team meter: the acting team's value
result = {{t "The delegation waits; its capital grows impatient." "代表团选择等待；国内日益不耐烦。"}}
marks.time = { weight = 5, reason = {{t "Takes time before committing to a course." "在确定方针之前留出时间。"}} }

# Firm can be principled: a private démarche with the evidence and a deadline the other
# side can meet keeps the four principles while it defends the team's interests.
[[injects.options.{{.ID}}]]
id = "demarche"
label = {{t "Deliver a private démarche with a 30-day deadline" "私下交涉，给出30天期限"}}
stance = 1
effects = { tension = 3, interests = 2 }
marks.intent = { weight = 5, reason = {{t "Says what it wants and what it knows." "说明己方诉求和掌握的情况。"}} }
marks.face = { weight = 10, reason = {{t "Presses in private, where the other side can act without losing face." "私下施压，对方可以采取行动而不失颜面。"}} }
marks.time = { weight = 5, reason = {{t "Gives a deadline long enough to act on." "给出足以采取行动的期限。"}} }

[[injects.options.{{.ID}}]]
id = "accuse"
label = {{t "Accuse the other side in public" "公开指责对方"}}
stance = 2
visibility = "public"
{{- if .Follow}}
historical = true                  # what the real government did
{{- end}}
effects = { tension = 15, trust = -10, interests = { self = 3, others = -3 }, pressure = -2 }
marks.face = { weight = -15, reason = {{t "Names and shames in public before any check." "未经核实便公开点名羞辱。"}} }
set = ["public"]                   # flags set at the reveal (clear = […] clears them)
close = ["hotline"]                # channels closed at the reveal (open = […] opens them)
{{- if .Follow}}
follow = ["reply"]                 # follow-ups queued for the next round
{{- end}}
{{end}}
# Combination rules fire at the reveal, after every option's effects, in file order.
[[injects.rules]]
id = "both-ask"
when = 'picked({{q .A.ID}}, "ask") && picked({{q .B.ID}}, "ask")'
narrative = {{t "Technical teams meet within the week." "双方技术团队在一周内会面。"}}
effects = { tension = -5, trust = 5, interests = 3 }  # in a rule a number moves every team (a joint dividend); a table names teams: { {{.A.ID}} = 1, all = 0 }
marks.{{.A.ID}}.sum = { weight = 5, reason = {{t "Turns a suspicion into joint work." "把猜疑变成共同工作。"}} }
marks.{{.B.ID}}.sum = { weight = 5, reason = {{t "Turns a suspicion into joint work." "把猜疑变成共同工作。"}} }
stop = true                        # no later rule of this inject is tried

# ── Round 2 ────────────────────────────────────────────────────────────────────────────
# A follow-up: no round; it fires in the next round because an option's follow names it,
# and only while its when holds. Follow-ups come first, then conditional injects, then
# the schedule.
[[injects]]
id = "reply"
when = "flags.public"
repeat = false                     # injects fire once unless repeat = true
title = {{t "The accused side answers" "被指责的一方作出回应"}}
brief = {{t "The accusation leads the evening news; the other side demands the evidence." "这一指责登上了晚间新闻头条；对方要求出示证据。"}}
{{- range .Teams}}
intel.{{.ID}} = {{t (en (index .Intel 1)) (zh (index .Intel 1))}}
{{- end}}
{{range .Teams}}
[[injects.options.{{.ID}}]]
id = "explain"
label = {{t "Brief the other side privately" "私下向对方通报情况"}}
stance = -1
effects = { tension = -5, trust = 5 }
marks.face = { weight = 10, reason = {{t "Gives the other side the facts without an audience." "在没有旁观者的情况下向对方说明事实。"}} }

[[injects.options.{{.ID}}]]
id = "silence"
label = {{t "Say nothing more" "不再表态"}}
stance = 0
hold = true
marks.time = { weight = -5, reason = {{t "Lets the story run without an answer." "任由事态发展而不作回应。"}} }

[[injects.options.{{.ID}}]]
id = "conditional"
label = {{t "Offer the evidence if an investigation is opened" "提出：对方启动调查，即提供证据"}}
stance = 1
effects = { trust = 3 }
marks.intent = { weight = 5, reason = {{t "Asks for a check before anything more." "先要求核查，再谈其他。"}} }
marks.face = { weight = 5, reason = {{t "Leaves the other side a way to act on its own terms." "给对方留出按自己的方式行事的余地。"}} }
marks.sum = { weight = 5, reason = {{t "Makes the answer a joint one." "把回应变成共同的事。"}} }

[[injects.options.{{.ID}}]]
id = "counter"
label = {{t "Answer with counter-accusations" "以反指控回应"}}
stance = 1
visibility = "public"
effects = { tension = 10, trust = -5, pressure = -1 }
marks.sum = { weight = -10, reason = {{t "Turns a shared problem into a contest." "把共同的问题变成了一场较量。"}} }
{{end}}
# A conditional inject: no round, not a follow-up, and a when. It fires on its own in the
# first round its condition holds. With ends = true the game ends after its round; with
# no options at all it is shown as the epilogue.
[[injects]]
id = "accord"
when = "trust >= 55"
ends = true
title = {{t "A joint statement" "联合声明"}}
brief = {{t "Both sides agree to share indicators through the hotline. The crisis is contained." "双方同意通过热线分享入侵指标。危机得到控制。"}}

# The schedule's slot 2: played when no follow-up or conditional inject comes first.
[[injects]]
id = "talks"
round = 2
date = {{t "Day 10" "第十天"}}
day = 10
title = {{t "A working-level meeting" "工作层会谈"}}
brief = {{t "Working-level officials meet at a regional forum and have an hour together." "工作层官员在一个地区论坛上会面，有一个小时的时间。"}}
{{- range .Teams}}
intel.{{.ID}} = {{t (en (index .Intel 2)) (zh (index .Intel 2))}}
{{- end}}
{{range .Teams}}
[[injects.options.{{.ID}}]]
id = "reopen"
label = {{t "Propose to restore the hotline" "提议恢复热线"}}
stance = -1
effects = { trust = 10, tension = -5 }
open = ["hotline"]
clear = ["public"]
marks.intent = { weight = 10, reason = {{t "Rebuilds the channel a crisis needs." "重建危机所需的沟通渠道。"}} }

[[injects.options.{{.ID}}]]
id = "listen"
label = {{t "Listen and report home" "听取意见并向国内汇报"}}
stance = 0
hold = true
marks.time = { weight = 5, reason = {{t "Buys time without closing a door." "争取时间而不关上大门。"}} }

[[injects.options.{{.ID}}]]
id = "press"
label = {{t "Demand a public admission" "要求对方公开承认"}}
stance = 2
visibility = "public"
when = "flags.public"
effects = { tension = 10, interests = 2 }
marks.face = { weight = -10, reason = {{t "Asks the other side to lose face in public." "要求对方公开丢面子。"}} }
{{end -}}
`))
})
