// The engines make bench compares: the site's own (app/search compiled to
// WebAssembly, bench/searchwasm) and the four client-side search libraries
// a user would pick instead, each configured as its documentation
// recommends for fuzzy search as you type, accent folding on where it has
// it, and asked for as many results as the site's header shows (20).
//
// Every engine is {name, pkg, prepare(docs), build(input), search(query),
// serialisedBytes()}, with setup() first where it needs one: prepare turns
// the documents (search.Doc, as bench/export writes them) into what the
// engine takes, outside any measurement; build indexes them, and returns
// what it measured itself if Node cannot see it; search returns the ids
// found, best first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { create, insertMultiple, save, search as oramaSearch } from '@orama/orama';
import { Charset, Document as FlexDocument } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';

import { startGo } from './gowasm.mjs';

const BENCH = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const SEARCH_WASM = process.env.SEARCH_WASM || path.join(BENCH, '..', 'build', 'bench', 'search.wasm');

// The results the site's header lists, and what every engine is asked for.
const LIMIT = 20;

/** The installed (pinned) version of an npm package of bench/. */
export function version(pkg) {
	return JSON.parse(readFileSync(path.join(BENCH, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

/** What the libraries index: the fields app/search indexes, the body as one text. */
function plain(docs) {
	return docs.map((d) => ({ id: d.ID, title: d.Title, author: d.Author, body: d.Sentences.map((s) => s.Text).join(' ') }));
}

const bytes = (s) => Buffer.byteLength(s, 'utf8');

// Accent folding for the engines that leave it to the caller: canonical
// decomposition, then every combining mark dropped ("Piñera" → "pinera").
const fold = (term) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const ours = {
	name: 'ours (app/search, wasm)',
	pkg: null,
	async setup() {
		this.memory = await startGo(SEARCH_WASM);
	},
	prepare: (docs) => JSON.stringify(docs),
	// The index is built inside Go: it reports the time search.New took (the
	// JSON decoding before it left out, as JSON.parse is for the libraries)
	// and the Go heap the index holds, which Node's heap statistics cannot
	// see.
	build(json) {
		const r = globalThis.chinalacIndex(json);
		if (r instanceof Error) throw r;
		return { buildMs: r.buildMs, heapBytes: r.heapBytes, linearMemoryBytes: this.memory.buffer.byteLength };
	},
	search(q) {
		const ids = globalThis.chinalacSearch(q);
		return ids === '' ? [] : ids.split('\n');
	},
	// The site builds its index at start-up from the corpus app.wasm embeds:
	// there is no serialised form.
	async serialisedBytes() {
		return null;
	},
};

// MiniSearch: "prefix: true" and "fuzzy: 0.2" are the search options its
// README shows for prefix and fuzzy search (the fuzzy example uses 0.2,
// "a max edit distance of 0.2 * term length") and sets as defaults with
// "searchOptions", with "boost: { title: 2 }"; accents are folded with the
// "processTerm" option, which its README gives for normalising terms,
// applied to the texts and the queries alike.
// (node_modules/minisearch/README.md, "Search options" and "Term processing")
const minisearch = {
	name: 'MiniSearch',
	pkg: 'minisearch',
	prepare: plain,
	build(docs) {
		this.ms = new MiniSearch({
			fields: ['title', 'author', 'body'],
			processTerm: fold,
			searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2 } },
		});
		this.ms.addAll(docs);
	},
	// MiniSearch has no limit: it returns every match, sorted.
	search(q) {
		return this.ms
			.search(q)
			.slice(0, LIMIT)
			.map((r) => r.id);
	},
	async serialisedBytes() {
		return bytes(JSON.stringify(this.ms));
	},
};

// Fuse.js: "useTokenSearch" is what its Token Search page recommends for
// "document search — matching across titles, descriptions, or body text
// where multiple terms matter" and multi-word queries (the default treats
// the whole query as one pattern of at most 32 characters); the default
// threshold (0.6); "ignoreLocation: true" because the default location
// and distance (0 and 100) exclude matches further than about 60
// characters into a field, that is most of an article's body;
// "ignoreDiacritics: true" folds accents; weighted keys, title first, as
// its README's example.
// (https://fusejs.io/token-search.html, https://fusejs.io/fuzzy-search.html)
const fuse = {
	name: 'Fuse.js',
	pkg: 'fuse.js',
	prepare: plain,
	build(docs) {
		this.fuse = new Fuse(docs, {
			keys: [{ name: 'title', weight: 2 }, 'author', 'body'],
			useTokenSearch: true,
			ignoreLocation: true,
			ignoreDiacritics: true,
		});
	},
	search(q) {
		return this.fuse.search(q, { limit: LIMIT }).map((r) => r.item.id);
	},
	async serialisedBytes() {
		return bytes(JSON.stringify(this.fuse.getIndex()));
	},
};

// FlexSearch: its README's fuzzy search recipe: the "forward" tokenizer
// (prefixes, for search as you type), the LatinBalance encoder (case and
// accent folding, letter deduplication and a basic phonetic transform;
// the README's example of an index with an encoder pairs it with
// "forward") and
// "suggest: true" at search time; "merge: true" lists each document once
// across the fields.
// (node_modules/flexsearch/README.md, "Fuzzy-Search" and "Basic Usage")
const flexsearch = {
	name: 'FlexSearch',
	pkg: 'flexsearch',
	prepare: plain,
	build(docs) {
		this.index = new FlexDocument({
			document: { id: 'id', index: ['title', 'author', 'body'] },
			tokenize: 'forward',
			encoder: Charset.LatinBalance,
		});
		for (const d of docs) this.index.add(d);
	},
	search(q) {
		return this.index.search(q, { limit: LIMIT, suggest: true, merge: true }).map((r) => r.id);
	},
	// export calls back with each part of the index, serialised.
	async serialisedBytes() {
		let n = 0;
		await this.index.export((_key, data) => {
			n += bytes(data ?? '');
		});
		return n;
	},
};

// Orama: "tolerance: 1" is the typo tolerance its documentation's example
// uses (the maximum Levenshtein distance; 0 by default); its tokenizer
// folds accents itself; "boost" weights the title as for the others.
// (https://docs.orama.com/docs/orama-js/search#typo-tolerance)
const orama = {
	name: 'Orama',
	pkg: '@orama/orama',
	prepare: plain,
	async build(docs) {
		this.db = create({ schema: { id: 'string', title: 'string', author: 'string', body: 'string' } });
		// It may yield between batches of documents.
		await insertMultiple(this.db, docs);
	},
	search(q) {
		return oramaSearch(this.db, { term: q, tolerance: 1, boost: { title: 2 }, limit: LIMIT }).hits.map((h) => h.id);
	},
	async serialisedBytes() {
		return bytes(JSON.stringify(save(this.db)));
	},
};

export const ENGINES = { ours, minisearch, fuse, flexsearch, orama };
