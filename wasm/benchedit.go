//go:build !(js && wasm)

package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/profiler"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/site"
	"github.com/hashiya/hashiya/app/store"
)

func init() {
	register(command{
		Name:    "bench-editor",
		Summary: "time the editor on a stored 1 MB document with ≥ 14,000 annotations in headless Chromium (open, edits, scrolling, memory)",
		Run:     runBenchEditor,
	})
}

// bigDocument builds the benchmark document: the articles of dir (sorted by
// name) joined by blank lines and repeated until the text has at least
// minBytes UTF-8 bytes, with the recognizers' suggestions of each article
// (run once per article, shifted to each copy), one in four of them
// accepted and one in sixteen rejected, and, on one entity in two, a
// manual MISC span covering it and the next word (an overlap); then manual
// spans on other words until there are minAnns annotations.
func bigDocument(dir string, minBytes, minAnns int) (annotation.Document, []annotation.Annotation, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return annotation.Document{}, nil, fmt.Errorf("no articles (*.txt) in %s", dir)
	}
	slices.Sort(files)
	type art struct {
		text string
		anns []annotation.Annotation
	}
	var arts []art
	dct := time.Date(2016, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return annotation.Document{}, nil, err
		}
		t := strings.TrimSpace(strings.ReplaceAll(string(b), "\r\n", "\n"))
		res, err := pipeline.Annotate(annotation.NewDocument("x", t), pipeline.Options{DCT: dct, Now: func() time.Time { return dct }})
		if err != nil {
			return annotation.Document{}, nil, err
		}
		arts = append(arts, art{t, res.Annotations})
	}
	var sb strings.Builder
	var spans []annotation.Annotation
	cp := 0
	for n := 0; sb.Len() < minBytes; n++ {
		a := arts[n%len(arts)]
		if n > 0 {
			sb.WriteString("\n\n")
			cp += 2
		}
		sb.WriteString(a.text)
		for _, x := range a.anns {
			x.Start, x.End = x.Start+cp, x.End+cp
			spans = append(spans, x)
		}
		cp += len([]rune(a.text))
	}
	text := sb.String()
	runes := []rune(text)
	var anns []annotation.Annotation
	for i, x := range spans {
		a := sel(runes, x.Start, x.End)
		a.Label, a.Source, a.Status = x.Label, annotation.Auto, annotation.Suggested
		a.ID = pipeline.ID(x.Start, x.End, x.Label)
		a.Type, a.Value, a.Calendar, a.Hijri = x.Type, x.Value, x.Calendar, x.Hijri
		switch {
		case i%16 == 3:
			a.Status = annotation.Rejected
		case i%4 == 1:
			a.Status = annotation.Accepted
		}
		anns = append(anns, a)
		if i%2 == 0 && !x.Label.IsTemporal() {
			end := x.End + 1
			for end < len(runes) && runes[end] != ' ' && runes[end] != '\n' {
				end++
			}
			if end < len(runes) && runes[x.End] == ' ' && end-x.End > 1 {
				m := sel(runes, x.Start, end)
				m.Label, m.Source, m.Status, m.ID = annotation.MISC, annotation.Manual, annotation.Accepted, "bench-"+strconv.Itoa(i)
				anns = append(anns, m)
			}
		}
	}
	// Then manual PER spans on long words without one, evenly spread,
	// until there are minAnns annotations.
	taken := map[int]bool{}
	for _, a := range anns {
		taken[a.Start] = true
	}
	var words []int
	for i := 1; i < len(runes); i++ {
		if runes[i-1] == ' ' && !taken[i] {
			j := i
			for j < len(runes) && runes[j] >= 0x0621 && runes[j] <= 0x064A {
				j++
			}
			if j-i >= 5 {
				words = append(words, i, j)
			}
		}
	}
	need := minAnns - len(anns)
	for k := 0; k < need && len(words) > 0; k++ {
		w := (k * (len(words) / 2) / max(need, 1)) * 2
		m := sel(runes, words[w], words[w+1])
		m.Label, m.Source, m.Status, m.ID = annotation.PER, annotation.Manual, annotation.Accepted, "bench-w"+strconv.Itoa(k)
		anns = append(anns, m)
	}
	return annotation.NewDocument("Bench: articles repeated", text), anns, nil
}

func sel(r []rune, start, end int) annotation.Annotation {
	return annotation.Annotation{Start: start, End: end, Quote: string(r[start:end]),
		Prefix: string(r[max(0, start-annotation.ContextLen):start]), Suffix: string(r[end:min(len(r), end+annotation.ContextLen)])}
}

