// Serves a built site with Python's plain static file server (not the project's
// own): like a typical static host it does not add .html to extensionless URLs
// and it redirects /doc/x to /doc/x/ (pages are written as doc/x/index.html).
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, stat, symlink } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const HOST = '127.0.0.1';

/**
 * Stops a server process: SIGTERM, then SIGKILL if it has not exited within
 * 5 s. exited() tells whether it has already.
 */
export async function stopProcess(child, exited) {
	if (exited()) return;
	const done = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	const t = setTimeout(() => child.kill('SIGKILL'), 5000);
	await done;
	clearTimeout(t);
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, HOST, () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/**
 * Starts `python3 -m http.server` on a free port of 127.0.0.1 serving `dir`.
 * With `prefix` (e.g. "/prefix/"), serves a temporary directory in which
 * `<prefix>` is a symlink to `dir`, so a site built for a sub-path is at
 * http://127.0.0.1:<port>/prefix/.
 * Resolves once the server answers. Returns {origin, url, port, root, stop()}:
 * `url` is origin + prefix (ending with "/").
 */
export async function serve(dir, { prefix = '/', timeoutMs = 30_000 } = {}) {
	const abs = path.resolve(dir);
	const st = await stat(abs).catch(() => null);
	if (!st?.isDirectory()) throw new Error(`serve: not a directory: ${abs}`);

	const segments = prefix.split('/').filter(Boolean);
	let root = abs;
	let tmp = null;
	if (segments.length > 0) {
		tmp = await mkdtemp(path.join(os.tmpdir(), 'e2e-site-'));
		const parent = path.join(tmp, ...segments.slice(0, -1));
		await mkdir(parent, { recursive: true });
		await symlink(abs, path.join(parent, segments.at(-1)), 'dir');
		root = tmp;
	}
	const normPrefix = segments.length ? `/${segments.join('/')}/` : '/';

	let lastErr;
	for (let attempt = 0; attempt < 3; attempt++) {
		const port = await freePort();
		const child = spawn(
			'python3',
			['-m', 'http.server', '--bind', HOST, String(port), '--directory', root],
			{ stdio: ['ignore', 'ignore', 'pipe'] },
		);
		let stderr = '';
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (d) => {
			// Keep only the tail: the access log grows with every request.
			stderr = (stderr + d).slice(-4000);
		});
		let exited = null;
		child.on('exit', (code, signal) => {
			exited = { code, signal };
		});

		const origin = `http://${HOST}:${port}`;
		const url = origin + normPrefix;
		const deadline = Date.now() + timeoutMs;
		let up = false;
		while (!exited && Date.now() < deadline) {
			try {
				const res = await fetch(origin + '/', { redirect: 'manual' });
				await res.arrayBuffer();
				up = true;
				break;
			} catch {
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		if (up) {
			const stop = async () => {
				await stopProcess(child, () => exited);
				if (tmp) await rm(tmp, { recursive: true, force: true });
			};
			return { origin, url, port, root, stop, log: () => stderr };
		}
		if (!exited) child.kill('SIGKILL');
		lastErr = new Error(
			`python3 http.server on port ${port} did not answer` +
				(exited ? ` (exited with ${exited.code ?? exited.signal})` : ` within ${timeoutMs} ms`) +
				`:\n${stderr}`,
		);
	}
	if (tmp) await rm(tmp, { recursive: true, force: true });
	throw lastErr;
}
