# The whole set-up on a fresh machine: `make run` and `make test`.

BASE ?= /
DIST ?= dist
ADDR ?= localhost:8000
GO   ?= go
# Keeps the compressed copies of app.wasm between builds (brotli at its best
# takes half a minute); empty to compress afresh.
CACHE ?= build/compressed

WASM := build/app.wasm
# -s -w drop debug information; -trimpath keeps paths of this machine out,
# and -buildid= the build ID, which changes with any change to any source, so
# that the binary, and with it the site version, is the same on every machine
# and app.wasm.br moves only when the code does (by up to 2 KB with the ID).
# -l turns inlining off: app.wasm.br shrinks by 97 KB (1.69 to 1.59 MB) while
# start-up and search as you type measured the same in Chromium (median of 7:
# 627 vs 633 ms to a running /compare).
WASM_FLAGS := -trimpath -gcflags=all=-l -ldflags='-s -w -buildid='
# WebAssembly's saturating float-to-int conversions and sign extension, in
# every browser since 2021 (Safari 15): 4 KB less of app.wasm.br.
GOWASM := satconv,signext

.PHONY: build run test vet unit e2e size reproducible deps clean wasm snapshot bench

## build: write the static site to $(DIST) (BASE=/prefix/ to host under a prefix)
build: wasm
	$(GO) run ./cmd/wasm build -wasm $(WASM) -out $(DIST) -base $(BASE) -web web -cache "$(CACHE)"

# The corpus is parsed and checked, and the comparison's facts about it are
# extracted, natively; app.wasm embeds both.
snapshot:
	$(GO) run ./cmd/wasm snapshot -out seeds/snapshot.json -facts seeds/facts.json

wasm: snapshot
	@mkdir -p build
	GOOS=js GOARCH=wasm GOWASM=$(GOWASM) $(GO) build $(WASM_FLAGS) -o $(WASM) ./cmd/wasm

## run: build and serve on http://$(ADDR)
run: build
	$(GO) run ./cmd/wasm serve -dir $(DIST) -addr $(ADDR)

## test: every check: vet, native tests, the built site's size and
## reproducibility, and the browser tests at the root and under a prefix
test: deps vet unit
	$(MAKE) --no-print-directory build
	$(MAKE) --no-print-directory size
	$(MAKE) --no-print-directory reproducible
	$(MAKE) --no-print-directory build BASE=/prefix/ DIST=dist-prefixed
	$(MAKE) --no-print-directory e2e

deps:
	@.ci/install-deps

vet: snapshot
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./cmd/wasm ./app/ui ./seeds ./bench/searchwasm ./bench/hello

unit:
	$(GO) test ./...

## size: print the raw, gzip and brotli sizes of app.wasm; fail over budget
size:
	$(GO) run ./cmd/wasm size -dir $(DIST)

## reproducible: two builds of the same tree must be identical (the second
## compresses afresh)
reproducible:
	$(MAKE) --no-print-directory build DIST=build/dist-again CACHE=
	diff -r $(DIST) build/dist-again
	@echo "two builds are identical"

e2e:
	cd tests/e2e && DIST=$(CURDIR)/dist DIST_PREFIXED=$(CURDIR)/dist-prefixed PREFIX=/prefix/ xvfb-run -a node --test

## bench: search benchmarks, real and 10,000 synthetic documents; prints the
## medians of 5 runs and fails when one is over its budget (cmd/wasm/bench.go);
## then the site against the peers, in the same run (bench/run.mjs): search
## quality, speed and size against MiniSearch, Fuse.js, FlexSearch and Orama,
## page load and app.wasm against a go-app hello world; tables and goals
## printed and written to build/bench/peers.md and peers.json
bench: deps build
	@mkdir -p build/bench
	$(GO) test -run='^$$' -bench=. -benchmem -count=5 -timeout=30m ./app/search | tee build/bench.txt
	$(GO) run ./cmd/wasm bench -in build/bench.txt
	GOOS=js GOARCH=wasm GOWASM=$(GOWASM) $(GO) build $(WASM_FLAGS) -o build/bench/search.wasm ./bench/searchwasm
	GOOS=js GOARCH=wasm GOWASM=$(GOWASM) $(GO) build $(WASM_FLAGS) -o build/bench/hello.wasm ./bench/hello
	$(GO) run ./bench/hello -wasm build/bench/hello.wasm -out build/bench/hello-dist -cache "$(CACHE)"
	$(GO) run ./bench/export -out build/bench/data
	DIST=$(CURDIR)/$(DIST) node bench/run.mjs

clean:
	rm -rf build dist dist-prefixed tests/e2e/artifacts seeds/snapshot.json seeds/facts.json
