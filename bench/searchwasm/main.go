//go:build wasm

// Command searchwasm is the site's search engine (app/search, the same
// analysis and ranking as app.wasm) compiled to WebAssembly for make
// bench, which runs it in Node through Go's wasm_exec.js beside the
// JavaScript peers. It sets two functions on globalThis:
//
//   - chinalacIndex(json): builds the index of the documents, a JSON array
//     of search.Doc (bench/export writes them), and returns
//     {buildMs, heapBytes}: the time search.New took and the Go heap the
//     index holds, measured after a collection before and after;
//   - chinalacSearch(query): the ids of the documents found, best first,
//     one a line: one call into Go per query, as the site makes per
//     keystroke, and one string back rather than a JavaScript value per id.
package main

import (
	"encoding/json"
	"runtime"
	"strings"
	"syscall/js"
	"time"

	"chinalac/app/search"
)

func main() {
	var ix *search.Index
	js.Global().Set("chinalacIndex", js.FuncOf(func(_ js.Value, args []js.Value) any {
		var docs []search.Doc
		if err := json.Unmarshal([]byte(args[0].String()), &docs); err != nil {
			return js.Global().Get("Error").New("chinalacIndex: " + err.Error())
		}
		ix = nil
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		ix = search.New(docs)
		took := time.Since(start)
		docs = nil // the index keeps what it needs of the documents
		runtime.GC()
		runtime.ReadMemStats(&after)
		return map[string]any{
			"buildMs":   float64(took.Microseconds()) / 1000,
			"heapBytes": float64(after.HeapAlloc) - float64(before.HeapAlloc),
		}
	}))
	js.Global().Set("chinalacSearch", js.FuncOf(func(_ js.Value, args []js.Value) any {
		r := ix.Search(search.Query{Text: args[0].String()})
		ids := make([]string, len(r.Hits))
		for i, h := range r.Hits {
			ids[i] = h.DocID
		}
		return strings.Join(ids, "\n")
	}))
	select {}
}
