//go:build !(js && wasm)

package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/library"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/site"
	"github.com/hashiya/hashiya/app/store"
)

func init() {
	register(command{
		Name:    "bench-library",
		Summary: "time the Library dialog (timeline and entity index over 200 stored articles) in headless Chromium: open and filter",
		Run:     runBenchLibrary,
	})
}

// libraryCorpus stores n documents made of the articles of dir (sorted by
// name) and their repeats, each repeat a distinct document (its text ends
// with its number), with the recognizers' suggestions (run once per
// article; one in four accepted) and a date-of link from the first person
// to the first date of each. It returns the localStorage values, the
// documents, and the most mentioned entity names of the library (the
// filter queries).
func libraryCorpus(dir string, n int) (map[string]string, []library.Doc, []string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, nil, nil, fmt.Errorf("no articles (*.txt) in %s", dir)
	}
	slices.Sort(files)
	dct := time.Date(2016, 11, 29, 0, 0, 0, 0, time.UTC)
	type art struct {
		name, text string
		anns       []annotation.Annotation
	}
	var arts []art
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, nil, err
		}
		t := strings.TrimSpace(strings.ReplaceAll(string(b), "\r\n", "\n"))
		res, err := pipeline.Annotate(annotation.NewDocument("x", t), pipeline.Options{DCT: dct, Now: func() time.Time { return dct }})
		if err != nil {
			return nil, nil, nil, err
		}
		arts = append(arts, art{filepath.Base(f), t, res.Annotations})
	}
	kv := store.NewMemory(0)
	st := store.New(kv)
	var docs []library.Doc
	for i := range n {
		a := arts[i%len(arts)]
		doc := annotation.NewDocument(strings.TrimSuffix(a.name, ".txt")+" #"+strconv.Itoa(i), a.text+"\n\n"+strconv.Itoa(i))
		anns := slices.Clone(a.anns)
		var per, date string
		for k := range anns {
			if k%4 == 1 {
				anns[k].Status = annotation.Accepted
			}
			if per == "" && anns[k].Label == annotation.PER {
				per = anns[k].ID
			}
			if date == "" && anns[k].Label == annotation.DATE {
				date = anns[k].ID
			}
		}
		var links []annotation.Link
		if per != "" && date != "" {
			links = []annotation.Link{{ID: "bench-" + strconv.Itoa(i), From: per, To: date, Type: annotation.DateOf}}
		}
		if err := st.SaveDocument(doc); err != nil {
			return nil, nil, nil, err
		}
		if err := st.SaveAnnotations(doc.SHA256, anns); err != nil {
			return nil, nil, nil, err
		}
		if err := st.SaveLinks(doc.SHA256, links); err != nil {
			return nil, nil, nil, err
		}
		if i == 0 {
			if err := st.SetCurrentDocument(doc.SHA256); err != nil {
				return nil, nil, nil, err
			}
		}
		docs = append(docs, library.Doc{Doc: doc, Anns: anns, Links: links})
	}
	keys, _ := kv.Keys()
	values := map[string]string{}
	for _, k := range keys {
		values[k], _, _ = kv.Get(k)
	}
	idx := slices.Clone(library.Build(docs).Index())
	slices.SortStableFunc(idx, func(a, b *library.Entity) int { return len(b.Mentions) - len(a.Mentions) })
	var names []string
	for _, e := range idx {
		if len([]rune(e.Name)) >= 3 && !slices.Contains(names, e.Name) {
			names = append(names, e.Name)
		}
		if len(names) == 5 {
			break
		}
	}
	return values, docs, names, nil
}

// libraryHarness measures in the page: open(btn, sel) clicks btn and
// resolves with the time until sel is in the document and the next frame
// has run; filter(input, value, watch) types value into input (one input
// event, as a paste) and resolves with the time until the element watch
// has changed and the next frame has run.
const libraryHarness = `window.__lib = {
  frame: (t0, ok, res) => { const check = () => { if (ok()) requestAnimationFrame(() => setTimeout(() => res(performance.now() - t0))); else requestAnimationFrame(check); }; check(); },
  open: (btn, sel) => new Promise(res => { performance.clearMarks(); const t0 = performance.now(); __lib.t0 = t0; document.querySelector(btn).click(); __lib.frame(t0, () => document.querySelector(sel), res); }),
  marks: () => performance.getEntriesByType("mark").map(m => m.name + " " + Math.round(m.startTime - __lib.t0) + " ms").join(", "),
  filter: (input, value, watch) => new Promise(res => {
    const el = document.querySelector(input), w = () => document.querySelector(watch), before = w() ? w().innerHTML : "";
    const t0 = performance.now();
    el.value = value;
    el.dispatchEvent(new Event("input", {bubbles: true}));
    __lib.frame(t0, () => w() && w().innerHTML !== before, res);
  }),
};`

