// Prints, after the browser tests, how long each slow step took against its budget
// (tests/budgets.ts), and writes the figures to test-results/step-times.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { BUDGET, type Step } from './budgets';

const quantile = (sorted: number[], q: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export default class StepTimes implements Reporter {
	private times = new Map<Step, number[]>();

	onTestEnd(_test: TestCase, result: TestResult) {
		for (const { type, description } of result.annotations) {
			if (!type.startsWith('step:')) continue;
			const step = type.slice('step:'.length) as Step;
			this.times.set(step, [...(this.times.get(step) ?? []), Number(description)]);
		}
	}

	onEnd() {
		const rows = [...this.times].map(([step, ms]) => {
			const sorted = [...ms].sort((a, b) => a - b);
			return {
				step,
				count: sorted.length,
				p50: quantile(sorted, 0.5),
				p95: quantile(sorted, 0.95),
				max: sorted.at(-1)!,
				budget: BUDGET[step]
			};
		});
		if (rows.length === 0) return;
		mkdirSync('test-results', { recursive: true });
		writeFileSync('test-results/step-times.json', JSON.stringify(rows, null, '\t'));
		console.log('\nSlow steps (ms): count, p50, p95, max against the budget');
		for (const r of rows)
			console.log(
				`  ${r.step.padEnd(15)}${String(r.count).padStart(5)}${String(r.p50).padStart(8)}` +
					`${String(r.p95).padStart(8)}${String(r.max).padStart(8)}  / ${r.budget}` +
					(r.max > r.budget / 2 ? '  (over half the budget)' : '')
			);
	}
}
