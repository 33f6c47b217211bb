package annotation

import (
	"errors"
	"fmt"
)

// Error codes. Each is a short, stable string the UI can switch on; the
// sentence to show the user is in Error.Message.
const (
	ECONFLICT = "conflict"  // the data belongs to something else (e.g. a file exported from another document)
	ECORRUPT  = "corrupt"   // stored or imported data is damaged (bad JSON, hash mismatch, wrong version number)
	EINTERNAL = "internal"  // a failure that is not the user's to fix
	EINVALID  = "invalid"   // the input breaks a rule (offsets out of range, quote mismatch, unknown label, ...)
	ENOTFOUND = "not_found" // the requested document does not exist
	EQUOTA    = "quota"     // browser storage is full; nothing was changed
	EVERSION  = "version"   // data written by a newer version of Hashiya; refused, left untouched
)

// Error is a user-facing error: Code is one of the E… constants, Message is a
// plain sentence that can be shown as is. Err, when set, is the underlying
// cause for logs; it is never shown to the user.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error implements the error interface. The result names the code, the
// message and the cause, for logs.
func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("hashiya %s: %s (cause: %v)", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("hashiya %s: %s", e.Code, e.Message)
}

// Unwrap returns the underlying cause, if any.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, "" for a nil
// error and EINTERNAL for any other error.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing sentence of the first *Error in err's
// chain, "" for a nil error and a generic sentence for any other error.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Something went wrong inside Hashiya. Your saved work was not changed."
}
