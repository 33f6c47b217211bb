package timex

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// refDCT is the reference time of the rule tests: Tuesday 2016-11-29 11:11.
var refDCT = time.Date(2016, 11, 29, 11, 11, 0, 0, time.UTC)

// row is one test row: in text, the expression span (its first
// occurrence gives start and end in code points) and its value; span ""
// means no expression may be found.
type row struct {
	text, span, value string
	typ               Type
}

// spanOf returns the code-point offsets of the first occurrence of span.
func spanOf(t *testing.T, text, span string) (int, int) {
	t.Helper()
	i := strings.Index(text, span)
	if i < 0 {
		t.Fatalf("bad row: %q not in %q", span, text)
	}
	st := utf8.RuneCountInString(text[:i])
	return st, st + utf8.RuneCountInString(span)
}

// checkRows tags every row at dct with all rules and checks the span,
// value and type.
func checkRows(t *testing.T, dct time.Time, rows []row) {
	t.Helper()
	checkRule(t, dct, rules, rows)
}

// ruleNamed returns the rule list holding only the named rule.
func ruleNamed(t *testing.T, name string) []rule {
	t.Helper()
	for _, r := range rules {
		if r.name == name {
			return []rule{r}
		}
	}
	t.Fatalf("no rule %q", name)
	return nil
}

// checkRule tags every row at dct with the rules rs.
func checkRule(t *testing.T, dct time.Time, rs []rule, rows []row) {
	t.Helper()
	for _, r := range rows {
		got := tag(r.text, Options{DCT: dct}, rs)
		if r.span == "" {
			if len(got) != 0 {
				t.Errorf("%q: want no expression, got %+v", r.text, got)
			}
			continue
		}
		st, en := spanOf(t, r.text, r.span)
		var found *Expression
		for k := range got {
			if got[k].Start == st && got[k].End == en {
				found = &got[k]
			}
		}
		if found == nil {
			t.Errorf("%q: no expression [%d,%d) %q; got %s", r.text, st, en, r.span, describe(got))
			continue
		}
		if found.Text != r.span {
			t.Errorf("%q: Text %q, want %q", r.text, found.Text, r.span)
		}
		if found.Value != r.value {
			t.Errorf("%q: %q value %q, want %q (note %q)", r.text, r.span, found.Value, r.value, found.Note)
		}
		if r.typ != "" && found.Type != r.typ {
			t.Errorf("%q: %q type %s, want %s", r.text, r.span, found.Type, r.typ)
		}
	}
}

func describe(es []Expression) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("[" + itoa(e.Start) + "," + itoa(e.End) + ") " + e.Text + " " + string(e.Type) + " " + e.Value + "; ")
	}
	if b.Len() == 0 {
		return "nothing"
	}
	return b.String()
}

func itoa(n int) string { return pad(n, 1) }

// find returns the expression with exactly the text span, or nil.
func find(es []Expression, text string) *Expression {
	for k := range es {
		if es[k].Text == text {
			return &es[k]
		}
	}
	return nil
}
