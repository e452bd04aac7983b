package bot

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
	"github.com/brink-ttx/brink/game/scenario"
)

// Reply is what a computer player answers to a hotline message: a stock
// line that follows its leaning (firm, conciliatory, firm but fair, or
// matter-of-fact) and what the message does (asks, proposes, demands,
// reassures), in the message's language (Chinese if it has any Chinese
// character, else English). No network, no model: rng only picks among
// equivalent lines, so the same seed and messages give the same answers.
func Reply(p Policy, msg string, rng *rand.Rand) string {
	k := readMessage(msg)
	l := leaningOf(p, k)
	lines := replies[l][k]
	if len(lines) == 0 {
		return ""
	}
	lang := bilingual.English
	for _, r := range msg {
		if unicode.Is(unicode.Han, r) {
			lang = bilingual.Chinese
			break
		}
	}
	text := lines[rng.IntN(len(lines))].In(lang)
	if utf8.RuneCountInString(text) > engine.MaxMessage {
		text = string([]rune(text)[:engine.MaxMessage])
	}
	return text
}

// msgKind is what a message does.
type msgKind int

const (
	msgOther msgKind = iota
	msgAsk
	msgPropose
	msgDemand
	msgReassure
)

// messageCues are the words that tell what a message does, in English and Chinese;
// the first kind found in this order wins (a demand phrased as a question
// is a demand).
var messageCues = []struct {
	kind  msgKind
	words []string
}{
	{msgDemand, []string{"must", "demand", "stop", "or else", "consequence", "warn", "unacceptable", "immediately", "retaliat", "必须", "要求", "停止", "否则", "后果", "警告", "不可接受", "立即", "报复"}},
	{msgReassure, []string{"sorry", "regret", "not us", "did not", "didn", "assure", "no intention", "not authori", "遗憾", "道歉", "不是我们", "没有授权", "保证", "无意"}},
	{msgPropose, []string{"propose", "offer", "joint", "together", "meet", "talk", "experts", "compare", "cooperat", "work with", "let us", "let s", "建议", "提议", "共同", "联合", "一起", "会谈", "专家", "合作", "对话", "交流"}},
	{msgAsk, []string{"?", "？", "what", "why", "who", "how", "will you", "can you", "could you", "do you", "吗", "什么", "为什么", "谁", "是否", "能否", "如何", "怎么"}},
}

// readMessage tells what msg does. English cues match at the start of a
// word ("how" is not in "show"); Chinese ones and "?" anywhere.
func readMessage(msg string) msgKind {
	m := strings.ToLower(msg)
	words := " " + strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return ' '
		}
		return r
	}, m) + " "
	for _, c := range messageCues {
		for _, w := range c.words {
			ascii := w[0] >= 'a' && w[0] <= 'z'
			if (ascii && strings.Contains(words, " "+w)) || (!ascii && strings.Contains(m, w)) {
				return c.kind
			}
		}
	}
	return msgOther
}

// leaning is how a computer player speaks.
type leaning int

const (
	matterOfFact leaning = iota
	firm
	conciliatory
	fair
)

// leaningOf is a policy's way of speaking: the built-in personalities by
// name (tit-for-tat answers in the message's own tone), a personality
// file by the sign of its stance weight.
func leaningOf(p Policy, k msgKind) leaning {
	switch p.Name() {
	case "hawk":
		return firm
	case "dove":
		return conciliatory
	case "principled":
		return fair
	case "tit-for-tat":
		switch k {
		case msgDemand:
			return firm
		case msgPropose, msgReassure:
			return conciliatory
		case msgAsk:
			return fair
		}
		return matterOfFact
	case "realist", "random", "historical":
		return matterOfFact
	}
	if pe, ok := p.(*Personality); ok {
		switch {
		case pe.Choose.Stance > 0:
			return firm
		case pe.Choose.Stance < 0:
			return conciliatory
		}
	}
	return matterOfFact
}

// replies[leaning][kind] are the stock answers.
var replies = map[leaning]map[msgKind][]scenario.Text{
	firm: {
		msgAsk:      {{"en": "We will share what we know when you show us what you are doing about it.", "zh": "你方拿出实际行动，我们再分享掌握的情况。"}},
		msgPropose:  {{"en": "Proposals are cheap. Stop the activity first; then we can talk.", "zh": "提议容易。先停止相关活动，再谈其他。"}},
		msgDemand:   {{"en": "We do not accept demands. Any further step will be answered.", "zh": "我们不接受任何要求。对方再有动作，我们必将回应。"}},
		msgReassure: {{"en": "Words are not enough. We will judge you by what you do.", "zh": "空口无凭。我们看的是你方的行动。"}},
		msgOther:    {{"en": "Our position is clear, and it will not change under pressure.", "zh": "我方立场明确，不会在压力下改变。"}},
	},
	conciliatory: {
		msgAsk:      {{"en": "Good question. We will tell you what we can, and we hope to hear the same from you.", "zh": "问得好。我们会尽可能说明情况，也希望听到你方的说明。"}},
		msgPropose:  {{"en": "We welcome that. Let us set a time for our experts to meet.", "zh": "我们欢迎这一提议。请商定时间，让双方专家会面。"}},
		msgDemand:   {{"en": "We hear your concern. Let us lower the temperature and talk before anyone acts.", "zh": "我们理解你方的关切。请先降温，在采取行动前先谈一谈。"}},
		msgReassure: {{"en": "Thank you. We take that in good faith.", "zh": "谢谢。我们以诚意看待这一表态。"}},
		msgOther:    {{"en": "We want to resolve this quietly and together.", "zh": "我们希望低调、共同地解决此事。"}},
	},
	fair: {
		msgAsk:      {{"en": "We will answer plainly. Tell us what you have seen, and we will check it on our side before we act.", "zh": "我们会如实回答。请告诉我们你方掌握的情况，我们行动前会先在己方核实。"}},
		msgPropose:  {{"en": "We are open to it, if it is reciprocal and our concerns are on the table too.", "zh": "只要对等，并把我方关切也纳入议程，我们愿意考虑。"}},
		msgDemand:   {{"en": "We will not act under an ultimatum, but we will look at your evidence and answer in good time.", "zh": "我们不会在最后通牒下行事，但会研究你方的证据，并在合理时间内答复。"}},
		msgReassure: {{"en": "We note that. Help us verify it, and we will answer in kind.", "zh": "我们注意到了。请协助我们核实，我们会对等回应。"}},
		msgOther:    {{"en": "We prefer to check the facts together before anyone acts.", "zh": "我们希望在任何一方行动之前，先共同核实事实。"}},
	},
	matterOfFact: {
		msgAsk:      {{"en": "We are still assessing. We will tell you what we can when we can.", "zh": "我们仍在评估，能说明时会尽快说明。"}},
		msgPropose:  {{"en": "We will consider it and weigh it against our interests.", "zh": "我们会结合自身利益考虑这一提议。"}},
		msgDemand:   {{"en": "Noted. We will decide our response on our own terms.", "zh": "已知悉。我们将自行决定如何回应。"}},
		msgReassure: {{"en": "Noted.", "zh": "已知悉。"}},
		msgOther:    {{"en": "Message received.", "zh": "消息已收到。"}},
	},
}
