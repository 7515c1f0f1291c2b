// Runs a Go program compiled to js/wasm in Node, through the glue Go ships
// with its toolchain ($(go env GOROOT)/lib/wasm/wasm_exec.js), as the
// browser runs app.wasm through the copy go-app serves.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Starts the Go program in wasmFile and resolves once its main has set what
 * it exports and blocked (the program stays alive, answering calls).
 * Returns the program's linear memory.
 */
export async function startGo(wasmFile) {
	const goroot = execFileSync(process.env.GO || 'go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
	// A classic script that defines globalThis.Go.
	createRequire(import.meta.url)(path.join(goroot, 'lib', 'wasm', 'wasm_exec.js'));
	const go = new globalThis.Go();
	const { instance } = await WebAssembly.instantiate(await readFile(wasmFile), go.importObject);
	// run returns when the program exits; main runs synchronously up to its
	// first block, so the functions exist when this returns.
	go.run(instance);
	return instance.exports.mem;
}
