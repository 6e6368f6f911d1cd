/**
 * The tour's keys, as pure functions: which action a key press means, and what that action does to
 * the tour's little bit of key state. The layout listens on window (capture phase) and only
 * carries out the effects: navigate, toggle fullscreen, leave.
 *
 *   → ↓ PageDown Space      next step          ← ↑ PageUp Shift+Space   previous step
 *   Home / End              first / last       digits, then Enter         go to that step
 *   F                       fullscreen         B or .                     blank the screen
 *   ?                       key help           Esc                        close help / blank; leave
 */

export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
	/** The key went to a text field, which keeps every key for itself. */
	inTextField?: boolean;
}

export type Action =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'digit'; digit: string }
	| { type: 'enter' }
	| { type: 'fullscreen' }
	| { type: 'blank' }
	| { type: 'help' }
	| { type: 'escape' };

export interface KeyState {
	/** Digits typed so far for "go to step" (shown on screen until Enter or Esc). */
	digits: string;
	help: boolean;
	blank: boolean;
}

export type Effect = { type: 'go'; step: number } | { type: 'fullscreen' } | { type: 'leave' };

export interface KeyResult {
	/** Whether the tour used the key: then it is stopped, so the map does not pan as well. */
	handled: boolean;
	state: KeyState;
	effect: Effect | null;
}

export const INITIAL_KEYS: KeyState = { digits: '', help: false, blank: false };

/** At most this many digits are kept: enough for any step number. */
const MAX_DIGITS = 3;

/** The action a key press means, or null for keys the tour leaves alone. */
export function keyAction(input: KeyInput): Action | null {
	if (input.inTextField || input.ctrlKey || input.altKey || input.metaKey) return null;
	const { key } = input;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return { type: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return { type: 'prev' };
		case ' ':
		case 'Spacebar':
			return { type: input.shiftKey ? 'prev' : 'next' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'Enter':
			return { type: 'enter' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'b':
		case 'B':
		case '.':
			return { type: 'blank' };
		case '?':
			return { type: 'help' };
		case 'Escape':
		case 'Esc':
			return { type: 'escape' };
	}
	if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
	return null;
}

/** What an action does, at step `step` (from 1) of `count`. */
export function reduceKey(state: KeyState, action: Action, step: number, count: number): KeyResult {
	const go = (target: number): KeyResult => ({
		handled: true,
		// Moving on also brings the picture back.
		state: { ...state, digits: '', blank: false },
		effect: target !== step && target >= 1 && target <= count ? { type: 'go', step: target } : null
	});
	switch (action.type) {
		case 'next':
			return go(Math.min(count, step + 1));
		case 'prev':
			return go(Math.max(1, step - 1));
		case 'first':
			return go(1);
		case 'last':
			return go(count);
		case 'digit':
			return {
				handled: true,
				state: { ...state, digits: (state.digits + action.digit).slice(-MAX_DIGITS) },
				effect: null
			};
		case 'enter': {
			// Without typed digits, Enter keeps its usual job (pressing the focused button or link).
			if (!state.digits) return { handled: false, state, effect: null };
			const target = Number(state.digits);
			if (target < 1 || target > count)
				return { handled: true, state: { ...state, digits: '' }, effect: null };
			return go(target);
		}
		case 'fullscreen':
			return { handled: true, state, effect: { type: 'fullscreen' } };
		case 'blank':
			return { handled: true, state: { ...state, blank: !state.blank }, effect: null };
		case 'help':
			return { handled: true, state: { ...state, help: !state.help }, effect: null };
		case 'escape':
			// Esc closes what is open first, one thing per press; then it leaves the tour.
			if (state.help) return { handled: true, state: { ...state, help: false }, effect: null };
			if (state.blank) return { handled: true, state: { ...state, blank: false }, effect: null };
			if (state.digits) return { handled: true, state: { ...state, digits: '' }, effect: null };
			return { handled: true, state, effect: { type: 'leave' } };
	}
}

/** A key press from start to finish: unhandled keys leave the state as it was. */
export function handleKey(
	input: KeyInput,
	state: KeyState,
	step: number,
	count: number
): KeyResult {
	const action = keyAction(input);
	if (!action) return { handled: false, state, effect: null };
	return reduceKey(state, action, step, count);
}

/** Whether a key event's target is somewhere typing goes (the tour then ignores the key). */
export function isTextField(target: EventTarget | null): boolean {
	if (!target || typeof (target as Element).tagName !== 'string') return false;
	const el = target as HTMLElement;
	if (el.isContentEditable) return true;
	if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
	if (el.tagName !== 'INPUT') return false;
	const type = ((el as HTMLInputElement).type || 'text').toLowerCase();
	return ![
		'button',
		'checkbox',
		'radio',
		'range',
		'reset',
		'submit',
		'image',
		'color',
		'file'
	].includes(type);
}

/** What the tour reads of a browser key event. */
export function keyInput(event: KeyboardEvent): KeyInput {
	const { key, shiftKey, ctrlKey, altKey, metaKey } = event;
	return { key, shiftKey, ctrlKey, altKey, metaKey, inTextField: isTextField(event.target) };
}
