package store_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

func TestLinksRoundTripAndMigration(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	doc := annotation.NewDocument("t", "وصل لافروف إلى عمّان يوم الثلاثاء.")
	if err := s.SaveDocument(doc); err != nil {
		t.Fatal(err)
	}
	// A document stored before links existed has no links record: it loads
	// with none, and no error.
	if got, err := s.Links(doc.SHA256); err != nil || got != nil {
		t.Fatalf("Links of a document without links = %v, %v; want none", got, err)
	}
	links := []annotation.Link{{ID: "l1", From: "a", To: "b", Type: annotation.LocatedIn, Note: "«ملاحظة»"}}
	if err := s.SaveLinks(doc.SHA256, links); err != nil {
		t.Fatal(err)
	}
	got, err := store.New(m).Links(doc.SHA256) // a fresh store: read from the KV
	if err != nil || !slices.Equal(got, links) {
		t.Fatalf("Links = %v, %v; want %v", got, err, links)
	}
	if err := s.SaveLinks(doc.SHA256, nil); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := m.Get(store.LinkPrefix + doc.SHA256); ok {
		t.Error("saving no links left the record")
	}
	if err := s.SaveLinks(doc.SHA256, links); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDocument(doc.SHA256); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := m.Get(store.LinkPrefix + doc.SHA256); ok {
		t.Error("DeleteDocument left the links record")
	}
}

func TestLinksDamagedAndQuota(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	sha := strings.Repeat("a", 64)
	_ = m.Set(store.LinkPrefix+sha, `{"version":1,"links":[`)
	got, err := s.Links(sha)
	if annotation.ErrorCode(err) != annotation.ECORRUPT || got != nil {
		t.Fatalf("damaged record: %v, %v; want ECORRUPT", got, err)
	}
	keys, _ := m.Keys()
	if !slices.ContainsFunc(keys, func(k string) bool { return strings.HasPrefix(k, store.CorruptPrefix+store.LinkPrefix) }) {
		t.Errorf("no copy of the damaged record kept: %v", keys)
	}
	_ = m.Set(store.LinkPrefix+sha, `{"version":9,"sha256":"`+sha+`","links":[]}`)
	if _, err := s.Links(sha); annotation.ErrorCode(err) != annotation.EVERSION {
		t.Errorf("newer record: %v; want EVERSION", err)
	}
	if err := s.SaveLinks(sha, []annotation.Link{{ID: "x", From: "a", To: "b", Type: "date-of"}}); annotation.ErrorCode(err) != annotation.EVERSION {
		t.Errorf("overwriting a newer record: %v; want EVERSION", err)
	}

	q := store.NewMemory(200)
	s2 := newStore(q)
	big := []annotation.Link{{ID: "l", From: "a", To: "b", Type: "date-of", Note: strings.Repeat("ن", 300)}}
	err = s2.SaveLinks(sha, big)
	var ae *annotation.Error
	if !errors.As(err, &ae) || ae.Code != annotation.EQUOTA {
		t.Fatalf("over quota: %v; want EQUOTA", err)
	}
	if got, err := s2.Links(sha); got != nil || err != nil {
		t.Errorf("after a failed save: %v, %v; want nothing stored", got, err)
	}
}
