package ner

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"io"
	"strings"

	"github.com/hashiya/hashiya/app/arabic"
)

// Gazetteers embedded with their licences (see data/SOURCE.md):
// CLDR Arabic region names (Unicode License v3), world-cities-ar
// (jamsshhayd/world-cities-translations, CC BY 4.0) and AKhateeb/arabic-names
// (MIT).
//
//go:embed data/*.txt data/*.tsv data/*.csv data/SOURCE.md
var dataFS embed.FS

// Word-list bits, the values of lexicon.gaz.
const (
	gazLoc    = 1 << iota // a country, region or city name (whole phrase)
	gazFirst              // a first name (one token)
	gazLast               // a family name (one token)
	trigTitle             // a title word (one token, core form)
	trigOrg               // an organization head noun
	trigLoc               // a location head noun
	trigMisc              // an event/prize/work head noun
)

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
	gaz      map[string]uint8 // folded phrase (tokens joined by one space) → gaz/trig bits
	maxWords int              // longest gazetteer phrase in tokens
	firstOf  map[string]int   // first word of a place phrase → its most words
	hash     uint64           // fingerprint of all lists, stored in the model
}

// loadLexicon reads the embedded gazetteers and trigger lists.
func loadLexicon() (*lexicon, error) {
	lx := &lexicon{gaz: make(map[string]uint8, 16384), firstOf: map[string]int{}}
	fp := fnv.New64a()
	read := func(name string) ([]byte, error) {
		b, err := dataFS.ReadFile("data/" + name)
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
	// World cities: CountryNameAr,CountryNameEn,CityNameAr,CityNameEn,Population.
	b, err = read("world-cities-ar.csv")
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	cr.FieldsPerRecord = -1
	for first := true; ; first = false {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("ner: gazetteer world-cities-ar.csv: %w", err)
		}
		if first || len(rec) < 3 {
			continue
		}
		lx.add(rec[0], gazLoc)
		lx.add(rec[2], gazLoc)
	}
	for _, f := range []struct {
		name string
		bit  uint8
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
	lx.addWords(titleWords, trigTitle, fp)
	lx.addWords(orgWords, trigOrg, fp)
	lx.addWords(locWords, trigLoc, fp)
	lx.addWords(miscWords, trigMisc, fp)
	fp.Write([]byte{featureVersion})
	lx.hash = fp.Sum64()
	return lx, nil
}

// add registers a gazetteer phrase under its folded token sequence.
func (lx *lexicon) add(name string, bit uint8) {
	toks := arabic.Tokenize(arabic.FoldString(strings.TrimSpace(name)))
	if len(toks) == 0 || len(toks) > 5 {
		return
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Text
	}
	lx.gaz[strings.Join(parts, " ")] |= bit
	if bit == gazLoc {
		lx.firstOf[parts[0]] = max(lx.firstOf[parts[0]], len(parts))
	}
	lx.maxWords = max(lx.maxWords, len(toks))
}

func (lx *lexicon) addWords(list string, bit uint8, fp io.Writer) {
	fp.Write([]byte(list))
	for _, w := range strings.Fields(list) {
		lx.gaz[arabic.FoldString(w)] |= bit
	}
}
