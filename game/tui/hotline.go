package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/engine"
)

// hotlineScreen is the talk phase: the channel's transcript, which stays
// visible for the round, and a line to type a message into.
type hotlineScreen struct {
	c       *Common
	s       *session
	channel int // index among the open channels
	input   textinput.Model
	log     scroller
	w, h    int
	err     string
}

func newTextInput(c *Common, limit int, placeholder string) textinput.Model {
	ti := textinput.New()
	ti.Prompt = "> "
	styleInput(c, &ti)
	ti.Placeholder = placeholder
	ti.CharLimit = limit
	// The terminal's cursor (FieldView), not one the field draws: a
	// blinking drawn one would redraw the screen twice a second for
	// nothing, over SSH too.
	ti.SetVirtualCursor(false)
	ti.Focus()
	return ti
}

func newHotline(c *Common, s *session) *hotlineScreen {
	h := &hotlineScreen{c: c, s: s}
	h.input = newTextInput(c, engine.MaxMessage, c.Text("Write on this channel..."))
	return h
}

func (h *hotlineScreen) typing() bool { return true }

func (h *hotlineScreen) relang() { h.input.Placeholder = h.c.Text("Write on this channel...") }

func (h *hotlineScreen) restyle() { styleInput(h.c, &h.input) }

// typed is a key press or a paste as a text field should take it: in
// ASCII mode the characters it types are mapped like everything else on
// screen (a “ typed by a Chinese input method becomes 「), so the field,
// the transcript and the journal hold only what the terminal draws right.
// value is the field's text, whose last character is the context.
func typed(c *Common, msg tea.Msg, value string) tea.Msg {
	if !c.ASCII {
		return msg
	}
	prev := []rune(value)
	if len(prev) > 0 {
		prev = prev[len(prev)-1:]
	}
	safe := func(s string) string { return string([]rune(c.Safe(string(prev) + s))[len(prev):]) }
	switch k := msg.(type) {
	case tea.KeyPressMsg:
		if k.Text != "" {
			k.Text = safe(k.Text)
		}
		return k
	case tea.PasteMsg:
		k.Content = safe(k.Content)
		return k
	}
	return msg
}

func (h *hotlineScreen) current() (engine.ChannelStatus, bool) {
	open := openChannels(h.s.view)
	if len(open) == 0 {
		return engine.ChannelStatus{}, false
	}
	return open[h.channel%len(open)], true
}

func (h *hotlineScreen) SetSize(w, ht int) {
	h.w, h.h = w, ht
	h.input.SetWidth(max(min(w-4, readingWidth)-2-len(h.input.Prompt)-10, 10))
	h.log.SetHeight(ht - 5)
	h.refresh()
	h.log.bottom()
}

func (h *hotlineScreen) refresh() {
	h.log.SetContent(h.transcript())
}

func (h *hotlineScreen) transcript() string {
	st := h.c.Styles
	ch, ok := h.current()
	if !ok {
		return ""
	}
	w := min(h.w-4, readingWidth)
	labelW := 0
	for _, t := range h.s.view.Teams {
		labelW = max(labelW, width(h.s.teamShort(t.ID, h.c)))
	}
	var lines []string
	round := 0
	for _, p := range h.s.view.Posts {
		if p.Channel != ch.ID {
			continue
		}
		if p.Round != round {
			round = p.Round
			lines = append(lines, st.Dim.Render(h.c.Textf("-- round %d --", round)))
		}
		label := pad(h.s.teamShort(p.Team, h.c), labelW)
		text := hang(h.c.Safe(oneLine(p.Text)), w-labelW-2, labelW+2)
		style := st.Text
		if p.Team == h.s.seat {
			style = st.Accent
		}
		msg := strings.Split(text, "\n")
		for i, l := range msg {
			if i == 0 {
				lines = append(lines, st.TeamLabel.Render(label)+"  "+style.Render(l))
			} else {
				lines = append(lines, style.Render(l))
			}
		}
	}
	if len(lines) == 0 {
		lines = append(lines, st.Dim.Render(cut(h.c.Text("Nothing said yet on this channel. Messages are logged and appear in the report."), w)))
	}
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n")
}

