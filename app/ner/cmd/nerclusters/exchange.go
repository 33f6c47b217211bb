package main

import (
	"fmt"
	"io"
	"math"
	"slices"
)

// exchangeClusters clusters the words of seq by the exchange algorithm
// (Kneser & Ney 1993; Martin, Liermann & Ney 1998), which maximizes the
// same class-bigram likelihood as Brown et al. (1992), applied top down so
// that the classes nest: the words are first split into 2^bits classes,
// then each class into 2^bits subclasses (a word moves only between the
// subclasses of its class), levels times. A word's path is the binary
// spelling of its class at each level, bits bits a level, so that path
// prefixes of bits, 2·bits, … give the classes of each level, as prefixes
// of Brown paths do.
//
// seq holds vocabulary ranks (0 = most frequent) of the nv clustered
// words; a rank ≥ nv is an unclustered word and -1 a paragraph break: both
// are context only, each in a class of its own that never changes. iters
// bounds the passes over the vocabulary at each level (a level stops
// early when fewer than 0.1% of the words moved in a pass).
func exchangeClusters(seq []int32, nv, bits, levels, iters int, log io.Writer) []string {
	rare, brk := int32(nv), int32(nv+1)
	nw := nv + 2
	freq := make([]int64, nw)
	keys := make([]uint64, 0, len(seq))
	id := func(x int32) int32 {
		switch {
		case x < 0:
			return brk
		case x >= int32(nv):
			return rare
		}
		return x
	}
	prev := brk
	for _, x := range seq {
		cur := id(x)
		freq[cur]++
		keys = append(keys, uint64(prev)<<32|uint64(cur))
		prev = cur
	}
	slices.Sort(keys)
	// Bigram counts as adjacency lists: right neighbours of each word
	// (rows of the sorted keys) and left neighbours.
	type nb struct {
		w int32
		n int32
	}
	right := make([][]nb, nw)
	left := make([][]nb, nw)
	self := make([]int64, nw)
	for i := 0; i < len(keys); {
		j := i
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		a, b, n := int32(keys[i]>>32), int32(uint32(keys[i])), int32(j-i)
		if a == b {
			self[a] = int64(n)
		} else {
			right[a] = append(right[a], nb{b, n})
			left[b] = append(left[b], nb{a, n})
		}
		i = j
	}
	keys = nil
	fan := 1 << bits
	cls := make([]int32, nw) // class of each word at the current level
	k := 1                   // classes at the current level, the two fixed ones apart
	for level := 0; level < levels; level++ {
		k *= fan
		// Initial classes: the members of each parent class, by frequency,
		// dealt round-robin to its subclasses.
		dealt := map[int32]int{}
		for w := 0; w < nv; w++ {
			p := cls[w]
			cls[w] = p*int32(fan) + int32(dealt[p]%fan)
			dealt[p]++
		}
		cls[rare], cls[brk] = int32(k), int32(k+1)
		kk := k + 2
		big := make([]int32, kk*kk) // class bigram counts, row = left class
		uni := make([]int64, kk)
		for w := 0; w < nw; w++ {
			uni[cls[w]] += freq[w]
			big[int(cls[w])*kk+int(cls[w])] += int32(self[w])
			for _, e := range right[w] {
				big[int(cls[w])*kk+int(cls[e.w])] += e.n
			}
		}
		rc := make([]int64, kk) // counts of the word's right / left neighbours by class
		lc := make([]int64, kk)
		var rt, lt []int32 // classes touched in rc / lc
		for it := 0; it < iters; it++ {
			moved := 0
			for w := 0; w < nv; w++ {
				rt, lt = rt[:0], lt[:0]
				for _, e := range right[w] {
					c := cls[e.w]
					if rc[c] == 0 {
						rt = append(rt, c)
					}
					rc[c] += int64(e.n)
				}
				for _, e := range left[w] {
					c := cls[e.w]
					if lc[c] == 0 {
						lt = append(lt, c)
					}
					lc[c] += int64(e.n)
				}
				a := cls[w]
				move(big, uni, kk, a, rt, lt, rc, lc, self[w], freq[w], -1)
				base := a / int32(fan) * int32(fan)
				best, bestGain := a, math.Inf(-1)
				for b := base; b < base+int32(fan); b++ {
					g := gain(big, uni, kk, b, rt, lt, rc, lc, self[w], freq[w])
					if g > bestGain+1e-9 || g >= bestGain-1e-9 && b == a {
						best, bestGain = b, g
					}
				}
				move(big, uni, kk, best, rt, lt, rc, lc, self[w], freq[w], 1)
				if best != a {
					cls[w] = best
					moved++
				}
				for _, c := range rt {
					rc[c] = 0
				}
				for _, c := range lt {
					lc[c] = 0
				}
			}
			fmt.Fprintf(log, "exchange: level %d (%d classes), pass %d: %d of %d words moved\n", level+1, k, it+1, moved, nv)
			if moved*1000 < nv {
				break
			}
		}
	}
	paths := make([]string, nv)
	width := bits * levels
	for w := range paths {
		paths[w] = fmt.Sprintf("%0*b", width, cls[w])
	}
	return paths
}

// xlogx is x·ln x (0 for 0).
func xlogx(x int64) float64 {
	if x <= 0 {
		return 0
	}
	f := float64(x)
	return f * math.Log(f)
}

// move adds (sign 1) or removes (sign -1) a word with neighbour class
// counts rc/lc, self-bigram count s and frequency n to or from class b.
func move(big []int32, uni []int64, kk int, b int32, rt, lt []int32, rc, lc []int64, s, n int64, sign int32) {
	for _, d := range rt {
		big[int(b)*kk+int(d)] += sign * int32(rc[d])
	}
	for _, d := range lt {
		big[int(d)*kk+int(b)] += sign * int32(lc[d])
	}
	big[int(b)*kk+int(b)] += sign * int32(s)
	uni[b] += int64(sign) * n
}

// gain is the change of the class-bigram log-likelihood
// Σ N(c,d) ln N(c,d) − 2 Σ N(c) ln N(c) when the word (removed from its
// class) is added to class b.
func gain(big []int32, uni []int64, kk int, b int32, rt, lt []int32, rc, lc []int64, s, n int64) float64 {
	g := 0.0
	row := big[int(b)*kk : int(b)*kk+kk]
	for _, d := range rt {
		if d == b {
			continue
		}
		v := int64(row[d])
		g += xlogx(v+rc[d]) - xlogx(v)
	}
	for _, d := range lt {
		if d == b {
			continue
		}
		v := int64(big[int(d)*kk+int(b)])
		g += xlogx(v+lc[d]) - xlogx(v)
	}
	v := int64(row[b])
	g += xlogx(v+rc[b]+lc[b]+s) - xlogx(v)
	return g - 2*(xlogx(uni[b]+n)-xlogx(uni[b]))
}
