package ui

import (
	"errors"
	"syscall/js"
)

// jsErrorName returns the name of the JavaScript exception in err
// ("QuotaExceededError"), or "".
func jsErrorName(err error) string {
	var je js.Error
	if errors.As(err, &je) && je.Value.Type() == js.TypeObject {
		if n := je.Value.Get("name"); n.Type() == js.TypeString {
			return n.String()
		}
	}
	return ""
}
