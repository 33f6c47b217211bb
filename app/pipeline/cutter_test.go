package pipeline

import (
	"testing"
)

// TestCutter checks that cutting in place gives what cutting the runes
// gives, on valid text and on text with invalid bytes (read as U+FFFD).
func TestCutter(t *testing.T) {
	for _, text := range []string{
		"",
		"القاهرة - 5 مارس 2019: أعلنت وزارة الصحة",
		"a\xffب\xe2\x82ج😀d",
		"\xff",
		"a literal \ufffd in valid text", "\ufffd\xffب",
	} {
		c := newCutter(text)
		rs := []rune(text)
		if c.n != len(rs) {
			t.Fatalf("%q: n = %d, want %d", text, c.n, len(rs))
		}
		for s := 0; s <= len(rs); s++ {
			for e := s; e <= len(rs); e++ {
				if got, want := c.cut(s, e), string(rs[s:e]); got != want {
					t.Errorf("%q: cut(%d, %d) = %q, want %q", text, s, e, got, want)
				}
			}
		}
	}
}
