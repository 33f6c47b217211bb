package batch

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Config configures Run.
type Config struct {
	Files []string // inputs, as expanded by Files
	Reader
	Options

	Out io.Writer // export lines
	// Errors is the errors file (one JSON Error per line); it is called
	// once, at the first error, so no file is created for a clean run.
	// Nil: errors are only reported on Log.
	Errors func() (io.Writer, error)
	// Log receives a line per error and the progress line; nil: none.
	Log io.Writer

	Jobs      int  // workers; GOMAXPROCS when 0
	Unordered bool // write lines as they are done instead of in input order

	// Progress is the interval of progress lines on Log; 0: none. With
	// Terminal, the line is rewritten in place (carriage return).
	Progress time.Duration
	Terminal bool
	// Total is the stored size of the inputs in bytes when known (see
	// Size), for the ETA; 0: unknown.
	Total int64
}

// A chunk is a run of consecutive records handed to a worker at once, so
// that the goroutines hand over (and wake each other) once per chunk
// rather than once per record; k numbers the chunks in input order.
type chunk struct {
	k    int
	recs []Record
	res  []result
}

type result struct {
	line []byte
	doc  Doc
	size int
	err  *Error
}

// Chunk bounds: a chunk is handed over once it holds chunkRecords records
// or chunkBytes of text, or when the reader would wait for a free slot.
const (
	chunkRecords = 16
	chunkBytes   = 64 << 10
)

