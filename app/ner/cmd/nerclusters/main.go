// Command nerclusters derives the word clusters of package ner
// (app/ner/data/clusters.txt) and its filtered name lists
// (app/ner/data/names-*.txt) from unlabelled Arabic text and name lists.
//
//	go run ./app/ner/cmd/nerclusters [-in ../shared/data/ner-extra/unlabelled] [-out app/ner/data/clusters.txt]
//
// It reads every *.txt file of -in (Arabic Wikipedia 2017-01-20, 8.1M
// words, CC BY-SA 4.0, and the ANT corpus of Jawhara FM news, 1.2M words,
// Apache-2.0; see app/ner/data/SOURCE.md), which stays outside the
// repository: the command says so and stops when it is missing.
//
// Method (deterministic; -method exchange, the default, 3 min 33 s wall on
// the shared 2-core machine, 290 MB): the words seen at least -minfreq
// times (at most -vocab of them) are clustered by the exchange algorithm
// (Kneser & Ney 1993; Martin, Liermann & Ney 1998), which maximizes the
// class-bigram likelihood of Brown et al. (1992), top down: 16 classes,
// then 16 subclasses of each, then of each of those (-bits 4, -levels 3),
// so that a word's 12-bit path has the nested prefixes (4, 8, 12 bits) of
// a Brown path (exchange.go). Brown's agglomerative algorithm itself
// (Liang 2005) needs hours here; the exchange algorithm with the same
// objective runs in minutes.
//
// -method svd is the first version: each word described by its positive
// pointwise mutual information (Church & Hanks 1990, context distribution
// smoothed with exponent 0.75 as in Levy, Goldberg & Dagan 2015) with the
// -ctx most frequent words at offsets -1 and +1 (separate dimensions) and
// within ±2 (one bag); this sparse matrix is reduced to -dim dimensions by
// a randomized truncated SVD (Halko, Martinsson & Tropp 2011), and the
// word vectors are clustered by bisecting spherical 2-means to depth
// -depth.
//
// It also writes the filtered name lists (-names, names.go): the folded
// words of the person-name lists and the place and organization phrases of
// -gaz, without the entries that are common words of the unlabelled text.
//
// Output: one line per cluster, "path<TAB>word word …", sorted by path;
// words within a cluster by descending frequency.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/hashiya/hashiya/app/ner"
)

func main() {
	in := flag.String("in", "../shared/data/ner-extra/unlabelled", "directory of unlabelled text (*.txt, one paragraph a line)")
	out := flag.String("out", "app/ner/data/clusters.txt", "cluster file to write (\"\": none)")
	minFreq := flag.Int("minfreq", 20, "least frequency of a clustered word")
	vocab := flag.Int("vocab", 40000, "most words clustered (the most frequent)")
	nctx := flag.Int("ctx", 2000, "context words (the most frequent)")
	dim := flag.Int("dim", 100, "SVD dimensions")
	depth := flag.Int("depth", 12, "cluster path length (bits)")
	minLeaf := flag.Int("minleaf", 8, "do not split clusters smaller than twice this")
	gaz := flag.String("gaz", "../shared/data/ner-extra/gazetteers", "directory of the name lists to filter")
	namesOut := flag.String("names", "app/ner/data", "directory to write the filtered name lists to (\"\": none)")
	top := flag.Int("topcommon", 1000, "the most frequent words, never names")
	nameMin := flag.Int("namemin", 1, "least frequency in the unlabelled text of a person-name word kept (names-per.txt); 1 drops the 70% never seen, for the first visit's size (BENCHMARKS.md, entity recognizer, sixth pass)")
	method := flag.String("method", "exchange", "exchange (class-bigram likelihood, nested levels) or svd (PPMI + SVD + bisecting 2-means)")
	bits := flag.Int("bits", 4, "exchange: path bits a level (2^bits subclasses per class)")
	levels := flag.Int("levels", 3, "exchange: levels")
	iters := flag.Int("iters", 15, "exchange: most passes over the vocabulary a level")
	flag.Parse()
	x := exchangeConfig{method: *method, bits: *bits, levels: *levels, iters: *iters}
	if err := run(*in, *out, *minFreq, *vocab, *nctx, *dim, *depth, *minLeaf, *gaz, *namesOut, commonTest{top: *top, minName: int64(*nameMin)}, x); err != nil {
		fmt.Fprintln(os.Stderr, "nerclusters:", err)
		os.Exit(1)
	}
}

