package ner

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/hashiya/hashiya/app/arabic"
)

// Sentence is one sentence of a CoNLL-style corpus: whitespace tokens and
// their BIO tags (ANERcorp spelling B-PERS, AQMAR MIS* accepted).
type Sentence struct {
	Words  []string
	Tags   []string
	Domain int // DomainNews (the zero value) or DomainWiki
}

// ReadCoNLL reads "token TAG" lines (the tag is the last space- or
// tab-separated field); a blank line ends a sentence.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			if len(cur.Words) > 0 {
				out = append(out, cur)
				cur = Sentence{}
			}
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("ner: line %d: want \"token TAG\", got %q", line, sc.Text())
		}
		cur.Words = append(cur.Words, strings.Join(f[:len(f)-1], ""))
		cur.Tags = append(cur.Tags, f[len(f)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// Text joins the words with single spaces and returns the code-point offset
// of each word in it.
func (s Sentence) Text() (string, []int) {
	var b strings.Builder
	offs := make([]int, len(s.Words))
	n := 0
	for i, w := range s.Words {
		if i > 0 {
			b.WriteByte(' ')
			n++
		}
		offs[i] = n
		b.WriteString(w)
		n += len([]rune(w))
	}
	return b.String(), offs
}

// example is one training sequence: gold tags and the hashed feature
// buckets of each position.
type example struct {
	n     int
	gold  []int
	feats []uint32 // buckets of all positions
	off   []int    // n+1; features of position i are feats[off[i]:off[i+1]]
}

func (ex *example) add(feats []uint64, shift uint, dom int) {
	n := len(ex.feats)
	for _, f := range feats {
		ex.feats = append(ex.feats, uint32(f>>shift))
	}
	if dom >= 0 {
		for _, b := range ex.feats[n:] {
			ex.feats = append(ex.feats, domainBucket(b, dom, 64-shift))
		}
	}
	ex.off = append(ex.off, len(ex.feats))
}

// domainBucket is the bucket of the copy of a feature bucket for a domain
// (feature augmentation): a bijection of the buckets per domain, so that
// the news copies can be folded into the general weights after training
// (foldDomain) and tagging costs nothing more.
func domainBucket(b uint32, dom int, bits uint) uint32 {
	salt := [numDomains]uint32{0x7f4a7c15, 0x2545f491}[dom]
	return (b*0x9e3779b1 + salt) & (1<<bits - 1)
}

// foldDomain adds the weights of each feature's copy for dom to the
// feature's own weights: the model then scores as the augmented model does
// for text of that domain.
func foldDomain(avg []float32, bits uint, dom int) []float32 {
	out := make([]float32, len(avg))
	for b := 0; b < 1<<bits; b++ {
		c := int(domainBucket(uint32(b), dom, bits))
		for y := 0; y < numTags; y++ {
			out[b*numTags+y] = avg[b*numTags+y] + avg[c*numTags+y]
		}
	}
	return out
}

// project maps word-level BIO tags onto arabic.Tokenize tokens of the
// joined sentence: a word's first word/number token keeps its tag, later
// ones continue it (I-); punctuation continues an entity only between two
// tokens of it. The result is valid BIO.
func project(s Sentence) ([]token, []int) {
	text, offs := s.Text()
	toks := tokenize(text)
	tags := make([]int, len(toks))
	w := 0
	firstOf := -1 // last word index whose first content token was seen
	for i := range toks {
		a := &toks[i]
		for w+1 < len(offs) && offs[w+1] <= a.start {
			w++
		}
		tag, _ := parseTag(s.Tags[w])
		typ := tagType(tag)
		switch {
		case typ < 0:
			tags[i] = tagO
		case a.kind == arabic.Punct:
			tags[i] = insideTag(typ) // fixed below if at an edge
		case firstOf != w:
			tags[i] = tag
			firstOf = w
		default:
			tags[i] = insideTag(typ)
		}
	}
	// Punctuation at the edge of an entity is outside it.
	for i := range tags {
		if toks[i].kind != arabic.Punct || tags[i] == tagO {
			continue
		}
		j := i + 1
		for j < len(tags) && toks[j].kind == arabic.Punct {
			j++
		}
		if i == 0 || tagType(tags[i-1]) != tagType(tags[i]) || j == len(tags) || tags[j] != insideTag(tagType(tags[i])) {
			for k := i; k < j; k++ {
				tags[k] = tagO
			}
		}
	}
	return toks, normalize(tags)
}

// TrainConfig sets the training schedule.
type TrainConfig struct {
	Epochs   int       // passes over the data for the sentence model; 0 means 15
	Epochs2  int       // passes for the document model; 0 means 15
	Bits     int       // feature hash bits; 0 means 20
	Folds    int       // jackknife folds for the document model's input; 0 means 5
	Seed     uint64    // shuffling seed (training is deterministic for a seed)
	Rare     int       // words seen at most this often are trained as unknown; 0 means 1, -1 none
	MinCount int       // zero the trained weights of features seen fewer times in training; 0 means 1 (keep all)
	Cutoff   int       // remove features seen fewer times from the examples before training (frequency cut-off); 0 means 1 (keep all)
	Prune    int       // drop feature rows whose int8 weights are all below this magnitude; 0 means 3
	Features uint8     // optional feature groups (OptClusters, OptNameLists); 0 none
	Augment  bool      // feature augmentation by Sentence.Domain (the model keeps general + news weights)
	Log      io.Writer // progress, or nil
}

// DefaultTrainConfig is the configuration of the shipped model (chosen on
// the dev split, BENCHMARKS.md "Entity recognition"); zero fields take
// Train's defaults.
var DefaultTrainConfig = TrainConfig{Seed: 1, Features: OptAll, Cutoff: 3}

// Train trains the two stages and returns the encoded model file. Both are
// averaged structured perceptrons (Collins 2002) over BIO tags. The sentence
// model sees one sentence at a time; the document model reads its output
// for documents of DocSentences consecutive sentences. Its training input
// comes from sentence models trained without the document's fold.
func Train(sents []Sentence, cfg TrainConfig) ([]byte, error) {
	if cfg.Epochs == 0 {
		cfg.Epochs = 15
	}
	if cfg.Epochs2 == 0 {
		cfg.Epochs2 = 15
	}
	if cfg.Bits == 0 {
		cfg.Bits = 20
	}
	if cfg.Folds == 0 {
		cfg.Folds = 5
	}
	if cfg.Rare == 0 {
		cfg.Rare = 1
	}
	if cfg.Cutoff > 1 && cfg.Rare >= 0 {
		// The word features of words seen fewer than Cutoff times are cut,
		// so the tagger takes such words for unknown ones (features.go,
		// rareW): train them as unknown too.
		cfg.Rare = max(cfg.Rare, cfg.Cutoff-1)
	}
	if cfg.Prune == 0 {
		cfg.Prune = 3
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	lx, err := sharedLexicon()
	if err != nil {
		return nil, err
	}
	shift := uint(64 - cfg.Bits)
	fz := &featurizer{lx: lx, opt: cfg.Features}
	words := map[string]wordCount{}
	var exs []example
	var doms []int // per example: the domain of its feature copies, -1 for none
	var cores, wordHashes [][]uint64
	var feats []uint64
	projected := make([][]token, len(sents))
	golds := make([][]int, len(sents))
	wcount, ccount := map[string]int{}, map[string]int{}
	for k, s := range sents {
		projected[k], golds[k] = project(s)
		for _, t := range projected[k] {
			wcount[string(t.fold)]++
			ccount[string(t.fold[t.core:])]++
		}
	}
	for k := range sents {
		toks, gold := projected[k], golds[k]
		if len(toks) == 0 {
			continue
		}
		ex := example{n: len(toks), gold: gold, off: make([]int, 1, len(toks)+1)}
		dom := -1
		if cfg.Augment {
			dom = sents[k].Domain
		}
		doms = append(doms, dom)
		tf := fz.prepare(toks)
		for i, t := range toks {
			tf[i].rareW = wcount[string(t.fold)] <= cfg.Rare
			tf[i].rareCore = ccount[string(t.fold[t.core:])] <= cfg.Rare
		}
		cs, ws := make([]uint64, len(toks)), make([]uint64, len(toks))
		for i := range toks {
			ex.add(features(tf, i, feats[:0]), shift, dom)
			if countable(&toks[i]) {
				cs[i] = tf[i].core
			}
			ws[i] = tf[i].w
			if toks[i].kind == arabic.Word {
				c := words[string(toks[i].fold)]
				c.total++
				if gold[i] != tagO {
					c.entity++
				}
				words[string(toks[i].fold)] = c
			}
		}
		exs = append(exs, ex)
		cores = append(cores, cs)
		wordHashes = append(wordHashes, ws)
	}
	for w, c := range words {
		if c.entity == 0 && c.total < 3 {
			delete(words, w)
		}
	}
	fmt.Fprintf(cfg.Log, "train: %d sentences, %d word forms kept\n", len(exs), len(words))
	if cfg.Cutoff > 1 {
		kept := cutoff(exs, cfg.Bits, cfg.Cutoff)
		fmt.Fprintf(cfg.Log, "cut-off %d: %d feature buckets kept\n", cfg.Cutoff, kept)
	}

	// Stage-1 output on every training sentence, from jackknifed models.
	s1tags := make([][]int, len(exs))
	s1emit := make([][]float32, len(exs))
	doc := func(k int) int { return k / DocSentences }
	for f := 0; f < cfg.Folds; f++ {
		var tr []example
		for k := range exs {
			if doc(k)%cfg.Folds != f {
				tr = append(tr, exs[k])
			}
		}
		avg, atr := trainPerceptron(tr, cfg.Epochs, cfg.Bits, cfg.Seed, nil)
		for k := range exs {
			if doc(k)%cfg.Folds == f {
				s1emit[k] = emitFloat(&exs[k], avg)
				s1tags[k] = viterbiFloat(s1emit[k], exs[k].n, &atr)
			}
		}
		fmt.Fprintf(cfg.Log, "fold %d/%d done\n", f+1, cfg.Folds)
	}
	avg1, atr1 := trainPerceptron(exs, cfg.Epochs, cfg.Bits, cfg.Seed, cfg.Log)

	// Stage-2 examples, one per sentence, with document statistics.
	var exs2 []example
	for d0 := 0; d0 < len(exs); d0 += DocSentences {
		d1 := min(d0+DocSentences, len(exs))
		var s1 stage1
		starts := []int{}
		for k := d0; k < d1; k++ {
			starts = append(starts, len(s1.tags))
			s1.tags = append(s1.tags, s1tags[k]...)
			s1.emit = append(s1.emit, s1emit[k]...)
			s1.cores = append(s1.cores, cores[k]...)
			s1.words = append(s1.words, wordHashes[k]...)
		}
		s1.docStats()
		for k := d0; k < d1; k++ {
			s0 := starts[k-d0]
			ex := example{n: exs[k].n, gold: exs[k].gold, off: make([]int, 1, exs[k].n+1)}
			for i := 0; i < ex.n; i++ {
				ex.feats = append(ex.feats, exs[k].feats[exs[k].off[i]:exs[k].off[i+1]]...)
				ex.add(s1.docFeatures(s0+i, s0, s0+ex.n, feats[:0]), shift, doms[k])
			}
			exs2 = append(exs2, ex)
		}
	}
	if cfg.Cutoff > 1 {
		kept := cutoff(exs2, cfg.Bits, cfg.Cutoff)
		fmt.Fprintf(cfg.Log, "cut-off %d (document model): %d feature buckets kept\n", cfg.Cutoff, kept)
	}
	avg2, atr2 := trainPerceptron(exs2, cfg.Epochs2, cfg.Bits, cfg.Seed, cfg.Log)

	d := &modelData{lexHash: lx.hash, words: words, opt: cfg.Features}
	// Features seen fewer than MinCount times in training are dropped.
	count := make([]uint16, 1<<cfg.Bits)
	for _, ex := range exs2 {
		for _, f := range ex.feats {
			count[f] = min(count[f]+1, 1000)
		}
	}
	for _, avg := range [][]float32{avg1, avg2} {
		for b, c := range count {
			if int(c) < cfg.MinCount {
				clear(avg[b*numTags : b*numTags+numTags])
			}
		}
	}
	if cfg.Augment {
		avg1 = foldDomain(avg1, uint(cfg.Bits), DomainNews)
		avg2 = foldDomain(avg2, uint(cfg.Bits), DomainNews)
	}
	d.stages[0] = quantize(avg1, &atr1, cfg.Bits, cfg.Prune)
	d.stages[1] = quantize(avg2, &atr2, cfg.Bits, cfg.Prune)
	for s, st := range d.stages {
		fmt.Fprintf(cfg.Log, "stage %d: %d of %d feature rows kept, scale %.3g\n", s+1, len(st.buckets), 1<<st.bits, st.scale)
	}
	return d.encode(), nil
}

// cutoff removes from the examples, in place, every feature bucket that
// occurs fewer than k times in all of them (a frequency cut-off before
// training: the perceptron then cannot put weight on features too rare to
// generalize, the noise that magnitude pruning removes after training),
// and returns how many distinct buckets are left.
func cutoff(exs []example, bits, k int) int {
	count := make([]uint32, 1<<bits)
	for _, ex := range exs {
		for _, f := range ex.feats {
			count[f]++
		}
	}
	kept := 0
	for _, c := range count {
		if int(c) >= k {
			kept++
		}
	}
	for e := range exs {
		ex := &exs[e]
		feats := ex.feats[:0] // written behind the reads
		start := ex.off[0]
		for i := 0; i < ex.n; i++ {
			end := ex.off[i+1]
			for _, f := range ex.feats[start:end] {
				if int(count[f]) >= k {
					feats = append(feats, f)
				}
			}
			ex.off[i+1], start = len(feats), end
		}
		ex.feats = feats
	}
	return kept
}

// trainPerceptron runs the averaged structured perceptron and returns the
// averaged emission weights (2^bits rows × numTags) and transitions.
func trainPerceptron(exs []example, epochs, bits int, seed uint64, log io.Writer) ([]float32, [numTags + 1][numTags]float32) {
	rows := 1 << bits
	w := make([]int32, rows*numTags)
	u := make([]int64, rows*numTags)
	var tw [numTags + 1][numTags]int32
	var tu [numTags + 1][numTags]int64
	c := int64(1)
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var emit []int32
	var pred []int
	for ep := 0; ep < epochs; ep++ {
		r := rand.New(rand.NewPCG(seed, uint64(ep)))
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, k := range order {
			ex := &exs[k]
			n := ex.n
			emit = emitInt(ex, w, emit)
			pred = viterbi(emit, n, &tw, pred)
			for i := 0; i < n; i++ {
				total++
				g, p := ex.gold[i], pred[i]
				if g != p {
					errs++
					for _, f := range ex.feats[ex.off[i]:ex.off[i+1]] {
						b := int(f) * numTags
						w[b+g]++
						u[b+g] += c
						w[b+p]--
						u[b+p] -= c
					}
				}
				gp, pp := 0, 0
				if i > 0 {
					gp, pp = 1+ex.gold[i-1], 1+pred[i-1]
				}
				if gp != pp || g != p {
					tw[gp][g]++
					tu[gp][g] += c
					tw[pp][p]--
					tu[pp][p] -= c
				}
			}
			c++
		}
		if log != nil {
			fmt.Fprintf(log, "epoch %d: token errors %d/%d\n", ep+1, errs, total)
		}
	}
	return average(w, u, &tw, &tu, c)
}

// quantize scales averaged weights to int8, the largest magnitude to 127
// (transitions use the same scale, unclipped), and keeps the rows with a
// weight of magnitude at least prune.
func quantize(avg []float32, atr *[numTags + 1][numTags]float32, bits, prune int) stageData {
	maxAbs := 1e-9
	for _, v := range avg {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	scale := 127 / maxAbs
	st := stageData{bits: uint8(bits), scale: float32(scale)}
	for i := range atr {
		for j, v := range atr[i] {
			st.trans[i][j] = int32(math.Round(float64(v) * scale))
		}
	}
	for b := 0; b < 1<<bits; b++ {
		var q [numTags]int8
		keep := false
		for y := 0; y < numTags; y++ {
			v := math.Round(float64(avg[b*numTags+y]) * scale)
			q[y] = int8(max(-127, min(127, v)))
			if int(q[y]) >= prune || int(q[y]) <= -prune {
				keep = true
			}
		}
		if keep {
			st.buckets = append(st.buckets, uint32(b))
			st.weights = append(st.weights, q)
		}
	}
	return st
}

// average returns the averaged weights w - u/c.
func average(w []int32, u []int64, tw *[numTags + 1][numTags]int32, tu *[numTags + 1][numTags]int64, c int64) ([]float32, [numTags + 1][numTags]float32) {
	avg := make([]float32, len(w))
	for i := range w {
		avg[i] = float32(float64(w[i]) - float64(u[i])/float64(c))
	}
	var at [numTags + 1][numTags]float32
	for i := range tw {
		for j := range tw[i] {
			at[i][j] = float32(float64(tw[i][j]) - float64(tu[i][j])/float64(c))
		}
	}
	return avg, at
}

func emitInt(ex *example, w []int32, emit []int32) []int32 {
	emit = emit[:0]
	for i := 0; i < ex.n; i++ {
		var sc [numTags]int32
		for _, f := range ex.feats[ex.off[i]:ex.off[i+1]] {
			row := w[int(f)*numTags : int(f)*numTags+numTags]
			for y := range sc {
				sc[y] += row[y]
			}
		}
		emit = append(emit, sc[:]...)
	}
	return emit
}

func emitFloat(ex *example, w []float32) []float32 {
	emit := make([]float32, 0, ex.n*numTags)
	for i := 0; i < ex.n; i++ {
		var sc [numTags]float32
		for _, f := range ex.feats[ex.off[i]:ex.off[i+1]] {
			row := w[int(f)*numTags : int(f)*numTags+numTags]
			for y := range sc {
				sc[y] += row[y]
			}
		}
		emit = append(emit, sc[:]...)
	}
	return emit
}

// viterbiFloat decodes float scores by scaling them to the integer decoder.
func viterbiFloat(emit []float32, n int, trans *[numTags + 1][numTags]float32) []int {
	e := make([]int32, len(emit))
	for i, v := range emit {
		e[i] = int32(math.Round(float64(v) * 64))
	}
	var t [numTags + 1][numTags]int32
	for i := range trans {
		for j, v := range trans[i] {
			t[i][j] = int32(math.Round(float64(v) * 64))
		}
	}
	return viterbi(e, n, &t, nil)
}
