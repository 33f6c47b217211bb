package ner

// Entity types, in the order used by the tag set.
var types = [...]string{"PER", "LOC", "ORG", "MISC"}

// The model tags tokens with BIO tags: O, then for each type k, B (begin)
// 1+2k and I (inside) 2+2k. (BILOU tags were tried in the first version
// of the tagger: the same F1 on held-out training documents, for twice the
// weights and a slower decoder. That choice was not re-made on the dev
// split of nereval.LoadData: the model file format and the tagger's flat
// weight tables assume these numTags tags, so BIO stays until a BILOU model
// is measured on the dev split.)
// Spans are read back with spansOf.
const numTags = 1 + 2*len(types)

// tagO is the outside tag.
const tagO = 0

// tagNames lists the tags by index ("O", "B-PER", "I-PER", …).
var tagNames = func() (n [numTags]string) {
	n[0] = "O"
	for k, t := range types {
		n[1+2*k] = "B-" + t
		n[2+2*k] = "I-" + t
	}
	return
}()

// tagType returns the index into types of a tag, and -1 for O.
func tagType(t int) int {
	if t <= tagO || t >= numTags {
		return -1
	}
	return (t - 1) / 2
}

func beginTag(typ int) int  { return 1 + 2*typ }
func insideTag(typ int) int { return 2 + 2*typ }

// isInside reports whether t is an I tag.
func isInside(t int) bool { return t > tagO && (t-1)%2 == 1 }

// allowed reports whether tag cur may follow tag prev (prev < 0 means the
// start of a sequence): I-X only continues B-X or I-X.
func allowed(prev, cur int) bool { return allowedTab[prev+1][cur] }

// allowedEnd reports whether a sequence may end with tag t (any BIO tag).
func allowedEnd(t int) bool { return true }

var allowedTab = func() (t [numTags + 1][numTags]bool) {
	for p := -1; p < numTags; p++ {
		for c := 0; c < numTags; c++ {
			t[p+1][c] = !isInside(c) || p >= 0 && tagType(p) == tagType(c)
		}
	}
	return
}()

// spansOf reads mentions [a, b) with their type from a tag sequence, also
// an invalid one: a mention continues while I of its type follows; any
// other entity tag starts a new one (as conlleval reads I after O).
func spansOf(tags []int) [][3]int {
	var out [][3]int
	for i := 0; i < len(tags); {
		typ := tagType(tags[i])
		if typ < 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == insideTag(typ) {
			j++
		}
		out = append(out, [3]int{i, j, typ})
		i = j
	}
	return out
}

// normalize rewrites a tag sequence so that every mention starts with B.
func normalize(tags []int) []int {
	out := make([]int, len(tags))
	for _, s := range spansOf(tags) {
		out[s[0]] = beginTag(s[2])
		for i := s[0] + 1; i < s[1]; i++ {
			out[i] = insideTag(s[2])
		}
	}
	return out
}

// typeIndex maps a label spelling found in corpora to an index into types,
// or -1. PERS (ANERcorp) and MIS* (AQMAR) are accepted.
func typeIndex(s string) int {
	switch s {
	case "PER", "PERS", "PERSON":
		return 0
	case "LOC", "LOCATION", "GPE":
		return 1
	case "ORG", "ORGANIZATION":
		return 2
	case "MISC", "MIS":
		return 3
	}
	if len(s) >= 3 && s[:3] == "MIS" {
		return 3
	}
	return -1
}

// parseTag maps a corpus BIO tag ("B-PERS", "I-LOC", "O", "B-MIS1") to a
// tag index; unknown tags map to O and ok is false.
func parseTag(s string) (tag int, ok bool) {
	if s == "O" || s == "" {
		return tagO, true
	}
	if len(s) < 3 || s[1] != '-' || (s[0] != 'B' && s[0] != 'I') {
		return tagO, false
	}
	k := typeIndex(s[2:])
	if k < 0 {
		return tagO, false
	}
	if s[0] == 'B' {
		return beginTag(k), true
	}
	return insideTag(k), true
}