// storedValues returns the localStorage keys and values that Hashiya's
// store writes for doc and anns, with doc as the current document.
func storedValues(doc annotation.Document, anns []annotation.Annotation) (map[string]string, error) {
	kv := store.NewMemory(0)
	st := store.New(kv)
	if err := st.SaveDocument(doc); err != nil {
		return nil, err
	}
	if err := st.SaveAnnotations(doc.SHA256, anns); err != nil {
		return nil, err
	}
	if err := st.SetCurrentDocument(doc.SHA256); err != nil {
		return nil, err
	}
	keys, _ := kv.Keys()
	out := map[string]string{}
	for _, k := range keys {
		out[k], _, _ = kv.Get(k)
	}
	return out, nil
}

// editHarness is injected in every document: it records, for each key
// press, the time from the keydown event (event.timeStamp) to the end of
// the first frame that shows the edit: the frame whose animation-frame
// callbacks run after the highlights were redrawn (body[data-highlights]
// or [data-drawn] written); its end is the first task after it, queued
// from the harness's own callback, which runs before the page's callbacks
// of that frame. (done; a redraw that misses the frame after the key press
// is measured at the frame after the redraw.) after records the time to
// the first task after the frame that follows the redraw, queued behind
// the page's own (the measure of earlier sessions: it also counts work the
// page schedules for after the frame, such as storage writes and the side
// panel's update). It records the long tasks too, and when the page first
// became ready and painted.
const editHarness = `(() => {
  const b = window.__bench = {t0: 0, pending: false, drawn: false, late: -1, done: [], after: [], longtasks: [], painted: 0};
  const frameEnd = f => requestAnimationFrame(() => setTimeout(f));
  document.addEventListener("keydown", e => {
    const t0 = b.t0 = e.timeStamp;
    b.pending = true; b.drawn = false; b.late = -1;
    requestAnimationFrame(() => {
      if (b.t0 !== t0) return;
      if (!b.drawn) { b.late = t0; return; }
      setTimeout(() => b.done.push(performance.now() - t0));
    });
  }, true);
  new MutationObserver(() => {
    if (!b.painted && document.body && document.body.dataset.ready === "1") {
      b.painted = -1;
      frameEnd(() => { b.painted = performance.now(); });
    }
    if (!b.pending) return;
    b.pending = false; b.drawn = true;
    const t0 = b.t0;
    if (b.late === t0) frameEnd(() => b.done.push(performance.now() - t0));
    frameEnd(() => b.after.push(performance.now() - t0));
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-highlights", "data-drawn", "data-ready"]});
  try {
    new PerformanceObserver(l => { for (const e of l.getEntries()) b.longtasks.push(e.duration); }).observe({type: "longtask"});
  } catch (e) {}
  // The Go program's linear memory (WebAssembly memory never shrinks: its
  // size is the high-water mark of the Go heap).
  const inst = WebAssembly.instantiateStreaming;
  if (inst) WebAssembly.instantiateStreaming = async (...a) => {
    const r = await inst.apply(WebAssembly, a);
    b.wasmMemory = r.instance.exports.mem;
    return r;
  };
  window.__hashiyaWasmMemory = () => b.wasmMemory ? b.wasmMemory.buffer.byteLength : 0;
})();`

type editFigures struct {
	Open                              []float64
	Add, Relabel, Remove, Accept      []float64
	After                             map[string][]float64 // kind → the "after" measure (editHarness)
	ScrollLong                        []float64
	ScrollTime                        float64
	ScrollRedraws, WheelRedraws       int            // highlight redraws scrolling down by screens, then a quarter back up by 100 px
	EditRedraws                       map[string]int // kind → highlight redraws from the key press to the end of the "after" measure, summed over the edits
	PSSMiB, JSHeapMiB, WasmMemMiB     float64
	TabPrivateMiB, TabPSSMiB          float64
	SamplePrivateMiB, SampleWasmMiB   float64 // the tab with the sample article, before the big document
	OpenPrivateMiB, OpenWasmMiB       float64 // the tab after the last open, before the edits and the scroll
	EditedPrivateMiB                  float64 // the tab after the edits, before the scroll
	MemoryDump                        string  // memoryDump's summary (-memory-dump)
	Highlights, Paragraphs, TextBytes int
	Ranges                            int // ranges registered in CSS.highlights after the open
}

