package bot

import (
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
}

// tomlErr is an error of the TOML decoder that can be said in Chinese, as
// the scenario loader says its own (scenario.TOMLError).
type tomlErr struct{ err error }

func (e tomlErr) Error() string { return e.err.Error() }

func (e tomlErr) In(lang bilingual.Lang) string {
	pos, key, what := scenario.TOMLError(e.err)
	switch {
	case lang != bilingual.Chinese || pos.Line == 0:
		return e.Error()
	case key != "":
		return zhMsg.Sprintf(lang, "line %d (last key %q): %s", pos.Line, key, what)
	}
	return zhMsg.Sprintf(lang, "line %d: %s", pos.Line, what)
}
