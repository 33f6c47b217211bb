package ui

import (
	"fmt"
	"strings"

	"github.com/hashiya/hashiya/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LocalStorage is a store.KV over the browser's window.localStorage.
//
// Values are stored as given (strings); app/store versions its keys
// ("hashiya/v1/…") and records. localStorage throws on a full store
// (QuotaExceededError); Set turns that into an error wrapping
// store.ErrQuota, and the browser keeps the old value. Use it only in the
// browser (app.IsClient); elsewhere use store.NewMemory.
type LocalStorage struct{}

var _ store.KV = LocalStorage{}

func storage() app.Value { return app.Window().Get("localStorage") }

// Get implements store.KV.
func (LocalStorage) Get(key string) (v string, ok bool, err error) {
	defer recoverJS(&err, "localStorage.getItem "+key)
	var item app.Value
	if orig := getItem(); orig.Truthy() { // during start-up (startup.go)
		item = orig.Call("call", storage(), key)
	} else {
		item = storage().Call("getItem", key)
	}
	if item.IsNull() || item.IsUndefined() {
		return "", false, nil
	}
	return item.String(), true, nil
}

// Set implements store.KV.
func (LocalStorage) Set(key, value string) (err error) {
	defer recoverJS(&err, "localStorage.setItem "+key)
	storage().Call("setItem", key, value)
	return nil
}

// Remove implements store.KV.
func (LocalStorage) Remove(key string) (err error) {
	defer recoverJS(&err, "localStorage.removeItem "+key)
	storage().Call("removeItem", key)
	return nil
}

// Keys implements store.KV.
func (LocalStorage) Keys() (keys []string, err error) {
	defer recoverJS(&err, "localStorage.key")
	s := storage()
	n := s.Get("length").Int()
	keys = make([]string, 0, n)
	for i := 0; i < n; i++ {
		if k := s.Call("key", i); k.Type() == app.TypeString {
			keys = append(keys, k.String())
		}
	}
	return keys, nil
}

// recoverJS turns a JavaScript exception thrown during a call (a Go panic
// in syscall/js) into *err; a quota error wraps store.ErrQuota.
func recoverJS(err *error, op string) {
	r := recover()
	if r == nil {
		return
	}
	e, ok := r.(error)
	if !ok {
		e = fmt.Errorf("%v", r)
	}
	if isQuotaError(e) {
		*err = fmt.Errorf("%s: %w (%v)", op, store.ErrQuota, e)
		return
	}
	*err = fmt.Errorf("%s: %w", op, e)
}

// isQuotaError reports a QuotaExceededError (by name where the exception
// carries one, else by its message).
func isQuotaError(err error) bool {
	if name := jsErrorName(err); name != "" {
		return name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED"
	}
	return strings.Contains(strings.ToLower(err.Error()), "quota")
}
