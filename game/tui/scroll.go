package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// scroller shows a window of pre-wrapped lines. It is smaller than bubbles'
// viewport on purpose: the lines are laid out once, at the right width, when
// the content or the size changes, and View only joins the visible ones.
type scroller struct {
	lines  []string
	offset int
	height int
}

func (s *scroller) SetContent(content string) {
	s.lines = strings.Split(strings.TrimRight(content, "\n"), "\n")
	s.clamp()
}

func (s *scroller) SetHeight(h int) {
	s.height = max(h, 1)
	s.clamp()
}

func (s *scroller) maxOffset() int { return max(len(s.lines)-s.height, 0) }

func (s *scroller) clamp() { s.offset = min(max(s.offset, 0), s.maxOffset()) }

func (s *scroller) scrollBy(n int) {
	s.offset += n
	s.clamp()
}

func (s *scroller) top()    { s.offset = 0 }
func (s *scroller) bottom() { s.offset = s.maxOffset() }

// show scrolls so that lines from..to are visible.
func (s *scroller) show(from, to int) {
	if to-from+1 >= s.height || from < s.offset {
		s.offset = from
	} else if to >= s.offset+s.height {
		s.offset = to - s.height + 1
	}
	s.clamp()
}

// scrollable reports whether the content is taller than the window.
func (s *scroller) scrollable() bool { return len(s.lines) > s.height }

// handle scrolls for the keys and the mouse wheel; it reports whether it
// used msg. arrows: the up and down bindings to use.
func (s *scroller) handle(msg tea.Msg, k *KeyMap, up, down key.Binding) bool {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, up):
			s.scrollBy(-1)
		case key.Matches(msg, down):
			s.scrollBy(1)
		case key.Matches(msg, k.PageUp):
			s.scrollBy(-max(s.height-1, 1))
		case key.Matches(msg, k.PageDown):
			s.scrollBy(max(s.height-1, 1))
		case key.Matches(msg, k.Home):
			s.top()
		case key.Matches(msg, k.End):
			s.bottom()
		default:
			return false
		}
		return true
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			s.scrollBy(-3)
		case tea.MouseWheelDown:
			s.scrollBy(3)
		default:
			return false
		}
		return true
	}
	return false
}

// View is the visible window, height lines.
func (s *scroller) View() string {
	end := min(s.offset+s.height, len(s.lines))
	if s.offset >= end {
		return ""
	}
	return strings.Join(s.lines[s.offset:end], "\n")
}

// position is "12-30 of 54" when the content scrolls, else "".
func (s *scroller) position(c *Common) string {
	if !s.scrollable() {
		return ""
	}
	end := min(s.offset+s.height, len(s.lines))
	return c.Safe(fmt.Sprintf("%d-%d%s%d", s.offset+1, end, scrollOf.In(c.Lang), len(s.lines)))
}
