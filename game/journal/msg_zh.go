package journal

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/brink-ttx/brink/game/bilingual"
)

// The journal's errors and notes in Chinese. Each is written in English
// where it arises and carries its Chinese, made from the same arguments
// through zhMsg (keyed by the English format): an *Error its Zh, a
// MismatchError and the notes when they are said (In, NotesIn). The JSON
// decoder's messages inside "corrupted event (…)" are said in Chinese too
// (jsonErr); ids, paths, line numbers and hashes stay as they are.

var zhMsg = bilingual.Catalogue{
	// Reading a journal.
	"not a Brink journal (the file is empty)":                             "不是 Brink 推演记录（文件是空的）",
	"not a Brink journal (the first line is empty)":                       "不是 Brink 推演记录（第一行是空的）",
	"not a Brink journal (it is not a text file)":                         "不是 Brink 推演记录（它不是文本文件）",
	"not a Brink journal (the first line is not a journal header)":        "不是 Brink 推演记录（第一行不是推演记录的文件头）",
	"the journal header is cut off: the file holds no whole line":         "推演记录的文件头不完整：文件中没有一整行",
	"corrupted journal header (%s)":                                       "推演记录的文件头已损坏（%s）",
	"corrupted journal header (no format number)":                         "推演记录的文件头已损坏（没有格式版本号）",
	"corrupted journal header (no scenario id)":                           "推演记录的文件头已损坏（没有情景 id）",
	"corrupted journal header (no scenario hash)":                         "推演记录的文件头已损坏（没有情景哈希值）",
	"journal format %d is newer than this brink reads (%d): update brink": "推演记录的格式 %d 比这个 brink 能读取的（%d）新：请更新 brink",
	"corrupted event (%s)":                                                "条目已损坏（%s）",
	"corrupted event (no type)":                                           "条目已损坏（没有 type）",
	"corrupted input event (%s)":                                          "输入条目已损坏（%s）",
	"corrupted input event (no kind)":                                     "输入条目已损坏（没有 kind）",
	"input of unknown kind %q":                                            "未知类型的输入 %q",
	"corrupted resume note (%s)":                                          "继续推演的记录已损坏（%s）",
	"a second journal header: two journals were joined into one file":     "出现了第二个推演记录文件头：两份推演记录被拼进了同一个文件",
	"unknown event type %q (written by a newer brink?)":                   "未知的条目类型 %q（是更新版本的 brink 写入的吗？）",

	// The JSON decoder's messages.
	"unexpected end of JSON input":                           "JSON 意外结束",
	"invalid character %s %s":                                "无效的字符 %s：%s",
	"in literal %s (expecting %s)":                           "出现在字面量 %s 中，此处应为 %s",
	"unknown field %s":                                       "未知的字段 %s",
	"cannot unmarshal %s into Go struct field %s of type %s": "JSON 中的%s不能放进字段 %s（其类型为 %s）",

	// Replaying a journal.
	"%s:1: the journal plays scenario %q but %s is now scenario %q; --force replays it anyway":                         "%s:1: 推演记录用的是情景 %q，但 %s 现在是情景 %q；用 --force 仍可重放",
	"%s:1: scenario %q has changed since this game was played (journal hash %s, %s now %s); --force replays it anyway": "%s:1: 情景 %q 在这局推演之后已被修改（记录中的哈希值为 %s，%s 现在是 %s）；用 --force 仍可重放",
	"the journal's scenario no longer loads: %s":                                                                       "推演记录所用的情景已无法加载：%s",
	"the journal's scenario %s is gone, and no built-in scenario is called %q":                                         "推演记录所用的情景 %s 已不存在，也没有名为 %q 的内置情景",
	"this brink has no built-in scenario %q (built-in: %s)":                                                            "这个 brink 没有内置情景 %q（内置情景：%s）",
	"the built-in scenario does not load: %s":                                                                          "内置情景无法加载：%s",
	" (and %d more problems)":                      "（另有 %d 个问题）",
	"input %d (%s) does not replay: %v; %s":        "第 %d 项输入（%s）无法重放：%v；%s",
	"seat %s: %w":                                  "席位 %s：%v",
	"cannot reopen the journal to continue it: %v": "无法重新打开推演记录以继续推演：%v",
	"%s:%d: the last line was cut off (the game stopped while writing it); going on from the last whole event (%d inputs)": "%s:%d: 最后一行不完整（推演在写入这一行时中断）；从最后一个完整的条目继续（%d 项输入）",
	"%s:1: scenario %q has changed since this game was played; replayed anyway (--force)":                                  "%s:1: 情景 %q 在这局推演之后已被修改；已照样重放（--force）",

	// Writing a journal.
	"%s: too many journals named %s": "%s：名为 %s 的推演记录太多",
	"%s: %w":                         "%s：%v",
	"%s: journal is closed":          "%s：推演记录已关闭",
}