func runBenchEditor(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench-editor", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "build/site", "generated static site")
	articles := fs.String("articles", "../shared/data/articles", "directory of .txt articles repeated into the document")
	size := fs.Int("bytes", 1<<20, "minimum size of the document in UTF-8 bytes")
	minAnns := fs.Int("annotations", 14200, "minimum number of annotations")
	opens := fs.Int("opens", 3, "page loads of the stored document")
	edits := fs.Int("edits", 15, "rounds of add, relabel, remove and accept")
	chrome := fs.String("chrome", "/usr/bin/chromium", "Chromium executable")
	timeout := fs.Duration("timeout", 120*time.Second, "limit for one step")
	profile := fs.String("profile", "", "write a JavaScript/wasm CPU profile (.cpuprofile, for Chromium's DevTools) of the last open to this file and print its top functions")
	trace := fs.String("trace", "", "write a Chromium trace (JSON, for the Performance panel of DevTools or Perfetto) of the edit rounds to this file")
	traceOpen := fs.String("trace-open", "", "write a Chromium trace (as -trace) of the last open to this file")
	traceScroll := fs.String("trace-scroll", "", "write a Chromium trace (as -trace) of the scroll top → bottom to this file")
	memDump := fs.Bool("memory-dump", false, "at the end, take two Chromium memory-infra dumps (as is, then after a full garbage collection) and print the renderer's allocators of 2 MiB or more (MiB)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if _, err := os.Stat(*articles); err != nil {
		fmt.Fprintf(stderr, "hashiya bench-editor: the articles directory %s is missing (it is ../shared/data/articles on the team's machines; pass -articles DIR)\n", *articles)
		return 1
	}
	doc, anns, err := bigDocument(*articles, *size, *minAnns)
	if err != nil {
		fmt.Fprintln(stderr, "hashiya bench-editor:", err)
		return 1
	}
	values, err := storedValues(doc, anns)
	if err != nil {
		fmt.Fprintln(stderr, "hashiya bench-editor: storing:", err)
		return 1
	}
	stored := 0
	for k, v := range values {
		stored += store.Size(k, v)
	}
	fmt.Fprintf(stdout, "document: %d bytes, %d code points, %d annotations (%d paragraphs); stored: %d keys, %d UTF-16 units\n",
		len(doc.Text), doc.Len(), len(anns), strings.Count(doc.Text, "\n")+1, len(values), stored)
	f, err := benchEditor(*dir, *chrome, values, *opens, *edits, *timeout, *profile, *trace, *traceOpen, *traceScroll, *memDump, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "hashiya bench-editor:", err)
		return 1
	}
	q := func(v []float64, p float64) float64 {
		if len(v) == 0 {
			return 0
		}
		s := slices.Clone(v)
		slices.Sort(s)
		return s[min(len(s)-1, int(p*float64(len(s))))]
	}
	fmt.Fprintf(stdout, "stored document → highlights painted: median %.0f ms of %d loads %v (%d annotations; %d ranges registered in CSS.highlights)\n", q(f.Open, 0.5), len(f.Open), rounded(f.Open), f.Highlights, f.Ranges)
	for _, e := range []struct {
		name string
		v    []float64
	}{{"add", f.Add}, {"relabel", f.Relabel}, {"remove", f.Remove}, {"accept", f.Accept}} {
		fmt.Fprintf(stdout, "%-8s key press → end of next frame: p50 %.0f ms, p95 %.0f ms, max %.0f ms (n=%d)\n", e.name, q(e.v, 0.5), q(e.v, 0.95), q(e.v, 1), len(e.v))
	}
	// The measure of earlier sessions, for comparison: it also counts the
	// work that the page queued for after the frame.
	for _, kind := range []string{"add", "relabel", "remove", "accept"} {
		v := f.After[kind]
		fmt.Fprintf(stdout, "%-8s key press → first task after the next frame, behind the page's own (old measure): p50 %.0f ms, p95 %.0f ms (n=%d)\n", kind, q(v, 0.5), q(v, 0.95), len(v))
	}
	fmt.Fprintf(stdout, "highlight redraws per edit (key press to the first task after the next frame): add %.1f, relabel %.1f, remove %.1f, accept %.1f\n",
		perEdit(f.EditRedraws["add"], f.Add), perEdit(f.EditRedraws["relabel"], f.Relabel), perEdit(f.EditRedraws["remove"], f.Remove), perEdit(f.EditRedraws["accept"], f.Accept))
	fmt.Fprintf(stdout, "scroll top → bottom (%.1f s): %d long tasks, longest %.0f ms; highlight redraws: %d scrolling down a screen per frame, %d scrolling a quarter back up by 100 px per frame\n", f.ScrollTime/1000, len(f.ScrollLong), q(f.ScrollLong, 1), f.ScrollRedraws, f.WheelRedraws)
	fmt.Fprintf(stdout, "tab memory after the edits: wasm memory %.0f MiB + JS heap %.0f MiB; the tab's renderer process: private %.0f MiB, PSS %.0f MiB (all renderers of the profile: PSS %.0f MiB)\n", f.WasmMemMiB, f.JSHeapMiB, f.TabPrivateMiB, f.TabPSSMiB, f.PSSMiB)
	fmt.Fprintf(stdout, "tab memory with the sample article (before the big document): renderer private %.0f MiB, wasm memory %.0f MiB\n", f.SamplePrivateMiB, f.SampleWasmMiB)
	fmt.Fprintf(stdout, "tab memory once the book is open (before the edits and the scroll): renderer private %.0f MiB, wasm memory %.0f MiB; after the edits, before the scroll: %.0f MiB\n", f.OpenPrivateMiB, f.OpenWasmMiB, f.EditedPrivateMiB)
	fmt.Fprint(stdout, f.MemoryDump)
	return 0
}