func (h *hotlineScreen) Update(msg tea.Msg) (nav, tea.Cmd) {
	keys := h.c.Keys
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, keys.DoneTalking):
			return navNext{}, nil
		case key.Matches(k, keys.Channel):
			h.channel++
			h.refresh()
			h.log.bottom()
			return stay, nil
		case key.Matches(k, keys.Send):
			h.send()
			return stay, nil
		case key.Matches(k, keys.ScrollUp, keys.ScrollDown, keys.PageUp, keys.PageDown):
			h.log.handle(msg, keys, keys.ScrollUp, keys.ScrollDown)
			return stay, nil
		}
		h.err = ""
	}
	if _, ok := msg.(tea.MouseMsg); ok {
		h.log.handle(msg, keys, keys.ScrollUp, keys.ScrollDown)
		return stay, nil
	}
	var cmd tea.Cmd
	h.input, cmd = h.input.Update(typed(h.c, msg, h.input.Value()))
	return stay, cmd
}

func (h *hotlineScreen) send() {
	text := strings.TrimSpace(h.input.Value())
	if text == "" {
		return
	}
	ch, ok := h.current()
	if !ok {
		return
	}
	err := h.s.apply(engine.Input{Kind: engine.Message, Team: h.s.seat, Channel: ch.ID, Text: text})
	if err != nil {
		h.err = h.c.Textf("Not sent: %s", oneLine(bilingual.Say(err, h.c.Lang)))
		return
	}
	h.input.Reset()
	h.refresh()
	h.log.bottom()
}

func (h *hotlineScreen) View() string {
	st := h.c.Styles
	ch, _ := h.current()
	title := h.c.Line(ch.Name)
	if n := len(openChannels(h.s.view)); n > 1 {
		title += "  " + h.c.Textf("(channel %d of %d)", h.channel%n+1, n)
	}
	head := "  " + st.Title.Render(cut(title, h.w-4))
	pos := h.log.position(h.c)
	lines := []string{head + st.Dim.Render(pad("", h.w-width(head)-width(pos)-2)+pos)}
	lines = append(lines, rows(h.log.View(), h.log.height))
	lines = append(lines, "  "+st.ruleLine(h.w-4))
	count := inputCount(h.c, h.input.Value(), engine.MaxMessage)
	in := FieldView(h.input)
	lines = append(lines, "  "+pad(in, min(h.w-4, readingWidth)-width(count)-1)+" "+count)
	note := h.c.Text("Enter sends; Tab when you are done talking. Every message is logged.")
	style := st.Dim
	if h.err != "" {
		note, style = h.err, st.Error
	}
	lines = append(lines, "  "+style.Render(cut(note, h.w-4)))
	return strings.Join(lines, "\n")
}

func (h *hotlineScreen) ShortHelp() []key.Binding {
	k := h.c.Keys
	b := []key.Binding{k.Send, k.DoneTalking, k.ScrollUp}
	if len(openChannels(h.s.view)) > 1 {
		b = append(b, k.Channel)
	}
	return b
}

func (h *hotlineScreen) FullHelp() [][]key.Binding {
	k := h.c.Keys
	return [][]key.Binding{h.ShortHelp(), {k.PageDown}}
}

// inputCount is "12/280" beside a text field: dim, and a warning once the
// field is full (it takes no more), so that a long text is never cut
// without a word.
func inputCount(c *Common, value string, limit int) string {
	n := len([]rune(value))
	if n >= limit {
		return c.Styles.Warn.Render(c.Textf("full %d/%d", n, limit))
	}
	return c.Styles.Dim.Render(fmt.Sprintf("%d/%d", n, limit))
}
