package nereval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashiya/hashiya/app/ner"
)

// Data is the training data split into the part models are trained on and
// the dev part every modelling choice is made on: the last tenth of the
// ANERcorp training documents (ner.DocSentences sentences each) and the
// last tenth of the WikiFANE sentences. ANERcorp test, AQMAR and the gold
// articles take no part in it.
type Data struct {
	TrainANER, TrainWiki []ner.Sentence
	DevANER, DevWiki     [][]ner.Sentence // documents
}

// LoadData reads dataDir/anercorp/train.txt and
// dataDir/wikifane/wikifane-gold-2014.txt (mapped with m) and splits them.
// With full, nothing is held out (the shipped model is trained so).
func LoadData(dataDir string, m ner.FANEMapping, full bool) (*Data, error) {
	aner, err := readCoNLL(filepath.Join(dataDir, "anercorp", "train.txt"))
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dataDir, "wikifane", "wikifane-gold-2014.txt"))
	if err != nil {
		return nil, err
	}
	wiki, err := ner.ReadWikiFANE(f, m)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name(), err)
	}
	d := &Data{}
	if full {
		d.TrainANER, d.TrainWiki = aner, wiki
		return d, nil
	}
	docs := Chunk(aner, ner.DocSentences)
	cut := len(docs) - len(docs)/10
	for _, doc := range docs[:cut] {
		d.TrainANER = append(d.TrainANER, doc...)
	}
	d.DevANER = docs[cut:]
	wcut := len(wiki) - len(wiki)/10
	d.TrainWiki = wiki[:wcut]
	d.DevWiki = Chunk(wiki[wcut:], ner.DocSentences)
	return d, nil
}

// ScoreDev scores t on both dev parts.
func (d *Data) ScoreDev(t *ner.Tagger) (aner, wiki *Result) {
	return ScoreDocs(t, "dev: last tenth of ANERcorp train", d.DevANER),
		ScoreDocs(t, "dev: last tenth of WikiFANE (mapped)", d.DevWiki)
}

// WriteErrors writes, for each sentence of docs, the mentions the tagger
// got wrong: "- TYPE words" for a gold mention not found exactly, "+ TYPE
// words" for a predicted one not in the gold (for reading the errors of
// the dev split; never used on the test sets).
func WriteErrors(w io.Writer, t *ner.Tagger, docs [][]ner.Sentence) {
	for _, sents := range docs {
		pred, _ := tagWords(t, sents)
		for i, s := range sents {
			gold := chunks(normTags(s.Tags))
			p := chunks(pred[i])
			g := map[chunk]bool{}
			for _, c := range gold {
				g[c] = true
			}
			pm := map[chunk]bool{}
			for _, c := range p {
				pm[c] = true
			}
			var lines []string
			for _, c := range gold {
				if !pm[c] {
					lines = append(lines, "- "+c.typ+" "+strings.Join(s.Words[c.a:c.b], " "))
				}
			}
			for _, c := range p {
				if !g[c] {
					lines = append(lines, "+ "+c.typ+" "+strings.Join(s.Words[c.a:c.b], " "))
				}
			}
			if len(lines) > 0 {
				fmt.Fprintf(w, "%s\n  %s\n", strings.Join(s.Words, " "), strings.Join(lines, "\n  "))
			}
		}
	}
}
