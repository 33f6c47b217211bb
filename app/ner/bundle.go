package ner

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"
	"sync"
)

// ErrNotLoaded is returned by Default, EmbeddedModel and New while the
// browser build waits for the model file (Provide has not been called and
// no failure was reported with Fail). It is never returned by the native
// build, which embeds the files.
var ErrNotLoaded = errors.New("ner: the entity model has not been loaded yet")

// fileSource gives the bytes of a model or word-list file by its path
// ("model/ner.model", "data/clusters.txt").
type fileSource interface {
	ReadFile(name string) ([]byte, error)
}

// files is where the model and the word lists come from: the embedded
// files in the native build (embed.go), the bundle given to Provide in the
// browser.
var files struct {
	mu   sync.Mutex
	src  fileSource // nil until Provide (browser)
	err  error      // the reason the bundle could not be had (Provide, Fail)
	pull func()     // SetPull
}

// SetPull sets the function called when the files are wanted and neither
// Provide nor Fail has been called yet: the browser build's hook to hand
// over a bundle that has arrived (calling Provide or Fail) only when it is
// first needed, so that a visit that never tags pays nothing for it.
func SetPull(f func()) {
	files.mu.Lock()
	defer files.mu.Unlock()
	files.pull = f
}

// source returns the file source, ErrNotLoaded, or the recorded failure.
func source() (fileSource, error) {
	files.mu.Lock()
	if files.src == nil && files.err == nil && files.pull != nil {
		pull := files.pull
		files.mu.Unlock()
		pull() // may call Provide or Fail
		files.mu.Lock()
	}
	defer files.mu.Unlock()
	switch {
	case files.src != nil:
		return files.src, nil
	case files.err != nil:
		return nil, files.err
	}
	return nil, ErrNotLoaded
}

// Available reports whether the model and word lists can be read: nil when
// they can (always in the native build), ErrNotLoaded while the browser
// build waits for them, or the error given to Fail or found by Provide.
// It does not decode the model (Default does); it calls the SetPull
// function when nothing was provided yet.
func Available() error {
	_, err := source()
	return err
}

// Provide hands the browser build the bundle file (the bytes of the site's
// /web/ner-HASH.bin, written by Bundle): the model and word lists are read
// from it from then on. A bundle that does not parse (bad magic, truncated,
// checksum mismatch) is refused with an error wrapping ErrCorruptModel,
// which Available and Default report from then on unless a good bundle is
// provided later.
func Provide(bundle []byte) error {
	fs, err := parseBundle(bundle)
	files.mu.Lock()
	defer files.mu.Unlock()
	if err != nil {
		if files.src == nil {
			files.err = err
		}
		return err
	}
	files.src, files.err = fs, nil
	return nil
}

// Fail records why the bundle could not be had (the fetch failed: HTTP
// 404, network error), so that Available and Default report err instead
// of ErrNotLoaded. It does nothing once a bundle was provided.
func Fail(err error) {
	files.mu.Lock()
	defer files.mu.Unlock()
	if files.src == nil && err != nil {
		files.err = err
	}
}

// Bundle file layout (integers as Go's unsigned varints):
//
//	magic   [8]byte "HSYNERB\x02"
//	n       uvarint, then n × (uvarint name length, name, byte encoding,
//	        uvarint size, bytes)
//	crc32   uint32 little-endian (IEEE, of every byte before it)
//
// The names are the paths the package reads ("model/ner.model",
// "data/clusters.txt", …). Encoding 0 stores a file's bytes unchanged;
// encoding 1 front-codes its lines (the file split at '\n', each line as
// a byte giving the length of the prefix it shares with the line before,
// at most 255, then the rest of the line and '\n'): the sorted word lists
// compress a fifth better so (names-per.txt 133 KB → 104 KB brotli).
// Encoding 2 (clusterCode) stores the word-cluster file as a table:
// its paths, its words sorted, and each word's path number as two byte
// columns (the words front-code far better in byte order than grouped by
// cluster: 128 → 114 KB brotli); it is used only when the file is in the
// canonical form cmd/nerclusters writes (each line's words in byte order)
// and the decoding gives its bytes back. The loader rebuilds the exact
// bytes of every file, so the lexicon fingerprint stored in the model
// matches. The last magic byte is the layout's version (3: encoding 2
// added); a bundle of another version is refused with a clear error.
var bundleMagic = [8]byte{'H', 'S', 'Y', 'N', 'E', 'R', 'B', 3}

// Bundle file encodings.
const (
	encRaw      = 0
	encFront    = 1
	encClusters = 2
)

// frontCoded are the files the bundle front-codes (measured: the others
// compress as well or better as they are).
var frontCoded = map[string]bool{
	"data/names-per.txt": true, "data/names-loc.txt": true,
	"data/" + cityNamesFile: true,
}

