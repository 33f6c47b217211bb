package timex

import (
	"sync"

	"github.com/hashiya/hashiya/app/arabic"
)

// The folded text and the token array of a finished scan are kept for the
// next one (a speed change only: tagging article after article, as the
// batch command does, then allocates neither).
var scanPool sync.Pool // *scanArrays

type scanArrays struct {
	f    arabic.Folded
	toks []token
}

// maxPooledRunes bounds the folded text kept for reuse (code points).
const maxPooledRunes = 1 << 20

// newScan returns a scan of text with the given rules, its text folded
// into pooled arrays when there are some.
func newScan(text string, rs []rule) *scan {
	s := &scan{text: text, lex: getLexicon(), rules: rs}
	if a, ok := scanPool.Get().(*scanArrays); ok {
		s.f, s.toks = a.f, a.toks[:0]
	}
	s.f.Reset(text)
	return s
}

// release gives the scan's arrays back to the pool; s must not be used
// after.
func (s *scan) release() {
	if cap(s.f.Runes) <= maxPooledRunes {
		scanPool.Put(&scanArrays{f: s.f, toks: s.toks})
	}
	s.f, s.toks = arabic.Folded{}, nil
}