// Why an input does not replay.
var (
	notItsScenario  = bilingual.Pair{En: "the journal does not match its scenario", Zh: "推演记录与其情景不符"}
	scenarioChanged = bilingual.Pair{En: "the scenario has changed since the game was played", Zh: "情景在推演之后已被修改"}
	theScenario     = bilingual.Pair{En: "the scenario", Zh: "该情景"}
)

// at is an *Error at a line of path, its message made from format in both
// languages.
func at(path string, line int, err error, format string, a ...any) *Error {
	return &Error{Path: path, Line: line, Msg: fmt.Sprintf(format, a...), Zh: zhMsg.Sprintf("zh", format, a...), Err: err}
}

// jsonErr is an error of the JSON decoder, without its "json: ", that can
// be said in Chinese.
type jsonErr struct{ err error }

func (e jsonErr) Error() string { return strings.TrimPrefix(e.err.Error(), "json: ") }

var (
	invalidChar = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^invalid character ('(?:[^'\\]|\\.)*'|\S+) (.+)$`) })
	inLiteral   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^in literal (\w+) \(expecting (.+)\)$`) })
)

// zhJSONPlace says where the decoder met an invalid character.
var zhJSONPlace = map[string]string{
	"looking for beginning of value":             "此处应为一个值",
	"looking for beginning of object key string": "此处应为带引号的键",
	"after object key":                           "出现在对象的键之后，此处应为 ':'",
	"after object key:value pair":                "出现在键值对之后，此处应为 ',' 或 '}'",
	"after array element":                        "出现在数组元素之后，此处应为 ',' 或 ']'",
	"after top-level value":                      "出现在顶层的值之后",
	"in string literal":                          "出现在字符串中",
	"in string escape code":                      "出现在字符串的转义序列中",
	"in \\u hexadecimal character escape":        "出现在 \\u 十六进制转义中",
	"in numeric literal":                         "出现在数字中",
	"after decimal point in numeric literal":     "出现在数字的小数点之后",
	"in exponent of numeric literal":             "出现在数字的指数部分",
}

// zhJSONKind names the kinds of JSON value.
var zhJSONKind = map[string]string{
	"string": "字符串", "number": "数", "bool": "布尔值", "array": "数组", "object": "对象", "null": "null",
}

func (e jsonErr) In(lang bilingual.Lang) string {
	if lang != "zh" {
		return e.Error()
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	msg := e.Error()
	switch {
	case errors.As(e.err, &te):
		kind := te.Value
		if z, ok := zhJSONKind[strings.Fields(kind + " ?")[0]]; ok {
			kind = z
		}
		return zhMsg.Sprintf("zh", "cannot unmarshal %s into Go struct field %s of type %s", kind, te.Field, te.Type.String())
	case errors.As(e.err, &se) && msg == "unexpected end of JSON input":
		return zhMsg.Sprintf("zh", "unexpected end of JSON input")
	case strings.HasPrefix(msg, "unknown field "):
		return zhMsg.Sprintf("zh", "unknown field %s", strings.TrimPrefix(msg, "unknown field "))
	}
	if m := invalidChar().FindStringSubmatch(msg); m != nil {
		place := m[2]
		if z, ok := zhJSONPlace[place]; ok {
			place = z
		} else if l := inLiteral().FindStringSubmatch(place); l != nil {
			place = zhMsg.Sprintf("zh", "in literal %s (expecting %s)", l[1], l[2])
		}
		return zhMsg.Sprintf("zh", "invalid character %s %s", m[1], place)
	}
	return msg
}
