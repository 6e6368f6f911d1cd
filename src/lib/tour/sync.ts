/**
 * Keeps the projected tour and the presenter view on the same step, both ways, through a
 * BroadcastChannel: same browser, same site, no server. The projected window announces every
 * step it shows; the presenter sends the steps it wants shown, and asks once where the projected
 * window is when it opens.
 */
export const TOUR_CHANNEL = 'nagato-atlas-tour';

export type TourMessage =
	/** "Show step n" from the presenter; "I now show step n" from the projected window. */
	| { type: 'goto'; step: number }
	/** "Which step are you on?": the projected window answers with a `goto`. */
	| { type: 'hello' };

/** Only well-formed messages get through: anything else on the channel is ignored. */
export function parseTourMessage(data: unknown): TourMessage | null {
	if (!data || typeof data !== 'object') return null;
	const m = data as Record<string, unknown>;
	if (m.type === 'hello') return { type: 'hello' };
	if (m.type === 'goto' && typeof m.step === 'number' && Number.isInteger(m.step) && m.step >= 1)
		return { type: 'goto', step: m.step };
	return null;
}

export interface TourSync {
	send(message: TourMessage): void;
	close(): void;
}

/**
 * A teacher's own tour talks on its own channel, so a built-in tour's presenter view open in
 * another tab never moves it (and the other way round).
 */
export const CUSTOM_TOUR_CHANNEL = 'nagato-atlas-custom-tour';

/** Opens the channel; a browser without BroadcastChannel gets a sync that does nothing. */
export function openTourSync(
	onMessage: (message: TourMessage) => void,
	name: string = TOUR_CHANNEL
): TourSync {
	if (typeof BroadcastChannel === 'undefined') return { send() {}, close() {} };
	const channel = new BroadcastChannel(name);
	channel.onmessage = (event) => {
		const message = parseTourMessage(event.data);
		if (message) onMessage(message);
	};
	return {
		send: (message) => channel.postMessage(message),
		close: () => channel.close()
	};
}
