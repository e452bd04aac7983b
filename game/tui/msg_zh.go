package tui

import "github.com/brink-ttx/brink/game/bilingual"

// zhMsg is the Chinese of the UI's strings, keyed by the English format the
// code writes them with (Common.Text, Common.Textf), with the same verbs in
// the same order. Scenario text comes from the scenario (Text.In);
// everything else a player reads is here, so a translator edits one file.
// The test scans the code: every string it asks for has its Chinese.
//
// Chinese for Chinese readers: the terms Chinese specialists use in crisis
// management and exercises (研判, 互信, 紧张度, 热线, 留有余地, 复盘),
// full-width punctuation, and sentences written, not mapped word for word.
var zhMsg = bilingual.Catalogue{
	"a tabletop exercise in cyber-crisis management":                                      "网络危机管理桌面推演",
	"A tabletop exercise in cyber-crisis management between China and the United States.": "中美网络空间危机管理桌面推演。",
	"Play: %s":          "开始推演：%s",
	"Choose a scenario": "选择情景",
	"Quit":              "退出",

	" (default)":                            "（默认）",
	"Rounds: up to %d":                      "轮数：最多 %d 轮",
	"Teams (%d): %s":                        "参演方（%d）：%s",
	"About %d minutes at a table of people": "真人推演约需 %d 分钟",
	"Difficulty: %s":                        "难度：%s",

	"Seats - %s":              "席位安排 - %s",
	"Delegation":              "代表团",
	"Played by":               "操作方",
	"People at this terminal": "本终端人员",
	"Computer (%s)":           "电脑（%s）",
	"Solo: you play the %s; the computer plays the other seats.":                 "单人推演：你扮演%s，其余席位由电脑扮演。",
	"Hot-seat: %s share this terminal and pass it on before each private phase.": "同机轮换：%s共用本终端，每到保密环节前交接终端。",
	"Seat at least one delegation at this terminal.":                             "请至少安排一个代表团在本终端由人操作。",
	"Seed %d   |   Turn timer: %s   |   Coach mode (c): %s":                      "随机种子 %d   |   每轮限时：%s   |   教学模式（c）：%s",
	"on":                              "开",
	"%s per decision":                 "每次决策 %s",
	"%s per round, brief to decision": "每轮 %s（从简报到决策）",
	"off":                             "关",

	"Round %d of %d":       "第 %d 轮 / 共 %d 轮",
	"Game over":            "推演结束",
	"Hand-over":            "交接终端",
	"Time left %s":         "剩余 %s",
	"! journal not saving": "！推演记录未能保存",

	"Tension":   "紧张度",
	"Trust":     "互信",
	"Interests": "利益",

	"Pass the terminal to the %s.":                   "请将终端交给%s。",
	"Press Enter when only they can see the screen.": "确认屏幕前只有该代表团成员后，按 Enter。",
	"What comes next is private: intelligence, assessment and choice are for one delegation's eyes.": "接下来是保密环节：情报、研判和决策仅供一方代表团查看。",
	"First every delegation reads its brief; the hotline opens once all have.":                       "各代表团先依次阅读简报；全部读完后热线才开通。",

	"ROUND %d":                            "第 %d 轮",
	"Your intelligence - for the %s only": "内部情报 - 仅供%s查阅",
	"No private intelligence this round.": "本轮没有内部情报。",
	"open":                                "畅通",
	"closed":                              "关闭",
	"Trust is low: conciliatory moves will be read with suspicion this round.":                             "互信低迷：本轮的缓和举措会被对方以怀疑的眼光看待。",
	"Tension bar: %s marks the crisis (%d) and catastrophe (%d) thresholds; at catastrophe the game ends.": "紧张度条中的 %s 标出危机（%d）和灾难（%d）阈值；一旦达到灾难阈值，推演即告结束。",
	"Trust bar: %s marks low trust (%d), below which conciliatory moves count for half.":                   "互信条中的 %s 标出互信低位（%d）；低于此值时，缓和举措的效果减半。",

	"(channel %d of %d)":       "（渠道 %d/%d）",
	"Write on this channel...": "在此渠道发送消息……",
	"Nothing said yet on this channel. Messages are logged and appear in the report.": "此渠道尚无通话。所有消息均记录在案，并写入复盘报告。",
	"-- round %d --": "-- 第 %d 轮 --",
	"Enter sends; Tab when you are done talking. Every message is logged.": "Enter 发送；沟通完毕按 Tab。所有消息均记录在案。",
	"Not sent: %s": "发送失败：%s",

	"Your assessment": "本方研判",
	"Confidence":      "信心",
	"Scored for accuracy and calibration: a confident wrong read costs more than a cautious one.": "按准确性和校准度计分：过于自信的误判比审慎的误判扣分更多。",

	"Your decision":        "本方决策",
	"Your read: %s (%d%%)": "本方研判：%s（信心 %d%%）",
	"stance %s (%s)":       "姿态 %s（%s）",
	"in public":            "公开",
	"in private":           "私下",
	"Coach: %s":            "教学提示：%s",
	"Coach: touches none of the four principles": "教学提示：不涉及四项原则",
	"Rationale:":                                                    "理由：",
	"optional, one line for the debrief":                            "选填，一句话，供复盘讨论",
	"Enter decides. All choices are revealed together.":             "Enter 确定。各方决策将同时揭晓。",
	"Enter decides, with this rationale. Tab: back to the options.": "Enter 连同理由一并确定；Tab 返回选项。",
	"If time runs out you hold, in private: %s":                     "如果超时，本方将以不公开的方式默认：%s",
	"no decision": "不作决策",

	"strongly conciliatory": "积极缓和",
	"conciliatory":          "缓和",
	"neutral":               "中性",
	"firm":                  "坚定",
	"coercive":              "强力施压",

	"Your decision is in":                        "本方决策已提交",
	"You are observing: public information only": "观察席：仅显示公开信息",
	"Still deciding: %s.":                        "尚未决策：%s。",

	"ROUND %d REVEALED":                       "第 %d 轮结果揭晓",
	"EPILOGUE":                                "尾声",
	"What happened":                           "事态发展",
	"Held: no decision":                       "超时：未作决策",
	"Held: %s":                                "超时默认：%s",
	"Read \"%s\" at %d%%; it was \"%s\".":     "研判为“%s”，信心 %d%%；实际为“%s”。",
	"You read \"%s\" at %d%%; it was \"%s\".": "本方研判为“%s”，信心 %d%%；实际为“%s”。",
	"%s (%+d)":                                "%s（%+d）",
	"\"%s\"":                                  "“%s”",
	"right":                                   "研判正确",
	"wrong":                                   "研判有误",
	"Meters":                                  "态势指标",
	"Principles this round":                   "本轮原则得分",
	"Enter: next round":                       "Enter：进入下一轮",
	"Enter: the scorecard":                    "Enter：查看评分表",

	"catastrophe": "灾难",
	"escalated":   "升级",
	"contained":   "受控",
	"resolved":    "化解",

	"Outcome: %s":   "结局：%s",
	"level %d of 4": "等级 %d/4",
	"not tested":    "未经检验",
	"Evidence: every act that moved a score, and why":                                          "评分依据：每一项影响得分的行动及其理由",
	"How well the delegation protected its national interests: the other half of the dilemma.": "代表团维护本国利益的程度——两难困境的另一面。",
	"Journal: %s":          "推演记录：%s",
	"Report saved: %s":     "复盘报告已保存：%s",
	"Report not saved: %s": "复盘报告未能保存：%s",
	"Next: %s":             "下一步：%s",
	"s save the report":    "s 保存复盘报告",
	"n play again":         "n 再推演一局",
	"q quit":               "q 退出",
	"Enter the debrief":    "Enter 复盘讨论",
	"full %d/%d":           "已满 %d/%d",

	"Debrief":                                 "复盘讨论",
	"DEBRIEF  -  round %d of %d":              "复盘  -  第 %d 轮，共 %d 轮",
	"%s: round by round, then the questions":  "%s：逐轮查看，最后是讨论问题",
	"This table did not reach this round.":    "本桌未推演到这一轮。",
	"The game is still in play.":              "推演仍在进行。",
	"Questions for the debrief":               "复盘讨论问题",
	"This scenario has no debrief questions.": "本情景没有复盘讨论问题。",

	"Menu":                                 "菜单",
	"Resume":                               "继续推演",
	"The four principles":                  "四项原则",
	"Save and quit":                        "保存并退出",
	"Every move is saved as you play, in:": "每一步都已自动保存至：",
	"This game keeps no journal.":          "本局不保存推演记录。",

	"Brink scores each delegation against four requirements of crisis management between China and the United States in cyberspace. Each starts at 50; every act that moves one is listed on the scorecard with its reason.": "Brink 依据中美网络空间危机管理的四项要求为各代表团评分。每项初始为 50 分；凡影响得分的行动，均连同理由列入评分表。",
	"Why:":      "缘由：",
	"Earns it:": "加分：",
	"Loses it:": "减分：",
	"Understand what the other side wants and judge its intentions accurately.":                                                                                                            "了解对方的利益关切，准确研判其意图。",
	"Attribution in cyberspace is slow and uncertain. Reading the worst case into ambiguous evidence turns an espionage case into a confrontation nobody chose.":                           "网络空间溯源耗时长、不确定性大。对模糊的证据作最坏的解读，会让一起间谍事件演变为双方都不愿看到的对抗。",
	"calibrated assessments; asking on the hotline or through envoys before acting; joint fact-finding.":                                                                                   "信心恰当的研判；行动前通过热线或特使沟通核实；联合调查。",
	"confident wrong reads; acting on attribution without checking; ignoring an open channel.":                                                                                             "过于自信的误判；未经核实就依据溯源结论采取行动；对畅通的渠道弃而不用。",
	"Leave the other side a decent way to compromise.":                                                                                                                                     "给对方留有余地，让其能够体面地妥协。",
	"Public naming and maximum pressure make retreat look like defeat, so the other side digs in and grievances pile up. A quiet path out is more likely to change behaviour.":             "公开点名和极限施压会让退让显得像认输，对方只会更加强硬，积怨也随之加深。私下给台阶，更有可能促使对方改变做法。",
	"private demarches, quiet channels, proposals the other side can accept, joint statements.":                                                                                            "私下交涉、低调渠道、对方能够接受的方案、联合声明。",
	"public accusations, sanctions or indictments announced for effect, humiliating demands, leaks.":                                                                                       "公开指责、为造势而宣布制裁或起诉、羞辱性要求、蓄意泄密。",
	"Show restraint and give the other side time.":                                                                                                                                         "保持克制，给对方留出时间。",
	"Changing a cyber policy takes slow coordination between agencies. Ultimatums and quick retaliation leave no time to do it, and push the crisis into other fields.":                    "调整网络政策需要多个部门反复协调，费时费力。最后通牒和迅速报复让对方无暇调整，还会把危机推向其他领域。",
	"deadlines long enough to act on, holding offensive options back, keeping professionals in the lead.":                                                                                  "给出可执行的期限、暂缓动用进攻性手段、由专业部门主导处置。",
	"ultimatums, counter-hacks, striking back in the same turn, letting the crisis spill over.":                                                                                            "最后通牒、反向入侵、当轮即报复、任由危机外溢。",
	"Do not treat the crisis as zero-sum.":                                                                                                                                                 "不以零和思维对待危机。",
	"Both countries depend on the same networks and face the same criminals and vulnerabilities. Treating every loss of the other as a gain of one's own makes both poorer and less safe.": "两国依赖同一张网络，面对同样的网络犯罪和安全漏洞。把对方的每一分损失都视为己方所得，只会让双方都更穷、更不安全。",
	"offers that leave both better off, cooperation on shared threats, keeping trade and technology out of it.":                                                                            "双方都能受益的提议、应对共同威胁的合作、不把经贸和技术问题卷入其中。",
	"decoupling, bans and retaliation aimed at the other's loss, linking cyber to unrelated disputes.":                                                                                     "脱钩断链、以损害对方为目的的禁令和报复、把网络问题与无关争端挂钩。",
	"Levels: 1 below 40, 2 from 40, 3 from 60, 4 from 80. Interests are scored apart: the aim is both to avoid war and to protect major interests.":                                        "等级：40 分以下为 1 级，40 分起为 2 级，60 分起为 3 级，80 分起为 4 级。利益单独计分：目标是既避免战争，又维护重大利益。",

	"Time ran out: the %s holds, in private - nothing is announced.": "时间已到：%s按默认选项处理，不公开、不对外宣布。",

	// Punctuation that differs between the languages.
	"%s: %s":            "%s：%s",
	"the outcome: %+d":  "结局影响：%+d",
	"What the game hid": "本局隐情",

	// The computer's playing styles (game/bot), where they have a name.
	"dove":        "鸽派",
	"hawk":        "鹰派",
	"realist":     "现实派",
	"principled":  "原则派",
	"tit-for-tat": "以牙还牙",
	"historical":  "照搬历史",
	"random":      "随机",

	"Presses hard: always the firmest option offered.":                        "强硬施压：总是选择最强硬的选项。",
	"Concedes to calm things, even when exploited.":                           "为缓和局势而让步，即使被对方利用。",
	"Opens cooperatively, then answers the other side's last move in kind.":   "先合作，此后以对方上一步的方式回应。",
	"Maximises its own interests, one round ahead; backs off near the brink.": "追求本国利益最大化，向前看一轮；临近危机边缘时后退。",
	"Firm but fair: reads before acting, reciprocates, never an ultimatum.":   "坚定而公正：先判明意图再行动，对等回应，从不发出最后通牒。",
	"Picks any offered option at random: a baseline.":                         "在可选项中随机选择：作为参照基线。",
	"Does what the real government did (holds where the record is silent).":   "照搬真实政府的做法（史料空白处按默认选项处理）。",

	"Terminal too small: need %dx%d.":                  "终端窗口太小：至少需要 %dx%d。",
	"This one is %dx%d.":                               "当前为 %dx%d。",
	"Make the window larger, or press Ctrl+C to quit.": "请放大窗口，或按 Ctrl+C 退出。",

	"move":         "移动",
	"down":         "向下",
	"change":       "切换",
	"move right":   "向右",
	"scroll":       "滚动",
	"page up":      "上一页",
	"page":         "翻页",
	"top":          "顶部",
	"bottom":       "底部",
	"pick":         "按号选择",
	"continue":     "继续",
	"confirm":      "确定",
	"choose":       "选定",
	"send":         "发送",
	"done talking": "结束沟通",
	"rationale":    "填写理由",
	"options":      "返回选项",
	"channel":      "切换渠道",
	"back":         "返回",
	"resume":       "继续推演",
	"coach":        "教学模式",
	"name":         "姓名",
	"Name for this seat (Enter to keep, Esc to cancel):": "本席位人员姓名（回车确认，Esc 取消）：",
	"Only a seat played at this terminal takes a name.":  "只有由本终端人员操作的席位才能填写姓名。",
	"Tab: name the people at this seat (optional).":      "Tab：填写本席位人员姓名（可选）。",
	"save report": "保存报告",
	"new game":    "再来一局",
	"debrief":     "复盘",
	"brief":       "重看简报",
	"The brief again - ctrl+r or Esc goes back": "重看简报 - 按 ctrl+r 或 Esc 返回",
	"scorecard":  "评分表",
	"round":      "切换轮次",
	"team":       "切换代表团",
	"next team":  "下一代表团",
	"menu":       "菜单",
	"more keys":  "更多按键",
	"quit":       "退出",
	"confidence": "信心",
}

// Punctuation and names that are the same message in both languages but
// not the same text, and so are no catalogue entry of their own.
var (
	listSep   = bilingual.Pair{En: ", ", Zh: "、"} // between items of a list
	clauseSep = bilingual.Pair{En: ", ", Zh: "，"} // between parts of a sentence
	// The language key names the language it switches to, in that
	// language, so that a reader of the other one can find it.
	langKey = bilingual.Pair{En: "中文", Zh: "English"}
	// A scroller's position, "12-30 of 54": in Chinese "12-30 / 54".
	scrollOf = bilingual.Pair{En: " of ", Zh: " / "}
)
