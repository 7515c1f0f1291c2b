// A counting proxy in front of a site's server: every byte the browser
// receives, headers included, from the page and from its service worker
// alike (a worker's requests do not show in the page's DevTools events),
// and when the network has gone quiet.
import http from 'node:http';

const HOST = '127.0.0.1';

/**
 * Proxies http://127.0.0.1:<port> to target (an origin). Resolves to
 * {origin, reset(), bytes(), requests(), quiet(ms, timeoutMs), close()}.
 */
export async function meter(target) {
	const sockets = new Set();
	let closedBytes = 0;
	let baseline = 0;
	let requests = 0;
	let inflight = 0;
	let lastEnd = performance.now();
	const agent = new http.Agent({ keepAlive: true });

	const server = http.createServer((req, res) => {
		requests++;
		inflight++;
		const done = () => {
			inflight--;
			lastEnd = performance.now();
		};
		res.once('close', done);
		const upstream = http.request(
			new URL(req.url, target),
			{ method: req.method, headers: req.headers, agent },
			(up) => {
				res.writeHead(up.statusCode, up.rawHeaders);
				up.pipe(res);
			},
		);
		upstream.once('error', (err) => res.destroy(err));
		req.pipe(upstream);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.once('close', () => {
			closedBytes += socket.bytesWritten;
			sockets.delete(socket);
		});
	});
	await new Promise((resolve) => server.listen(0, HOST, resolve));

	const total = () => closedBytes + [...sockets].reduce((n, s) => n + s.bytesWritten, 0);
	return {
		origin: `http://${HOST}:${server.address().port}`,
		/** Counts from now on. */
		reset() {
			baseline = total();
			requests = 0;
		},
		bytes: () => total() - baseline,
		requests: () => requests,
		/** Resolves once no request has been open for ms. */
		async quiet(ms, timeoutMs = 60_000) {
			const deadline = performance.now() + timeoutMs;
			while (inflight > 0 || performance.now() - lastEnd < ms) {
				if (performance.now() > deadline) throw new Error(`the network did not go quiet within ${timeoutMs} ms`);
				await new Promise((r) => setTimeout(r, 50));
			}
		},
		async close() {
			for (const s of sockets) s.destroy();
			agent.destroy();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}
