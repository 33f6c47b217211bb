package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Domains of training sentences (Sentence.Domain). With
// TrainConfig.Augment each feature gets a copy per domain (Daumé 2007,
// "frustratingly easy domain adaptation"); the shipped model keeps the
// general weights plus those of DomainNews.
const (
	DomainNews = 0 // newswire: ANERcorp, and the text the product tags
	DomainWiki = 1 // Wikipedia: WikiFANE
	numDomains = 2
)

// FANEMapping says how the fine-grained WikiFANE classes (Alotaibi & Lee,
// COLING 2014) map to PER, LOC, ORG and MISC. The person, place and
// organization classes always map to PER, LOC and ORG; the fields choose
// the label ("" = O) of the classes ANERcorp has no single answer for.
type FANEMapping struct {
	Facility string // Building-Grounds, Airport, Subarea-Facility
	Group    string // peoples, nationalities, tribes
	Product  string // Book, Movie, Software, Hardware, Sound, vehicles (Air, Water, Land)
	Other    string // substances (Drug, Food, Chemical, Plant, Nuclear) and weapons
}

// DefaultFANEMapping is the mapping chosen on the dev split (BENCHMARKS.md,
// "Entity recognition").
var DefaultFANEMapping = FANEMapping{Facility: "LOC", Group: "", Product: "MISC", Other: ""}

// label maps a fine-grained class to PER/LOC/ORG/MISC, "" for O.
func (m FANEMapping) label(class string) (string, error) {
	switch class {
	case "Politician", "Artist", "Scientist", "Athlete", "Businessperson", "Engineer", "Lawyer", "Religious_PER", "Police", "Other_PER":
		return "PER", nil
	case "Nation", "Population-Center", "State-or-Province", "County-or-District", "GPE-Cluster", "Continent", "Water-Body", "Land-Region-Natural", "Celestial", "Path":
		return "LOC", nil
	case "Government", "Non-Governmental", "Commercial", "Educational", "Media", "Sports", "Religious_ORG", "Medical-Science", "Entertainment":
		return "ORG", nil
	case "Building-Grounds", "Airport", "Subarea-Facility":
		return m.Facility, nil
	case "Group":
		return m.Group, nil
	case "Book", "Movie", "Software", "Hardware", "Sound", "Air", "Water", "Land":
		return m.Product, nil
	case "Drug", "Food", "Chemical", "Plant", "Nuclear", "Blunt", "Exploding", "Projectile", "Sharp", "Shooting":
		return m.Other, nil
	}
	return "", fmt.Errorf("unknown WikiFANE class %q", class)
}

// WikiFANE tokens that are clitics split off a word (the corpus follows
// the Penn Arabic Treebank segmentation): proclitics that join the next
// token and pronoun suffixes that join the previous one.
var (
	faneProclitics = map[string]bool{"و": true, "ف": true, "ب": true, "ل": true, "ك": true}
	faneSuffixes   = map[string]bool{"ه": true, "ها": true, "هم": true, "هما": true, "هن": true, "كم": true, "كما": true, "كن": true, "نا": true, "ني": true, "ي": true}
)

// ReadWikiFANE reads WikiFANE Gold ("token<TAB>tag" lines, B-/I- prefixed
// fine-grained classes, blank line = sentence break), maps the tags with m
// and rejoins the clitics the corpus splits off (و ف ب ل ك before a word,
// pronoun suffixes after a word without ال; ل + ال is written لل, a final ة
// before a suffix ت), so that its words look like running text and like
// ANERcorp's. Sentences get DomainWiki.
func ReadWikiFANE(r io.Reader, m FANEMapping) ([]Sentence, error) {
	var out []Sentence
	var words, tags []string
	flush := func() {
		if len(words) > 0 {
			s := rejoinClitics(words, tags)
			s.Domain = DomainWiki
			out = append(out, s)
		}
		words, tags = nil, nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flush()
			continue
		}
		if len(f) != 2 {
			return nil, fmt.Errorf("ner: WikiFANE line %d: want \"token<TAB>tag\", got %q", line, sc.Text())
		}
		tag := "O"
		if f[1] != "O" {
			pre, class, ok := strings.Cut(f[1], "-")
			if !ok || (pre != "B" && pre != "I") {
				return nil, fmt.Errorf("ner: WikiFANE line %d: bad tag %q", line, f[1])
			}
			lab, err := m.label(class)
			if err != nil {
				return nil, fmt.Errorf("ner: WikiFANE line %d: %w", line, err)
			}
			if lab != "" {
				tag = pre + "-" + lab
			}
		}
		words = append(words, f[0])
		tags = append(tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// rejoinClitics joins split clitic tokens to their words (see ReadWikiFANE).
func rejoinClitics(words, tags []string) Sentence {
	var s Sentence
	isWord := func(w string) bool {
		for _, r := range w {
			return r >= 0x0621 && r <= 0x064A
		}
		return false
	}
	for i := 0; i < len(words); i++ {
		w, t := words[i], tags[i]
		// Proclitics: glue a chain of them to the next word.
		if faneProclitics[w] {
			j := i
			pre := ""
			for j < len(words) && faneProclitics[words[j]] && j+1 < len(words) {
				pre += words[j]
				j++
			}
			if j > i && j < len(words) && isWord(words[j]) && !faneProclitics[words[j]] {
				next := words[j]
				if strings.HasSuffix(pre, "ل") && strings.HasPrefix(next, "ال") {
					next = next[len("ا"):] // ل + ال = لل
				}
				tag := tags[j]
				if strings.HasPrefix(t, "B-") && tag == "I-"+t[2:] {
					tag = t
				}
				s.Words = append(s.Words, pre+next)
				s.Tags = append(s.Tags, tag)
				i = j
				continue
			}
		}
		// Pronoun suffixes: glue to the previous word.
		if n := len(s.Words); n > 0 && faneSuffixes[w] && (t == "O" || strings.HasPrefix(t, "I-")) {
			prev := s.Words[n-1]
			core := strings.TrimLeft(prev, "وفبلك")
			if isWord(prev) && !strings.HasPrefix(core, "ال") && !strings.HasPrefix(prev, "ال") {
				if strings.HasSuffix(prev, "ة") {
					prev = strings.TrimSuffix(prev, "ة") + "ت"
				} else if strings.HasSuffix(prev, "ى") {
					prev = strings.TrimSuffix(prev, "ى") + "ي"
				}
				s.Words[n-1] = prev + w
				continue
			}
		}
		s.Words = append(s.Words, w)
		s.Tags = append(s.Tags, t)
	}
	return s
}
