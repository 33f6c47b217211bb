package ui

import (
	"strings"

	"github.com/hashiya/hashiya/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// chunkEvent returns the values before and after another tab's write of an
// annotation chunk (a storage event's oldValue and newValue; "" for null),
// read in the event's callback, when key is a chunk key.
func chunkEvent(ev app.Value, key string) (old, new string, ok bool) {
	if !strings.HasPrefix(key, store.AnnPrefix) || !strings.Contains(strings.TrimPrefix(key, store.AnnPrefix), "/") {
		return "", "", false
	}
	str := func(name string) string {
		if v := jsField(ev, name); v.Type() == app.TypeString {
			return v.String()
		}
		return ""
	}
	return str("oldValue"), str("newValue"), true
}

// reconcile writes this tab's recent changes again when another tab's
// write of the chunk key replaced them without having seen them (two tabs
// saving the same chunk at the same moment; store.Reconcile), before the
// open document is refreshed from storage.
func (p *page) reconcile(key, old, new string) {
	if _, err := p.st.Reconcile(key, old, new); err != nil {
		p.showErr(err)
	}
}
