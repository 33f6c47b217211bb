package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// clickDownload clicks the element expr gives until a whole .json file
// arrives in dir (at most three clicks, 10 s each: on a loaded machine a
// click can land while the bar is being drawn again), and returns its
// content.
func clickDownload(t *testing.T, ctx context.Context, dir, expr string) []byte {
	t.Helper()
	for try := 0; try < 3; try++ {
		poll(t, ctx, expr)
		clickJS(t, ctx, expr)
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			m, _ := filepath.Glob(filepath.Join(dir, "*.json"))
			if len(m) == 1 {
				if data, err := os.ReadFile(m[0]); err == nil && len(data) > 0 && json.Valid(data) {
					return data
				}
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	t.Fatalf("no download in %s after three clicks on %s", dir, expr)
	return nil
}