// exchangeConfig selects the clustering method and the exchange
// algorithm's parameters.
type exchangeConfig struct {
	method              string
	bits, levels, iters int
}

func run(in, out string, minFreq, vocabMax, nctx, dim, depth, minLeaf int, gaz, namesOut string, names commonTest, x exchangeConfig) error {
	files, err := filepath.Glob(filepath.Join(in, "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no unlabelled text in %s: the corpora (ner-extra/unlabelled in the project's shared data, see app/ner/data/SOURCE.md) are not in the repository; pass -in", in)
	}
	sort.Strings(files)
	ids := map[string]int32{}
	var words []string
	var freq []int64
	var seq []int32 // word ids, -1 between paragraphs
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			for _, w := range ner.FoldedWords(sc.Text()) {
				id, ok := ids[w]
				if !ok {
					id = int32(len(words))
					ids[w] = id
					words = append(words, w)
					freq = append(freq, 0)
				}
				freq[id]++
				seq = append(seq, id)
			}
			seq = append(seq, -1)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		fmt.Fprintf(os.Stderr, "%s: %d tokens so far, %d word forms\n", name, len(seq), len(words))
	}
	// Words by descending frequency (ties by spelling: deterministic).
	order := make([]int32, len(words))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if freq[a] != freq[b] {
			if freq[a] > freq[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(words[a], words[b])
	})
	rank := make([]int32, len(words))
	for r, id := range order {
		rank[id] = int32(r)
	}
	nv := 0
	for nv < len(order) && nv < vocabMax && freq[order[nv]] >= int64(minFreq) {
		nv++
	}
	if namesOut != "" {
		c := &commonTest{freq: map[string]int64{}, rank: map[string]int{}, top: names.top, minName: names.minName}
		for id, w := range words {
			c.freq[w] = freq[id]
			if rank[id] < int32(names.top) {
				c.rank[w] = int(rank[id])
			}
		}
		if err := writeNames(gaz, namesOut, c); err != nil {
			return err
		}
	}
	if out == "" {
		return nil
	}
	var paths []string
	switch x.method {
	case "exchange":
		fmt.Fprintf(os.Stderr, "clustering %d words (frequency ≥ %d) by exchange, %d levels of %d bits\n", nv, freq[order[nv-1]], x.levels, x.bits)
		rs := make([]int32, len(seq))
		for i, id := range seq {
			rs[i] = -1
			if id >= 0 {
				rs[i] = rank[id]
			}
		}
		paths = exchangeClusters(rs, nv, x.bits, x.levels, x.iters, os.Stderr)
	case "svd":
		paths = svdClusters(seq, rank, nv, nctx, dim, depth, minLeaf)
	default:
		return fmt.Errorf("unknown -method %q (exchange or svd)", x.method)
	}
	return writeClusters(out, paths, words, order)
}

// svdClusters clusters the nv most frequent words by PPMI, SVD and
// bisecting spherical 2-means (the -method svd of the package comment).
func svdClusters(seq, rank []int32, nv, nctx, dim, depth, minLeaf int) []string {
	nctx = min(nctx, nv)
	fmt.Fprintf(os.Stderr, "clustering %d words, %d context words\n", nv, nctx)
	// Co-occurrence counts keyed by vocabulary rank × context dimension.
	nd := 3 * nctx // left neighbour, right neighbour, ±2 bag
	var keys []uint64
	for i, id := range seq {
		if id < 0 || int(rank[id]) >= nv {
			continue
		}
		w := uint64(rank[id])
		for _, o := range [...]int{-2, -1, 1, 2} {
			j := i + o
			if j < 0 || j >= len(seq) || seq[j] < 0 {
				continue
			}
			if o == -2 || o == 2 {
				if k := o / 2; seq[i+k] < 0 { // no bag across a paragraph break
					continue
				}
			}
			c := int(rank[seq[j]])
			if c >= nctx {
				continue
			}
			switch o {
			case -1:
				keys = append(keys, w*uint64(nd)+uint64(c))
			case 1:
				keys = append(keys, w*uint64(nd)+uint64(nctx+c))
			}
			keys = append(keys, w*uint64(nd)+uint64(2*nctx+c))
		}
	}
	slices.Sort(keys)
	var cells []cell
	for i := 0; i < len(keys); {
		j := i
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		cells = append(cells, cell{int(keys[i] / uint64(nd)), int(keys[i] % uint64(nd)), float64(j - i)})
		i = j
	}
	keys = nil
	rowSum := make([]float64, nv)
	colSum := make([]float64, nd)
	total := 0.0
	for _, c := range cells {
		rowSum[c.w] += c.n
		colSum[c.d] += math.Pow(c.n, 0.75)
		total += c.n
	}
	colTotal := 0.0
	for _, v := range colSum {
		colTotal += v
	}
	// PPMI cells.
	var ppmi []cell
	for _, c := range cells {
		pmi := math.Log(c.n / rowSum[c.w] / (math.Pow(c.n, 0.75) / colTotal))
		if pmi > 0 {
			ppmi = append(ppmi, cell{c.w, c.d, pmi})
		}
	}
	cells = nil
	_ = total
	vecs := embed(ppmi, nv, nd, dim)
	for w := 0; w < nv; w++ {
		normalize(vecs[w*dim : w*dim+dim])
	}
	paths := make([]string, nv)
	members := make([]int, nv)
	for i := range members {
		members[i] = i
	}
	bisect(vecs, dim, members, "", depth, minLeaf, paths)
	return paths
}