func rounded(v []float64) []int {
	out := make([]int, len(v))
	for i, x := range v {
		out[i] = int(x + 0.5)
	}
	return out
}

func benchEditor(dir, chrome string, values map[string]string, opens, edits int, timeout time.Duration, profPath, tracePath, traceOpenPath, traceScrollPath string, memDump bool, logw io.Writer) (f editFigures, err error) {
	srv, ln, err := site.Listen("127.0.0.1:0", dir)
	if err != nil {
		return f, err
	}
	go srv.Serve(ln)
	defer srv.Close()
	url := site.URL(ln)
	profile, err := os.MkdirTemp("", "hashiya-bench-editor-")
	if err != nil {
		return f, err
	}
	defer os.RemoveAll(profile)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserFlags(chrome, profile)...)
	defer cancelAlloc()
	// The page's console errors and uncaught exceptions, printed when a
	// step fails.
	var consoleLog []string
	var consoleMu sync.Mutex
	listener := func(ev any) {
		var line string
		switch e := ev.(type) {
		case *cdpruntime.EventConsoleAPICalled:
			if e.Type == cdpruntime.ConsoleAPICalledTypeDebug {
				return
			}
			for _, a := range e.Args {
				line += " " + string(a.Value)
				if a.Value == nil {
					line += " " + a.Description
				}
			}
		case *cdpruntime.EventExceptionThrown:
			line = e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				line += " " + e.ExceptionDetails.Exception.Description
			}
		default:
			return
		}
		consoleMu.Lock()
		consoleLog = append(consoleLog, line)
		consoleMu.Unlock()
	}
	ctx, cancel := chromedp.NewContext(allocCtx, chromedp.WithListener(listener))
	defer cancel()
	defer func() {
		if err != nil {
			consoleMu.Lock()
			for _, l := range consoleLog[max(0, len(consoleLog)-20):] {
				fmt.Fprintln(logw, "console:", l)
			}
			consoleMu.Unlock()
		}
	}()
	if err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: editHarness})
		return err
	})); err != nil {
		return f, fmt.Errorf("starting %s: %w", chrome, err)
	}
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) error {
		c, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		if err := chromedp.Do(c, actions...); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	poll := func(what, expr string) error {
		c, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		var err error
		for range 5 { // the context can go while documents change
			_, err = chromedp.Run(c, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(10*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
			if err == nil || errors.Is(err, chromedp.ErrPollingTimeout) || c.Err() != nil {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	eval := func(expr string) (any, error) {
		c, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		return chromedp.Run(c, chromedp.Evaluate[any](expr, chromedp.EvalAwaitPromise))
	}
	// First visit: the sample; then store the big document as the current one.
	if err := step("first load", chromedp.Navigate(url)); err != nil {
		return f, err
	}
	if err := poll("first load", `window.__bench && window.__bench.painted > 0`); err != nil {
		return f, err
	}
	// The tab's memory with the sample article: what the program, the
	// interface and the browser take whatever the document.
	time.Sleep(time.Second)
	f.SamplePrivateMiB, _, _ = rendererMemory(profile)
	if v, err := eval(`window.__hashiyaWasmMemory ? window.__hashiyaWasmMemory() : 0`); err == nil {
		f.SampleWasmMiB = v.(float64) / (1 << 20)
	}
	data, _ := json.Marshal(values)
	if _, err := eval(`(() => { localStorage.clear(); const v = ` + string(data) + `; for (const k in v) localStorage.setItem(k, v[k]); })()`); err != nil {
		return f, fmt.Errorf("storing the document: %w", err)
	}
	for i := range opens {
		prof := profPath != "" && i == opens-1
		if err := step("reload", chromedp.Navigate("about:blank")); err != nil {
			return f, err
		}
		if prof {
			if err := step("profiler", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
				if _, err := cdp.Call(ctx, t, profiler.Enable, cdp.Empty{}); err != nil {
					return err
				}
				_, err := cdp.Call(ctx, t, profiler.Start, cdp.Empty{})
				return err
			})); err != nil {
				return f, err
			}
		}
		var stopOpenTrace func() error
		if traceOpenPath != "" && i == opens-1 {
			if stopOpenTrace, err = startTrace(ctx, traceOpenPath, logw); err != nil {
				return f, err
			}
		}
		if err := step("reload", chromedp.Navigate(url)); err != nil {
			return f, err
		}
		if err := poll("open the stored document", `window.__bench && window.__bench.painted > 0 && +document.body.dataset.highlights > 1000`); err != nil {
			if v, e := eval(`JSON.stringify({painted: window.__bench && window.__bench.painted, body: {...document.body.dataset}, paras: document.querySelectorAll("#hx-text p").length, children: (document.querySelector("#hx-text")||{children:[]}).children.length})`); e == nil {
				fmt.Fprintf(logw, "open %d: the page as the step failed: %v\n", i+1, v)
			}
			return f, err
		}
		if stopOpenTrace != nil {
			if err := stopOpenTrace(); err != nil {
				return f, err
			}
		}
		if prof {
			if err := step("profiler", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
				res, err := cdp.Call(ctx, t, profiler.Stop, cdp.Empty{})
				if err != nil {
					return err
				}
				return writeProfile(profPath, res.Profile, logw)
			})); err != nil {
				return f, err
			}
		}
		v, err := eval(`window.__bench.painted`)
		if err != nil {
			return f, err
		}
		f.Open = append(f.Open, v.(float64))
		fmt.Fprintf(logw, "open %d: %.0f ms\n", i+1, v.(float64))
	}
	// The tab once the book is open (before any edit or scroll), after a
	// second for the page's idle work.
	time.Sleep(time.Second)
	f.OpenPrivateMiB, _, _ = rendererMemory(profile)
	if v, err := eval(`window.__hashiyaWasmMemory ? window.__hashiyaWasmMemory() : 0`); err == nil {
		f.OpenWasmMiB = v.(float64) / (1 << 20)
	}
	if v, err := eval(`[+document.body.dataset.highlights, document.querySelectorAll("#hx-text p").length, (() => { let n = 0; CSS.highlights.forEach(h => { n += h.size; }); return n; })()]`); err == nil {
		a := v.([]any)
		f.Highlights, f.Paragraphs, f.Ranges = int(a[0].(float64)), int(a[1].(float64)), int(a[2].(float64))
	}
	// press presses key and returns the time to the end of the first
	// frame that shows the edit; the "after" measure (editHarness) goes to
	// f.After[kind].
	f.After = map[string][]float64{}
	f.EditRedraws = map[string]int{}
	press := func(kind, key string) (float64, error) {
		n, err := eval(`window.__bench.done.length + "," + window.__bench.after.length + "," + (window.__hxHLCalls || 0)`)
		if err != nil {
			return 0, err
		}
		var nd, na, nc int
		fmt.Sscanf(n.(string), "%d,%d,%d", &nd, &na, &nc)
		if err := step("key "+strconv.Quote(key), chromedp.KeyEvent(key)); err != nil {
			return 0, err
		}
		if err := poll("after key "+key, fmt.Sprintf(`window.__bench.done.length > %d && window.__bench.after.length > %d`, nd, na)); err != nil {
			return 0, err
		}
		v, err := eval(`[window.__bench.done[window.__bench.done.length-1], window.__bench.after[window.__bench.after.length-1], window.__hxHLCalls || 0]`)
		if err != nil {
			return 0, err
		}
		a := v.([]any)
		f.After[kind] = append(f.After[kind], a[1].(float64))
		f.EditRedraws[kind] += int(a[2].(float64)) - nc
		return a[0].(float64), nil
	}
	if profPath != "" {
		if err := step("profiler", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, profiler.Start, cdp.Empty{})
			return err
		})); err != nil {
			return f, err
		}
	}
	var stopTrace func() error
	if tracePath != "" {
		if stopTrace, err = startTrace(ctx, tracePath, logw); err != nil {
			return f, err
		}
	}
	for i := range edits {
		// A word of a paragraph spread over the document, selected as a drag would.
		frac := (float64(i) + 0.5) / float64(edits)
		if _, err := eval(fmt.Sprintf(`(() => {
  const ps = [...document.querySelectorAll("#hx-text p")].filter(p => p.textContent.length > 40);
  const p = ps[Math.floor(ps.length * %f)];
  p.scrollIntoView({block: "center"});
  const t = p.firstChild.data, m = /[\u0621-\u064A]{4,}/g;
  m.lastIndex = Math.floor(t.length / 2);
  const w = m.exec(t) || m.exec(t);
  getSelection().setBaseAndExtent(p.firstChild, w.index, p.firstChild, w.index + w[0].length);
})()`, frac)); err != nil {
			return f, fmt.Errorf("select: %w", err)
		}
		time.Sleep(150 * time.Millisecond)
		for _, k := range []struct {
			kind, key string
			out       *[]float64
		}{{"add", "1", &f.Add}, {"relabel", "2", &f.Relabel}, {"remove", kb.Delete, &f.Remove}} {
			ms, err := press(k.kind, k.key)
			if err != nil {
				return f, err
			}
			*k.out = append(*k.out, ms)
			time.Sleep(100 * time.Millisecond)
		}
		// A suggestion on screen, clicked, then accepted with A.
		v, err := eval(`(() => {
  for (const [n, h] of CSS.highlights) {
    if (!n.startsWith("hx-s-")) continue;
    for (const s of h) {
      const r = document.createRange(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset);
      const b = r.getClientRects()[0];
      if (b && b.top > 80 && b.bottom < innerHeight - 80 && b.width > 4) return [b.left + b.width/2, b.top + b.height/2];
    }
  }
  return null;
})()`)
		if err != nil {
			return f, err
		}
		pt, ok := v.([]any)
		if !ok {
			fmt.Fprintf(logw, "edit %d: no suggestion on screen to accept\n", i+1)
			continue
		}
		if err := step("click a suggestion", chromedp.MouseClickXY(pt[0].(float64), pt[1].(float64))); err != nil {
			return f, err
		}
		if err := poll("panel", `!!document.querySelector("#hx-panel[data-id]")`); err != nil {
			return f, err
		}
		time.Sleep(150 * time.Millisecond)
		ms, err := press("accept", "a")
		if err != nil {
			return f, err
		}
		f.Accept = append(f.Accept, ms)
		fmt.Fprintf(logw, "edit %d: add %.0f relabel %.0f remove %.0f accept %.0f ms\n", i+1, f.Add[i], f.Relabel[i], f.Remove[i], ms)
		time.Sleep(100 * time.Millisecond)
	}
	if profPath != "" {
		if err := step("profiler", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			res, err := cdp.Call(ctx, t, profiler.Stop, cdp.Empty{})
			if err != nil {
				return err
			}
			return writeProfile(strings.TrimSuffix(profPath, ".cpuprofile")+"-edits.cpuprofile", res.Profile, logw)
		})); err != nil {
			return f, err
		}
	}
	if stopTrace != nil {
		if err := stopTrace(); err != nil {
			return f, err
		}
	}
	f.EditedPrivateMiB, _, _ = rendererMemory(profile)
	if traceScrollPath != "" {
		if stopTrace, err = startTrace(ctx, traceScrollPath, logw); err != nil {
			return f, err
		}
	} else {
		stopTrace = nil
	}
	// Scroll the whole document, one screen per frame.
	v, err := eval(`(async () => {
  scrollTo(0, 0);
  await new Promise(r => setTimeout(r, 500));
  window.__bench.longtasks = [];
  // Highlight redraws (each makes Chromium repaint the text near the screen).
  const calls = () => window.__hxHLCalls || 0, c0 = calls();
  const t0 = performance.now();
  while (scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
    scrollBy(0, innerHeight);
    await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
  }
  await new Promise(r => setTimeout(r, 300));
  const t = performance.now() - t0, long = window.__bench.longtasks;
  // Then a quarter of the way back up by wheel-sized steps (100 px).
  const r0 = calls() - c0, y1 = scrollY - document.documentElement.scrollHeight / 4;
  while (scrollY > Math.max(0, y1)) {
    scrollBy(0, -100);
    await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
  }
  await new Promise(r => setTimeout(r, 300));
  return [t, long, r0, calls() - c0 - r0];
})()`)
	if err != nil {
		return f, fmt.Errorf("scroll: %w", err)
	}
	if stopTrace != nil {
		if err := stopTrace(); err != nil {
			return f, err
		}
	}
	a := v.([]any)
	f.ScrollTime = a[0].(float64)
	f.ScrollRedraws, f.WheelRedraws = int(a[2].(float64)), int(a[3].(float64))
	for _, x := range a[1].([]any) {
		f.ScrollLong = append(f.ScrollLong, x.(float64))
	}
	if v, err := eval(`window.__hashiyaWasmMemory ? window.__hashiyaWasmMemory() : 0`); err == nil {
		f.WasmMemMiB = v.(float64) / (1 << 20)
	}
	_ = step("heap", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		res, err := cdp.Call(ctx, t, cdpruntime.GetHeapUsage, cdp.Empty{})
		if err == nil {
			f.JSHeapMiB = res.UsedSize / (1 << 20)
		}
		return err
	}))
	f.TabPrivateMiB, f.TabPSSMiB, f.PSSMiB = rendererMemory(profile)
	if memDump {
		// As it is, then after a full collection of V8's and Blink's
		// heaps (what of the tab's memory is garbage not yet collected).
		for _, gc := range []bool{false, true} {
			s, err := memoryDump(ctx, gc)
			if err != nil {
				return f, fmt.Errorf("memory dump: %w", err)
			}
			time.Sleep(time.Second)
			priv, _, _ := rendererMemory(profile)
			f.MemoryDump += fmt.Sprintf("%s(after the dump%s: renderer private %.0f MiB)\n", s, map[bool]string{true: " and a full garbage collection"}[gc], priv)
		}
	}
	return f, nil
}