type libraryFigures struct {
	OpenTimeline, Reopen, OpenEntities, FilterTimeline, FilterEntities []float64
	// The same steps in CPU time of the page's main thread (Chromium's
	// Performance metrics in thread ticks: TaskDuration before and after),
	// ms: what other processes loading the machine do not inflate.
	CPUOpenTimeline, CPUReopen, CPUOpenEntities, CPUFilterTimeline, CPUFilterEntities []float64
	// The opening of a page left idle for libraryIdle first (the stored
	// documents read in idle time, app/ui/libraryprefetch.go).
	OpenIdle, CPUOpenIdle []float64
	Placed, Entities      string
}

// libraryIdle is how long a page is left before the dialog is opened in
// the second measure of each run: a person looks at the page first.
const libraryIdle = 5 * time.Second

func runBenchLibrary(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench-library", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "build/site", "generated static site")
	articles := fs.String("articles", "../shared/data/articles", "directory of .txt articles repeated into the library")
	n := fs.Int("docs", 200, "documents in the library")
	runs := fs.Int("runs", 3, "page loads, each opening the dialog twice")
	chrome := fs.String("chrome", "/usr/bin/chromium", "Chromium executable")
	timeout := fs.Duration("timeout", 120*time.Second, "limit for one step")
	profile := fs.String("profile", "", "write a JavaScript/wasm CPU profile (.cpuprofile, for Chromium's DevTools) of the first run's step -profile-step to this file and print its top functions")
	profStep := fs.String("profile-step", "open", "the step -profile records: open, filter (the timeline's), reopen")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if _, err := os.Stat(*articles); err != nil {
		fmt.Fprintf(stderr, "hashiya bench-library: the articles directory %s is missing (it is ../shared/data/articles on the team's machines; pass -articles DIR)\n", *articles)
		return 1
	}
	values, docs, names, err := libraryCorpus(*articles, *n)
	if err != nil {
		fmt.Fprintln(stderr, "hashiya bench-library:", err)
		return 1
	}
	stored, anns := 0, 0
	for k, v := range values {
		stored += store.Size(k, v)
	}
	for _, d := range docs {
		anns += len(d.Anns)
	}
	fmt.Fprintf(stdout, "library: %d documents, %d annotations; stored: %d keys, %d UTF-16 units; filter queries %q\n", len(docs), anns, len(values), stored, names)
	f, err := benchLibrary(*dir, *chrome, values, names, *runs, *timeout, *profile, *profStep, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "hashiya bench-library:", err)
		return 1
	}
	med := func(v []float64) float64 {
		s := slices.Clone(v)
		slices.Sort(s)
		if len(s) == 0 {
			return 0
		}
		return s[len(s)/2]
	}
	fmt.Fprintf(stdout, "%s; %s\n", f.Placed, f.Entities)
	for _, e := range []struct {
		name string
		v    []float64
	}{{"open the dialog (timeline)", f.OpenTimeline}, {"reopen (library kept)", f.Reopen}, {"entity index tab", f.OpenEntities}, {"filter the timeline by entity", f.FilterTimeline}, {"filter the entity index", f.FilterEntities},
		{"open after 5 s idle", f.OpenIdle}, {"CPU: open after 5 s idle", f.CPUOpenIdle},
		{"CPU: open the dialog", f.CPUOpenTimeline}, {"CPU: reopen", f.CPUReopen}, {"CPU: entity index tab", f.CPUOpenEntities}, {"CPU: filter the timeline", f.CPUFilterTimeline}, {"CPU: filter the entity index", f.CPUFilterEntities}} {
		fmt.Fprintf(stdout, "%-30s median %.0f ms, max %.0f ms %v\n", e.name, med(e.v), slices.Max(append([]float64{0}, e.v...)), rounded(e.v))
	}
	return 0
}

