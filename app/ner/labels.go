package ner

// Entity types, in the order used by the tag set.
var types = [...]string{"PER", "LOC", "ORG", "MISC"}

// The model tags tokens with BIO tags: O, then for each type k, B (begin)
// 1+2k and I (inside) 2+2k. Under the nerbilou build tag (bilou) it tags
// with BILOU instead: per type B 1+4k, I 2+4k, L (last) 3+4k, U (unit,
// a one-token mention) 4+4k. The tag count is stored in the model file and
// checked when it is read. (BILOU was tried in the first version of the
// tagger: the same F1 on held-out training documents, for twice the
// weights and a slower decoder. Measured again on the dev split,
// BENCHMARKS.md "Entity recognizer", fourth and fifth passes: without
// self-training BILOU won the three dev parts at the shipped size; each
// self-trained as shipped (its own first model labelling the news) and
// pruned at ShipPrune, it wins the WikiFANE and news parts (+0.013,
// +0.011) and loses the ANERcorp part (−0.022), +0.006 over the three
// parts' mentions: within the noise, while it tags 35% slower natively
// (5.0–5.5 MB/s with decodeBILOU, against 7.4–8.4) and half as fast in
// wasm (1.1–1.3 MB/s). BIO stays the default.)
// Spans are read back with spansOf.
const numTags = 1 + tagsPer*len(types)

// tagO is the outside tag.
const tagO = 0

// tagNames lists the tags by index ("O", "B-PER", "I-PER", …).
var tagNames = func() (n [numTags]string) {
	n[0] = "O"
	for k, t := range types {
		for j, p := range []string{"B-", "I-", "L-", "U-"}[:tagsPer] {
			n[1+tagsPer*k+j] = p + t
		}
	}
	return
}()

// tagType returns the index into types of a tag, and -1 for O.
func tagType(t int) int {
	if t <= tagO || t >= numTags {
		return -1
	}
	return (t - 1) / tagsPer
}

func beginTag(typ int) int  { return 1 + tagsPer*typ }
func insideTag(typ int) int { return 2 + tagsPer*typ }

// lastTag and unitTag are BILOU's L and U tags of a type (BIO: I and B).
func lastTag(typ int) int {
	if bilou {
		return 3 + tagsPer*typ
	}
	return insideTag(typ)
}

func unitTag(typ int) int {
	if bilou {
		return 4 + tagsPer*typ
	}
	return beginTag(typ)
}

// isInside reports whether t continues a mention (I, and BILOU's L).
func isInside(t int) bool {
	if t <= tagO || t >= numTags {
		return false
	}
	j := (t - 1) % tagsPer
	return j == 1 || j == 2 && bilou
}

// isOpen reports whether t leaves a mention open for the next tag (B, I;
// BIO: every entity tag).
func isOpen(t int) bool {
	if t <= tagO || t >= numTags {
		return false
	}
	return !bilou || (t-1)%tagsPer < 2
}

// allowed reports whether tag cur may follow tag prev (prev < 0 means the
// start of a sequence): I-X (and L-X) only continue B-X or I-X; under
// BILOU, B, U and O only follow a closed mention.
func allowed(prev, cur int) bool { return allowedTab[prev+1][cur] }

// allowedEnd reports whether a sequence may end with tag t (BIO: any;
// BILOU: not B or I).
func allowedEnd(t int) bool { return !bilou || !isOpen(t) }

var allowedTab = func() (t [numTags + 1][numTags]bool) {
	for p := -1; p < numTags; p++ {
		for c := 0; c < numTags; c++ {
			if isInside(c) {
				t[p+1][c] = p >= 0 && tagType(p) == tagType(c) && (!bilou || isOpen(p))
			} else {
				t[p+1][c] = !bilou || p < 0 || !isOpen(p)
			}
		}
	}
	return
}()

// spansOf reads mentions [a, b) with their type from a tag sequence, also
// an invalid one: a mention continues while I (or L) of its type follows,
// and ends after an L; any other entity tag starts a new one (as conlleval
// reads I after O).
func spansOf(tags []int) [][3]int {
	var out [][3]int
	for i := 0; i < len(tags); {
		typ := tagType(tags[i])
		if typ < 0 {
			i++
			continue
		}
		j := i + 1
		if !bilou || tags[i] != unitTag(typ) {
			for j < len(tags) && tagType(tags[j]) == typ && isInside(tags[j]) {
				j++
				if bilou && tags[j-1] == lastTag(typ) {
					break
				}
			}
		}
		out = append(out, [3]int{i, j, typ})
		i = j
	}
	return out
}

// normalize rewrites a tag sequence so that every mention starts with B
// (BILOU: B I… L, or U alone).
func normalize(tags []int) []int {
	out := make([]int, len(tags))
	for _, s := range spansOf(tags) {
		if s[1]-s[0] == 1 {
			out[s[0]] = unitTag(s[2])
			continue
		}
		out[s[0]] = beginTag(s[2])
		for i := s[0] + 1; i < s[1]; i++ {
			out[i] = insideTag(s[2])
		}
		out[s[1]-1] = lastTag(s[2])
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
