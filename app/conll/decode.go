package conll

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/interop"
	"golang.org/x/text/unicode/norm"
)

type token struct {
	line       int // from 1
	text       string
	tag        string
	start, end int  // code points in the text, once aligned
	sentence   bool // first token of a sentence
}

// Decode reads a BIO file. With doc non-nil the tokens are aligned with
// doc.Text and the annotations index it; otherwise Result.Document is a
// new document (titled title) of the tokens joined by spaces, sentences
// by line breaks. Errors are EINVALID and name the line (from 1).
func Decode(title string, data []byte, doc *annotation.Document) (interop.Result, error) {
	res := interop.Result{Format: "conll", Unit: "tokens"}
	if err := interop.CheckSize("The file", data); err != nil {
		return res, err
	}
	s, _, guessed, err := interop.DecodeText("The file", data, "")
	if err != nil {
		return res, err
	}
	if guessed {
		return res, interop.Invalid("The CoNLL file is not UTF-8 text; save it as UTF-8.")
	}
	var toks []token
	newSentence := true
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
			newSentence = true
			continue
		case f[0] == "-DOCSTART-":
			newSentence = true
			continue
		case len(f) < 2:
			return res, interop.Invalid("Line %d: %q has no tag: expected \"token TAG\" (e.g. القاهرة B-LOC).", n+1, interop.Clip(line))
		}
		toks = append(toks, token{line: n + 1, text: f[0], tag: f[len(f)-1], sentence: newSentence})
		newSentence = false
	}
	if len(toks) == 0 {
		return res, interop.Invalid("The CoNLL file has no tokens.")
	}
	if doc == nil {
		var b strings.Builder
		cp := 0
		for i := range toks {
			if i > 0 {
				sep := " "
				if toks[i].sentence {
					sep = "\n"
				}
				b.WriteString(sep)
				cp++
			}
			toks[i].start = cp
			b.WriteString(toks[i].text)
			cp += utf8.RuneCountInString(toks[i].text)
			toks[i].end = cp
		}
		d := annotation.NewDocument(title, b.String())
		doc = &d
		res.Warnf("The CoNLL file holds tokens, not the text: the text was rebuilt with one space between tokens and a line break between sentences.")
	} else if err := align(toks, []rune(doc.Text), &res); err != nil {
		return interop.Result{Format: "conll"}, err
	}
	res.Document = *doc
	text := []rune(doc.Text)
	var cur *annotation.Annotation
	flush := func() {
		if cur != nil {
			interop.Recontext(cur, text)
			res.Annotations = append(res.Annotations, *cur)
			cur = nil
		}
	}
	for _, t := range toks {
		if t.tag == "O" {
			flush()
			continue
		}
		prefix, name, ok := strings.Cut(t.tag, "-")
		if !ok || len(prefix) != 1 || !strings.Contains("BIESLU", prefix) {
			return interop.Result{Format: "conll"}, interop.Invalid("Line %d: the tag %q is not O or B-, I-, E-, S- followed by a label.", t.line, interop.Clip(t.tag))
		}
		l, _, ok := interop.Label(name)
		if !ok {
			return interop.Result{Format: "conll"}, interop.UnknownLabel("Line "+itoa(t.line), name)
		}
		switch {
		case (prefix == "I" || prefix == "E" || prefix == "L") && cur != nil && cur.Label == l && !t.sentence:
			cur.End = t.end
		default: // B, S, U, or I/E starting a mention (IOB1)
			flush()
			a, err := interop.New("Line "+itoa(t.line), text, t.start, t.end, l)
			if err != nil {
				return interop.Result{Format: "conll"}, err
			}
			cur = &a
		}
		if prefix == "E" || prefix == "L" || prefix == "S" || prefix == "U" {
			flush()
		}
	}
	flush()
	return res, nil
}

func itoa(n int) string { return strconv.Itoa(n) }

// align finds each token in text after the previous one: only white space
// and punctuation may lie between them.
func align(toks []token, text []rune, res *interop.Result) error {
	pos, skipped := 0, 0
	for i := range toks {
		t := &toks[i]
		tok := []rune(t.text)
		start := -1
		for p := pos; p < len(text); p++ {
			if n, ok := matchAt(text, p, tok); ok {
				start = p
				t.start, t.end = p, p+n
				break
			}
			if r := text[p]; unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				break
			}
			if !unicode.IsSpace(text[p]) {
				skipped++
			}
		}
		if start < 0 {
			got := string(text[pos:min(len(text), pos+len(tok)+8)])
			return interop.Invalid("Line %d: the token %q is not the next text of the document (at character %d, counted in code points, the text reads %q): the CoNLL file was made on another text.", t.line, interop.Clip(t.text), pos, interop.Clip(got))
		}
		pos = t.end
	}
	if skipped > 0 {
		res.Warnf("%d punctuation characters of the text are in no token of the CoNLL file; they were skipped.", skipped)
	}
	return nil
}

// matchAt reports whether tok is at text[p:], exactly or in NFC, and its
// length there in code points.
func matchAt(text []rune, p int, tok []rune) (int, bool) {
	if p+len(tok) <= len(text) && string(text[p:p+len(tok)]) == string(tok) {
		return len(tok), true
	}
	want := norm.NFC.String(string(tok))
	for n := max(1, len(tok)-3); n <= len(tok)+3 && p+n <= len(text); n++ {
		if norm.NFC.String(string(text[p:p+n])) == want {
			return n, true
		}
	}
	return 0, false
}
