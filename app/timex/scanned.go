package timex

import (
	"slices"
	"time"
)

// Scanned is a text tokenized and matched once. Which expressions Tag
// finds does not depend on its Options, only their values do, so a caller
// that detects the dateline and then tags with it (app/pipeline) can share
// one scan: Tag and DetectDCT of a Scanned give exactly what Tag(text, opt)
// and DetectDCT(text) give. (A speed change only: on a news article of up
// to dctWindow code points it saves the second scan of the text.)
type Scanned struct {
	text   string
	s      *scan
	sel    []cand
	failed bool // the scan panicked: Tag gives nil, as Tag(text, opt) does
	short  bool // text is no longer than dctWindow code points
}

// Scan tokenizes and matches text.
func Scan(text string) *Scanned {
	sc := &Scanned{text: text}
	n := 0
	for range text {
		n++
		if n > dctWindow {
			break
		}
	}
	sc.short = n <= dctWindow
	if text == "" {
		return sc
	}
	defer func() {
		if recover() != nil {
			sc.failed, sc.s, sc.sel = true, nil, nil
		}
	}()
	s := newScan(text, rules)
	s.tokenize()
	s.match()
	sel := s.selectCands()
	sel = s.joinParts(sel)
	sel = s.coordinate(sel)
	sel = s.mergeSetTime(sel)
	sc.s, sc.sel = s, sel
	return sc
}

// Tag returns Tag(text, opt).
func (sc *Scanned) Tag(opt Options) (out []Expression) {
	if sc.s == nil {
		return nil
	}
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	sc.s.ocur = textCursor{}
	return sc.s.build(slices.Clone(sc.sel), opt) // build changes the candidates' frames
}

// Release gives the scan's arrays back for the next Scan (optional: a
// speed change for callers that scan text after text); sc must not be used
// after.
func (sc *Scanned) Release() {
	if sc.s != nil {
		sc.s.release()
		sc.s = nil
	}
}

// DetectDCT returns DetectDCT(text).
func (sc *Scanned) DetectDCT() (dct time.Time, start, end int, ok bool) {
	if !sc.short {
		return DetectDCT(sc.text)
	}
	return detectDCT(sc.text, sc.Tag(Options{}))
}
