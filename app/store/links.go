package store

import (
	"errors"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
)

// LinkPrefix + sha256 holds the typed links between the annotations of a
// document (annotation.Link):
//
//	{"version":1,"sha256":…,"updated":…,"links":[{"id","from","to","type","note"}]}
//
// The key is absent for a document without links: records written before
// links existed need no migration (Links returns none for them).
const LinkPrefix = Prefix + "links/"

func linkKey(sha string) string { return LinkPrefix + sha }

type linkRecord struct {
	Version int               `json:"version"`
	SHA256  string            `json:"sha256"`
	Updated time.Time         `json:"updated"`
	Links   []annotation.Link `json:"links"`
}

// Links returns the stored links of the document sha, nil when it has
// none. The links are those saved (checked for shape, not against the
// annotations, which may have changed in another tab since: see
// annotation.PruneLinks). A damaged record is kept aside (CorruptPrefix)
// and reported as ECORRUPT with no links; a record of a newer version is
// EVERSION.
func (s *Store) Links(sha string) ([]annotation.Link, error) {
	var rec linkRecord
	raw, ok, err := s.get(linkKey(sha), &rec, func() error {
		if rec.SHA256 != sha {
			return annotation.Errorf(annotation.ECORRUPT, "it is stored under %s but is for document %s", short(sha), short(rec.SHA256))
		}
		return nil
	})
	var bad errBadRecord
	switch {
	case errors.As(err, &bad):
		return nil, s.corrupt(linkKey(sha), raw, "The saved links between annotations of this document are damaged, so they were not loaded.", bad)
	case err != nil:
		return nil, err
	case !ok:
		return nil, nil
	}
	return rec.Links, nil
}

// SaveLinks replaces the stored links of the document sha (none removes
// the record). A failed write (EQUOTA) leaves the stored links as they were;
// a damaged record is overwritten only once a copy of it is kept.
func (s *Store) SaveLinks(sha string, links []annotation.Link) error {
	if len(links) == 0 {
		if _, _, err := s.prepare(linkKey(sha), false); err != nil {
			return err
		}
		if err := s.kvRemove(linkKey(sha)); err != nil {
			return errStorage("remove "+linkKey(sha), err)
		}
		return nil
	}
	var bad errBadRecord
	_, _, gerr := s.get(linkKey(sha), &linkRecord{}, nil)
	if _, _, err := s.prepare(linkKey(sha), errors.As(gerr, &bad)); err != nil {
		return err
	}
	return s.put(linkKey(sha), linkRecord{Version: Version, SHA256: sha, Updated: s.now(), Links: links})
}
