//go:build !(js && wasm)

package ner

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// The bundle holds every file the tagger reads, unchanged: a tagger built
// from it alone tags as the embedded one does.
func TestBundleRoundTrip(t *testing.T) {
	b, err := Bundle()
	if err != nil {
		t.Fatal(err)
	}
	fs, err := parseBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1+len(lexiconFiles) {
		t.Errorf("bundle has %d files, want %d", len(fs), 1+len(lexiconFiles))
	}
	for name, data := range fs {
		want, err := embedded.ReadFile(name)
		if err != nil || !bytes.Equal(data, want) {
			t.Errorf("%s: differs from the embedded file (%v)", name, err)
		}
	}
	// A lexicon read from the bundle has the fingerprint of the embedded one.
	lx, err := sharedLexicon()
	if err != nil {
		t.Fatal(err)
	}
	saved := files.src
	files.src = fs
	lx2, err := loadLexicon()
	files.src = saved
	if err != nil || lx2.hash != lx.hash {
		t.Errorf("lexicon from the bundle: %v, hash %x want %x", err, lx2.hash, lx.hash)
	}
	if n := BundleName(b); !strings.HasPrefix(n, "ner-") || !strings.HasSuffix(n, ".bin") || len(n) != len("ner-")+16+len(".bin") {
		t.Errorf("BundleName = %q", n)
	}
}

func TestBundleCorrupt(t *testing.T) {
	b, err := Bundle()
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(b)
	flipped[len(flipped)/2] ^= 1
	for name, bad := range map[string][]byte{
		"empty":     nil,
		"html":      []byte("<!DOCTYPE html><html><body>Not found</body></html>"),
		"truncated": b[:len(b)/3],
		"flipped":   flipped,
		"model":     append([]byte("HSYNER\x00\x01"), b[8:]...),
		"version 2": append([]byte("HSYNERB\x02"), b[8:]...),
	} {
		if _, err := parseBundle(bad); !errors.Is(err, ErrCorruptModel) {
			t.Errorf("%s: got %v, want ErrCorruptModel", name, err)
		}
	}
	// A bundle of the previous layout (version 2, before the cluster
	// table) says so.
	old := append([]byte("HSYNERB\x02"), b[8:]...)
	if _, err := parseBundle(old); err == nil || !strings.Contains(err.Error(), "layout version 2, this build reads version 3") {
		t.Errorf("version 2 bundle: %v", err)
	}
}

// The cluster file goes into the bundle as a table (encoding 2), which
// gives its exact bytes back; files not in canonical form are refused by
// the encoder (then front-coded), malformed tables by the decoder.
func TestClusterCode(t *testing.T) {
	b, err := embedded.ReadFile("data/" + clusterFile)
	if err != nil {
		t.Fatal(err)
	}
	c, ok := clusterCode(b)
	if !ok {
		t.Fatalf("data/%s is not in canonical form (each line's words in byte order); regenerate it with go run ./app/ner/cmd/nerclusters", clusterFile)
	}
	if back, ok := clusterDecode(c); !ok || !bytes.Equal(back, b) {
		t.Fatal("the cluster table does not give the file back")
	}
	bundle, err := Bundle()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(bundle, append([]byte("data/"+clusterFile), encClusters)) {
		t.Error("the bundle does not store the cluster file as a table")
	}
	for _, in := range []string{"0\ta\n", "00\ta b c\n01\td\n1\tb0\n"} {
		c, ok := clusterCode([]byte(in))
		if !ok {
			t.Errorf("%q refused", in)
			continue
		}
		if back, ok := clusterDecode(c); !ok || string(back) != in {
			t.Errorf("%q: got %q, %v", in, back, ok)
		}
	}
	for _, in := range []string{"", "0\ta", "0\tb a\n", "0\ta\n1\ta\n", "0 a\n", "0\ta  b\n", "0\t\n"} {
		if c, ok := clusterCode([]byte(in)); ok {
			if back, ok := clusterDecode(c); !ok || string(back) != in {
				t.Errorf("%q: coded but decodes to %q, %v", in, back, ok)
			}
		}
	}
	for _, bad := range [][]byte{nil, {0}, {1, 2, 0, 'a', 1, 2, 0, 'x', 1}, c[:len(c)-1], append(bytes.Clone(c), 0)} {
		if _, ok := clusterDecode(bad); ok {
			t.Errorf("clusterDecode(%q) accepted", bad)
		}
	}
	small, ok := clusterCode([]byte("0\ta\n1\tb\n")) // ends in hi[2], lo[2]
	if !ok {
		t.Fatal("small table refused")
	}
	small[len(small)-4] = 0xff
	if _, ok := clusterDecode(small); ok {
		t.Error("a path number out of range accepted")
	}
}

