package anchor

import (
	"slices"
	"testing"
)

func TestOccurrences(t *testing.T) {
	a18 := "حكومة جديدة. وحكومة الظل ترفض، وللحكومة رأي"
	a22 := "زار الـــقـــاهـــرة ثم القاهرةَ وبالقاهرة والقاهرتين وقاهرة"
	for _, c := range []struct {
		text, quote string
		clitics     bool
		want        []Occurrence
	}{
		// A18: whole words only; then the proclitic forms as well, spans without و / ولل.
		{a18, "حكومة", false, []Occurrence{{0, 5, 0}}},
		{a18, "حكومة", true, []Occurrence{{0, 5, 0}, {14, 19, 1}, {34, 39, 3}}},
		// A22: tatweel and tashkeel fold away; the span covers the original characters.
		{a22, "القاهرة", false, []Occurrence{{4, 20, 0}, {24, 32, 0}}},
		{a22, "القاهرة", true, []Occurrence{{4, 20, 0}, {24, 32, 0}, {35, 42, 2}}},
		// A suffix is not a proclitic: قاهرة inside القاهرة is not offered (ال is
		// the article, which Proclitics allows), but the conjunction و is.
		{a22, "قاهرة", true, []Occurrence{{9, 20, 5}, {26, 32, 2}, {37, 42, 4}, {55, 60, 1}}}, // الـــ with its tatweels is 5 code points
		// Hamza and alef variants, Eastern Arabic digits.
		{"قال أحمد إن احمد وإن أَحمد", "أحمد", false, []Occurrence{{4, 8, 0}, {12, 16, 0}, {21, 26, 0}}},
		{"في ٢٠١٦ و2016 و20161", "2016", false, []Occurrence{{3, 7, 0}}},
		{"في ٢٠١٦ و2016 و20161", "2016", true, []Occurrence{{3, 7, 0}, {9, 13, 1}}},
		{"نص", "", true, nil},
		{"نص ، نص", "،", true, nil},
	} {
		got := Occurrences(c.text, c.quote, c.clitics)
		if !slices.Equal(got, c.want) {
			t.Errorf("Occurrences(%q, %q, %v) = %v, want %v", c.text, c.quote, c.clitics, got, c.want)
		}
		r := []rune(c.text)
		for _, o := range got {
			if o.Clitic > 0 && !isWord(r[o.Start-1]) || o.Start-o.Clitic < 0 {
				t.Errorf("%v: bad clitic", o)
			}
		}
	}
}
