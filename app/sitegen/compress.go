package sitegen

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// writeWasm writes app.wasm and its precompressed copies into dir. Brotli at
// its best quality saves a third over gzip; gzip stays for servers and
// browsers without brotli. Brotli at that quality takes half a minute for
// app.wasm: with a cache directory, the copies of a binary compressed before
// are taken from there.
func writeWasm(dir string, wasm []byte, cache string) error {
	if err := writeFile(filepath.Join(dir, "app.wasm"), wasm); err != nil {
		return err
	}
	br, gz, err := compressed(wasm, cache)
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(dir, "app.wasm.br"), br); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, "app.wasm.gz"), gz)
}

// compressed returns wasm compressed with brotli and with gzip, from the
// cache directory when it holds copies that decompress to wasm, and puts
// what it computes there. An empty cache means none.
func compressed(wasm []byte, cache string) (br, gz []byte, err error) {
	sum := sha256.Sum256(wasm)
	key := filepath.Join(cache, hex.EncodeToString(sum[:]))
	if cache != "" {
		br, errBr := os.ReadFile(key + ".br")
		gz, errGz := os.ReadFile(key + ".gz")
		if errBr == nil && errGz == nil && decompressesTo(br, gz, wasm) {
			return br, gz, nil
		}
	}
	type result struct {
		b   []byte
		err error
	}
	brotliDone, gzipDone := make(chan result, 1), make(chan result, 1)
	go func() { b, err := Brotli(wasm); brotliDone <- result{b, err} }()
	go func() { b, err := Gzip(wasm); gzipDone <- result{b, err} }()
	rb, rg := <-brotliDone, <-gzipDone
	if err := errors.Join(rb.err, rg.err); err != nil {
		return nil, nil, err
	}
	if cache != "" {
		// A cache that cannot be written only costs time.
		if os.MkdirAll(cache, 0o755) == nil {
			writeAtomically(key+".br", rb.b)
			writeAtomically(key+".gz", rg.b)
		}
	}
	return rb.b, rg.b, nil
}

// decompressesTo tells whether br and gz both decompress to want.
func decompressesTo(br, gz, want []byte) bool {
	b, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
	if err != nil || !bytes.Equal(b, want) {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return false
	}
	g, err := io.ReadAll(zr)
	return err == nil && bytes.Equal(g, want)
}

// writeAtomically writes b to file through a temporary file, so that a
// build stopped half-way leaves no half-written copy.
func writeAtomically(file string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(file), filepath.Base(file)+".*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(b)
	if err = errors.Join(err, tmp.Close()); err == nil {
		err = os.Rename(tmp.Name(), file)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
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