// frontCode returns the front-coded form of b's lines (encoding 1).
func frontCode(b []byte) []byte {
	out := make([]byte, 0, len(b)/2)
	var prev []byte
	for line := range bytes.SplitSeq(b, []byte{'\n'}) {
		k := 0
		for k < min(len(prev), len(line), 255) && prev[k] == line[k] {
			k++
		}
		out = append(out, byte(k))
		out = append(out, line[k:]...)
		out = append(out, '\n')
		prev = line
	}
	return out
}

// frontDecode rebuilds the bytes of a front-coded file; ok is false if
// the coding is malformed.
func frontDecode(b []byte) (out []byte, ok bool) {
	out = make([]byte, 0, 2*len(b))
	prev := 0 // start in out of the previous line
	for first := true; len(b) > 0; first = false {
		k := int(b[0])
		nl := bytes.IndexByte(b[1:], '\n')
		if nl < 0 || k > len(out)-prev {
			return nil, false
		}
		if !first {
			out = append(out, '\n')
		}
		start := len(out)
		out = append(out, out[prev:prev+k]...)
		out = append(out, b[1:1+nl]...)
		prev = start
		b = b[2+nl:]
	}
	return out, true
}

// Bundle returns the bundle file of the embedded model and of the word
// lists the lexicon reads (native build; in the browser it returns what
// was provided), in the layout above: about 2.6 MB raw, 0.5 MB brotli.
// BundleName gives its file name.
func Bundle() ([]byte, error) {
	src, err := source()
	if err != nil {
		return nil, err
	}
	names := []string{modelPath}
	for _, n := range lexiconFiles {
		names = append(names, "data/"+n)
	}
	b := append([]byte(nil), bundleMagic[:]...)
	b = binary.AppendUvarint(b, uint64(len(names)))
	for _, n := range names {
		data, err := src.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("ner: bundle: %w", err)
		}
		b = binary.AppendUvarint(b, uint64(len(n)))
		b = append(b, n...)
		if c, ok := clusterCode(data); ok && n == "data/"+clusterFile {
			b = append(b, encClusters)
			data = c
		} else if frontCoded[n] || n == "data/"+clusterFile {
			b = append(b, encFront)
			data = frontCode(data)
		} else {
			b = append(b, encRaw)
		}
		b = binary.AppendUvarint(b, uint64(len(data)))
		b = append(b, data...)
	}
	return appendCRC(b), nil
}

// BundleName returns the file name of a bundle, named by its content
// ("ner-" + the first 16 hex digits of its SHA-256 + ".bin"), so that a
// new build never pairs an old model with a new app.wasm in a cache.
func BundleName(bundle []byte) string {
	sum := sha256.Sum256(bundle)
	return "ner-" + hex.EncodeToString(sum[:8]) + ".bin"
}

// bundleFS is a parsed bundle: path → bytes (sub-slices of the bundle).
type bundleFS map[string][]byte

func (b bundleFS) ReadFile(name string) ([]byte, error) {
	if data, ok := b[name]; ok {
		return data, nil
	}
	return nil, fmt.Errorf("ner: %s is not in the model bundle", name)
}

// parseBundle checks and splits a bundle file.
func parseBundle(b []byte) (bundleFS, error) {
	if len(b) < len(bundleMagic)+1+4 {
		return nil, fmt.Errorf("%w: the model bundle is %d bytes long, too short", ErrCorruptModel, len(b))
	}
	if [7]byte(b[:7]) == [7]byte(bundleMagic[:7]) && b[7] != bundleMagic[7] {
		return nil, fmt.Errorf("%w: the model bundle has layout version %d, this build reads version %d (a file from another build: reload the page)", ErrCorruptModel, b[7], bundleMagic[7])
	}
	if [8]byte(b[:8]) != bundleMagic {
		return nil, fmt.Errorf("%w: the model bundle does not start with %q (got %q)", ErrCorruptModel, bundleMagic[:], b[:8])
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: the model bundle's checksum does not match (damaged or truncated download)", ErrCorruptModel)
	}
	r := body[8:]
	next := func() ([]byte, bool) {
		n, k := binary.Uvarint(r)
		if k <= 0 || n > uint64(len(r)-k) {
			return nil, false
		}
		v := r[k : k+int(n)]
		r = r[k+int(n):]
		return v, true
	}
	count, k := binary.Uvarint(r)
	if k <= 0 || count > 64 {
		return nil, fmt.Errorf("%w: the model bundle's file count is unreadable", ErrCorruptModel)
	}
	r = r[k:]
	out := make(bundleFS, count)
	for i := range count {
		name, ok1 := next()
		enc := byte(0xff)
		if ok1 && len(r) > 0 {
			enc, r = r[0], r[1:]
		}
		data, ok2 := next()
		if !ok1 || !ok2 || enc == 0xff {
			return nil, fmt.Errorf("%w: the model bundle's file %d is cut short", ErrCorruptModel, i+1)
		}
		switch enc {
		case encRaw:
			data = slices.Clip(data)
		case encFront:
			var ok bool
			if data, ok = frontDecode(data); !ok {
				return nil, fmt.Errorf("%w: the model bundle's file %s is badly front-coded", ErrCorruptModel, name)
			}
		case encClusters:
			var ok bool
			if data, ok = clusterDecode(data); !ok {
				return nil, fmt.Errorf("%w: the model bundle's file %s is a bad cluster table", ErrCorruptModel, name)
			}
		default:
			return nil, fmt.Errorf("%w: the model bundle's file %s has unknown encoding %d", ErrCorruptModel, name, enc)
		}
		out[string(name)] = data
	}
	if len(r) != 0 {
		return nil, fmt.Errorf("%w: %d stray bytes after the model bundle's files", ErrCorruptModel, len(r))
	}
	if _, ok := out[modelPath]; !ok {
		return nil, fmt.Errorf("%w: the model bundle has no %s", ErrCorruptModel, modelPath)
	}
	return out, nil
}