// writeClusters writes the clusters sorted by path, words by frequency
// (paths[r] is the path of the word of rank r).
func writeClusters(out string, paths, words []string, order []int32) error {
	byPath := map[string][]int{}
	for w, p := range paths {
		byPath[p] = append(byPath[p], w)
	}
	ps := make([]string, 0, len(byPath))
	for p := range byPath {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p)
		b.WriteByte('\t')
		// Each line's words in byte order: the canonical form the model
		// bundle stores as a compact table (ner.Bundle, encoding 2).
		ws := byPath[p]
		slices.SortFunc(ws, func(x, y int) int { return strings.Compare(words[order[x]], words[order[y]]) })
		for k, w := range ws {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[order[w]])
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d words in %d clusters\n", out, len(paths), len(ps))
	return nil
}

// embed reduces the sparse nv×nd matrix of cells to nv rows of dim
// values by a randomized truncated SVD (Halko, Martinsson & Tropp 2011:
// Gaussian sketch, two power iterations, then the exact SVD of the small
// projected matrix), the rows being U·√Σ (Levy, Goldberg & Dagan 2015).
func embed(cells []cell, nv, nd, dim int) []float32 {
	rng := rand.New(rand.NewPCG(1, 2))
	mulM := func(x []float64) []float64 { // (nd×dim) → M·x (nv×dim)
		y := make([]float64, nv*dim)
		for _, c := range cells {
			yr, xr := y[c.w*dim:c.w*dim+dim], x[c.d*dim:c.d*dim+dim]
			for k := range yr {
				yr[k] += c.n * xr[k]
			}
		}
		return y
	}
	mulMT := func(y []float64) []float64 { // (nv×dim) → Mᵀ·y (nd×dim)
		x := make([]float64, nd*dim)
		for _, c := range cells {
			yr, xr := y[c.w*dim:c.w*dim+dim], x[c.d*dim:c.d*dim+dim]
			for k := range xr {
				xr[k] += c.n * yr[k]
			}
		}
		return x
	}
	omega := make([]float64, nd*dim)
	for i := range omega {
		omega[i] = rng.NormFloat64()
	}
	q := mulM(omega)
	orthonormalize(q, nv, dim)
	for it := 0; it < 2; it++ {
		q = mulM(mulMT(q))
		orthonormalize(q, nv, dim)
	}
	bt := mulMT(q) // Bᵀ = Mᵀ·Q, nd×dim
	// G = B·Bᵀ (dim×dim) = Σ_d bt[d]ᵀ bt[d].
	g := make([]float64, dim*dim)
	for d := 0; d < nd; d++ {
		r := bt[d*dim : d*dim+dim]
		for i := range dim {
			if r[i] == 0 {
				continue
			}
			for j := range dim {
				g[i*dim+j] += r[i] * r[j]
			}
		}
	}
	vals, vecsU := jacobi(g, dim)
	out := make([]float32, nv*dim)
	for w := 0; w < nv; w++ {
		qr := q[w*dim : w*dim+dim]
		for k := range dim {
			s := 0.0
			for i := range dim {
				s += qr[i] * vecsU[i*dim+k]
			}
			out[w*dim+k] = float32(s * math.Pow(math.Max(vals[k], 0), 0.25)) // √σ, σ = √eigenvalue
		}
	}
	return out
}

