package nereval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/hashiya/hashiya/app/ner"
)

// AblationRow is one configuration of the ablation: what it adds, and its
// micro F1 on the dev parts (looked at during development) and on ANERcorp
// test and AQMAR dev (not looked at).
type AblationRow struct {
	Name                    string
	DevANER, DevWiki        float64
	Test, AQMAR             float64
	TestByType              map[string]float64
	ModelBytes, ModelBrotli int
	TrainTime               time.Duration
}

// Ablation trains the models of the ablation table on the training part
// of the dev split (LoadData) and scores each: ANERcorp train only, then
// adding WikiFANE, the word clusters, the large name lists and the rules.
// Training is deterministic; the last model is trained as the shipped one
// is (ner.DefaultTrainConfig), without the dev part. When saveDir is not
// empty, each trained model is also written there as ablation-K.model (K
// the row index), unpruned, so that `nertrain -dev -load` can rescore it.
func Ablation(dataDir, saveDir string, log io.Writer) ([]AblationRow, error) {
	d, err := LoadData(dataDir, ner.DefaultFANEMapping, false)
	if err != nil {
		return nil, err
	}
	test, err := readCoNLL(filepath.Join(dataDir, "anercorp", "test.txt"))
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dataDir, "aqmar-dev", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var aqmar [][]ner.Sentence
	for _, f := range files {
		s, err := readCoNLL(f)
		if err != nil {
			return nil, err
		}
		aqmar = append(aqmar, s)
	}
	steps := []struct {
		name  string
		wiki  bool
		opt   uint8
		rules bool
	}{
		{"ANERcorp train only", false, 0, false},
		{"+ WikiFANE (mapped)", true, 0, false},
		{"+ word clusters", true, ner.OptClusters, false},
		{"+ large name lists", true, ner.OptAll, false},
		{"+ rules (the shipped configuration)", true, ner.OptAll, true},
	}
	// The distinct models, trained two at a time.
	type trained struct {
		b      []byte
		t      *ner.Tagger
		size   int
		brotli int
		took   time.Duration
		err    error
	}
	models := make([]*trained, len(steps))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for k, st := range steps {
		if k > 0 && st.wiki == steps[k-1].wiki && st.opt == steps[k-1].opt {
			continue
		}
		k, st := k, st
		m := &trained{}
		models[k] = m
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			sents := d.TrainANER
			if st.wiki {
				sents = append(sents[:len(sents):len(sents)], d.TrainWiki...)
			}
			cfg := ner.DefaultTrainConfig
			cfg.Features = st.opt
			start := time.Now()
			b, err := ner.Train(sents, cfg)
			m.took = time.Since(start)
			if err == nil {
				m.b, m.size, m.brotli = b, len(b), brotliSize(b)
				m.t, err = ner.New(b)
			}
			if err == nil && saveDir != "" {
				err = os.WriteFile(filepath.Join(saveDir, fmt.Sprintf("ablation-%d.model", k)), b, 0o644)
			}
			m.err = err
			fmt.Fprintf(log, "ablation: trained %q in %s\n", st.name, m.took.Round(time.Second))
		}()
	}
	wg.Wait()
	var out []AblationRow
	var m *trained
	// Smaller forms of the last model (ner.Reprune), scored as further rows.
	last := models[len(steps)-2]
	if last != nil && last.err == nil {
		for _, p := range []int{ner.ShipPrune, 7} {
			b, err := ner.Reprune(last.b, p)
			if err != nil {
				return nil, err
			}
			t, err := ner.New(b)
			if err != nil {
				return nil, err
			}
			steps = append(steps, struct {
				name  string
				wiki  bool
				opt   uint8
				rules bool
			}{fmt.Sprintf("+ rules, weights |w| < %d zeroed (ner.Reprune; shipped: %d)", p, ner.ShipPrune), true, ner.OptAll, true})
			models = append(models, &trained{t: t, size: len(b), brotli: brotliSize(b), took: last.took})
		}
	}
	for k, st := range steps {
		if models[k] != nil {
			m = models[k]
		}
		if m.err != nil {
			return nil, m.err
		}
		tg := m.t
		if !st.rules {
			tg = m.t.WithoutRules()
		}
		da, dw := d.ScoreDev(tg)
		tr := ScoreDocs(tg, "test", Chunk(test, ner.DocSentences))
		row := AblationRow{Name: st.name, DevANER: da.Micro.F1(), DevWiki: dw.Micro.F1(), Test: tr.Micro.F1(),
			AQMAR: ScoreDocs(tg, "aqmar", aqmar).Micro.F1(), TestByType: map[string]float64{}, ModelBytes: m.size, ModelBrotli: m.brotli, TrainTime: m.took}
		for typ, s := range tr.ByType {
			row.TestByType[typ] = s.F1()
		}
		out = append(out, row)
	}
	return out, nil
}

// PrintAblation writes the rows as a Markdown table.
func PrintAblation(w io.Writer, rows []AblationRow) {
	fmt.Fprintln(w, "| configuration | dev ANERcorp | dev WikiFANE | ANERcorp test | test PER | test LOC | test ORG | test MISC | AQMAR dev | model bytes (brotli) |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %d (%d) |\n", r.Name, r.DevANER, r.DevWiki, r.Test,
			r.TestByType["PER"], r.TestByType["LOC"], r.TestByType["ORG"], r.TestByType["MISC"], r.AQMAR, r.ModelBytes, r.ModelBrotli)
	}
}
