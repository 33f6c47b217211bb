// Package ner finds named entities (PER, LOC, ORG, MISC) in Arabic text.
//
// A Tagger splits the text with arabic.Tokenize and folds each token
// (arabic.Fold). Two averaged structured perceptrons (Collins 2002) over
// BIO tags, decoded with Viterbi, do the tagging: the sentence model scores
// hashed lexical, affix, shape, gazetteer, trigger-word and context
// features; the document model re-tags with the same features plus the
// sentence model's output for the whole text (how the other occurrences of
// a word were tagged), a stacked model in the manner of Krishnan & Manning
// (2006). Rules follow (rules.go), each kept because evaluation showed it
// helps: nationality adjectives ("الليبي") are dropped, a leading title
// ("الجنرال") is cut from a mention (a PER when a name follows), a leading
// place head noun ("ولاية المنستير") is cut from a LOC mention and a
// gazetteer place after such a head is tagged LOC, exact repetitions of
// a found mention are tagged too (one sense per discourse), official bodies
// such as "وزارة الخارجية الروسية", which the project guidelines make ORG
// but the training corpus does not tag, are added or completed, currency
// names ("دولار", "اليورو") are MISC as ANERcorp tags them, a place
// followed by a masculine adjective of a country ("ليون الفرنسي") is the
// club or company it names (ORG) and loses a country adjective after a
// proper name ("بي ام دبليو الألمانية"), and a one-word mention inside a
// longer PER mention's name becomes PER. Weights
// are int8, one scale per stage (model.go). The models are trained on ANERcorp
// (Benajiba & Rosso 2007; CAMeL Lab split, Obeid et al. 2020) by
// ./cmd/nertrain and embedded from model/ner.model (CC BY-SA 4.0, see
// model/LICENSE.md); the gazetteers are in data/ (see data/SOURCE.md).
//
// Mention spans follow the project guidelines: code-point offsets into the
// exact input, attached proclitics (و ف ب ل ك) left outside, the article ال
// kept, punctuation such as «» outside. Mentions of one entity share an
// Entity group id.
package ner

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/hashiya/hashiya/app/arabic"
)

// Mention is one entity mention: [Start, End) in code points of the text
// passed to Tag, its Label (PER, LOC, ORG or MISC) and Entity, a group id
// (1, 2, … in order of first mention) shared by the mentions of one entity
// within the text.
type Mention struct {
	Start, End int
	Label      string
	Entity     int
}

// EmbeddedModel returns the bytes of the model file: the embedded one in
// the native build, the provided bundle's in the browser (ErrNotLoaded
// before Provide).
func EmbeddedModel() ([]byte, error) {
	src, err := source()
	if err != nil {
		return nil, err
	}
	return readModel(src)
}

func readModel(fsys fileSource) ([]byte, error) {
	b, err := fsys.ReadFile(modelPath)
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model %s missing (train it with go run ./app/ner/cmd/nertrain): %w", modelPath, err)
	}
	return b, nil
}

// Tagger tags entity mentions. It is safe for concurrent use.
type Tagger struct {
	lx   *lexicon
	m    *model
	dt   *docTable   // dense stage-2 weights of the document templates
	fs   *flagScores // weights of the flag features
	edge *wordScores // role weights of the positions beyond a sequence
	dec  [numStages]*decoder

	noRules bool // WithoutRules: the model's spans only

	mu   sync.Mutex // guards free
	free []*scratch // arrays and word caches of finished calls, for the next ones
}

// modelPath is the model file (embedded, or in the bundle).
const modelPath = "model/ner.model"

