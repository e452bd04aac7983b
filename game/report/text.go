package report

import (
	"fmt"
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
)

// words are the report's own fixed strings in each language; scenario text
// comes from the scenario in the report's language.
var words = map[string]scenario.Text{
	"title":          {"en": "After-action report", "zh": "复盘报告"},
	"class.title":    {"en": "Class comparison", "zh": "课堂对比"},
	"scenario":       {"en": "Scenario", "zh": "情景"},
	"played":         {"en": "Played", "zh": "时间"},
	"seed":           {"en": "Seed", "zh": "随机种子"},
	"teams":          {"en": "Teams", "zh": "参与方"},
	"journal":        {"en": "Journal", "zh": "记录文件"},
	"brink":          {"en": "Brink", "zh": "Brink 版本"},
	"human":          {"en": "people", "zh": "真人"},
	"bot":            {"en": "computer", "zh": "电脑"},
	"outcome":        {"en": "Outcome", "zh": "结局"},
	"settlement":     {"en": "What the outcome did", "zh": "结局的影响"},
	"secrets":        {"en": "Hidden truths", "zh": "隐情"},
	"in-progress":    {"en": "In progress", "zh": "进行中"},
	"catastrophe":    {"en": "Catastrophe", "zh": "灾难"},
	"escalated":      {"en": "Escalated", "zh": "升级"},
	"contained":      {"en": "Contained", "zh": "受控"},
	"resolved":       {"en": "Resolved", "zh": "化解"},
	"rounds.played":  {"en": "Rounds played", "zh": "已进行回合"},
	"end.meters":     {"en": "Meters at the end", "zh": "结束时的指标"},
	"timeline":       {"en": "Timeline", "zh": "进程回顾"},
	"intel":          {"en": "Private intelligence (shown to that team alone during play)", "zh": "秘密情报（对局中仅该方可见）"},
	"assessments":    {"en": "Assessments", "zh": "研判"},
	"read":           {"en": "read", "zh": "判断"},
	"at":             {"en": "at", "zh": "信心"},
	"truth":          {"en": "truth", "zh": "实际"},
	"right":          {"en": "right", "zh": "正确"},
	"wrong":          {"en": "wrong", "zh": "错误"},
	"choices":        {"en": "Choices", "zh": "决策"},
	"stance":         {"en": "stance", "zh": "姿态"},
	"public":         {"en": "public", "zh": "公开"},
	"private":        {"en": "private", "zh": "私下"},
	"historical":     {"en": "historical", "zh": "历史选择"},
	"held":           {"en": "held (time ran out)", "zh": "超时未决"},
	"no-decision":    {"en": "No decision", "zh": "未作决定"},
	"rationale":      {"en": "rationale", "zh": "理由"},
	"happened":       {"en": "What happened", "zh": "结果"},
	"rules":          {"en": "Combinations that fired", "zh": "触发的组合规则"},
	"meters":         {"en": "Meters", "zh": "指标"},
	"meter":          {"en": "Meter", "zh": "指标"},
	"meter.history":  {"en": "Meter history", "zh": "指标变化"},
	"start":          {"en": "Start", "zh": "开局"},
	"end":            {"en": "End", "zh": "结束"},
	"thresholds":     {"en": "Thresholds", "zh": "阈值"},
	"hotline":        {"en": "Hotline transcript", "zh": "热线记录"},
	"hotline.none":   {"en": "No messages were sent.", "zh": "没有发送任何消息。"},
	"time":           {"en": "Time", "zh": "时间"},
	"team":           {"en": "Team", "zh": "参与方"},
	"channel":        {"en": "Channel", "zh": "渠道"},
	"message":        {"en": "Message", "zh": "消息"},
	"facilitator":    {"en": "Facilitator", "zh": "导演组操作"},
	"adjust":         {"en": "adjusted", "zh": "调整"},
	"insert":         {"en": "inserted inject", "zh": "插入事件"},
	"end.game":       {"en": "ended the game", "zh": "结束了对局"},
	"scorecards":     {"en": "Scorecards", "zh": "评分卡"},
	"principle":      {"en": "Principle", "zh": "原则"},
	"score":          {"en": "Score", "zh": "得分"},
	"level":          {"en": "Level", "zh": "等级"},
	"evidence":       {"en": "Evidence", "zh": "依据"},
	"evidence.none":  {"en": "no events moved it", "zh": "无相关事件"},
	"interests":      {"en": "Interests", "zh": "国家利益"},
	"change":         {"en": "Change", "zh": "变化"},
	"debrief":        {"en": "Debrief questions", "zh": "复盘问题"},
	"sources":        {"en": "Sources", "zh": "资料来源"},
	"note.truncated": {"en": "The journal's last line was cut off (the game stopped while writing it); this report covers the events before it.", "zh": "记录文件最后一行不完整（写入时对局中断）；本报告涵盖此前的全部事件。"},
	"note.forced":    {"en": "The scenario has changed since this game was played; it was replayed with the current scenario (--force).", "zh": "对局后情景文件已修改；本报告按当前情景重放生成（--force）。"},
	"note.resumed":   {"en": "The game was resumed from its journal %d time(s).", "zh": "对局曾从记录文件恢复 %d 次。"},
	"note.running":   {"en": "The game is not over: this report covers it so far.", "zh": "对局尚未结束：本报告反映目前进展。"},
	"chart.alt":      {"en": "Chart of %s per round", "zh": "%s 各回合变化图"},
	"tables":         {"en": "Tables", "zh": "各组"},
	"inject":         {"en": "Inject", "zh": "事件"},
	"table":          {"en": "Table", "zh": "组别"},
	"scores":         {"en": "Principle scores per table", "zh": "各组原则得分"},
	"mean":           {"en": "Mean", "zh": "平均"},
	"divergent":      {"en": "Rounds where tables chose differently", "zh": "各组决策不同的回合"},
	"divergent.none": {"en": "Every table made the same choices in every round.", "zh": "各组在每一回合的决策都相同。"},
	"alike":          {"en": "All tables chose alike in rounds: %s.", "zh": "各组决策相同的回合：%s。"},
	"not.played":     {"en": "not played", "zh": "未进行"},
	"generated.by":   {"en": "Written by Brink from the game's journal.", "zh": "由 Brink 根据对局记录生成。"},
}