// orthonormalize makes the dim columns of the rows×dim matrix a
// orthonormal (modified Gram-Schmidt).
func orthonormalize(a []float64, rows, dim int) {
	for j := 0; j < dim; j++ {
		for i := 0; i < j; i++ {
			d := 0.0
			for r := 0; r < rows; r++ {
				d += a[r*dim+i] * a[r*dim+j]
			}
			for r := 0; r < rows; r++ {
				a[r*dim+j] -= d * a[r*dim+i]
			}
		}
		n := 0.0
		for r := 0; r < rows; r++ {
			n += a[r*dim+j] * a[r*dim+j]
		}
		if n = math.Sqrt(n); n > 0 {
			for r := 0; r < rows; r++ {
				a[r*dim+j] /= n
			}
		}
	}
}

// jacobi returns the eigenvalues and eigenvectors (columns of an n×n
// row-major matrix) of the symmetric matrix a (cyclic Jacobi rotations).
func jacobi(a []float64, n int) ([]float64, []float64) {
	v := make([]float64, n*n)
	for i := range n {
		v[i*n+i] = 1
	}
	for sweep := 0; sweep < 30; sweep++ {
		off := 0.0
		for i := range n {
			for j := i + 1; j < n; j++ {
				off += a[i*n+j] * a[i*n+j]
			}
		}
		if off < 1e-18 {
			break
		}
		for p := 0; p < n; p++ {
			for r := p + 1; r < n; r++ {
				apq := a[p*n+r]
				if math.Abs(apq) < 1e-300 {
					continue
				}
				theta := (a[r*n+r] - a[p*n+p]) / (2 * apq)
				t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := range n {
					akp, akr := a[k*n+p], a[k*n+r]
					a[k*n+p], a[k*n+r] = c*akp-s*akr, s*akp+c*akr
				}
				for k := range n {
					apk, ark := a[p*n+k], a[r*n+k]
					a[p*n+k], a[r*n+k] = c*apk-s*ark, s*apk+c*ark
				}
				for k := range n {
					vkp, vkr := v[k*n+p], v[k*n+r]
					v[k*n+p], v[k*n+r] = c*vkp-s*vkr, s*vkp+c*vkr
				}
			}
		}
	}
	vals := make([]float64, n)
	for i := range n {
		vals[i] = a[i*n+i]
	}
	return vals, v
}

// cell is one nonzero entry of a sparse word × context matrix.
type cell struct {
	w, d int
	n    float64
}

func normalize(v []float32) {
	s := 0.0
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for k := range v {
		v[k] *= inv
	}
}

func dot(a, b []float32) float32 {
	var s float32
	for k := range a {
		s += a[k] * b[k]
	}
	return s
}

// bisect splits members (vocabulary ranks, ascending = most frequent
// first) in two by spherical 2-means and recurses, writing each word's
// path into paths.
func bisect(vecs []float32, dim int, members []int, path string, depth, minLeaf int, paths []string) {
	if len(path) >= depth || len(members) < 2*minLeaf {
		for _, w := range members {
			paths[w] = path
		}
		return
	}
	vec := func(w int) []float32 { return vecs[w*dim : w*dim+dim] }
	// Seeds: the most frequent member, and the member least like it.
	c0 := slices.Clone(vec(members[0]))
	far, best := members[len(members)-1], float32(2)
	for _, w := range members {
		if d := dot(vec(w), c0); d < best {
			far, best = w, d
		}
	}
	c1 := slices.Clone(vec(far))
	side := make([]bool, len(members))
	for it := 0; it < 10; it++ {
		s0 := make([]float32, dim)
		s1 := make([]float32, dim)
		n1 := 0
		for i, w := range members {
			v := vec(w)
			side[i] = dot(v, c1) > dot(v, c0)
			s := s0
			if side[i] {
				s, n1 = s1, n1+1
			}
			for k := range s {
				s[k] += v[k]
			}
		}
		if n1 == 0 || n1 == len(members) {
			break
		}
		normalize(s0)
		normalize(s1)
		c0, c1 = s0, s1
	}
	var left, right []int
	for i, w := range members {
		if side[i] {
			right = append(right, w)
		} else {
			left = append(left, w)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		for _, w := range members {
			paths[w] = path
		}
		return
	}
	bisect(vecs, dim, left, path+"0", depth, minLeaf, paths)
	bisect(vecs, dim, right, path+"1", depth, minLeaf, paths)
}