var (
	defaultMu     sync.Mutex
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger built from the model and gazetteers (embedded,
// or in the bundle given to Provide), loading them on first use. It fails
// when the model file is missing, corrupt (ErrCorruptModel) or was trained
// with other features or gazetteers; in the browser build it returns
// ErrNotLoaded (not remembered: a later call after Provide succeeds) while
// the bundle has not arrived, and the error of Fail or Provide when it
// could not be had.
func Default() (*Tagger, error) {
	defaultMu.Lock()
	defer defaultMu.Unlock()
	if defaultTagger != nil || defaultErr != nil {
		return defaultTagger, defaultErr
	}
	b, err := EmbeddedModel()
	if err == nil {
		defaultTagger, err = New(b)
	}
	if err != nil && !errors.Is(err, ErrNotLoaded) && Available() == nil {
		defaultErr = err // a bad model file stays bad
	}
	return defaultTagger, err
}

var (
	lexMu  sync.Mutex
	lexVal *lexicon
	lexErr error
)

// sharedLexicon loads the word lists once (a failure to read them before
// the bundle arrived is not remembered).
func sharedLexicon() (*lexicon, error) {
	lexMu.Lock()
	defer lexMu.Unlock()
	if lexVal == nil && lexErr == nil {
		if err := Available(); err != nil {
			return nil, err
		}
		lexVal, lexErr = loadLexicon()
	}
	return lexVal, lexErr
}

// WithoutRules returns a tagger with the same model that reports the
// model's spans only, without the rules of rules.go (nationality
// adjectives dropped, titles cut, names propagated, official bodies added,
// labels unified): the "rules" row of the ablation in nereval.
func (t *Tagger) WithoutRules() *Tagger {
	return &Tagger{lx: t.lx, m: t.m, dt: t.dt, fs: t.fs, edge: t.edge, dec: t.dec, noRules: true}
}

// New builds a tagger from the bytes of a model file (the format written by
// Train) and the gazetteers (embedded, or in the provided bundle).
func New(modelFile []byte) (*Tagger, error) {
	lx, err := sharedLexicon()
	if err != nil {
		return nil, err
	}
	m, err := decodeModel(modelFile)
	if err != nil {
		return nil, err
	}
	if m.lexHash != lx.hash {
		return nil, fmt.Errorf("ner: model was trained with other gazetteers or trigger lists; retrain with go run ./app/ner/cmd/nertrain")
	}
	dec := [numStages]*decoder{newDecoder(&m.w.trans[0]), newDecoder(&m.w.trans[1])}
	return &Tagger{lx: lx, m: m, dt: newDocTable(m.w), fs: newFlagScores(m.w), edge: newEdgeScores(m.w), dec: dec}, nil
}

// Tag returns the entity mentions of text, sorted by Start and
// non-overlapping. It never panics; text that is not valid UTF-8 is read
// as Go reads strings (each bad byte one code point U+FFFD).
func (t *Tagger) Tag(text string) []Mention {
	sc := t.getScratch()
	toks, tags := t.tagTokens(text, sc)
	ms := t.finish(toks, tags)
	t.putScratch(sc)
	return ms
}

// getScratch returns the scratch of a finished call, or a new one.
func (t *Tagger) getScratch() *scratch {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n := len(t.free); n > 0 {
		sc := t.free[n-1]
		t.free = t.free[:n-1]
		return sc
	}
	return &scratch{wc: newWordCache(t)}
}

// putScratch keeps a scratch for the next call: at most GOMAXPROCS of
// them (one per concurrent caller), without the arrays of a text longer
// than maxKeptTokens.
func (t *Tagger) putScratch(sc *scratch) {
	if cap(sc.tags) > maxKeptTokens || cap(sc.runes) > 4*maxKeptTokens {
		*sc = scratch{wc: sc.wc}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.free) < runtime.GOMAXPROCS(0) {
		t.free = append(t.free, sc)
	}
}

// finish turns the tokens' BIO tags into mentions: spans, the rules, the
// entity groups.
func (t *Tagger) finish(toks []token, tags []int) []Mention {
	ms := t.mentions(toks, tags)
	if !t.noRules {
		ms = t.dropNationalities(toks, ms)
		ms = t.stripTitles(toks, ms)
		ms = t.stripPlaceHeads(toks, ms)
		ms = t.stripFutureVerbs(toks, ms)
		ms = t.splitNamePairs(toks, ms)
		ms = t.addPlacesAfterHeads(toks, ms)
		ms = t.teamsByAdjective(toks, ms)
		ms = t.stripNameAdjectives(toks, ms)
		ms = t.propagate(toks, ms)
		ms = t.addBodies(toks, ms)
		ms = t.addCurrencies(toks, ms)
		unifyLabels(toks, ms)
	}
	groupMentions(ms, toks)
	out := make([]Mention, len(ms))
	for i, m := range ms {
		out[i] = m.Mention
	}
	return out
}

// sequenceBreak reports whether a sequence ends after token a when token b
// follows: after . ! ? … or at a line break.
func sequenceBreak(a, b *token) bool {
	if a.kind == arabic.Punct && len(a.fold) == 1 {
		switch a.fold[0] {
		case '.', '!', '?', '…':
			return true
		}
	}
	return b.lineStart
}

// tagTokens tokenizes text and returns its tokens with their BIO tags:
// the sentence model tags each sequence, then the document model re-tags
// it using the whole text's stage-1 output.
func (t *Tagger) tagTokens(text string, sc *scratch) ([]token, []int) {
	toks := tokenizeInto(text, sc)
	var seqs [][2]int
	for s := 0; s < len(toks); {
		e := s + 1
		for e < len(toks) && !sequenceBreak(&toks[e-1], &toks[e]) {
			e++
		}
		seqs = append(seqs, [2]int{s, e})
		s = e
	}
	n := len(toks)
	s1 := &sc.s1
	s1.tags = grow(s1.tags, n)
	s1.emit = grow(s1.emit, n*numTags)
	s1.cores = grow(s1.cores, n)
	s1.words = grow(s1.words, n)
	sc.local2 = grow(sc.local2, n) // stage-2 scores of the local features
	local2 := sc.local2
	sc.dword = grow(sc.dword, n)
	dword := sc.dword
	emit, back := sc.emit, sc.back
	w := t.m.w
	wc := sc.wc
	wc.reset(wc.limit)
	inv := 1 / w.scale[0]
	for _, se := range seqs {
		s, e := se[0], se[1]
		seq := toks[s:e]
		sc.tf, sc.pl, sc.ws = wc.prepare(seq, sc.tf, sc.pl, sc.ws)
		tf, ws := sc.tf, sc.ws
		emit = emit[:0]
		for i := range seq {
			if countable(&seq[i]) {
				s1.cores[s+i] = tf[i].core
			}
			s1.words[s+i] = tf[i].w
			dword[s+i] = w.rowAt(ws[i].dword)
			var sc [numTags]int32
			wc.local(tf, ws, i, &sc, &local2[s+i])
			for y, v := range sc {
				s1.emit[(s+i)*numTags+y] = float32(v) * inv
			}
			emit = append(emit, sc[:]...)
		}
		_, back = t.dec[0].decode(emit, len(seq), s1.tags[s:e], back)
	}
	s1.docStats()
	sc.tags = grow(sc.tags, n)
	tags := sc.tags
	for _, se := range seqs {
		s, e := se[0], se[1]
		emit = emit[:0]
		for i := s; i < e; i++ {
			sc := local2[i]
			t.dt.score(s1, dword[i], i, s, e, &sc)
			emit = append(emit, sc[:]...)
		}
		_, back = t.dec[1].decode(emit, e-s, tags[s:e], back)
	}
	sc.emit, sc.back = emit, back
	return toks, tags
}

// scratch holds the per-call arrays of tagTokens; a Tagger keeps one for
// the next call (Tagger.sc) so that tagging long texts does not churn the
// heap.
type scratch struct {
	wc     *wordCache
	fold   arabic.Folded
	runes  []rune
	spans  []arabic.Span
	toks   []token
	tf     []tokFeat
	pl     []wordPlaces
	ws     []*wordEntry
	s1     stage1
	local2 [][numTags]int32
	dword  []*weights
	emit   []int32
	back   []uint8
	tags   []int
}

// maxKeptTokens bounds the size (in tokens) of the scratch a Tagger keeps
// between calls (about 110 bytes a token).
const maxKeptTokens = 1 << 20

// grow returns s resized to n elements, all zero, reusing its array when
// large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// span is a mention with its token range [a, b).
type span struct {
	Mention
	a, b int
	form []string // mentionForm, once computed
}

// mentions turns BIO tags into spans: punctuation trimmed from both ends,
// proclitics stripped from the first token.
func (t *Tagger) mentions(toks []token, tags []int) []span {
	spans := spansOf(tags)
	// Words that are not first in a mention carry no proclitic.
	known := map[string]bool{}
	for _, sp := range spans {
		for i := sp[0] + 1; i < sp[1]; i++ {
			if toks[i].kind == arabic.Word {
				known[string(toks[i].fold)] = true
			}
		}
	}
	var out []span
	for _, sp := range spans {
		a, b, typ := sp[0], sp[1], sp[2]
		for a < b && toks[a].kind == arabic.Punct {
			a++
		}
		for b > a && toks[b-1].kind == arabic.Punct {
			b--
		}
		if a == b {
			continue
		}
		first := &toks[a]
		p := t.stripLen(first, types[typ], known)
		out = append(out, span{Mention: Mention{
			Start: first.offset(p),
			End:   toks[b-1].end,
			Label: types[typ],
		}, a: a, b: b})
	}
	return out
}