// Run reads, annotates and writes every record of cfg.Files and returns
// the corpus tables and counts. Records that fail are counted in
// Corpus.Errors, written to the errors file and reported on Log; the run
// goes on. The error is non-nil only when the output or the errors file
// cannot be written; the run then stops.
func Run(cfg Config) (*Corpus, error) {
	jobs := cfg.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	// At most window records are in flight (read, not yet written): the
	// memory bound. The ordered writer holds finished records that wait
	// for an earlier slow one; they count against the same window.
	window := max(8*jobs, 2*chunkRecords)
	slots := make(chan struct{}, window)
	todo := make(chan *chunk, jobs)
	done := make(chan *chunk, window)
	// Output lines' buffers go back to the workers once written (an
	// io.Writer keeps nothing of what it is given): no allocation per line.
	lines := make(chan []byte, window)
	// Finished chunks go back to the reader for their arrays.
	spare := make(chan *chunk, window)
	stop := make(chan struct{})
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	var consumed atomic.Int64
	reader := cfg.Reader
	if cfg.Progress > 0 {
		prev := reader.Consumed
		reader.Consumed = func(n int) {
			consumed.Add(int64(n))
			if prev != nil {
				prev(n)
			}
		}
	}

	go func() {
		defer close(todo)
		k := 0
		var cur *chunk
		size := 0
		flush := func() {
			if cur != nil && len(cur.recs) > 0 {
				todo <- cur
				k++
				cur = nil
			}
		}
		reader.Read(cfg.Files, func(rec Record) error {
			select {
			case slots <- struct{}{}:
			default:
				// The window is full: hand over what is read before
				// waiting (those records hold slots too).
				flush()
				select {
				case slots <- struct{}{}:
				case <-stop:
					return errStopped
				}
			}
			if cur == nil {
				select {
				case cur = <-spare:
					clear(cur.recs)
					cur.recs = cur.recs[:0]
				default:
					cur = &chunk{recs: make([]Record, 0, chunkRecords)}
				}
				cur.k, size = k, 0
			}
			cur.recs = append(cur.recs, rec)
			size += len(rec.Text)
			if len(cur.recs) >= chunkRecords || size >= chunkBytes {
				flush()
			}
			return nil
		})
		flush()
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range todo {
				c.res = c.res[:0]
				for i := range c.recs {
					var buf []byte
					select {
					case buf = <-lines:
					default:
					}
					rec := &c.recs[i]
					line, doc, err := Annotate(buf[:0], *rec, cfg.Options)
					c.res = append(c.res, result{line: line, doc: doc, size: len(rec.Text), err: err})
				}
				done <- c
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	w := writer{cfg: cfg, corpus: NewCorpus(), start: time.Now(), consumed: &consumed, lines: lines}
	pending := map[int]*chunk{}
	next := 0
	var failed error
	var ticker <-chan time.Time
	if cfg.Progress > 0 && cfg.Log != nil {
		t := time.NewTicker(cfg.Progress)
		defer t.Stop()
		ticker = t.C
	}
	// finish writes a chunk's results (unless the run has failed) and
	// frees its slots.
	finish := func(c *chunk) {
		for i := range c.res {
			if failed == nil {
				failed = w.write(c.res[i])
			}
			<-slots
		}
		clear(c.res)
		select {
		case spare <- c:
		default:
		}
	}
loop:
	for {
		select {
		case c, ok := <-done:
			if !ok {
				break loop
			}
			if cfg.Unordered || failed != nil {
				finish(c)
			} else {
				pending[c.k] = c
				for {
					c, ok := pending[next]
					if !ok {
						break
					}
					delete(pending, next)
					next++
					finish(c)
				}
			}
			if failed != nil {
				halt()
			}
		case <-ticker:
			w.progress(false)
		}
	}
	halt()
	if ticker != nil {
		w.progress(true)
	}
	return w.corpus, failed
}

var errStopped = fmt.Errorf("batch: stopped")

// maxKeptLine bounds the capacity of a line buffer kept for reuse.
const maxKeptLine = 1 << 20

// writer is Run's output side: it runs on one goroutine.
type writer struct {
	cfg      Config
	corpus   *Corpus
	errs     io.Writer
	start    time.Time
	consumed *atomic.Int64
	lines    chan<- []byte // written lines' buffers, for the workers
	shown    bool          // a progress line is on the terminal
}

func (w *writer) write(r result) error {
	if r.err != nil {
		w.corpus.AddError(r.err)
		if w.cfg.Log != nil {
			w.clearProgress()
			fmt.Fprintln(w.cfg.Log, "hashiya batch:", r.err.Error())
		}
		if w.cfg.Errors != nil {
			if w.errs == nil {
				f, err := w.cfg.Errors()
				if err != nil {
					return fmt.Errorf("opening the errors file: %w", err)
				}
				w.errs = f
			}
			line, _ := json.Marshal(r.err)
			if _, err := w.errs.Write(append(line, '\n')); err != nil {
				return fmt.Errorf("writing the errors file: %w", err)
			}
		}
		return nil
	}
	if _, err := w.cfg.Out.Write(r.line); err != nil {
		return fmt.Errorf("writing the output: %w", err)
	}
	if cap(r.line) <= maxKeptLine {
		select {
		case w.lines <- r.line:
		default:
		}
	}
	w.corpus.Add(r.doc, r.size)
	return nil
}

func (w *writer) clearProgress() {
	if w.shown {
		fmt.Fprint(w.cfg.Log, "\r\033[K")
		w.shown = false
	}
}

// progress writes the progress line: documents, articles/s, MB/s of
// text, errors, and the percentage and ETA when the input size is known.
func (w *writer) progress(final bool) {
	el := time.Since(w.start).Seconds()
	if el <= 0 {
		return
	}
	c := w.corpus
	var b strings.Builder
	fmt.Fprintf(&b, "hashiya batch: %d documents, %.0f articles/s, %.2f MB/s", c.Documents, float64(c.Documents)/el, float64(c.Bytes)/1e6/el)
	if n := c.ErrorCount(); n > 0 {
		fmt.Fprintf(&b, ", %d errors", n)
	}
	if got := w.consumed.Load(); w.cfg.Total > 0 && !final {
		frac := min(1, float64(got)/float64(w.cfg.Total))
		fmt.Fprintf(&b, ", %.0f%% read", 100*frac)
		if got > 0 && c.Documents > 0 {
			eta := time.Duration(el * (1 - frac) / frac * float64(time.Second))
			fmt.Fprintf(&b, ", ETA %s", eta.Round(time.Second))
		}
	}
	if final {
		fmt.Fprintf(&b, " in %s", time.Since(w.start).Round(time.Millisecond))
	}
	if w.cfg.Terminal && !final {
		fmt.Fprint(w.cfg.Log, "\r\033[K"+b.String())
		w.shown = true
		return
	}
	w.clearProgress()
	fmt.Fprintln(w.cfg.Log, b.String())
}

// Summary writes the end-of-run summary: documents, annotations per label,
// errors per kind.
func (c *Corpus) Summary(w io.Writer) {
	fmt.Fprintf(w, "documents: %d annotated, %d not (errors), %.1f MB of text\n", c.Documents, c.ErrorCount(), float64(c.Bytes)/1e6)
	var parts []string
	for _, l := range []string{"PER", "LOC", "ORG", "MISC", "DATE", "TIME", "DURATION", "SET"} {
		parts = append(parts, fmt.Sprintf("%s %d", l, c.Labels[l]))
	}
	fmt.Fprintf(w, "annotations: %d (%s)\n", c.Annotations, strings.Join(parts, ", "))
	if n := c.ErrorCount(); n > 0 {
		parts = parts[:0]
		for _, code := range []string{CodeMalformed, CodeEncoding, CodeOversized, CodeEmpty, CodeDCT, CodeRead, CodeAnnotate} {
			if c.Errors[code] > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", code, c.Errors[code]))
			}
		}
		fmt.Fprintf(w, "errors: %d (%s)\n", n, strings.Join(parts, ", "))
	}
}