func benchLibrary(dir, chrome string, values map[string]string, names []string, runs int, timeout time.Duration, profPath, profStep string, logw io.Writer) (f libraryFigures, err error) {
	srv, ln, err := site.Listen("127.0.0.1:0", dir)
	if err != nil {
		return f, err
	}
	go srv.Serve(ln)
	defer srv.Close()
	url := site.URL(ln)
	profile, err := os.MkdirTemp("", "hashiya-bench-library-")
	if err != nil {
		return f, err
	}
	defer os.RemoveAll(profile)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserFlags(chrome, profile)...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	eval := func(expr string) (any, error) {
		c, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		return chromedp.Run(c, chromedp.Evaluate[any](expr, chromedp.EvalAwaitPromise))
	}
	ms := func(expr string) (float64, error) {
		v, err := eval(expr)
		if err != nil {
			return 0, err
		}
		x, ok := v.(float64)
		if !ok {
			return 0, fmt.Errorf("%s: %v", expr, v)
		}
		return x, nil
	}
	ready := func(what string) error {
		c, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		_, err := chromedp.Run(c, chromedp.Poll[bool](`document.body && document.body.dataset.ready === "1" && !document.getElementById("hx-loading")`, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	// The first call starts the browser, on ctx itself: a browser started
	// on a context with a timeout is closed when that context ends.
	if err := chromedp.Do(ctx); err != nil {
		return f, fmt.Errorf("starting %s: %w", chrome, err)
	}
	c, cancelNav := context.WithTimeout(ctx, timeout)
	_, err = chromedp.Run(c, chromedp.Navigate(url))
	cancelNav()
	if err != nil {
		return f, fmt.Errorf("first load: %w", err)
	}
	if err := ready("first load"); err != nil {
		return f, err
	}
	data, _ := json.Marshal(values)
	if _, err := eval(`(() => { localStorage.clear(); const v = ` + string(data) + `; for (const k in v) localStorage.setItem(k, v[k]); return true; })()`); err != nil {
		return f, fmt.Errorf("storing the library (%d keys): %w", len(values), err)
	}
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	closeDialog := func() error {
		if _, err := eval(`document.getElementById("hx-library-close").click(); true`); err != nil {
			return err
		}
		c, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		_, err := chromedp.Run(c, chromedp.Poll[bool](`!document.getElementById("hx-library")`, chromedp.WithPollingInterval(20*time.Millisecond)))
		return err
	}
	// startProf and stopProf record a CPU profile of step in the first run.
	startProf := func(i int, step string) error {
		if profPath == "" || i != 0 || step != profStep {
			return nil
		}
		return chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			if _, err := cdp.Call(ctx, t, profiler.Enable, cdp.Empty{}); err != nil {
				return err
			}
			_, err := cdp.Call(ctx, t, profiler.Start, cdp.Empty{})
			return err
		}))
	}
	stopProf := func(i int, step string) error {
		if profPath == "" || i != 0 || step != profStep {
			return nil
		}
		return chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			res, err := cdp.Call(ctx, t, profiler.Stop, cdp.Empty{})
			if err != nil {
				return err
			}
			return writeProfile(profPath, res.Profile, logw)
		}))
	}
	// cpu returns the main thread's CPU time so far, ms (Performance
	// metrics in thread ticks).
	cpu := func() float64 {
		var v float64
		chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			res, err := cdp.Call(ctx, t, performance.GetMetrics, cdp.Empty{})
			if err != nil {
				return err
			}
			for _, m := range res.Metrics {
				if m.Name == "TaskDuration" {
					v = m.Value * 1000
				}
			}
			return nil
		}))
		return v
	}
	for i := range runs {
		// A fresh page each run: the library is built from storage.
		c, cancelNav := context.WithTimeout(ctx, timeout)
		_, err = chromedp.Run(c, chromedp.Navigate(url))
		cancelNav()
		if err != nil {
			return f, err
		}
		if err := ready("open the stored library's first document"); err != nil {
			return f, err
		}
		if _, err := eval(libraryHarness + "true"); err != nil {
			return f, err
		}
		if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, performance.Enable, performance.EnableParams{TimeDomain: performance.EnableTimeDomainThreadTicks})
			return err
		})); err != nil {
			return f, fmt.Errorf("performance metrics: %w", err)
		}
		if err := startProf(i, "open"); err != nil {
			return f, err
		}
		c0 := cpu()
		t, err := ms(`__lib.open("#hx-library-btn", "#hx-library-timeline .hx-tl-chart")`)
		if err != nil {
			return f, fmt.Errorf("open the library: %w", err)
		}
		f.CPUOpenTimeline = append(f.CPUOpenTimeline, cpu()-c0)
		if err := stopProf(i, "open"); err != nil {
			return f, err
		}
		f.OpenTimeline = append(f.OpenTimeline, t)
		if v, err := eval(`__lib.marks()`); err == nil {
			fmt.Fprintf(logw, "run %d: open %.0f ms (%v)\n", i+1, t, v)
		}
		if i == 0 {
			if v, err := eval(`document.querySelector("#hx-library-timeline p.hx-muted").textContent`); err == nil {
				f.Placed = fmt.Sprint(v)
			}
		}
		name := names[i%len(names)]
		if err := startProf(i, "filter"); err != nil {
			return f, err
		}
		c0 = cpu()
		t, err = ms(`__lib.filter("#hx-tl-entity", ` + q(name) + `, "#hx-library-timeline .hx-tl-chart-box")`)
		if err != nil {
			return f, fmt.Errorf("filter the timeline: %w", err)
		}
		f.CPUFilterTimeline = append(f.CPUFilterTimeline, cpu()-c0)
		if err := stopProf(i, "filter"); err != nil {
			return f, err
		}
		f.FilterTimeline = append(f.FilterTimeline, t)
		c0 = cpu()
		t, err = ms(`__lib.open("#hx-library-tab-entities", "#hx-library-entities table")`)
		if err != nil {
			return f, fmt.Errorf("entity tab: %w", err)
		}
		f.CPUOpenEntities = append(f.CPUOpenEntities, cpu()-c0)
		f.OpenEntities = append(f.OpenEntities, t)
		if i == 0 {
			if v, err := eval(`document.getElementById("hx-ent-count").textContent`); err == nil {
				f.Entities = fmt.Sprint(v)
			}
		}
		c0 = cpu()
		t, err = ms(`__lib.filter("#hx-ent-filter", ` + q(name) + `, "#hx-library-entities tbody")`)
		if err != nil {
			return f, fmt.Errorf("filter the entities: %w", err)
		}
		f.CPUFilterEntities = append(f.CPUFilterEntities, cpu()-c0)
		f.FilterEntities = append(f.FilterEntities, t)
		if err := closeDialog(); err != nil {
			return f, fmt.Errorf("close: %w", err)
		}
		// Opened again, nothing stored having changed: the library kept.
		if err := startProf(i, "reopen"); err != nil {
			return f, err
		}
		c0 = cpu()
		t, err = ms(`__lib.open("#hx-library-btn", "#hx-library-timeline .hx-tl-chart")`)
		if err != nil {
			return f, fmt.Errorf("reopen the library: %w", err)
		}
		f.CPUReopen = append(f.CPUReopen, cpu()-c0)
		if err := stopProf(i, "reopen"); err != nil {
			return f, err
		}
		f.Reopen = append(f.Reopen, t)
		if err := closeDialog(); err != nil {
			return f, fmt.Errorf("close: %w", err)
		}
		fmt.Fprintf(logw, "run %d: open %.0f ms, filter %.0f ms, entities %.0f ms, filter %.0f ms (%s), reopen %.0f ms\n", i+1, f.OpenTimeline[i], f.FilterTimeline[i], f.OpenEntities[i], f.FilterEntities[i], name, t)
		// A fresh page again, left idle before the dialog is opened.
		c, cancelNav = context.WithTimeout(ctx, timeout)
		_, err = chromedp.Run(c, chromedp.Navigate(url))
		cancelNav()
		if err != nil {
			return f, err
		}
		if err := ready("reload"); err != nil {
			return f, err
		}
		if _, err := eval(libraryHarness + "true"); err != nil {
			return f, err
		}
		time.Sleep(libraryIdle)
		c0 = cpu()
		t, err = ms(`__lib.open("#hx-library-btn", "#hx-library-timeline .hx-tl-chart")`)
		if err != nil {
			return f, fmt.Errorf("open the library after idle: %w", err)
		}
		f.CPUOpenIdle = append(f.CPUOpenIdle, cpu()-c0)
		f.OpenIdle = append(f.OpenIdle, t)
		if err := closeDialog(); err != nil {
			return f, fmt.Errorf("close: %w", err)
		}
	}
	return f, nil
}
