// Package store keeps Hashiya documents and annotations in a string
// key-value store: the browser's localStorage in the app (app/ui provides that
// KV), or Memory in tests and tools. Store implements annotation.Store.
package store

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"unicode/utf16"
)

// KV is a string key-value store with localStorage's semantics: Set either
// stores the whole value or fails and leaves the key as it was.
type KV interface {
	// Get returns the value of key and whether it exists.
	Get(key string) (value string, ok bool, err error)
	// Set stores value under key. When storage is full it returns an error
	// that wraps ErrQuota (errors.Is), and the old value is kept.
	Set(key, value string) error
	// Remove deletes key; removing a missing key is not an error.
	Remove(key string) error
	// Keys returns all keys, in no particular order.
	Keys() ([]string, error)
}

// ErrQuota is wrapped by KV.Set errors caused by a full store (localStorage's
// QuotaExceededError).
var ErrQuota = errors.New("storage quota exceeded")

// Memory is an in-memory KV. Quota, when positive, limits the total size of
// keys plus values in UTF-16 code units, the unit browsers count
// localStorage's limit in (about 5 Mi units per origin); a Set that would
// exceed it fails with ErrQuota and changes nothing. It is safe for
// concurrent use.
type Memory struct {
	Quota int

	mu   sync.Mutex
	m    map[string]string
	used int
}

// NewMemory returns an empty Memory with the given quota in UTF-16 code units
// (0: unlimited).
func NewMemory(quota int) *Memory { return &Memory{Quota: quota, m: map[string]string{}} }

var _ KV = (*Memory)(nil)

// Size returns the size of a key-value pair in UTF-16 code units.
func Size(key, value string) int { return utf16Len(key) + utf16Len(value) }

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// Get implements KV.
func (m *Memory) Get(key string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	return v, ok, nil
}

// Set implements KV.
func (m *Memory) Set(key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = map[string]string{}
	}
	used := m.used + Size(key, value)
	if old, ok := m.m[key]; ok {
		used -= Size(key, old)
	}
	if m.Quota > 0 && used > m.Quota {
		return fmt.Errorf("memory: set %q (%d units; %d of %d in use): %w", key, Size(key, value), m.used, m.Quota, ErrQuota)
	}
	m.m[key], m.used = value, used
	return nil
}

// Remove implements KV.
func (m *Memory) Remove(key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if old, ok := m.m[key]; ok {
		m.used -= Size(key, old)
		delete(m.m, key)
	}
	return nil
}

// Keys implements KV; the keys are sorted.
func (m *Memory) Keys() ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	keys := make([]string, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, nil
}

// Used returns the total size of the stored keys and values in UTF-16 code units.
func (m *Memory) Used() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.used
}
