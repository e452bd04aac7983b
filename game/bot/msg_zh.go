package bot

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/scenario"
)

// The errors of choosing a policy and of reading a personality file, in
// Chinese too: each is written in English where it arises, through zhMsg
// (keyed by the English format), and says itself in Chinese from the same
// arguments. The TOML decoder's messages are said with the scenario
// loader's catalogue.

var zhMsg = bilingual.Catalogue{
	"unknown policy %q (known: %s, or a personality file ending in .toml)": "没有电脑风格 %q（可选：%s，或一个以 .toml 结尾的风格文件）",
	"round %d, inject %q, team %q: %w":                                     "第 %d 轮，事件 %q，参演方 %q：%v",

	// Playing a game's seats.
	"no policy for team %q": "没有为参演方 %q 指定电脑风格",
	"%s (%s): %w":           "%s（%s）：%v",

	// The reasons the built-in personalities (assets/bots) state for their
	// choices, each its personality's rationale exactly; a personality
	// file's own reason stays as written ("%s").
	"We lower the temperature first and ask questions later.":     "我们先降温，再提问。",
	"Strength deters: we answer with the firmest option we have.": "实力才能威慑：我们以最坚定的选项回应。",
	"We read intentions before acting, leave the other side a way out, take time without ultimatums and look for a shared gain, and we defend our interests while we do it.": "我们先判明意图再行动，给对方留有余地，从容应对、不下最后通牒，寻求共同收益，同时维护本方利益。",
	"This best protects our interests, given how the other side is likely to answer.":                                                                                        "考虑到对方可能的回应，这样最能维护我方利益。",
	"We answer in kind: cooperation for cooperation, pressure for pressure.":                                                                                                 "我们对等回应：以合作对合作，以压力对压力。",
	"%s": "%s",

	// A personality file.
	"%s: %v":         "%s：%v",
	"%s: %s":         "%s：%s",
	"unknown key %q": "未知的键 %q",
	"name %q: use lower-case letters, digits and -": "name %q：只能用小写字母、数字和 -",
	"%s = %v is outside %v..%v":                     "%s = %v 超出了 %v..%v 的范围",
	"choose.opening = %d is outside -2..2":          "choose.opening = %d 超出了 -2..2 的范围",

	// The TOML decoder's errors, as they are said in Chinese.
	"line %d (last key %q): %s": "第 %d 行（键 %q）：%s",
	"line %d: %s":               "第 %d 行：%s",
	"must be %s, not %s":        "必须是%s，不能是%s",
}

// zhTOMLTypes name the decoder's types.
var zhTOMLTypes = map[string]string{
	"string": "字符串", "float": "数", "float64": "数", "integer": "整数", "int": "整数", "int64": "整数",
	"bool": "布尔值", "boolean": "布尔值", "table": "表", "map": "表", "array": "数组", "slice": "数组",
	"datetime": "日期时间",
}

// tomlErr is an error of the TOML decoder that can be said in Chinese.
type tomlErr struct{ err error }

func (e tomlErr) Error() string { return e.err.Error() }

var (
	tomlLineRe  = regexp.MustCompile(`^toml: line (\d+) \(last key "((?:[^"\\]|\\.)*)"\): (.*)$`)
	tomlTypeRe  = regexp.MustCompile(`^incompatible types: TOML value has type (\S+); destination has type (\S+)$`)
	tomlTableRe = regexp.MustCompile(`^type mismatch for \S+: expected table but found (\S+)$`)
)

func (e tomlErr) In(lang bilingual.Lang) string {
	if lang != "zh" {
		return e.Error()
	}
	var pe toml.ParseError
	if errors.As(e.err, &pe) {
		msg := strings.TrimPrefix(pe.Message, "toml: ")
		if z := scenario.Chinese(msg); z != "" {
			msg = z
		}
		if pe.LastKey != "" {
			return zhMsg.Sprintf("zh", "line %d (last key %q): %s", pe.Position.Line, pe.LastKey, msg)
		}
		return zhMsg.Sprintf("zh", "line %d: %s", pe.Position.Line, msg)
	}
	m := tomlLineRe.FindStringSubmatch(e.err.Error())
	if m == nil {
		return e.Error()
	}
	msg := m[3]
	if t := tomlTypeRe.FindStringSubmatch(msg); t != nil {
		msg = zhMsg.Sprintf("zh", "must be %s, not %s", zhType(t[2]), zhType(t[1]))
	} else if t := tomlTableRe.FindStringSubmatch(msg); t != nil {
		msg = zhMsg.Sprintf("zh", "must be %s, not %s", zhType("table"), zhType(t[1]))
	} else if z := scenario.Chinese(msg); z != "" {
		msg = z
	}
	line, _ := strconv.Atoi(m[1])
	return zhMsg.Sprintf("zh", "line %d (last key %q): %s", line, m[2], msg)
}

func zhType(t string) string {
	if z, ok := zhTOMLTypes[strings.TrimPrefix(t, "[]")]; ok {
		if strings.HasPrefix(t, "[]") {
			return zhTOMLTypes["array"]
		}
		return z
	}
	return t
}
