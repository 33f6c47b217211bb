//go:build !(js && wasm)

// Package beampipe is Hashiya's batch annotation (app/batch) as an Apache
// Beam pipeline, for corpora one machine cannot annotate in time:
//
//	JSON Lines text files (glob, any number of shards, .gz read as such)
//	  → Annotate (a DoFn; the entity model is loaded once per worker, in Setup)
//	  → JSON Lines shards of native exports (one per document, as `hashiya batch` writes them)
//	  + errors (JSON Lines, one per record not annotated)
//	  + entity frequency table and date histogram (CombinePerKey, then one CSV file each)
//
// Each record goes through batch.Annotate, so every line equals the line
// `hashiya batch` writes for the same record, and the tables equal its
// tables. Only the order of the lines differs: Beam keeps none; the lines
// of a shard are sorted by id.
//
// Beam is kept out of the browser: nothing under app/ that the browser
// imports imports this package, and its files are excluded from js/wasm
// builds. The command is wasm/beam.
package beampipe

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/batch"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/sample"
)

// Config configures Build.
type Config struct {
	Input  string // glob of JSON Lines files (local path, gs://…), e.g. corpus/part-*.jsonl.gz
	Output string // prefix of the outputs: PREFIX-SSSSS-of-NNNNN.jsonl, PREFIX-errors.jsonl, PREFIX-entities.csv, PREFIX-months.csv
	Shards int    // number of output shards of the annotated lines; 1 when 0

	// DCT is the reference date of records without a "dct" (as --dct of
	// hashiya batch); "": the dateline, else Today.
	DCT string
	// Today is the date used for articles with neither ("2006-01-02");
	// "": the worker's clock. Tests and reproducible runs pin it.
	Today string
	// MaxBytes is the size limit of one record; batch.DefaultMaxBytes when 0.
	MaxBytes int
}

func init() {
	register.DoFn7x1[context.Context, string, string, func(string), func(string), func(string, batch.EntityStat), func(string, batch.MonthStat), error](&annotateFn{})
	register.Emitter1[string]()
	register.Emitter2[string, batch.EntityStat]()
	register.Emitter2[string, batch.MonthStat]()
	register.DoFn1x2[string, int, string](&shardKeyFn{})
	register.Function2x1(mergeEntities)
	register.Function2x1(mergeMonths)
	register.Function2x1(entityRow)
	register.Function2x1(monthRow)
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.DoFn3x1[context.Context, int, func(*EntityRow) bool, error](&writeEntitiesFn{})
	register.DoFn3x1[context.Context, int, func(*MonthRow) bool, error](&writeMonthsFn{})
	register.Iter1[string]()
	register.Iter1[EntityRow]()
	register.Iter1[MonthRow]()
}

// EntityRow and MonthRow are the rows of the tables as Beam elements.
type (
	EntityRow struct {
		Entity, Label       string
		Mentions, Documents int
	}
	MonthRow struct {
		Month               string
		Mentions, Documents int
	}
)

func entityRow(key string, s batch.EntityStat) EntityRow {
	label, _, _ := strings.Cut(key, "\t")
	r := batch.EntityRowOf(annotation.Label(label), s)
	return EntityRow{r.Entity, string(r.Label), r.Mentions, r.Documents}
}

func monthRow(month string, s batch.MonthStat) MonthRow {
	return MonthRow{month, s.Mentions, s.Documents}
}

// Build adds the pipeline to scope s.
func Build(s beam.Scope, cfg Config) {
	shards := max(1, cfg.Shards)
	lines := textio.ReadWithFilename(s, cfg.Input) // KV<file, line>
	out, errs, ents, months := beam.ParDo4(s, &annotateFn{DCT: cfg.DCT, Today: cfg.Today, MaxBytes: cfg.MaxBytes}, lines)

	keyed := beam.ParDo(s.Scope("Shard"), &shardKeyFn{Shards: shards}, out)
	beam.ParDo0(s, &writeShardFn{Prefix: cfg.Output, Shards: shards, Ext: ".jsonl"}, beam.GroupByKey(s, keyed))
	errOne := beam.ParDo(s.Scope("ErrorsShard"), &shardKeyFn{Shards: 1}, errs)
	beam.ParDo0(s.Scope("WriteErrors"), &writeShardFn{Prefix: cfg.Output + "-errors", Shards: 1, Ext: ".jsonl", Single: true}, beam.GroupByKey(s, errOne))

	// The tables: a combine per key (parallel, lifted before the shuffle),
	// then all rows to one worker to sort and write one CSV file.
	entRows := beam.ParDo(s, entityRow, beam.CombinePerKey(s.Scope("Entities"), mergeEntities, ents))
	beam.ParDo0(s, &writeEntitiesFn{Path: cfg.Output + "-entities.csv"}, beam.GroupByKey(s, beam.AddFixedKey(s, entRows)))
	monthRows := beam.ParDo(s, monthRow, beam.CombinePerKey(s.Scope("Months"), mergeMonths, months))
	beam.ParDo0(s, &writeMonthsFn{Path: cfg.Output + "-months.csv"}, beam.GroupByKey(s, beam.AddFixedKey(s, monthRows)))
}

// Counters reported by the runner (Beam metrics, namespace "hashiya").
var (
	documents  = beam.NewCounter("hashiya", "documents")
	failed     = beam.NewCounter("hashiya", "errors")
	textBytes  = beam.NewCounter("hashiya", "text_bytes")
	labelCount = func() map[string]beam.Counter {
		m := map[string]beam.Counter{}
		for _, l := range annotation.Labels {
			m[string(l)] = beam.NewCounter("hashiya", "annotations_"+string(l))
		}
		return m
	}()
)