func FuzzClusterCode(f *testing.F) {
	f.Add([]byte("00\ta b c\n01\td\n"))
	if c, ok := clusterCode([]byte("00\ta b c\n01\td\n")); ok {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if c, ok := clusterCode(b); ok {
			if back, ok := clusterDecode(c); !ok || !bytes.Equal(back, b) {
				t.Fatalf("round trip of %q: %q, %v", b, back, ok)
			}
		}
		if out, ok := clusterDecode(b); ok {
			c, ok := clusterCode(out)
			if !ok {
				t.Fatalf("decode of %q (%q) is not canonical", b, out)
			}
			if again, ok := clusterDecode(c); !ok || !bytes.Equal(again, out) {
				t.Fatalf("decode of %q is not stable", b)
			}
		}
	})
}

// In the browser build, Default waits (ErrNotLoaded, not remembered) until
// Provide; a failed fetch is reported as such.
func TestSourceStates(t *testing.T) {
	saved := files.src
	defer func() { files.src, files.err = saved, nil }()
	files.src, files.err = nil, nil
	if err := Available(); !errors.Is(err, ErrNotLoaded) {
		t.Fatalf("before Provide: %v", err)
	}
	if _, err := EmbeddedModel(); !errors.Is(err, ErrNotLoaded) {
		t.Errorf("EmbeddedModel before Provide: %v", err)
	}
	if err := Provide([]byte("garbage")); !errors.Is(err, ErrCorruptModel) || !errors.Is(Available(), ErrCorruptModel) {
		t.Errorf("Provide(garbage) = %v, Available = %v", err, Available())
	}
	files.err = nil
	Fail(errors.New("HTTP 404"))
	if err := Available(); err == nil || err.Error() != "HTTP 404" {
		t.Errorf("after Fail: %v", err)
	}
	b, err := func() ([]byte, error) { files.src = saved; defer func() { files.src = nil }(); return Bundle() }()
	if err != nil {
		t.Fatal(err)
	}
	if err := Provide(b); err != nil || Available() != nil {
		t.Fatalf("Provide(bundle) = %v, Available = %v", err, Available())
	}
	if m, err := EmbeddedModel(); err != nil || len(m) == 0 {
		t.Errorf("EmbeddedModel after Provide: %v", err)
	}
}

func TestRequantize(t *testing.T) {
	b, err := EmbeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	same, err := Requantize(b, 1)
	if err != nil {
		t.Fatal(err)
	}
	t1, err := New(same)
	if err != nil {
		t.Fatal(err)
	}
	t0, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const text = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف."
	if a, b := t0.Tag(text), t1.Tag(text); fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("step 1 changed the tagging: %v vs %v", a, b)
	}
	q, err := Requantize(b, 16)
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeModel(q)
	if err != nil {
		t.Fatal(err)
	}
	for _, bk := range m.w.buckets() {
		for _, st := range m.w.row(bk) {
			for _, v := range st {
				if v%16 != 0 {
					t.Fatalf("weight %d is not a multiple of 16", v)
				}
			}
		}
	}
	if _, err := Requantize(b, 0); err == nil {
		t.Error("step 0 accepted")
	}
}

// Front coding gives back the exact bytes of any file, with or without a
// final newline, empty lines and long shared prefixes included.
func TestFrontCodeRoundTrip(t *testing.T) {
	long := strings.Repeat("ب", 200)
	for _, in := range []string{"", "\n", "a", "a\n", "ab\nabc\nabd\n\nb", long + "x\n" + long + "y\n" + long, "كما\nكمال\nكمالا"} {
		got, ok := frontDecode(frontCode([]byte(in)))
		if !ok || string(got) != in {
			t.Errorf("front coding of %q: got %q, %v", in, got, ok)
		}
	}
	for _, bad := range []string{"\x05ab\n", "\x00ab", "\x00ab\n\x03abcd\n"} {
		if _, ok := frontDecode([]byte(bad)); ok {
			t.Errorf("frontDecode(%q) accepted", bad)
		}
	}
}

func FuzzFrontCode(f *testing.F) {
	f.Add([]byte("ab\nabc\nabd\n\nb"))
	f.Add([]byte("\x00ab\n\x02c\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, ok := frontDecode(frontCode(b))
		if !ok || !bytes.Equal(got, b) {
			t.Fatalf("round trip of %q: %q, %v", b, got, ok)
		}
		if out, ok := frontDecode(b); ok {
			if again, ok := frontDecode(frontCode(out)); !ok || !bytes.Equal(again, out) {
				t.Fatalf("decode of %q is not stable", b)
			}
		}
	})
}