// writeProfile writes p as JSON and prints the functions with the most
// samples of their own.
func writeProfile(path string, p *profiler.Profile, w io.Writer) error {
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	self := map[string]int64{}
	var total int64
	for _, n := range p.Nodes {
		name := n.CallFrame.FunctionName
		if name == "" {
			name = "(anonymous) " + filepath.Base(n.CallFrame.URL)
		}
		self[name] += n.HitCount
		total += n.HitCount
	}
	names := slices.SortedFunc(maps.Keys(self), func(a, b string) int { return int(self[b] - self[a]) })
	fmt.Fprintf(w, "profile %s: %d samples; top self time:\n", path, total)
	for _, n := range names[:min(30, len(names))] {
		fmt.Fprintf(w, "  %5.1f%%  %s\n", 100*float64(self[n])/float64(max(total, 1)), n)
	}
	return nil
}

// rendererMemory reads the memory (MiB, Linux /proc smaps_rollup) of the
// Chromium renderer processes of the profile: the process that uses most
// (the tab's: the page and its service worker share it), as its private
// memory (USS: what closing the tab gives back) and proportional set size,
// and the PSS summed over every renderer process of the profile (an upper
// bound, counting shared libraries and other renderers).
func rendererMemory(profile string) (tabPrivate, tabPSS, allPSS float64) {
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		cmd := string(b)
		if !strings.Contains(cmd, "--type=renderer") || !strings.Contains(cmd, profile) || strings.Contains(cmd, "--extension-process") {
			continue
		}
		sm, err := os.ReadFile(filepath.Join(filepath.Dir(p), "smaps_rollup"))
		if err != nil {
			continue
		}
		var pss, priv float64
		for _, line := range strings.Split(string(sm), "\n") {
			f := strings.Fields(line)
			if len(f) < 2 {
				continue
			}
			kb, _ := strconv.ParseFloat(f[1], 64)
			switch f[0] {
			case "Pss:":
				pss = kb / 1024
			case "Private_Clean:", "Private_Dirty:", "SwapPss:":
				priv += kb / 1024
			}
		}
		allPSS += pss
		if priv > tabPrivate {
			tabPrivate, tabPSS = priv, pss
		}
	}
	return tabPrivate, tabPSS, allPSS
}

