package arabic

import (
	"sync"

	"golang.org/x/text/unicode/norm"
)

var (
	presentationOnce sync.Once
	presentationMap  map[rune]rune
)

// presentationBase returns the base letter of an Arabic presentation form
// (U+FB50–U+FDFF, U+FE70–U+FEFC) from its Unicode compatibility
// decomposition (NFKC, via golang.org/x/text/unicode/norm), or the rune
// itself when the decomposition is not a single letter (ligatures of whole
// words such as U+FDF2 are left as they are).
func presentationBase(r rune) (rune, bool) {
	presentationOnce.Do(func() {
		presentationMap = make(map[rune]rune, 700)
		for c := rune(0xFB50); c <= 0xFEFC; c++ {
			if c > 0xFDFF && c < 0xFE70 {
				continue
			}
			d := []rune(norm.NFKC.String(string(c)))
			var base []rune
			for _, x := range d {
				if !IsMark(x) && x != ' ' {
					base = append(base, x)
				}
			}
			if len(base) == 1 && base[0] != c {
				presentationMap[c] = base[0]
			} else if len(base) == 0 && len(d) > 0 {
				presentationMap[c] = drop
			}
		}
	})
	b, ok := presentationMap[r]
	return b, ok
}
