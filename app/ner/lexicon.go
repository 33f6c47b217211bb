package ner

import (
	"bufio"
	"bytes"
	"fmt"
	"hash/fnv"
	"io"
	"strings"

	"github.com/hashiya/hashiya/app/arabic"
)

// lexiconFiles are the files of data/ that loadLexicon reads (their
// sources and licences: data/SOURCE.md and embed.go), in the order of
// Bundle.
var lexiconFiles = []string{
	"cldr_ar_regions.tsv", cityNamesFile, "hashiya-arab-places.txt",
	"akhateeb-male-first--names-in-arabic.txt", "akhateeb-female-first-names-in-arabic.txt", "akhateeb-last-names-in-arabic.txt",
	"names-per.txt", "names-loc.txt", "names-org.txt", clusterFile,
}

// Word-list bits, the values of lexicon.gaz.
const (
	gazLoc    = 1 << iota // a country, region or city name (whole phrase)
	gazFirst              // a first name (one token)
	gazLast               // a family name (one token)
	trigTitle             // a title word (one token, core form)
	trigOrg               // an organization head noun
	trigLoc               // a location head noun
	trigMisc              // an event/prize/work head noun
	gazName               // a word of a person name (data/names-per.txt)
	gazLoc2               // a place name of data/names-loc.txt (whole phrase)
	gazOrg2               // an organization name of data/names-org.txt (whole phrase)
)

// cityNamesFile is the embedded list of world-cities-ar names.
const cityNamesFile = "world-cities-ar-names.txt"

// adminHeads are the administrative head nouns that prefix some
// world-cities-ar names.
var adminHeads = wordSet(`محافظة ولاية مدينة منطقة إقليم مقاطعة`)

// Trigger word lists, written in ordinary spelling and folded when loaded.
// They are looked up on a token's core form (proclitics and ال removed).
var (
	// Titles and relations that precede a person's name.
	titleWords = `وزير رئيس ملك شيخ أمير جنرال سيد سيدة دكتور إمام مستشار نائب عقيد لواء مشير فريق عميد رائد
مدير أمين ناطق متحدث سفير قاضي محامي أستاذ كاتب صحفي مدرب لاعب فنان مطرب ممثل بابا كاردينال حاخام مفتي
شاعر روائي زعيم قائد مساعد نجل ابن بن ابنة بنت زوجة شقيق سيناتور مرشح رئيسة حاكم محافظ عمدة وزيرة مبعوث
ملكة خليفة سلطان رئيسه أمينة مديرة مراسل نائبة`
	// Head nouns of organization names.
	orgWords = `وزارة شركة حزب جامعة منظمة وكالة مجلس بنك هيئة جمعية اتحاد نادي مؤسسة صحيفة جريدة قناة إذاعة
تلفزيون محكمة جيش حركة جبهة مصرف صندوق معهد مركز منتخب لجنة مجموعة رابطة نقابة كلية مستشفى أكاديمية برلمان
مديرية إدارة سلطة قوات مكتب مجمع جماعة تحالف ائتلاف كتلة تيار مصلحة غرفة بورصة سوق`
	// Head nouns of location names.
	locWords = `مدينة محافظة ولاية منطقة إقليم جزيرة نهر بحر جبل خليج بلدة قرية عاصمة دولة مملكة جمهورية إمارة
حي مقاطعة ميناء مطار شارع ساحة صحراء بحيرة قضاء ناحية مخيم معبر سهل وادي شبه`
	// Head nouns of miscellaneous names (events, prizes, works, agreements).
	miscWords = `كأس بطولة جائزة مهرجان دوري مؤتمر معرض مسابقة أولمبياد حرب عملية اتفاقية معاهدة قمة ألعاب كتاب
رواية فيلم مسلسل برنامج اتفاق خطة مبادرة إعلان ميثاق`
)

// lexicon holds the word lists the features consult.
type lexicon struct {
	gaz      map[string]uint16 // folded phrase (tokens joined by one space) → gaz/trig bits
	maxWords int               // longest gazetteer phrase in tokens
	firstOf  map[string]int    // first word of a place phrase → its most words
	firstOf2 map[string]int    // first word of a names-loc or names-org phrase → its most words
	clusters map[string]string // folded word → cluster path of 0s and 1s (data/clusters.txt)
	hash     uint64            // fingerprint of all lists, stored in the model
}

