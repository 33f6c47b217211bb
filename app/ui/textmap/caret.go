package textmap

import (
	"slices"
	"unicode"

	"github.com/hashiya/hashiya/app/arabic"
)

// Selection is a keyboard selection over a text: Anchor is where it was
// started, Head where the caret is now (code-point offsets, either order;
// Anchor == Head is a bare caret).
type Selection struct {
	Anchor, Head int
}

// Span returns the selection as an ordered half-open span [start, end).
func (s Selection) Span() (start, end int) { return min(s.Anchor, s.Head), max(s.Anchor, s.Head) }

// Empty reports whether the selection is a bare caret.
func (s Selection) Empty() bool { return s.Anchor == s.Head }

// Step moves a caret by one user-perceived character (Graphemes) in logical
// order: dir > 0 forward (towards the end of the text), dir < 0 backward.
// A line break (CR LF counts as one) is a step of its own. The result is
// clamped to [0, len(text)].
func Step(text []rune, pos, dir int) int {
	pos = min(max(pos, 0), len(text))
	lo, hi := pos, pos // the stretch between white space around pos
	for lo > 0 && !unicode.IsSpace(text[lo-1]) {
		lo--
	}
	for hi < len(text) && !unicode.IsSpace(text[hi]) {
		hi++
	}
	if dir > 0 {
		if pos == hi { // on white space
			if pos+1 < len(text) && text[pos] == '\r' && text[pos+1] == '\n' {
				return pos + 2
			}
			return min(pos+1, len(text))
		}
		g := graphemesIn(text, lo, hi)
		k, _ := slices.BinarySearch(g, pos+1)
		return g[k]
	}
	if pos == lo {
		if pos >= 2 && text[pos-1] == '\n' && text[pos-2] == '\r' {
			return pos - 2
		}
		return max(pos-1, 0)
	}
	g := graphemesIn(text, lo, hi)
	k, _ := slices.BinarySearch(g, pos)
	return g[k-1]
}

func graphemesIn(text []rune, lo, hi int) []int {
	g := Graphemes(text[lo:hi])
	for i := range g {
		g[i] += lo
	}
	return g
}

// WordStep moves a caret by words, as Ctrl+arrow does in editors: forward
// to the end of the current or next word (or number), backward to the
// start of the current or previous one. Words are app/arabic's tokens, so
// punctuation and white space are skipped over; at the ends of the text
// the caret goes to 0 or len(text). Lines longer than a paragraph are not
// special: a word step crosses line breaks.
func WordStep(text []rune, pos, dir int) int {
	pos = min(max(pos, 0), len(text))
	if dir > 0 {
		// Skip what is not a word character, then the word.
		i := pos
		for i < len(text) && !wordRune(text[i]) {
			i++
		}
		for i < len(text) && wordRune(text[i]) {
			i++
		}
		return tokenEdge(text, pos, i, true)
	}
	i := pos
	for i > 0 && !wordRune(text[i-1]) {
		i--
	}
	for i > 0 && wordRune(text[i-1]) {
		i--
	}
	return tokenEdge(text, pos, i, false)
}

// tokenEdge extends a word step over a number's inner separators (1,250),
// which app/arabic tokenizes as one number: to the token's end going
// forward, to its start going back.
func tokenEdge(text []rune, from, to int, forward bool) int {
	lo, hi := min(from, to), max(from, to)
	for lo > 0 && !unicode.IsSpace(text[lo-1]) {
		lo--
	}
	for hi < len(text) && !unicode.IsSpace(text[hi]) {
		hi++
	}
	for _, t := range arabic.Tokenize(string(text[lo:hi])) {
		s, e := t.Start+lo, t.End+lo
		if s < to && to < e && (t.Kind == arabic.Word || t.Kind == arabic.Number) {
			if forward {
				return e
			}
			return s
		}
	}
	return to
}

func wordRune(r rune) bool { return arabic.IsLetter(r) || unicode.IsDigit(r) || arabic.IsDigit(r) }

// Key is a caret-moving key press, in logical terms.
type Key struct {
	// Name is the KeyboardEvent.key: "ArrowLeft", "ArrowRight", "Home",
	// "End" (other keys do not move the caret).
	Name string
	// Shift extends the selection; Word (Ctrl, or Alt/Option on macOS)
	// moves by words.
	Shift, Word bool
}

// Move applies a key press to a selection in a right-to-left text (the
// article is always right to left): ArrowLeft moves forward in logical
// order, ArrowRight backward; Home and End go to the start and end of the
// line (the paragraph). Without Shift a non-empty selection collapses to
// its edge in the direction of the key, as in a text field. It reports
// whether the key was a caret key.
func Move(text []rune, sel Selection, k Key) (Selection, bool) {
	dir := 0
	switch k.Name {
	case "ArrowLeft":
		dir = 1
	case "ArrowRight":
		dir = -1
	case "Home", "End":
		head := sel.Head
		if k.Name == "Home" {
			for head > 0 && text[head-1] != '\n' && text[head-1] != '\r' {
				head--
			}
		} else {
			for head < len(text) && text[head] != '\n' && text[head] != '\r' {
				head++
			}
		}
		return extend(sel, head, k.Shift), true
	default:
		return sel, false
	}
	if !k.Shift && !sel.Empty() && !k.Word {
		s, e := sel.Span()
		if dir > 0 {
			return Selection{e, e}, true
		}
		return Selection{s, s}, true
	}
	var head int
	if k.Word {
		head = WordStep(text, sel.Head, dir)
	} else {
		head = Step(text, sel.Head, dir)
	}
	return extend(sel, head, k.Shift), true
}

func extend(sel Selection, head int, shift bool) Selection {
	if shift {
		return Selection{sel.Anchor, head}
	}
	return Selection{head, head}
}
