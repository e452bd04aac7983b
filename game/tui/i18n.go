package tui

// The UI's strings, in every language the game speaks. Scenario text comes
// from the scenario (Text.In); everything else a player reads is here, so a
// translator edits one file. A test checks that every key used in the code
// exists in every language, with the same format verbs.

// Languages the UI speaks; the first is the fallback.
var Languages = []string{"en", "zh"}

func normLang(l string) string {
	if _, ok := messages[l]; ok {
		return l
	}
	return "en"
}

// translate returns key in lang, falling back to English, then to the key.
func translate(lang, key string) string {
	if s, ok := messages[lang][key]; ok {
		return s
	}
	if s, ok := messages["en"][key]; ok {
		return s
	}
	return key
}

var messages = map[string]map[string]string{
	"en": {
		"app.tagline":   "a tabletop exercise in cyber-crisis management",
		"title.tagline": "A tabletop exercise in cyber-crisis management between China and the United States.",
		"title.play":    "Play: %s",
		"title.choose":  "Choose a scenario",
		"title.quit":    "Quit",

		"picker.title":      "Choose a scenario",
		"picker.default":    " (default)",
		"picker.rounds":     "Rounds: up to %d",
		"picker.teams":      "Teams (%d): %s",
		"picker.minutes":    "About %d minutes at a table of people",
		"picker.difficulty": "Difficulty: %s",

		"setup.title":         "Seats - %s",
		"setup.delegation":    "Delegation",
		"setup.playedBy":      "Played by",
		"setup.human":         "People at this terminal",
		"setup.bot":           "Computer (%s)",
		"setup.solo":          "Solo: you play the %s; the computer plays the other seats.",
		"setup.hotseat":       "Hot-seat: %s share this terminal and pass it on before each private phase.",
		"setup.needHuman":     "Seat at least one delegation at this terminal.",
		"setup.facts":         "Seed %d   |   Turn timer: %s   |   Coach mode (c): %s",
		"setup.on":            "on",
		"setup.timerDecision": "%s per decision",
		"setup.timerRound":    "%s per round, brief to decision",
		"setup.off":           "off",

		"header.round":        "Round %d of %d",
		"header.over":         "Game over",
		"header.handover":     "Hand-over",
		"header.timer":        "Time left %s",
		"header.journalError": "! journal not saving",

		"meter.tension":   "Tension",
		"meter.trust":     "Trust",
		"meter.interests": "Interests",

		"handover.title":      "Hand-over",
		"handover.pass":       "Pass the terminal to the %s.",
		"handover.enter":      "Press Enter when only they can see the screen.",
		"handover.why":        "What comes next is private: intelligence, assessment and choice are for one delegation's eyes.",
		"handover.briefFirst": "First every delegation reads its brief; the hotline opens once all have.",

		"brief.round":        "ROUND %d",
		"brief.intel":        "Your intelligence - for the %s only",
		"brief.noIntel":      "No private intelligence this round.",
		"brief.open":         "open",
		"brief.closed":       "closed",
		"brief.lowTrust":     "Trust is low: conciliatory moves will be read with suspicion this round.",
		"brief.tensionMarks": "Tension bar: %s marks the crisis (%d) and catastrophe (%d) thresholds; at catastrophe the game ends.",
		"brief.trustMarks":   "Trust bar: %s marks low trust (%d), below which conciliatory moves count for half.",

		"hotline.title":       "%s",
		"hotline.channels":    "(channel %d of %d)",
		"hotline.placeholder": "Write on this channel...",
		"hotline.empty":       "Nothing said yet on this channel. Messages are logged and appear in the report.",
		"hotline.roundMark":   "-- round %d --",
		"hotline.hint":        "Enter sends; Tab when you are done talking. Every message is logged.",
		"hotline.notSent":     "Not sent: %s",

		"assess.title":      "Your assessment",
		"assess.confidence": "Confidence",
		"assess.why":        "Scored for accuracy and calibration: a confident wrong read costs more than a cautious one.",

		"decide.title":       "Your decision",
		"decide.yourRead":    "Your read: %s (%d%%)",
		"decide.stance":      "stance %s (%s)",
		"decide.public":      "in public",
		"decide.private":     "in private",
		"decide.coach":       "Coach: %s",
		"decide.coachNone":   "Coach: touches none of the four principles",
		"decide.rationale":   "Rationale:",
		"decide.placeholder": "optional, one line for the debrief",
		"decide.hint":        "Enter decides. All choices are revealed together.",
		"decide.hintText":    "Enter decides, with this rationale. Tab: back to the options.",
		"decide.holdNote":    "If time runs out you hold, in private: %s",
		"decide.noDecision":  "no decision",

		"stance.-2": "strongly conciliatory",
		"stance.-1": "conciliatory",
		"stance.0":  "neutral",
		"stance.1":  "firm",
		"stance.2":  "coercive",

		"waiting.title":    "Your decision is in",
		"waiting.observer": "You are observing: public information only",
		"waiting.for":      "Still deciding: %s.",

		"reveal.round":     "ROUND %d REVEALED",
		"reveal.epilogue":  "EPILOGUE",
		"reveal.happened":  "What happened",
		"reveal.held":      "Held: no decision",
		"reveal.heldWith":  "Held: %s",
		"reveal.read":      "Read \"%s\" at %d%%; it was \"%s\".",
		"reveal.youRead":   "You read \"%s\" at %d%%; it was \"%s\".",
		"reveal.verdict":   "%s (%+d)",
		"reveal.rationale": "\"%s\"",
		"reveal.right":     "right",
		"reveal.wrong":     "wrong",
		"reveal.meters":    "Meters",
		"reveal.scores":    "Principles this round",
		"reveal.next":      "Enter: next round",
		"reveal.toScore":   "Enter: the scorecard",

		"outcome.catastrophe": "catastrophe",
		"outcome.escalated":   "escalated",
		"outcome.contained":   "contained",
		"outcome.resolved":    "resolved",

		"end.rounds":      "all %s rounds were played",
		"end.noInject":    "no inject was left to play",
		"end.catastrophe": "tension reached the catastrophe threshold",
		"end.ending":      "the scenario reached its ending",
		"end.facilitator": "ended by the facilitator",

		"score.outcome":      "Outcome: %s",
		"score.level":        "level %d of 4",
		"score.notTested":    "not tested",
		"score.evidence":     "Evidence: every act that moved a score, and why",
		"score.interestsWhy": "How well the delegation protected its national interests: the other half of the dilemma.",
		"score.journal":      "Journal: %s",
		"score.reportSaved":  "Report saved: %s",
		"score.reportFailed": "Report not saved: %s",
		"score.next":         "Next: %s",
		"score.nextReport":   "s save the report",
		"score.nextAgain":    "n play again",
		"score.nextQuit":     "q quit",
		"score.nextDebrief":  "Enter the debrief",
		"input.full":         "full %d/%d",

		"debrief.title":       "Debrief",
		"debrief.page":        "DEBRIEF  -  round %d of %d",
		"debrief.hint":        "%s: round by round, then the questions",
		"debrief.notPlayed":   "This table did not reach this round.",
		"debrief.inPlay":      "The game is still in play.",
		"debrief.questions":   "Questions for the debrief",
		"debrief.noQuestions": "This scenario has no debrief questions.",

		"menu.title":      "Menu",
		"menu.resume":     "Resume",
		"menu.principles": "The four principles",
		"menu.saveQuit":   "Save and quit",
		"menu.quit":       "Quit",
		"menu.journal":    "Every move is saved as you play, in:",
		"menu.noJournal":  "This game keeps no journal.",

		"principles.title":        "The four principles",
		"principles.intro":        "Brink scores each delegation against four requirements of crisis management between China and the United States in cyberspace. Each starts at 50; every act that moves one is listed on the scorecard with its reason.",
		"principles.head":         "%d. %s",
		"principles.label.why":    "Why:",
		"principles.label.earns":  "Earns it:",
		"principles.label.loses":  "Loses it:",
		"principles.intent.what":  "Understand what the other side wants and judge its intentions accurately.",
		"principles.intent.why":   "Attribution in cyberspace is slow and uncertain. Reading the worst case into ambiguous evidence turns an espionage case into a confrontation nobody chose.",
		"principles.intent.earns": "calibrated assessments; asking on the hotline or through envoys before acting; joint fact-finding.",
		"principles.intent.loses": "confident wrong reads; acting on attribution without checking; ignoring an open channel.",
		"principles.face.what":    "Leave the other side a decent way to compromise.",
		"principles.face.why":     "Public naming and maximum pressure make retreat look like defeat, so the other side digs in and grievances pile up. A quiet path out is more likely to change behaviour.",
		"principles.face.earns":   "private demarches, quiet channels, proposals the other side can accept, joint statements.",
		"principles.face.loses":   "public accusations, sanctions or indictments announced for effect, humiliating demands, leaks.",
		"principles.time.what":    "Show restraint and give the other side time.",
		"principles.time.why":     "Changing a cyber policy takes slow coordination between agencies. Ultimatums and quick retaliation leave no time to do it, and push the crisis into other fields.",
		"principles.time.earns":   "deadlines long enough to act on, holding offensive options back, keeping professionals in the lead.",
		"principles.time.loses":   "ultimatums, counter-hacks, striking back in the same turn, letting the crisis spill over.",
		"principles.sum.what":     "Do not treat the crisis as zero-sum.",
		"principles.sum.why":      "Both countries depend on the same networks and face the same criminals and vulnerabilities. Treating every loss of the other as a gain of one's own makes both poorer and less safe.",
		"principles.sum.earns":    "offers that leave both better off, cooperation on shared threats, keeping trade and technology out of it.",
		"principles.sum.loses":    "decoupling, bans and retaliation aimed at the other's loss, linking cyber to unrelated disputes.",
		"principles.levels":       "Levels: 1 below 40, 2 from 40, 3 from 60, 4 from 80. Interests are scored apart: the aim is both to avoid war and to protect major interests.",

		"timer.held": "Time ran out: the %s holds, in private - nothing is announced.",

		// Punctuation that differs between the languages.
		"pair":          "%s: %s", // a label and its text
		"score.settled": "the outcome: %+d",
		"score.secrets": "What the game hid",
		"sep.list":      ", ", // between items of a list
		"sep.clause":    ", ", // between parts of a sentence

		// The computer's playing styles (game/bot), where they have a name.
		"policy.dove":        "dove",
		"policy.hawk":        "hawk",
		"policy.realist":     "realist",
		"policy.principled":  "principled",
		"policy.tit-for-tat": "tit-for-tat",
		"policy.historical":  "historical",
		"policy.random":      "random",

		"policy.hawk.does":        "Presses hard: always the firmest option offered.",
		"policy.dove.does":        "Concedes to calm things, even when exploited.",
		"policy.tit-for-tat.does": "Opens cooperatively, then answers the other side's last move in kind.",
		"policy.realist.does":     "Maximises its own interests, one round ahead; backs off near the brink.",
		"policy.principled.does":  "Firm but fair: reads before acting, reciprocates, never an ultimatum.",
		"policy.random.does":      "Picks any offered option at random: a baseline.",
		"policy.historical.does":  "Does what the real government did (holds where the record is silent).",

		"small.need": "Terminal too small: need %dx%d.",
		"small.now":  "This one is %dx%d.",
		"small.hint": "Make the window larger, or press Ctrl+C to quit.",

		"scroll.position": "%d-%d of %d",

		"key.up":           "move",
		"key.down":         "down",
		"key.left":         "change",
		"key.right":        "right",
		"key.scroll":       "scroll",
		"key.pgup":         "page up",
		"key.pgdown":       "page",
		"key.home":         "top",
		"key.end":          "bottom",
		"key.number":       "pick",
		"key.continue":     "continue",
		"key.confirm":      "confirm",
		"key.start":        "choose",
		"key.send":         "send",
		"key.doneTalking":  "done talking",
		"key.focus":        "rationale",
		"key.toRationale":  "rationale",
		"key.toOptions":    "options",
		"key.channel":      "channel",
		"key.back":         "back",
		"key.resume":       "resume",
		"key.coach":        "coach",
		"key.name":         "name",
		"setup.namePrompt": "Name for this seat (Enter to keep, Esc to cancel):",
		"setup.nameHuman":  "Only a seat played at this terminal takes a name.",
		"setup.nameHint":   "Tab: name the people at this seat (optional).",
		"key.save":         "save report",
		"key.newGame":      "new game",
		"key.debrief":      "debrief",
		"key.review":       "brief",
		"brief.review":     "The brief again - ctrl+r or Esc goes back",
		"key.scorecard":    "scorecard",
		"key.round":        "round",
		"key.tabPrev":      "team",
		"key.tabNext":      "next team",
		"key.menu":         "menu",
		"key.help":         "more keys",
		"key.quit":         "quit",
		"key.confidence":   "confidence",
		// The language key names the language it switches to, in that
		// language, so that a reader of the other one can find it.
		"key.lang": "中文",
	},
	// Chinese for Chinese readers: the terms Chinese specialists use in
	// crisis management and exercises (研判, 互信, 紧张度, 热线, 留有余地,
	// 复盘), full-width punctuation, and sentences written, not mapped word
	// for word.
	"zh": {
		"app.tagline":   "网络危机管理桌面推演",
		"title.tagline": "中美网络空间危机管理桌面推演。",
		"title.play":    "开始推演：%s",
		"title.choose":  "选择情景",
		"title.quit":    "退出",

		"picker.title":      "选择情景",
		"picker.default":    "（默认）",
		"picker.rounds":     "轮数：最多 %d 轮",
		"picker.teams":      "参演方（%d）：%s",
		"picker.minutes":    "真人推演约需 %d 分钟",
		"picker.difficulty": "难度：%s",

		"setup.title":         "席位安排 - %s",
		"setup.delegation":    "代表团",
		"setup.playedBy":      "操作方",
		"setup.human":         "本终端人员",
		"setup.bot":           "电脑（%s）",
		"setup.solo":          "单人推演：你扮演%s，其余席位由电脑扮演。",
		"setup.hotseat":       "同机轮换：%s共用本终端，每到保密环节前交接终端。",
		"setup.needHuman":     "请至少安排一个代表团在本终端由人操作。",
		"setup.facts":         "随机种子 %d   |   每轮限时：%s   |   教学模式（c）：%s",
		"setup.on":            "开",
		"setup.timerDecision": "每次决策 %s",
		"setup.timerRound":    "每轮 %s（从简报到决策）",
		"setup.off":           "关",

		"header.round":        "第 %d 轮 / 共 %d 轮",
		"header.over":         "推演结束",
		"header.handover":     "交接终端",
		"header.timer":        "剩余 %s",
		"header.journalError": "! 推演记录未能保存",

		"meter.tension":   "紧张度",
		"meter.trust":     "互信",
		"meter.interests": "利益",

		"handover.title":      "交接终端",
		"handover.pass":       "请将终端交给%s。",
		"handover.enter":      "确认屏幕前只有该代表团成员后，按 Enter。",
		"handover.why":        "接下来是保密环节：情报、研判和决策仅供一方代表团查看。",
		"handover.briefFirst": "各代表团先依次阅读简报；全部读完后热线才开通。",

		"brief.round":        "第 %d 轮",
		"brief.intel":        "内部情报 - 仅供%s查阅",
		"brief.noIntel":      "本轮没有内部情报。",
		"brief.open":         "畅通",
		"brief.closed":       "关闭",
		"brief.lowTrust":     "互信低迷：本轮的缓和举措会被对方以怀疑的眼光看待。",
		"brief.tensionMarks": "紧张度条中的 %s 标出危机（%d）和灾难（%d）阈值；一旦达到灾难阈值，推演即告结束。",
		"brief.trustMarks":   "互信条中的 %s 标出互信低位（%d）；低于此值时，缓和举措的效果减半。",

		"hotline.title":       "%s",
		"hotline.channels":    "（渠道 %d/%d）",
		"hotline.placeholder": "在此渠道发送消息……",
		"hotline.empty":       "此渠道尚无通话。所有消息均记录在案，并写入复盘报告。",
		"hotline.roundMark":   "-- 第 %d 轮 --",
		"hotline.hint":        "Enter 发送；沟通完毕按 Tab。所有消息均记录在案。",
		"hotline.notSent":     "发送失败：%s",

		"assess.title":      "本方研判",
		"assess.confidence": "信心",
		"assess.why":        "按准确性和校准度计分：过于自信的误判比审慎的误判扣分更多。",

		"decide.title":       "本方决策",
		"decide.yourRead":    "本方研判：%s（信心 %d%%）",
		"decide.stance":      "姿态 %s（%s）",
		"decide.public":      "公开",
		"decide.private":     "私下",
		"decide.coach":       "教学提示：%s",
		"decide.coachNone":   "教学提示：不涉及四项原则",
		"decide.rationale":   "理由：",
		"decide.placeholder": "选填，一句话，供复盘讨论",
		"decide.hint":        "Enter 确定。各方决策将同时揭晓。",
		"decide.hintText":    "Enter 连同理由一并确定；Tab 返回选项。",
		"decide.holdNote":    "如果超时，本方将以不公开的方式默认：%s",
		"decide.noDecision":  "不作决策",

		"stance.-2": "积极缓和",
		"stance.-1": "缓和",
		"stance.0":  "中性",
		"stance.1":  "坚定",
		"stance.2":  "强力施压",

		"waiting.title":    "本方决策已提交",
		"waiting.observer": "观察席：仅显示公开信息",
		"waiting.for":      "尚未决策：%s。",

		"reveal.round":     "第 %d 轮结果揭晓",
		"reveal.epilogue":  "尾声",
		"reveal.happened":  "事态发展",
		"reveal.held":      "超时：未作决策",
		"reveal.heldWith":  "超时默认：%s",
		"reveal.read":      "研判为“%s”，信心 %d%%；实际为“%s”。",
		"reveal.youRead":   "本方研判为“%s”，信心 %d%%；实际为“%s”。",
		"reveal.verdict":   "%s（%+d）",
		"reveal.rationale": "“%s”",
		"reveal.right":     "研判正确",
		"reveal.wrong":     "研判有误",
		"reveal.meters":    "态势指标",
		"reveal.scores":    "本轮原则得分",
		"reveal.next":      "Enter：进入下一轮",
		"reveal.toScore":   "Enter：查看评分表",

		"outcome.catastrophe": "灾难",
		"outcome.escalated":   "升级",
		"outcome.contained":   "受控",
		"outcome.resolved":    "化解",

		"end.rounds":      "全部 %s 轮推演已完成",
		"end.noInject":    "已无可推演的事件",
		"end.catastrophe": "紧张度达到灾难阈值",
		"end.ending":      "情景已走到结局",
		"end.facilitator": "主持人结束了推演",

		"score.outcome":      "结局：%s",
		"score.level":        "等级 %d/4",
		"score.notTested":    "未经检验",
		"score.evidence":     "评分依据：每一项影响得分的行动及其理由",
		"score.interestsWhy": "代表团维护本国利益的程度——两难困境的另一面。",
		"score.journal":      "推演记录：%s",
		"score.reportSaved":  "复盘报告已保存：%s",
		"score.reportFailed": "复盘报告未能保存：%s",
		"score.next":         "下一步：%s",
		"score.nextReport":   "s 保存复盘报告",
		"score.nextAgain":    "n 再推演一局",
		"score.nextQuit":     "q 退出",
		"score.nextDebrief":  "Enter 复盘讨论",
		"input.full":         "已满 %d/%d",

		"debrief.title":       "复盘讨论",
		"debrief.page":        "复盘  -  第 %d 轮，共 %d 轮",
		"debrief.hint":        "%s：逐轮查看，最后是讨论问题",
		"debrief.notPlayed":   "本桌未推演到这一轮。",
		"debrief.inPlay":      "推演仍在进行。",
		"debrief.questions":   "复盘讨论问题",
		"debrief.noQuestions": "本情景没有复盘讨论问题。",

		"menu.title":      "菜单",
		"menu.resume":     "继续推演",
		"menu.principles": "四项原则",
		"menu.saveQuit":   "保存并退出",
		"menu.quit":       "退出",
		"menu.journal":    "每一步都已自动保存至：",
		"menu.noJournal":  "本局不保存推演记录。",

		"principles.title":        "四项原则",
		"principles.intro":        "Brink 依据中美网络空间危机管理的四项要求为各代表团评分。每项初始为 50 分；凡影响得分的行动，均连同理由列入评分表。",
		"principles.head":         "%d. %s",
		"principles.label.why":    "缘由：",
		"principles.label.earns":  "加分：",
		"principles.label.loses":  "减分：",
		"principles.intent.what":  "了解对方的利益关切，准确研判其意图。",
		"principles.intent.why":   "网络空间溯源耗时长、不确定性大。对模糊的证据作最坏的解读，会让一起间谍事件演变为双方都不愿看到的对抗。",
		"principles.intent.earns": "信心恰当的研判；行动前通过热线或特使沟通核实；联合调查。",
		"principles.intent.loses": "过于自信的误判；未经核实就依据溯源结论采取行动；对畅通的渠道弃而不用。",
		"principles.face.what":    "给对方留有余地，让其能够体面地妥协。",
		"principles.face.why":     "公开点名和极限施压会让退让显得像认输，对方只会更加强硬，积怨也随之加深。私下给台阶，更有可能促使对方改变做法。",
		"principles.face.earns":   "私下交涉、低调渠道、对方能够接受的方案、联合声明。",
		"principles.face.loses":   "公开指责、为造势而宣布制裁或起诉、羞辱性要求、蓄意泄密。",
		"principles.time.what":    "保持克制，给对方留出时间。",
		"principles.time.why":     "调整网络政策需要多个部门反复协调，费时费力。最后通牒和迅速报复让对方无暇调整，还会把危机推向其他领域。",
		"principles.time.earns":   "给出可执行的期限、暂缓动用进攻性手段、由专业部门主导处置。",
		"principles.time.loses":   "最后通牒、反向入侵、当轮即报复、任由危机外溢。",
		"principles.sum.what":     "不以零和思维对待危机。",
		"principles.sum.why":      "两国依赖同一张网络，面对同样的网络犯罪和安全漏洞。把对方的每一分损失都视为己方所得，只会让双方都更穷、更不安全。",
		"principles.sum.earns":    "双方都能受益的提议、应对共同威胁的合作、不把经贸和技术问题卷入其中。",
		"principles.sum.loses":    "脱钩断链、以损害对方为目的的禁令和报复、把网络问题与无关争端挂钩。",
		"principles.levels":       "等级：40 分以下为 1 级，40 分起为 2 级，60 分起为 3 级，80 分起为 4 级。利益单独计分：目标是既避免战争，又维护重大利益。",

		"timer.held": "时间已到：%s按默认选项处理，不公开、不对外宣布。",

		"pair":          "%s：%s",
		"score.settled": "结局影响：%+d",
		"score.secrets": "本局隐情",
		"sep.list":      "、",
		"sep.clause":    "，",

		"policy.dove":        "鸽派",
		"policy.hawk":        "鹰派",
		"policy.realist":     "现实派",
		"policy.principled":  "原则派",
		"policy.tit-for-tat": "以牙还牙",
		"policy.historical":  "照搬历史",
		"policy.random":      "随机",

		"policy.hawk.does":        "强硬施压：总是选择最强硬的选项。",
		"policy.dove.does":        "为缓和局势而让步，即使被对方利用。",
		"policy.tit-for-tat.does": "先合作，此后以对方上一步的方式回应。",
		"policy.realist.does":     "追求本国利益最大化，向前看一轮；临近危机边缘时后退。",
		"policy.principled.does":  "坚定而公正：先判明意图再行动，对等回应，从不发出最后通牒。",
		"policy.random.does":      "在可选项中随机选择：作为参照基线。",
		"policy.historical.does":  "照搬真实政府的做法（史料空白处按默认选项处理）。",

		"small.need": "终端窗口太小：至少需要 %dx%d。",
		"small.now":  "当前为 %dx%d。",
		"small.hint": "请放大窗口，或按 Ctrl+C 退出。",

		"scroll.position": "%d-%d / %d",

		"key.up":           "移动",
		"key.down":         "向下",
		"key.left":         "切换",
		"key.right":        "向右",
		"key.scroll":       "滚动",
		"key.pgup":         "上一页",
		"key.pgdown":       "翻页",
		"key.home":         "顶部",
		"key.end":          "底部",
		"key.number":       "按号选择",
		"key.continue":     "继续",
		"key.confirm":      "确定",
		"key.start":        "选定",
		"key.send":         "发送",
		"key.doneTalking":  "结束沟通",
		"key.focus":        "填写理由",
		"key.toRationale":  "填写理由",
		"key.toOptions":    "返回选项",
		"key.channel":      "切换渠道",
		"key.back":         "返回",
		"key.resume":       "继续推演",
		"key.coach":        "教学模式",
		"key.name":         "姓名",
		"setup.namePrompt": "本席位人员姓名（回车确认，Esc 取消）：",
		"setup.nameHuman":  "只有由本终端人员操作的席位才能填写姓名。",
		"setup.nameHint":   "Tab：填写本席位人员姓名（可选）。",
		"key.save":         "保存报告",
		"key.newGame":      "再来一局",
		"key.debrief":      "复盘",
		"key.review":       "重看简报",
		"brief.review":     "重看简报 - 按 ctrl+r 或 Esc 返回",
		"key.scorecard":    "评分表",
		"key.round":        "切换轮次",
		"key.tabPrev":      "切换代表团",
		"key.tabNext":      "下一代表团",
		"key.menu":         "菜单",
		"key.help":         "更多按键",
		"key.quit":         "退出",
		"key.confidence":   "信心",
		"key.lang":         "English",
	},
}

// botRationales are the Chinese of the reasons the built-in computer
// players state for their choices (their personality files give them in
// English), so that a Chinese game reads them in Chinese. A test checks
// that every built-in personality's reason is here.
var botRationales = map[string]string{
	"We lower the temperature first and ask questions later.":     "我们先降温，再提问。",
	"Strength deters: we answer with the firmest option we have.": "实力才能威慑：我们以最坚定的选项回应。",
	"We read intentions before acting, leave the other side a way out, take time without ultimatums and look for a shared gain, and we defend our interests while we do it.": "我们先判明意图再行动，给对方留有余地，从容应对、不下最后通牒，寻求共同收益，同时维护本方利益。",
	"This best protects our interests, given how the other side is likely to answer.":                                                                                        "考虑到对方可能的回应，这样最能维护我方利益。",
	"We answer in kind: cooperation for cooperation, pressure for pressure.":                                                                                                 "我们对等回应：以合作对合作，以压力对压力。",
}

// rationaleIn is a stated reason in lang: a computer player's in
// Chinese when the game is; what people typed, as they typed it.
func rationaleIn(lang, r string) string {
	if lang == "zh" {
		if zh, ok := botRationales[r]; ok {
			return zh
		}
	}
	return r
}