// annotateFn annotates one JSON Lines record; it is batch.Annotate.
type annotateFn struct {
	DCT      string `json:"dct"`
	Today    string `json:"today"`
	MaxBytes int    `json:"maxBytes"`

	opt    batch.Options
	reader batch.Reader
	buf    []byte
}

// Setup loads the entity model once per worker (DoFn instance) by
// annotating the sample article, and parses the options.
func (f *annotateFn) Setup() error {
	f.reader.MaxBytes = f.MaxBytes
	if f.DCT != "" {
		t, err := pipeline.ParseDCT(f.DCT)
		if err != nil {
			return err
		}
		f.opt.DCT = t
	}
	if f.Today != "" {
		t, err := time.Parse("2006-01-02", f.Today)
		if err != nil {
			return fmt.Errorf("today: %w", err)
		}
		f.opt.Now = func() time.Time { return t }
	}
	_, err := pipeline.Annotate(annotation.NewDocument(sample.Title, sample.Article), pipeline.Options{})
	return err
}

// ProcessElement annotates one line of file and emits its export line, or
// its error (JSON) on the errors output, and its corpus counts keyed by
// "LABEL\tKEY" (entities) and "YYYY-MM" (months).
func (f *annotateFn) ProcessElement(ctx context.Context, file, line string, emit, emitErr func(string), emitEnt func(string, batch.EntityStat), emitMonth func(string, batch.MonthStat)) error {
	line = strings.TrimSuffix(line, "\r")
	if strings.TrimSpace(line) == "" {
		return nil
	}
	rec := f.reader.ParseLine(file, 0, []byte(line))
	out, doc, rerr := batch.Annotate(f.buf[:0], rec, f.opt)
	if rerr != nil {
		failed.Inc(ctx, 1)
		b, err := json.Marshal(rerr)
		if err != nil {
			return err
		}
		emitErr(string(b))
		return nil
	}
	f.buf = out
	documents.Inc(ctx, 1)
	textBytes.Inc(ctx, int64(len(rec.Text)))
	for i, n := range doc.Labels {
		if n > 0 {
			labelCount[string(annotation.Labels[i])].Inc(ctx, int64(n))
		}
	}
	emit(string(out))
	for _, e := range doc.Entities {
		emitEnt(string(e.Label)+"\t"+e.Key, e.Stat())
	}
	for _, m := range doc.Months {
		emitMonth(m.Month, batch.MonthStat{Mentions: m.Mentions, Documents: 1})
	}
	return nil
}

// shardKeyFn assigns a line to a shard by the hash of the line (so the
// same line always lands in the same shard).
type shardKeyFn struct {
	Shards int `json:"shards"`
}

func (f *shardKeyFn) ProcessElement(line string) (int, string) { return shardKey(f.Shards, line) }

func shardKey(shards int, line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(shards)), line
}

func mergeEntities(a, b batch.EntityStat) batch.EntityStat {
	var s batch.EntityStat
	s.Add(a)
	s.Add(b)
	return s
}

func mergeMonths(a, b batch.MonthStat) batch.MonthStat {
	a.Add(b)
	return a
}

// writeShardFn writes one shard: PREFIX-SSSSS-of-NNNNN.EXT, or PREFIX.EXT
// when Single; lines sorted.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
	Ext    string `json:"ext"`
	Single bool   `json:"single"`
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := f.Prefix + f.Ext
	if !f.Single {
		name = fmt.Sprintf("%s-%05d-of-%05d%s", f.Prefix, shard, f.Shards, f.Ext)
	}
	var all []string
	var l string
	for lines(&l) {
		all = append(all, l)
	}
	slices.Sort(all)
	return writeFile(ctx, name, func(w *bufio.Writer) error {
		for _, l := range all {
			w.WriteString(l)
			if !strings.HasSuffix(l, "\n") {
				w.WriteByte('\n')
			}
		}
		return nil
	})
}

// writeFile creates name on its file system (local, gs://…) and writes it.
func writeFile(ctx context.Context, name string, write func(*bufio.Writer) error) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	if err := write(w); err != nil {
		fd.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return err
	}
	return fd.Close()
}

type writeEntitiesFn struct {
	Path string `json:"path"`
}

func (f *writeEntitiesFn) ProcessElement(ctx context.Context, _ int, rows func(*EntityRow) bool) error {
	var all []batch.EntityRow
	var r EntityRow
	for rows(&r) {
		all = append(all, batch.EntityRow{Entity: r.Entity, Label: annotation.Label(r.Label), Mentions: r.Mentions, Documents: r.Documents})
	}
	batch.SortEntityRows(all)
	return writeFile(ctx, f.Path, func(w *bufio.Writer) error { return batch.WriteCSV(w, batch.EntityHeader, all) })
}

type writeMonthsFn struct {
	Path string `json:"path"`
}

func (f *writeMonthsFn) ProcessElement(ctx context.Context, _ int, rows func(*MonthRow) bool) error {
	var all []batch.MonthRow
	var r MonthRow
	for rows(&r) {
		all = append(all, batch.MonthRow{Month: r.Month, MonthStat: batch.MonthStat{Mentions: r.Mentions, Documents: r.Documents}})
	}
	slices.SortFunc(all, func(a, b batch.MonthRow) int { return strings.Compare(a.Month, b.Month) })
	return writeFile(ctx, f.Path, func(w *bufio.Writer) error { return batch.WriteCSV(w, batch.MonthHeader, all) })
}
