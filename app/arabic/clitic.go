package arabic

// Proclitics returns the candidate proclitic lengths (in code points) of an
// Arabic word, shortest first, always starting with 0 (the unstripped
// reading). The proclitics recognized are, in order: a conjunction و or ف,
// then a preposition ب ل or ك, then the article ال (with ل + ال written لل).
// A candidate is offered only when at least two letters remain after it.
// Marks (tashkeel, tatweel) between the clitic letters are skipped, so the
// lengths are offsets into word as given.
//
// Example: "وبالقاهرة" → [0 1 2 4] (و, و+ب, و+ب+ال).
// The analyses are candidates for lookup, not a morphological decision.
func Proclitics(word []rune) []int {
	out := make([]int, 1, 4)
	i := 0
	next := func(j int) int { // index after the letter at j and its marks
		j++
		for j < len(word) && IsMark(word[j]) {
			j++
		}
		return j
	}
	letter := func(j int) rune {
		if j < len(word) {
			return word[j]
		}
		return 0
	}
	rest := func(j int) bool { // at least two letters left after j
		n := 0
		for ; j < len(word); j++ {
			if !IsMark(word[j]) {
				n++
			}
		}
		return n >= 2
	}
	add := func(j int) {
		if rest(j) && out[len(out)-1] != j {
			out = append(out, j)
		}
	}
	if c := letter(i); c == 'و' || c == 'ف' {
		i = next(i)
		add(i)
	}
	switch letter(i) {
	case 'ب', 'ك':
		i = next(i)
		add(i)
	case 'ل':
		j := next(i)
		if letter(j) == 'ل' { // لل = ل + ال
			k := next(j)
			add(next(i)) // ل alone (للّه-like words keep a reading)
			add(k)
			return out
		}
		i = j
		add(i)
	}
	if letter(i) == 'ا' && letter(next(i)) == 'ل' {
		add(next(next(i)))
	}
	return out
}

// ProcliticSplit is the fast path of Proclitics for a folded word (Fold
// output: no marks, ا for the alef forms): the lengths in runes of the
// longest proclitic candidate without the article (clitic) and with it
// (core). The candidates are those of Proclitics; both are 0 for a word
// of fewer than three runes or not starting with an Arabic letter.
//
// Example: "وبالقاهره" → 2, 4; "للعروبه" → 1, 2.
func ProcliticSplit(fold []rune) (clitic, core int) {
	n := len(fold)
	if n < 3 || !IsArabic(fold[0]) {
		return 0, 0
	}
	i := 0
	if fold[0] == 'و' || fold[0] == 'ف' {
		i = 1
		clitic, core = 1, 1
	}
	switch fold[i] {
	case 'ب', 'ك':
		if n-(i+1) >= 2 {
			i++
			clitic, core = i, i
		} else {
			return
		}
	case 'ل':
		if i+1 < n && fold[i+1] == 'ل' { // لل = ل + ال
			if n-(i+1) >= 2 {
				clitic, core = i+1, i+1
			}
			if n-(i+2) >= 2 {
				core = i + 2
			}
			return
		}
		if n-(i+1) >= 2 {
			i++
			clitic, core = i, i
		} else {
			return
		}
	}
	if i+1 < n && fold[i] == 'ا' && fold[i+1] == 'ل' && n-(i+2) >= 2 {
		core = i + 2
	}
	return
}