// loadLexicon reads the gazetteers (embedded, or from the provided
// bundle) and the trigger lists.
func loadLexicon() (*lexicon, error) {
	src, err := source()
	if err != nil {
		return nil, err
	}
	lx := &lexicon{gaz: make(map[string]uint16, 1<<17), firstOf: map[string]int{}, firstOf2: map[string]int{}}
	fp := fnv.New64a()
	read := func(name string) ([]byte, error) {
		b, err := src.ReadFile("data/" + name)
		if err != nil {
			return nil, fmt.Errorf("ner: gazetteer %s: %w", name, err)
		}
		fp.Write([]byte(name))
		fp.Write(b)
		return b, nil
	}
	// CLDR region names: CODE \t name.
	b, err := read("cldr_ar_regions.tsv")
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if _, name, ok := strings.Cut(sc.Text(), "\t"); ok {
			lx.add(name, gazLoc)
		}
	}
	// World cities: the Arabic country and city names of world-cities-ar.csv,
	// one per line (world-cities-ar-names.txt, derived by
	// TestCityNamesDerived, which rewrites it with UPDATE_CITY_NAMES=1).
	b, err = read(cityNamesFile)
	if err != nil {
		return nil, err
	}
	for _, name := range strings.Split(string(b), "\n") {
		lx.add(name, gazLoc)
		// Many entries carry an administrative head ("محافظة السليمانية",
		// "ولاية قندهار"); the name is also added without it.
		if head, rest, ok := strings.Cut(strings.TrimSpace(name), " "); ok && adminHeads[arabic.FoldString(head)] {
			lx.add(rest, gazLoc)
		}
	}
	b, err = read("hashiya-arab-places.txt")
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(line, "#") {
			lx.add(line, gazLoc)
		}
	}
	for _, f := range []struct {
		name string
		bit  uint16
	}{
		{"akhateeb-male-first--names-in-arabic.txt", gazFirst},
		{"akhateeb-female-first-names-in-arabic.txt", gazFirst},
		{"akhateeb-last-names-in-arabic.txt", gazLast},
	} {
		b, err := read(f.name)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(b), "\n") {
			lx.add(line, f.bit)
		}
	}
	// The large name lists (filtered and folded by cmd/nerclusters).
	for _, f := range []struct {
		name string
		bit  uint16
	}{{"names-per.txt", gazName}, {"names-loc.txt", gazLoc2}, {"names-org.txt", gazOrg2}} {
		b, err := read(f.name)
		if err != nil {
			return nil, err
		}
		// One folded phrase a line, words separated by one space (as
		// cmd/nerclusters writes them): used as they are.
		for line := range strings.SplitSeq(string(b), "\n") {
			if line == "" {
				continue
			}
			lx.gaz[line] |= f.bit
			if f.bit != gazName {
				first, _, _ := strings.Cut(line, " ")
				lx.firstOf2[first] = max(lx.firstOf2[first], strings.Count(line, " ")+1)
			}
		}
	}
	b, err = read(clusterFile)
	if err != nil {
		return nil, err
	}
	if lx.clusters, err = parseClusters(b); err != nil {
		return nil, err
	}
	lx.addWords(titleWords, trigTitle, fp)
	lx.addWords(orgWords, trigOrg, fp)
	lx.addWords(locWords, trigLoc, fp)
	lx.addWords(miscWords, trigMisc, fp)
	fp.Write([]byte{featureVersion})
	lx.hash = fp.Sum64()
	return lx, nil
}

// add registers a gazetteer phrase under its folded token sequence.
func (lx *lexicon) add(name string, bit uint16) {
	toks := arabic.Tokenize(arabic.FoldString(strings.TrimSpace(name)))
	if len(toks) == 0 || len(toks) > 5 {
		return
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Text
	}
	lx.gaz[strings.Join(parts, " ")] |= bit
	if bit&gazLoc != 0 {
		lx.firstOf[parts[0]] = max(lx.firstOf[parts[0]], len(parts))
	}
	lx.maxWords = max(lx.maxWords, len(toks))
}

func (lx *lexicon) addWords(list string, bit uint16, fp io.Writer) {
	fp.Write([]byte(list))
	for _, w := range strings.Fields(list) {
		lx.gaz[arabic.FoldString(w)] |= bit
	}
}

// clusterFile is the embedded word-cluster file written by cmd/nerclusters.
const clusterFile = "clusters.txt"

// parseClusters reads "path<TAB>word word …" lines (path: 0s and 1s, at
// most 32) into a word → path map.
func parseClusters(b []byte) (map[string]string, error) {
	out := make(map[string]string, 40000)
	n := 0
	for line := range strings.SplitSeq(strings.TrimSuffix(string(b), "\n"), "\n") {
		n++
		path, words, ok := strings.Cut(line, "\t")
		if !ok || len(path) > 32 || strings.Trim(path, "01") != "" || words == "" {
			return nil, fmt.Errorf("ner: cluster file data/%s line %d: want \"path<TAB>words\" with a path of 0s and 1s (regenerate it with go run ./app/ner/cmd/nerclusters)", clusterFile, n)
		}
		for w := range strings.FieldsSeq(words) {
			out[w] = path
		}
	}
	return out, nil
}
