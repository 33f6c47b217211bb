package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashiya/hashiya/app/arabic"
	"github.com/hashiya/hashiya/app/ner"
)

// nameList is one derived name list: the source files and how entries
// are kept.
type nameList struct {
	out     string   // file name under the data directory
	sources []string // files under the gazetteer directory
	tokens  bool     // split entries into their words (person names); else whole phrases
}

var nameLists = []nameList{
	{"names-per.txt", []string{"wikidata-person-names-ar.txt", "nerar-pers.txt"}, true},
	{"names-loc.txt", []string{"nerar-loc.txt"}, false},
	{"names-org.txt", []string{"nerar-org.txt"}, false},
}

// commonWord reports whether a folded word is a common word of the
// unlabelled text rather than a name: among the -topcommon most frequent
// words, or seen with the article ال at least a fifth as often as without
// it (names rarely take it: محمد / المحمد, but كريم / الكريم, امل / الامل).
type commonTest struct {
	freq    map[string]int64
	rank    map[string]int
	top     int
	minName int64 // person-name words seen fewer times in the unlabelled text are dropped (-namemin)
}

func (c *commonTest) common(w string) bool {
	if r, ok := c.rank[w]; ok && r < c.top {
		return true
	}
	n := c.freq[w]
	if strings.HasPrefix(w, "ال") {
		return false
	}
	return n > 0 && c.freq["ال"+w]*5 >= n || n == 0 && c.freq["ال"+w] >= 20
}

// writeNames writes the filtered name lists into outDir.
func writeNames(gazDir, outDir string, c *commonTest) error {
	for _, nl := range nameLists {
		set := map[string]bool{}
		dropped := 0
		for _, src := range nl.sources {
			b, err := os.ReadFile(filepath.Join(gazDir, src))
			if err != nil {
				return fmt.Errorf("gazetteer %s missing (ner-extra/gazetteers in the project's shared data; pass -gaz): %w", src, err)
			}
			for _, line := range strings.Split(string(b), "\n") {
				if strings.HasPrefix(src, "nerar-") {
					line = nerarHamza(line)
				}
				ws := ner.FoldedWords(line)
				if len(ws) == 0 || len(ws) > 5 || !allArabic(ws) {
					continue
				}
				if nl.tokens {
					for _, w := range ws {
						if c.common(w) || c.freq[w] < c.minName {
							dropped++
						} else {
							set[w] = true
						}
					}
					continue
				}
				if len(ws) == 1 && c.common(ws[0]) {
					dropped++
					continue
				}
				set[strings.Join(ws, " ")] = true
			}
		}
		lines := make([]string, 0, len(set))
		for w := range set {
			lines = append(lines, w)
		}
		sort.Strings(lines)
		path := filepath.Join(outDir, nl.out)
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "wrote %s: %d entries (%d common-word entries dropped)\n", path, len(lines), dropped)
	}
	return nil
}

// allArabic reports whether every word is Arabic letters, two or more.
func allArabic(ws []string) bool {
	for _, w := range ws {
		n := 0
		for _, r := range w {
			if !arabic.IsArabic(r) {
				return false
			}
			n++
		}
		if n < 2 {
			return false
		}
	}
	return true
}

// nerarHamza undoes the NERAr conversion's hamza spelling: its
// normalized Buckwalter writes أ إ at a word start and ئ inside a word as
// ء, which arabic.Fold writes ا and ي ("ءفران" إفران, "جاءزه" جائزة).
func nerarHamza(line string) string {
	ws := strings.Fields(line)
	for i, w := range ws {
		rs := []rune(w)
		for k, r := range rs {
			if r == 'ء' && k == 0 && len(rs) > 1 {
				rs[k] = 'ا'
			} else if r == 'ء' && k < len(rs)-1 {
				rs[k] = 'ي'
			}
		}
		ws[i] = string(rs)
	}
	return strings.Join(ws, " ")
}
