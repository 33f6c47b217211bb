package store_test

import (
	"slices"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

// tabs simulates two tabs' copies of localStorage and the browser that
// orders their writes and sends each the other's as storage events.
type tabView struct {
	kv *store.Memory
	s  *store.Store
}

func (v tabView) get(t *testing.T, key string) string {
	x, _, err := v.kv.Get(key)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// deliver applies another tab's write of key (old → new) to v's copy, as
// the browser does before the storage event, and runs Reconcile.
func (v tabView) deliver(t *testing.T, key, old, new string) bool {
	t.Helper()
	if new == "" {
		v.kv.Remove(key)
	} else {
		v.kv.Set(key, new)
	}
	v.s.Invalidate(key)
	wrote, err := v.s.Reconcile(key, old, new)
	if err != nil {
		t.Fatal(err)
	}
	return wrote
}

func ids(t *testing.T, v tabView, sha string) []string {
	t.Helper()
	_, anns, err := store.New(v.kv).Document(sha)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range anns {
		out = append(out, a.ID)
	}
	slices.Sort(out)
	return out
}

// Two tabs add to one chunk at the same moment, each from the value before
// the other's write: whichever write the browser keeps, the tab whose
// write was overwritten blindly writes its change again, and both tabs end
// with both annotations. A deletion made after seeing the other tab's
// value is not undone, and an ordinary later edit is left alone.
func TestReconcileBlindOverwrite(t *testing.T) {
	seed := store.NewMemory(0)
	doc := annotation.NewDocument("قمة", "قال محمد إن القاهرة ستستضيف القمة")
	code(t, newStore(seed).SaveDocument(doc), "")
	code(t, newStore(seed).PatchAnnotations(doc.SHA256, []annotation.Annotation{ann(t, doc, "p0", 0, 3, annotation.MISC)}, nil), "")
	key := store.AnnPrefix + doc.SHA256 + "/0"
	tab := func() tabView {
		m := clone(t, seed, 0)
		s := store.New(m)
		s.Now = func() time.Time { return t0 } // within the 30 s a Store remembers its patches
		return tabView{m, s}
	}
	for _, bFirst := range []bool{false, true} {
		A, B := tab(), tab()
		base := A.get(t, key)
		code(t, A.s.PatchAnnotations(doc.SHA256, []annotation.Annotation{ann(t, doc, "a", 12, 19, annotation.LOC)}, nil), "")
		code(t, B.s.PatchAnnotations(doc.SHA256, []annotation.Annotation{ann(t, doc, "b", 4, 8, annotation.PER)}, nil), "")
		va, vb := A.get(t, key), B.get(t, key)
		// The browser keeps the later write; the earlier writer gets the
		// event (its value → the later one), the later one an event of the
		// earlier write, which its own then replaced.
		first, second := A, B
		vFirst, vSecond := va, vb
		if bFirst {
			first, second, vFirst, vSecond = B, A, vb, va
		}
		if second.deliver(t, key, base, vFirst) {
			t.Error("the later writer rewrote on the event of a write it replaced")
		}
		second.kv.Set(key, vSecond) // its own write is what the browser kept
		if !first.deliver(t, key, vFirst, vSecond) {
			t.Fatal("the overwritten tab did not write its change again")
		}
		again := first.get(t, key)
		if second.deliver(t, key, vSecond, again) {
			t.Error("a knowing write (computed from the stored value) triggered a rewrite")
		}
		for _, v := range []tabView{A, B} {
			if got := ids(t, v, doc.SHA256); !slices.Equal(got, []string{"a", "b", "p0"}) {
				t.Fatalf("bFirst=%v: a tab has %v, want a, b and p0", bFirst, got)
			}
		}
		// B deletes a, knowing it: A does not bring it back.
		before := B.get(t, key)
		code(t, B.s.PatchAnnotations(doc.SHA256, nil, []annotation.Annotation{ann(t, doc, "a", 12, 19, annotation.LOC)}), "")
		after := B.get(t, key)
		if A.deliver(t, key, before, after) {
			t.Error("a knowing deletion was undone")
		}
		if got := ids(t, A, doc.SHA256); !slices.Equal(got, []string{"b", "p0"}) {
			t.Fatalf("after the deletion A has %v", got)
		}
	}
}

// A Store forgets its patches after 30 s: a blind overwrite later than
// that is left to the refresh (the other tab's value wins).
func TestReconcileForgets(t *testing.T) {
	m := store.NewMemory(0)
	now := t0
	s := store.New(m)
	s.Now = func() time.Time { return now }
	doc := annotation.NewDocument("قمة", "قال محمد إن القاهرة ستستضيف القمة")
	code(t, s.SaveDocument(doc), "")
	code(t, s.PatchAnnotations(doc.SHA256, []annotation.Annotation{ann(t, doc, "a", 12, 19, annotation.LOC)}, nil), "")
	key := store.AnnPrefix + doc.SHA256 + "/0"
	mine, _, _ := m.Get(key)
	other := store.NewMemory(0)
	o := store.New(other)
	code(t, o.SaveDocument(doc), "")
	code(t, o.PatchAnnotations(doc.SHA256, []annotation.Annotation{ann(t, doc, "b", 4, 8, annotation.PER)}, nil), "")
	theirs, _, _ := other.Get(key)
	now = now.Add(31 * time.Second)
	m.Set(key, theirs)
	if wrote, err := s.Reconcile(key, mine, theirs); wrote || err != nil {
		t.Fatalf("reconciled a patch older than 30 s: %v %v", wrote, err)
	}
}

// A blind deletion that empties a chunk: tab A deletes the chunk's last
// annotation (x) from a value that does not hold tab B's write of the same
// moment, while B adds y or relabels x. Whichever write the browser keeps,
// the two tabs converge on y kept and x deleted: B's addition is not lost
// and A's deletion is not undone (case C23's "the deleted LOC does not come
// back"). Before, an emptied chunk was removed, a removal carries no base,
// and B's addition was lost (or x came back) without a word.
func TestReconcileBlindDeletionEmptiesChunk(t *testing.T) {
	doc := annotation.NewDocument("قمة", "قال محمد إن القاهرة ستستضيف القمة")
	x := ann(t, doc, "x", 12, 19, annotation.LOC)
	y := ann(t, doc, "y", 4, 8, annotation.PER)
	xOrg := x
	xOrg.Label = annotation.ORG
	key := store.AnnPrefix + doc.SHA256 + "/0"
	for _, bEdit := range []struct {
		name string
		put  annotation.Annotation
	}{{"B adds y", y}, {"B relabels x", xOrg}} {
		for _, bFirst := range []bool{false, true} {
			seed := store.NewMemory(0)
			code(t, newStore(seed).SaveDocument(doc), "")
			code(t, newStore(seed).PatchAnnotations(doc.SHA256, []annotation.Annotation{x}, nil), "")
			tab := func() tabView {
				m := clone(t, seed, 0)
				s := store.New(m)
				s.Now = func() time.Time { return t0 }
				return tabView{m, s}
			}
			A, B := tab(), tab()
			base := A.get(t, key)
			code(t, A.s.PatchAnnotations(doc.SHA256, nil, []annotation.Annotation{x}), "")
			code(t, B.s.PatchAnnotations(doc.SHA256, []annotation.Annotation{bEdit.put}, nil), "")
			va, vb := A.get(t, key), B.get(t, key)
			if va == "" {
				t.Fatal("the emptied chunk was removed: a removal carries no base, so a blind one cannot be told")
			}
			first, second, vFirst, vSecond := A, B, va, vb
			if bFirst {
				first, second, vFirst, vSecond = B, A, vb, va
			}
			second.deliver(t, key, base, vFirst)
			second.kv.Set(key, vSecond)
			if !first.deliver(t, key, vFirst, vSecond) {
				t.Fatalf("%s, bFirst=%v: the overwritten tab did not write its change again", bEdit.name, bFirst)
			}
			again := first.get(t, key)
			if second.deliver(t, key, vSecond, again) {
				t.Errorf("%s, bFirst=%v: a knowing write triggered a rewrite", bEdit.name, bFirst)
			}
			want := []string{"y"}
			if bEdit.put.ID == "x" {
				want = nil // a deletion wins over a simultaneous change of the same annotation
			}
			for i, v := range []tabView{A, B} {
				if got := ids(t, v, doc.SHA256); !slices.Equal(got, want) {
					t.Errorf("%s, bFirst=%v: tab %d has %v, want %v", bEdit.name, bFirst, i, got, want)
				}
			}
		}
	}
}

// An emptied chunk is kept as an empty record: the document reads with no
// annotations, its count is 0, and deleting the document removes it.
func TestEmptiedChunkRecord(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	doc := annotation.NewDocument("قمة", "قال محمد إن القاهرة ستستضيف القمة")
	x := ann(t, doc, "x", 12, 19, annotation.LOC)
	code(t, s.SaveDocument(doc), "")
	code(t, s.PatchAnnotations(doc.SHA256, []annotation.Annotation{x}, nil), "")
	code(t, s.PatchAnnotations(doc.SHA256, nil, []annotation.Annotation{x}), "")
	_, anns, err := store.New(m).Document(doc.SHA256)
	code(t, err, "")
	if len(anns) != 0 {
		t.Fatalf("read %d annotations from an emptied chunk", len(anns))
	}
	list, err := store.New(m).Documents()
	code(t, err, "")
	if len(list) != 1 || list[0].Count != 0 {
		t.Fatalf("index %+v, want one document with 0 annotations", list)
	}
	code(t, s.DeleteDocument(doc.SHA256), "")
	keys, _ := m.Keys()
	if len(keys) > 1 { // the index
		t.Errorf("keys left after deleting the document: %v", keys)
	}
}

// A tab forgets its patches once the other tab's write shows it has seen
// them: three rounds of simultaneous writes (A adds x; A adds y while B
// deletes x; A deletes y while B adds z) end with z alone. Before, A kept
// "add x" in its journal after B had deleted x knowingly, and the blind
// overwrite of the third round wrote x back (found by the browser test
// TestTwoTabsDeleteLastWhileAdding).
func TestReconcileForgetsWhatTheOtherTabSaw(t *testing.T) {
	doc := annotation.NewDocument("قمة", "قال محمد إن القاهرة ستستضيف القمة")
	x := ann(t, doc, "x", 0, 3, annotation.MISC)
	y := ann(t, doc, "y", 4, 8, annotation.PER)
	z := ann(t, doc, "z", 12, 19, annotation.LOC)
	seed := store.NewMemory(0)
	code(t, newStore(seed).SaveDocument(doc), "")
	key := store.AnnPrefix + doc.SHA256 + "/0"
	tab := func() tabView {
		m := clone(t, seed, 0)
		s := store.New(m)
		s.Now = func() time.Time { return t0 }
		return tabView{m, s}
	}
	A, B := tab(), tab()
	// Round 1: A adds x; B sees it.
	code(t, A.s.PatchAnnotations(doc.SHA256, []annotation.Annotation{x}, nil), "")
	v0 := A.get(t, key)
	B.deliver(t, key, "", v0)
	// Round 2, simultaneous: A adds y, B deletes x; the browser keeps A's.
	code(t, A.s.PatchAnnotations(doc.SHA256, []annotation.Annotation{y}, nil), "")
	code(t, B.s.PatchAnnotations(doc.SHA256, nil, []annotation.Annotation{x}), "")
	vA1, vB1 := A.get(t, key), B.get(t, key)
	A.deliver(t, key, v0, vB1)
	A.kv.Set(key, vA1)
	if !B.deliver(t, key, vB1, vA1) {
		t.Fatal("round 2: B did not write its deletion again")
	}
	vB2 := B.get(t, key)
	A.deliver(t, key, vA1, vB2)
	if got := ids(t, A, doc.SHA256); !slices.Equal(got, []string{"y"}) {
		t.Fatalf("after round 2 A has %v, want y", got)
	}
	// Round 3, simultaneous: A deletes y, B adds z; the browser keeps B's.
	code(t, A.s.PatchAnnotations(doc.SHA256, nil, []annotation.Annotation{y}), "")
	code(t, B.s.PatchAnnotations(doc.SHA256, []annotation.Annotation{z}, nil), "")
	vA3, vB3 := A.get(t, key), B.get(t, key)
	B.deliver(t, key, vB2, vA3)
	B.kv.Set(key, vB3)
	if !A.deliver(t, key, vA3, vB3) {
		t.Fatal("round 3: A did not write its deletion again")
	}
	B.deliver(t, key, vB3, A.get(t, key))
	for i, v := range []tabView{A, B} {
		if got := ids(t, v, doc.SHA256); !slices.Equal(got, []string{"z"}) {
			t.Errorf("tab %d has %v, want z alone (x deleted in round 2, y in round 3)", i, got)
		}
	}
}
