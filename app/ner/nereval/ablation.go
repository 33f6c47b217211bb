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
	Name                      string
	DevANER, DevWiki, DevNews float64
	Test, AQMAR               float64
	TestByType                map[string]float64
	ModelBytes, ModelBrotli   int
	TrainTime                 time.Duration
}

// SelfPath is the unlabelled news the shipped model is self-trained on
// (relative to the repository root; it stays outside the repository), and
// SelfSentences how many of its sentences are added (chosen on the dev
// split: 5,000 and 15,000 were measured).
const (
	SelfPath      = "../shared/data/ner-extra/unlabelled/ant-jawharafm-2017.txt"
	SelfSentences = 15000
)

// Ablation trains the models of the ablation table on the training part
// of the dev split (LoadData) and scores each: ANERcorp train only, then
// adding WikiFANE, the word clusters, the large name lists, the rules and
// self-training (SelfSentences of SelfPath labelled by the previous model;
// the row is left out, with a message to log, when SelfPath is missing).
// Training is deterministic; the last model is trained as the shipped one
// is (ner.DefaultTrainConfig, cmd/nertrain), without the dev part. When
// saveDir is not empty, each trained model is written there as
// ablation-K.model (K the row index), unpruned, and a model already there
// is loaded instead of trained again (they are the same bytes), so that a
// second run costs no training and `nertrain -dev -load` can rescore one.
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
	news := filepath.Join(dataDir, "newsdev.json")
	type step struct {
		name        string
		wiki        bool
		opt         uint8
		rules, self bool
	}
	steps := []step{
		{"ANERcorp train only", false, 0, false, false},
		{"+ WikiFANE (mapped)", true, 0, false, false},
		{"+ word clusters", true, ner.OptClusters, false, false},
		{"+ large name lists", true, ner.OptAll, false, false},
		{"+ rules", true, ner.OptAll, true, false},
		{fmt.Sprintf("+ self-training (%d news sentences labelled by the model above; the shipped configuration)", SelfSentences), true, ner.OptAll, true, true},
	}
	if _, err := os.Stat(SelfPath); err != nil {
		fmt.Fprintf(log, "ablation: %s missing, no self-training row\n", SelfPath)
		steps = steps[:len(steps)-1]
	}
	// The distinct models, trained two at a time (the self-trained one
	// after the others, since it needs the last of them).
	type trained struct {
		b      []byte
		t      *ner.Tagger
		size   int
		brotli int
		took   time.Duration
		err    error
	}
	models := make([]*trained, len(steps))
	train := func(k int, st step, extra []ner.Sentence) *trained {
		m := &trained{}
		start := time.Now()
		path := filepath.Join(saveDir, fmt.Sprintf("ablation-%d.model", k))
		var b []byte
		var err error
		if saveDir != "" {
			b, err = os.ReadFile(path)
		}
		if saveDir != "" && err == nil {
			fmt.Fprintf(log, "ablation: loaded %q from %s\n", st.name, path)
		} else {
			sents := d.TrainANER
			if st.wiki {
				sents = append(sents[:len(sents):len(sents)], d.TrainWiki...)
			}
			cfg := ner.DefaultTrainConfig
			cfg.Features = st.opt
			b, err = ner.Train(append(sents[:len(sents):len(sents)], extra...), cfg)
			if err == nil && saveDir != "" {
				err = os.WriteFile(path, b, 0o644)
			}
			fmt.Fprintf(log, "ablation: trained %q in %s\n", st.name, time.Since(start).Round(time.Second))
		}
		m.took = time.Since(start)
		if err == nil {
			m.b, m.size, m.brotli = b, len(b), brotliSize(b)
			m.t, err = ner.New(b)
		}
		m.err = err
		return m
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for k, st := range steps {
		if st.self || k > 0 && st.wiki == steps[k-1].wiki && st.opt == steps[k-1].opt {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			models[k] = train(k, st, nil)
		}()
	}
	wg.Wait()
	var prev *trained
	for k, st := range steps {
		if models[k] != nil {
			prev = models[k]
		}
		if !st.self {
			continue
		}
		if prev.err != nil {
			return nil, prev.err
		}
		extra, err := SelfLabel(prev.t, SelfPath, news, SelfSentences)
		if err != nil {
			return nil, err
		}
		models[k] = train(k, st, extra)
		prev = models[k]
	}
	// Smaller forms of the last model (ner.Reprune), scored as further rows.
	if last := prev; last != nil && last.err == nil {
		for _, p := range []int{ner.ShipPrune - 1, ner.ShipPrune} {
			b, err := ner.Reprune(last.b, p)
			if err != nil {
				return nil, err
			}
			t, err := ner.New(b)
			if err != nil {
				return nil, err
			}
			steps = append(steps, step{fmt.Sprintf("same, weights |w| < %d zeroed (ner.Reprune; shipped: %d)", p, ner.ShipPrune), true, ner.OptAll, true, false})
			models = append(models, &trained{t: t, size: len(b), brotli: brotliSize(b), took: last.took})
		}
	}
	var out []AblationRow
	var m *trained
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
		dn, err := ScoreHeldout(tg, "", news)
		if err != nil {
			return nil, err
		}
		tr := ScoreDocs(tg, "test", Chunk(test, ner.DocSentences))
		row := AblationRow{Name: st.name, DevANER: da.Micro.F1(), DevWiki: dw.Micro.F1(), DevNews: dn.Micro.F1(), Test: tr.Micro.F1(),
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
	fmt.Fprintln(w, "| configuration | dev ANERcorp | dev WikiFANE | dev news | ANERcorp test | test PER | test LOC | test ORG | test MISC | AQMAR dev | model bytes (brotli) |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %d (%d) |\n", r.Name, r.DevANER, r.DevWiki, r.DevNews, r.Test,
			r.TestByType["PER"], r.TestByType["LOC"], r.TestByType["ORG"], r.TestByType["MISC"], r.AQMAR, r.ModelBytes, r.ModelBrotli)
	}
}