// thresholdNames are the usual threshold names in Chinese.
var thresholdNames = map[string]string{"resolved": "化解", "crisis": "危机", "catastrophe": "灾难", "low": "低", "high": "高"}

// thresholdName names a threshold in lang.
func thresholdName(lang bilingual.Lang, name string) string {
	if lang == "zh" && thresholdNames[name] != "" {
		return thresholdNames[name]
	}
	return name
}

// endReasons are the engine's end reasons in Chinese.
var endReasons = []struct{ en, zh string }{
	{"all %d rounds were played", "全部%d回合已进行完毕"},
	{"no inject was left to play", "已无可进行的事件"},
	{"the scenario reached its ending", "情景已到达结局"},
	{"tension reached the catastrophe threshold", "紧张度达到灾难阈值"},
	{"ended by the facilitator", "导演组结束了对局"},
}

// reasonText gives the engine's end reason in lang, as a sentence start.
func reasonText(lang bilingual.Lang, reason string) string {
	if reason == "" {
		return ""
	}
	if lang == "zh" {
		for _, r := range endReasons {
			var n int
			if strings.Contains(r.en, "%d") {
				if _, err := fmt.Sscanf(reason, r.en, &n); err == nil && fmt.Sprintf(r.en, n) == reason {
					return fmt.Sprintf(r.zh, n)
				}
			} else if reason == r.en {
				return r.zh
			}
		}
		return reason
	}
	return strings.ToUpper(reason[:1]) + reason[1:]
}

// w returns a fixed string in lang.
func w(lang bilingual.Lang, key string) string {
	t, ok := words[key]
	if !ok {
		panic("report: no words for " + key)
	}
	return t.In(lang)
}

// wf formats a fixed string.
func wf(lang bilingual.Lang, key string, a ...any) string { return fmt.Sprintf(w(lang, key), a...) }

// roundName is "Round 3" / "第3回合".
func roundName(lang bilingual.Lang, n int) string {
	if lang == "zh" {
		return fmt.Sprintf("第%d回合", n)
	}
	return fmt.Sprintf("Round %d", n)
}

// sep is the list separator.
func sep(lang bilingual.Lang) string {
	if lang == "zh" {
		return "、"
	}
	return ", "
}

// stop ends a sentence.
func stop(lang bilingual.Lang) string {
	if lang == "zh" {
		return "。"
	}
	return ". "
}

// colon is the label separator.
// listSep separates the items of a list in a sentence.
func listSep(lang bilingual.Lang) string {
	if lang == "zh" {
		return "，"
	}
	return ", "
}

func colon(lang bilingual.Lang) string {
	if lang == "zh" {
		return "："
	}
	return ": "
}
