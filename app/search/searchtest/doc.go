// Package searchtest holds the search's test data, shared by the tests and
// benchmarks of app/search and by make bench (bench/export), which hands
// the same documents and queries to the peers: the quality table of
// misspelt queries over the real corpus (Quality), the queries a person
// sends while typing (Keystrokes) and the synthetic corpus (Synth).
//
// It imports nothing of the project, so that the tests inside package
// search can use it, and nothing that runs in the browser imports it, so
// that it stays out of app.wasm.
package searchtest