// startTrace starts a Chromium trace of the page (timeline categories) and
// returns the function that ends it and writes it to path as a JSON trace
// (the Trace Event Format's {"traceEvents": […]}).
func startTrace(ctx context.Context, path string, w io.Writer) (stop func() error, err error) {
	var mu sync.Mutex
	var events []json.RawMessage
	done := make(chan struct{})
	err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		data := cdp.Events(ctx, t, tracing.DataCollected)
		complete := cdp.Events(ctx, t, tracing.TracingComplete)
		go func() {
			for e, err := range data {
				if err != nil {
					return
				}
				mu.Lock()
				for _, v := range e.Value {
					b, _ := json.Marshal(v)
					events = append(events, b)
				}
				mu.Unlock()
			}
		}()
		go func() {
			for range complete {
				close(done)
				return
			}
		}()
		_, err := cdp.Call(ctx, t, tracing.Start, tracing.StartParams{
			TransferMode: tracing.StartTransferModeReportEvents,
			TraceConfig: &tracing.TraceConfig{IncludedCategories: []string{
				"devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink", "cc", "gpu", "toplevel",
			}},
		})
		return err
	}))
	if err != nil {
		return nil, fmt.Errorf("starting the trace: %w", err)
	}
	return func() error {
		if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, tracing.End, cdp.Empty{})
			return err
		})); err != nil {
			return fmt.Errorf("ending the trace: %w", err)
		}
		select {
		case <-done:
		case <-time.After(60 * time.Second):
			return errors.New("the trace did not complete in 60 s")
		}
		time.Sleep(200 * time.Millisecond) // the last data events
		mu.Lock()
		defer mu.Unlock()
		out, err := json.Marshal(map[string]any{"traceEvents": events})
		if err != nil {
			return err
		}
		if err := os.WriteFile(path, out, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(w, "trace %s: %d events\n", path, len(events))
		return nil
	}, nil
}

