// Measures one engine of lib/engines.mjs, in a process of its own so that
// the heap it measures holds nothing else (run.mjs starts it with
// --expose-gc), and prints the measurement as one JSON object:
//
//   node --expose-gc engine.mjs <engine> quality <data dir>
//     the ids each query of the quality table finds over the real corpus;
//   node --expose-gc engine.mjs <engine> speed <data dir>
//     over the synthetic corpus: the index's build time, memory and
//     serialised size, and the time of every keystroke query.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ENGINES } from './lib/engines.mjs';

// A pass over the keystroke queries slower than this is timed once: at
// hundreds of milliseconds a query the warm-up of the first queries is
// lost in the noise, and three passes would take minutes.
const SLOW_PASS_MS = 10_000;
// Passes timed otherwise, after one that warms up the engine (its code
// compiled by the JIT, its caches filled as a typing user's would be).
const PASSES = 3;
// The longest a single pass may take. An engine at seconds a keystroke
// (Fuse.js over 10,000 articles) is timed on as many keystrokes as fit,
// taken across the list: every STRIDE-th first, then the ones after those,
// and so on, so that those timed are spread over all the queries.
const PASS_BUDGET_MS = 60_000;
const STRIDE = 5;

const [name, what, dataDir] = process.argv.slice(2);
const engine = ENGINES[name];
if (!engine || !['quality', 'speed'].includes(what) || !dataDir) {
	console.error(`usage: node --expose-gc engine.mjs <${Object.keys(ENGINES).join('|')}> <quality|speed> <data dir>`);
	process.exit(2);
}
const read = (file) => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));

await engine.setup?.();
const result = what === 'quality' ? await quality(read('real.json')) : await speed(read('synth.json'));
process.stdout.write(JSON.stringify(result) + '\n');
process.exit(0); // the Go program of our engine never exits by itself

async function quality({ docs, queries }) {
	await engine.build(engine.prepare(docs));
	return { results: queries.map((q) => engine.search(q.query)) };
}

async function speed({ docs, keystrokes }) {
	// The documents stay alive throughout: the heap growth is the index's.
	const input = engine.prepare(docs);
	const heap = () => {
		globalThis.gc();
		globalThis.gc();
		return process.memoryUsage().heapUsed;
	};
	const before = heap();
	const start = performance.now();
	const own = (await engine.build(input)) ?? {};
	const buildMs = performance.now() - start;
	const heapBytes = heap() - before;

	const order = keystrokes.map((_, i) => i).sort((a, b) => (a % STRIDE) - (b % STRIDE) || a - b);
	// The time of each keystroke, undefined for those past the budget.
	const pass = (budget = Infinity) => {
		const times = [];
		const start = performance.now();
		for (const i of order) {
			if (performance.now() - start > budget) break;
			const t = performance.now();
			engine.search(keystrokes[i]);
			times[i] = performance.now() - t;
		}
		return times;
	};
	let passes = [pass(PASS_BUDGET_MS)];
	const complete = keystrokes.every((_, i) => passes[0][i] !== undefined);
	if (complete && passes[0].reduce((a, b) => a + b, 0) < SLOW_PASS_MS) {
		passes = Array.from({ length: PASSES }, () => pass());
	}
	// Each keystroke's time is its median over the passes; null if untimed.
	const times = keystrokes.map((_, i) => {
		if (passes[0][i] === undefined) return null;
		const ts = passes.map((p) => p[i]).sort((a, b) => a - b);
		return ts[Math.floor(ts.length / 2)];
	});

	const serialisedBytes = await engine.serialisedBytes();
	return {
		docs: docs.length,
		buildMs: own.buildMs ?? buildMs,
		heapBytes: own.heapBytes ?? heapBytes,
		linearMemoryBytes: own.linearMemoryBytes,
		serialisedBytes,
		passes: passes.length,
		keystrokes,
		times,
	};
}
