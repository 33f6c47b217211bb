// Package conll reads and writes named entities as CoNLL-2003-style BIO
// columns (Tjong Kim Sang and De Meulder, "Introduction to the CoNLL-2003
// Shared Task: Language-Independent Named Entity Recognition", CoNLL 2003,
// https://aclanthology.org/W03-0419/): one token per line, the token first
// and its tag last, separated by a space or tab, and a blank line between
// sentences.
//
// Tags are IOB2 (BIO): B-LABEL begins a mention, I-LABEL continues it, O is
// outside. Encode writes two columns, "token TAG". Decode reads any number
// of columns (the CoNLL-2003 four: token, POS, chunk, NE), skips
// -DOCSTART- lines, and also accepts IOB1 (an I- tag after O or another
// label begins a mention) and BIOES/BILOU (S-/U- single, E-/L- end).
//
// # Tokens and the text
//
// CoNLL files hold tokens, not the text. Encode cuts the text at white
// space and also at every span boundary, so a token that a span cuts is
// split (case C12: in وصل الوفد بالقاهرة أمس with LOC on القاهرة, it writes
// "ب O" then "القاهرة B-LOC"), never tagged as a whole; each line break of
// the text ends a sentence. Decode onto an open document aligns every
// token with the text: the token must be the next text after white space
// (or punctuation the tokenizer dropped), compared exactly or in NFC, so
// the spans are the real offsets of the text (code points) rather than of
// a text rebuilt with single spaces; without a document, the text is
// rebuilt from the tokens (one space between tokens, a line break between
// sentences).
package conll

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// Encode returns the BIO file of doc and anns, and warnings (plain
// sentences). Rejected annotations are left out. BIO cannot nest or
// overlap: of overlapping annotations the one starting first (then the
// longest) is written and the others are left out, each counted in a
// warning. It validates as hashiyajson.Encode does.
func Encode(doc annotation.Document, anns []annotation.Annotation) ([]byte, []string, error) {
	native, err := hashiyajson.Encode(doc, anns)
	if err != nil {
		return nil, nil, err
	}
	f, err := hashiyajson.Decode(native)
	if err != nil {
		return nil, nil, err
	}
	var keep []annotation.Annotation
	rejected, overlap := 0, 0
	sorted := slices.Clone(f.Annotations)
	slices.SortStableFunc(sorted, func(a, b annotation.Annotation) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	end := 0
	for _, a := range sorted {
		switch {
		case a.Status == annotation.Rejected:
			rejected++
		case a.Start < end:
			overlap++
		default:
			keep = append(keep, a)
			end = a.End
		}
	}
	var warnings []string
	if overlap > 0 {
		warnings = append(warnings, fmt.Sprintf("%d annotations overlap another one and were left out: CoNLL BIO cannot nest spans.", overlap))
	}
	if rejected > 0 {
		warnings = append(warnings, fmt.Sprintf("%d rejected annotations were left out.", rejected))
	}
	text := []rune(doc.Text)
	cut := make([]bool, len(text)+1) // a token boundary before text[i]
	label := make([]annotation.Label, len(text))
	begin := make([]bool, len(text))
	for _, a := range keep {
		cut[a.Start], cut[a.End] = true, true
		begin[a.Start] = true
		for i := a.Start; i < a.End; i++ {
			label[i] = a.Label
		}
	}
	var b strings.Builder
	inSentence := false
	tokStart := -1
	flush := func(i int) {
		if tokStart < 0 {
			return
		}
		tag := "O"
		if l := label[tokStart]; l != "" {
			if begin[tokStart] {
				tag = "B-" + string(l)
			} else {
				tag = "I-" + string(l)
			}
		}
		b.WriteString(string(text[tokStart:i]))
		b.WriteString(" ")
		b.WriteString(tag)
		b.WriteString("\n")
		inSentence = true
		tokStart = -1
	}
	for i, r := range text {
		switch {
		case r == '\n' || r == '\r':
			flush(i)
			if inSentence {
				b.WriteString("\n")
				inSentence = false
			}
		case unicode.IsSpace(r):
			flush(i)
		default:
			if cut[i] {
				flush(i)
			}
			if tokStart < 0 {
				tokStart = i
			}
		}
	}
	flush(len(text))
	return []byte(b.String()), warnings, nil
}
