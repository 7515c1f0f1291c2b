package seeds

import (
	"io/fs"
	"testing"
)

// TestFS guards the embed pattern: the corpus needs its catalogue, its
// lexicon and every text.
func TestFS(t *testing.T) {
	for _, name := range []string{"catalog.json", "lexicon.json"} {
		if _, err := fs.Stat(FS, name); err != nil {
			t.Error(err)
		}
	}
	texts, err := fs.Glob(FS, "*.txt")
	if err != nil || len(texts) != 5 {
		t.Errorf("texts %q, %v; want 5", texts, err)
	}
}
