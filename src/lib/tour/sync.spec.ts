import { describe, expect, it } from 'vitest';
import { openTourSync, parseTourMessage, TOUR_CHANNEL } from './sync';

describe('parseTourMessage', () => {
	it('accepts goto and hello', () => {
		expect(parseTourMessage({ type: 'goto', step: 3 })).toEqual({ type: 'goto', step: 3 });
		expect(parseTourMessage({ type: 'hello' })).toEqual({ type: 'hello' });
	});

	it.each([
		null,
		'goto',
		42,
		{},
		{ type: 'goto' },
		{ type: 'goto', step: '3' },
		{ type: 'goto', step: 0 },
		{ type: 'goto', step: 2.5 },
		{ type: 'navigate', step: 2 }
	])('ignores %j', (data) => {
		expect(parseTourMessage(data)).toBeNull();
	});
});

describe('openTourSync', () => {
	it('carries messages between two windows on the named channel', async () => {
		expect(TOUR_CHANNEL).toBe('nagato-atlas-tour');
		const received: unknown[] = [];
		const a = openTourSync(() => {});
		const b = openTourSync((m) => received.push(m));
		const stray = new BroadcastChannel(TOUR_CHANNEL);
		stray.postMessage({ type: 'goto', step: 'five' });
		a.send({ type: 'goto', step: 5 });
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(received).toEqual([{ type: 'goto', step: 5 }]);
		a.close();
		b.close();
		stray.close();
	});
});
