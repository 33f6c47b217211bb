package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Storage against the quota: what the browser says of the origin's
// storage (navigator.storage.estimate(): bytes used and the quota, all of
// localStorage, IndexedDB and Cache Storage together), what localStorage
// holds (UTF-16 units, against its own ~5 Mi units per origin, which
// estimate() does not show separately), and whether storage is persistent
// (navigator.storage.persist(), asked once per browser; the answer is kept
// under persistKey and shown in the document library).

// persistKey holds the answer to the one persist() request: "granted",
// "denied" or "unsupported".
const persistKey = "hashiya/ui/v1/persist"

// localStorageUnits is the usual localStorage quota of an origin in UTF-16
// code units (Chromium, Firefox and Safari: 5 Mi, counting keys and
// values).
const localStorageUnits = 5 << 20

// quotaInfo is what the library shows of the storage.
type quotaInfo struct {
	Answered    bool    // the figures are in (estimateStorage called back); until then nothing is shown but "…"
	Known       bool    // estimate() answered
	Usage       float64 // bytes used by the origin
	Quota       float64 // bytes the origin may use
	LocalUnits  int     // UTF-16 units in localStorage (keys and values)
	Persist     string  // "granted", "denied", "unsupported" or "" (not asked yet)
	PersistedOK bool    // navigator.storage.persisted() said true
}

// estimateStorage calls done on the UI goroutine with the storage figures.
func estimateStorage(ctx app.Context, done func(ctx app.Context, q quotaInfo)) {
	defer recoverLog("storage estimate")
	q := quotaInfo{LocalUnits: localStorageSize(), Answered: true}
	if v, ok, err := (LocalStorage{}).Get(persistKey); err == nil && ok {
		q.Persist = v
	}
	st := jsField(jsField(app.Window(), "navigator"), "storage")
	if !st.Truthy() || jsField(st, "estimate").Type() != app.TypeFunction {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, q) })
		return
	}
	promise := st.Call("estimate")
	// A refused estimate still ends the wait: the figures are then shown
	// as unknown.
	var onErr app.Func
	onErr = app.FuncOf(func(this app.Value, args []app.Value) any {
		onErr.Release()
		ctx.Dispatch(func(ctx app.Context) { done(ctx, q) })
		return nil
	})
	promise.Call("catch", onErr)
	promise.Then(func(v app.Value) {
		if u := jsField(v, "usage"); u.Type() == app.TypeNumber {
			q.Usage, q.Known = u.Float(), true
		}
		if u := jsField(v, "quota"); u.Type() == app.TypeNumber {
			q.Quota = u.Float()
		}
		if jsField(st, "persisted").Type() != app.TypeFunction {
			ctx.Dispatch(func(ctx app.Context) { done(ctx, q) })
			return
		}
		st.Call("persisted").Then(func(p app.Value) {
			q.PersistedOK = p.Type() == app.TypeBoolean && p.Bool()
			ctx.Dispatch(func(ctx app.Context) { done(ctx, q) })
		})
	})
}

// localStorageSize sums the UTF-16 length of every key and value of
// localStorage, reading lengths only (no value is copied into Go).
func localStorageSize() (n int) {
	defer recoverLog("localStorage size")
	s := storage()
	for i, l := 0, s.Get("length").Int(); i < l; i++ {
		k := s.Call("key", i)
		if k.Type() != app.TypeString {
			continue
		}
		n += strLen(k)
		if v := s.Call("getItem", k); v.Type() == app.TypeString {
			n += strLen(v)
		}
	}
	return n
}

// strLen returns the length in UTF-16 units of the JavaScript string v
// without copying it into Go: Value.Length and Value.Get work on objects
// only, so through its String wrapper object (Object(v)).
func strLen(v app.Value) int {
	return app.Window().Call("Object", v).Get("length").Int()
}

// askPersistOnce asks the browser, once per browser profile, to make the
// origin's storage persistent (not cleared under storage pressure or by
// tracking prevention), records the answer under persistKey and calls done
// with it on the UI goroutine. When it was asked before it does nothing.
func askPersistOnce(ctx app.Context, done func(ctx app.Context, answer string)) {
	defer recoverLog("storage persist")
	ls := LocalStorage{}
	if _, ok, err := ls.Get(persistKey); err != nil || ok {
		return
	}
	st := jsField(jsField(app.Window(), "navigator"), "storage")
	if !st.Truthy() || jsField(st, "persist").Type() != app.TypeFunction {
		_ = ls.Set(persistKey, "unsupported")
		return
	}
	st.Call("persist").Then(func(v app.Value) {
		answer := "denied"
		if v.Type() == app.TypeBoolean && v.Bool() {
			answer = "granted"
		}
		_ = ls.Set(persistKey, answer) // a hint; when storage is full it is asked again next time
		ctx.Dispatch(func(ctx app.Context) {
			if done != nil {
				done(ctx, answer)
			}
		})
	})
}

// mib formats bytes in MiB with one decimal.
func mib(b float64) string { return fmt.Sprintf("%.1f MiB", b/(1<<20)) }

// units formats a count of UTF-16 code units in Ki or Mi.
func units(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.2f Mi", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.1f Ki", float64(n)/(1<<10))
}
