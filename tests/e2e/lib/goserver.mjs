// Serves a built site with the project's own server (`wasm serve`, what
// `make run` runs: app/staticserver), which adds the Content-Security-Policy
// header to every response. The binary is built once into a temporary dir.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { freePort, stopProcess } from './server.mjs';

const HOST = '127.0.0.1';

/**
 * Builds ./cmd/wasm of `repo` natively and serves `dir` with it on a free
 * port of 127.0.0.1. Resolves once the server answers.
 * Returns {origin, url, port, stop(), log()}.
 */
export async function serveWithGo(repo, dir, { timeoutMs = 120_000 } = {}) {
	const tmp = await mkdtemp(path.join(os.tmpdir(), 'e2e-serve-'));
	const bin = path.join(tmp, 'serve');
	try {
		await promisify(execFile)(process.env.GO || 'go', ['build', '-o', bin, './cmd/wasm'], {
			cwd: repo,
			timeout: timeoutMs,
			maxBuffer: 16 << 20,
		});
	} catch (err) {
		await rm(tmp, { recursive: true, force: true });
		throw new Error(`go build ./cmd/wasm failed: ${err.stderr || err.message}`);
	}

	const port = await freePort();
	const child = spawn(bin, ['serve', '-dir', dir, '-addr', `${HOST}:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const keep = (d) => {
		output = (output + d).slice(-4000);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	let exited = null;
	child.on('exit', (code, signal) => {
		exited = { code, signal };
	});

	const origin = `http://${HOST}:${port}`;
	const stop = async () => {
		await stopProcess(child, () => exited);
		await rm(tmp, { recursive: true, force: true });
	};
	const deadline = Date.now() + 30_000;
	while (!exited && Date.now() < deadline) {
		try {
			const res = await fetch(origin + '/');
			await res.arrayBuffer();
			return { origin, url: origin + '/', port, stop, log: () => output };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	await stop();
	throw new Error(`wasm serve on ${origin} did not answer${exited ? ` (exited with ${exited.code ?? exited.signal})` : ''}:\n${output}`);
}
