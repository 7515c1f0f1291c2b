// Tables and units for people: every table is Markdown, padded so that it
// also reads as a table in a terminal.

export function table(headers, rows) {
	const cells = [headers, ...rows].map((r) => r.map(String));
	const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
	const line = (r) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
	return [line(cells[0]), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...cells.slice(1).map(line)].join('\n');
}

export function ms(v) {
	if (v == null) return 'n/a';
	if (v >= 1000) return `${(v / 1000).toFixed(2)} s`;
	if (v >= 10) return `${v.toFixed(0)} ms`;
	return `${v.toFixed(2)} ms`;
}

export function mb(v) {
	if (v == null) return 'n/a';
	if (v < 1e5) return `${(v / 1e3).toFixed(1)} KB`;
	return `${(v / 1e6).toFixed(2)} MB`;
}

/** a ÷ b (two significant digits below 0.1), or n/a when either is missing or b is zero. */
export function ratio(a, b) {
	if (typeof a !== 'number' || typeof b !== 'number' || b === 0) return 'n/a';
	const r = a / b;
	return `${r === 0 || r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}×`;
}