// memoryDump takes a Chromium memory-infra dump (tracing category
// disabled-by-default-memory-infra, Tracing.requestMemoryDump; with
// deterministic, after a full garbage collection of V8 and Blink) and
// returns, per renderer process, the allocators of one or two levels
// ("v8", "v8/main", "blink_gc", "partition_alloc/partitions", "cc",
// "malloc", …, and Blink's objects by kind, "blink_objects/blink_gc/Node")
// of 2 MiB or more, in MiB, by name: where the tab's memory is.
func memoryDump(ctx context.Context, deterministic bool) (string, error) {
	var mu sync.Mutex
	var events []map[string]any
	done := make(chan struct{})
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		data := cdp.Events(ctx, t, tracing.DataCollected)
		complete := cdp.Events(ctx, t, tracing.TracingComplete)
		go func() {
			for e, err := range data {
				if err != nil {
					return
				}
				mu.Lock()
				for _, v := range e.Value {
					b, _ := json.Marshal(v)
					var m map[string]any
					if json.Unmarshal(b, &m) == nil {
						events = append(events, m)
					}
				}
				mu.Unlock()
			}
		}()
		go func() {
			for range complete {
				close(done)
				return
			}
		}()
		if _, err := cdp.Call(ctx, t, tracing.Start, tracing.StartParams{
			TransferMode: tracing.StartTransferModeReportEvents,
			TraceConfig:  &tracing.TraceConfig{IncludedCategories: []string{"disabled-by-default-memory-infra"}},
		}); err != nil {
			return err
		}
		time.Sleep(500 * time.Millisecond)
		if _, err := cdp.Call(ctx, t, tracing.RequestMemoryDump, tracing.RequestMemoryDumpParams{LevelOfDetail: tracing.MemoryDumpLevelOfDetailDetailed, Deterministic: &deterministic}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, tracing.End, cdp.Empty{})
		return err
	}))
	if err != nil {
		return "", err
	}
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		return "", errors.New("the memory dump did not complete in 60 s")
	}
	time.Sleep(200 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	names := map[float64]string{}
	for _, e := range events {
		if e["ph"] == "M" && e["name"] == "process_name" {
			if a, ok := e["args"].(map[string]any); ok {
				names[e["pid"].(float64)], _ = a["name"].(string)
			}
		}
	}
	var b strings.Builder
	for _, e := range events {
		pid, _ := e["pid"].(float64)
		if e["ph"] != "v" || !strings.Contains(names[pid], "Renderer") {
			continue
		}
		args, _ := e["args"].(map[string]any)
		dumps, _ := args["dumps"].(map[string]any)
		allocs, _ := dumps["allocators"].(map[string]any)
		type row struct {
			name string
			mib  float64
		}
		var rows []row
		for name, v := range allocs {
			if strings.Count(name, "/") > 1 && !strings.HasPrefix(name, "blink_objects/") {
				continue
			}
			attrs, _ := v.(map[string]any)["attrs"].(map[string]any)
			size, _ := attrs["size"].(map[string]any)
			hex, _ := size["value"].(string)
			n, err := strconv.ParseUint(hex, 16, 64)
			if err != nil || n < 2<<20 {
				continue
			}
			rows = append(rows, row{name, float64(n) / (1 << 20)})
		}
		if len(rows) == 0 {
			continue
		}
		slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.name, b.name) })
		fmt.Fprintf(&b, "memory-infra dump%s, %s (pid %.0f):", map[bool]string{true: " after a full GC"}[deterministic], names[pid], pid)
		for _, r := range rows {
			fmt.Fprintf(&b, " %s %.0f;", r.name, r.mib)
		}
		b.WriteString("\n")
	}
	return b.String(), nil
}

// perEdit returns n per measured edit (0 without edits).
func perEdit(n int, edits []float64) float64 {
	if len(edits) == 0 {
		return 0
	}
	return float64(n) / float64(len(edits))
}
