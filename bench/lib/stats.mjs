// The statistics the tables print.

export function median(values) {
	const s = [...values].sort((a, b) => a - b);
	const n = s.length;
	return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** The p-th percentile (0 < p ≤ 100), by the nearest-rank method. */
export function percentile(values, p) {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}
