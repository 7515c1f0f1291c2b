//go:build wasm

package seeds

import _ "embed"

// Snapshot is the corpus parsed and checked at build time, as
// corpus.FromSnapshot reads it: the browser decodes it instead of parsing
// the texts, which keeps the parser out of app.wasm. `make build` writes
// snapshot.json and facts.json (`go run ./cmd/wasm snapshot`) before it
// compiles app.wasm.
//
//go:embed snapshot.json
var Snapshot []byte

// Facts are the comparison's facts about the corpus, extracted at build
// time, as compare.DecodeFacts reads them: this keeps the extraction out of
// app.wasm.
//
//go:embed facts.json
var Facts []byte