// clusterCode returns encoding 2 of a word-cluster file ("path<TAB>word
// word …" lines, each ending in '\n'): uvarint path count, uvarint size
// and front-coded text of the paths (one a line, in file order), uvarint
// word count, uvarint size and front-coded text of the words (one a line,
// in byte order), then the high bytes and the low bytes of each word's
// path number (two columns). ok is false (the file is then front-coded)
// when clusterDecode would not give b back: lines whose words are not in
// byte order, a word in two lines, more than 65,536 lines.
func clusterCode(b []byte) (out []byte, ok bool) {
	if len(b) == 0 || b[len(b)-1] != '\n' {
		return nil, false
	}
	var paths []string
	type entry struct {
		word string
		path int
	}
	var words []entry
	for line := range strings.SplitSeq(string(b[:len(b)-1]), "\n") {
		path, ws, _ := strings.Cut(line, "\t")
		for w := range strings.SplitSeq(ws, " ") {
			words = append(words, entry{w, len(paths)})
		}
		paths = append(paths, path)
	}
	if len(paths) > 1<<16 {
		return nil, false
	}
	slices.SortStableFunc(words, func(a, b entry) int { return strings.Compare(a.word, b.word) })
	list := make([]string, len(words))
	for i, e := range words {
		list[i] = e.word
	}
	pt := frontCode([]byte(strings.Join(paths, "\n")))
	wt := frontCode([]byte(strings.Join(list, "\n")))
	out = binary.AppendUvarint(out, uint64(len(paths)))
	out = binary.AppendUvarint(out, uint64(len(pt)))
	out = append(out, pt...)
	out = binary.AppendUvarint(out, uint64(len(words)))
	out = binary.AppendUvarint(out, uint64(len(wt)))
	out = append(out, wt...)
	for _, e := range words {
		out = append(out, byte(e.path>>8))
	}
	for _, e := range words {
		out = append(out, byte(e.path))
	}
	if back, ok := clusterDecode(out); !ok || !bytes.Equal(back, b) {
		return nil, false
	}
	return out, true
}

// clusterDecode rebuilds a word-cluster file from encoding 2; ok is false
// if the table is malformed (counts that do not match, a path number out
// of range, a path without words, words out of byte order).
func clusterDecode(b []byte) (out []byte, ok bool) {
	next := func() (uint64, bool) {
		n, k := binary.Uvarint(b)
		if k <= 0 {
			return 0, false
		}
		b = b[k:]
		return n, true
	}
	text := func(count uint64) ([]string, bool) {
		n, ok := next()
		if !ok || n > uint64(len(b)) || count > n {
			return nil, false
		}
		t, ok := frontDecode(b[:n])
		b = b[n:]
		if !ok {
			return nil, false
		}
		lines := strings.Split(string(t), "\n")
		return lines, uint64(len(lines)) == count
	}
	np, ok := next()
	if !ok || np == 0 || np > 1<<16 {
		return nil, false
	}
	paths, ok := text(np)
	if !ok {
		return nil, false
	}
	nw, ok := next()
	if !ok || nw == 0 {
		return nil, false
	}
	words, ok := text(nw)
	if !ok || uint64(len(b)) != 2*nw {
		return nil, false
	}
	byPath := make([][]string, np)
	for i, w := range words {
		if i > 0 && words[i-1] >= w {
			return nil, false
		}
		p := int(b[i])<<8 | int(b[int(nw)+i])
		if p >= len(paths) {
			return nil, false
		}
		byPath[p] = append(byPath[p], w)
	}
	for i, p := range paths {
		if len(byPath[i]) == 0 {
			return nil, false
		}
		out = append(out, p...)
		out = append(out, '\t')
		for k, w := range byPath[i] {
			if k > 0 {
				out = append(out, ' ')
			}
			out = append(out, w...)
		}
		out = append(out, '\n')
	}
	return out, true
}
