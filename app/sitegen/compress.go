package sitegen

import (
	"bytes"
	"compress/gzip"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// writeWasm writes app.wasm and its precompressed copies into dir. Brotli at
// its best quality saves a third over gzip; gzip stays for servers and
// browsers without brotli.
func writeWasm(dir string, wasm []byte) error {
	if err := writeFile(filepath.Join(dir, "app.wasm"), wasm); err != nil {
		return err
	}
	type result struct {
		ext string
		b   []byte
		err error
	}
	results := make(chan result, 2)
	go func() { b, err := Brotli(wasm); results <- result{".br", b, err} }()
	go func() { b, err := Gzip(wasm); results <- result{".gz", b, err} }()
	for range 2 {
		r := <-results
		if r.err != nil {
			return r.err
		}
		if err := writeFile(filepath.Join(dir, "app.wasm"+r.ext), r.b); err != nil {
			return err
		}
	}
	return nil
}

// Brotli compresses b at the best quality.
func Brotli(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	err := w.Close()
	return buf.Bytes(), err
}

// Gzip compresses b at the best level, with no name or time in the header so
// that the output depends on b alone.
func Gzip(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	err = w.Close()
	return buf.Bytes(), err
}
