import { describe, expect, it } from 'vitest';
import {
	handleKey,
	INITIAL_KEYS,
	isTextField,
	keyAction,
	reduceKey,
	type KeyInput,
	type KeyResult,
	type KeyState,
	keyInput
} from './keys';

const COUNT = 9;
const press = (key: string, extra: Partial<KeyInput> = {}, state = INITIAL_KEYS, step = 3) =>
	handleKey({ key, ...extra }, state, step, COUNT);

describe('keyAction', () => {
	it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' '])('%j is next', (key) => {
		expect(keyAction({ key })).toEqual({ type: 'next' });
	});

	it.each(['ArrowLeft', 'ArrowUp', 'PageUp'])('%j is previous', (key) => {
		expect(keyAction({ key })).toEqual({ type: 'prev' });
	});

	it('Shift+Space is previous', () => {
		expect(keyAction({ key: ' ', shiftKey: true })).toEqual({ type: 'prev' });
	});

	it('maps Home, End, F, B, ., ?, Esc and Enter', () => {
		expect(keyAction({ key: 'Home' })).toEqual({ type: 'first' });
		expect(keyAction({ key: 'End' })).toEqual({ type: 'last' });
		expect(keyAction({ key: 'f' })).toEqual({ type: 'fullscreen' });
		expect(keyAction({ key: 'F', shiftKey: true })).toEqual({ type: 'fullscreen' });
		expect(keyAction({ key: 'b' })).toEqual({ type: 'blank' });
		expect(keyAction({ key: 'B' })).toEqual({ type: 'blank' });
		expect(keyAction({ key: '.' })).toEqual({ type: 'blank' });
		expect(keyAction({ key: '?', shiftKey: true })).toEqual({ type: 'help' });
		expect(keyAction({ key: 'Escape' })).toEqual({ type: 'escape' });
		expect(keyAction({ key: 'Enter' })).toEqual({ type: 'enter' });
	});

	it('reads digits', () => {
		for (const d of '0123456789')
			expect(keyAction({ key: d })).toEqual({ type: 'digit', digit: d });
	});

	it('leaves browser shortcuts and other keys alone', () => {
		expect(keyAction({ key: 'ArrowLeft', altKey: true })).toBeNull(); // Back
		expect(keyAction({ key: 'f', ctrlKey: true })).toBeNull(); // Find
		expect(keyAction({ key: 'r', metaKey: true })).toBeNull();
		expect(keyAction({ key: '+' })).toBeNull();
		expect(keyAction({ key: 'Tab' })).toBeNull();
		expect(keyAction({ key: 'a' })).toBeNull();
	});

	it('leaves every key to a text field', () => {
		for (const key of ['ArrowRight', ' ', 'f', '3', 'Escape'])
			expect(keyAction({ key, inTextField: true })).toBeNull();
	});
});

describe('moving between steps', () => {
	it('goes to the next and previous step', () => {
		expect(press('ArrowRight').effect).toEqual({ type: 'go', step: 4 });
		expect(press('PageUp').effect).toEqual({ type: 'go', step: 2 });
		expect(press(' ', { shiftKey: true }).effect).toEqual({ type: 'go', step: 2 });
	});

	it('goes to the first and last step', () => {
		expect(press('Home').effect).toEqual({ type: 'go', step: 1 });
		expect(press('End').effect).toEqual({ type: 'go', step: COUNT });
	});

	it('stops at the ends, still taking the key so the map does not pan', () => {
		const atEnd = handleKey({ key: 'ArrowRight' }, INITIAL_KEYS, COUNT, COUNT);
		expect(atEnd).toMatchObject({ handled: true, effect: null });
		const atStart = handleKey({ key: 'ArrowLeft' }, INITIAL_KEYS, 1, COUNT);
		expect(atStart).toMatchObject({ handled: true, effect: null });
		expect(handleKey({ key: 'Home' }, INITIAL_KEYS, 1, COUNT).effect).toBeNull();
	});

	it('brings a blanked screen back when moving on', () => {
		const blank: KeyState = { ...INITIAL_KEYS, blank: true };
		const r = press('ArrowRight', {}, blank);
		expect(r.state.blank).toBe(false);
		expect(r.effect).toEqual({ type: 'go', step: 4 });
	});
});

describe('digits then Enter', () => {
	function type(keys: string[], step = 3) {
		let state = INITIAL_KEYS;
		let last: KeyResult | undefined;
		for (const key of keys) {
			last = handleKey({ key }, state, step, 12);
			state = last.state;
		}
		return last!;
	}

	it('jumps to the typed step', () => {
		expect(type(['7', 'Enter']).effect).toEqual({ type: 'go', step: 7 });
		expect(type(['1', '2', 'Enter']).effect).toEqual({ type: 'go', step: 12 });
		expect(type(['1', '2', 'Enter']).state.digits).toBe('');
	});

	it('shows the digits while typing', () => {
		expect(type(['1']).state.digits).toBe('1');
		expect(type(['1', '1']).state.digits).toBe('11');
	});

	it('ignores a step that does not exist, and clears the digits', () => {
		expect(type(['4', '0', 'Enter'])).toMatchObject({ effect: null, state: { digits: '' } });
		expect(type(['0', 'Enter'])).toMatchObject({ effect: null, state: { digits: '' } });
	});

	it('leaves Enter alone when no digits were typed (it presses the focused button)', () => {
		expect(press('Enter')).toMatchObject({ handled: false, effect: null });
	});

	it('Esc clears typed digits before leaving', () => {
		expect(type(['5', 'Escape'])).toMatchObject({ effect: null, state: { digits: '' } });
	});
});

describe('fullscreen, blank, help and Esc', () => {
	it('asks for fullscreen', () => {
		expect(press('f').effect).toEqual({ type: 'fullscreen' });
	});

	it('B and . toggle the blank screen', () => {
		const on = press('b');
		expect(on.state.blank).toBe(true);
		expect(press('.', {}, on.state).state.blank).toBe(false);
	});

	it('? toggles the help', () => {
		const on = press('?');
		expect(on.state.help).toBe(true);
		expect(press('?', {}, on.state).state.help).toBe(false);
	});

	it('Esc closes the help, then the blank screen, then leaves', () => {
		let state: KeyState = { digits: '', help: true, blank: true };
		let r = press('Escape', {}, state);
		expect(r).toMatchObject({ effect: null, state: { help: false, blank: true } });
		state = r.state;
		r = press('Escape', {}, state);
		expect(r).toMatchObject({ effect: null, state: { help: false, blank: false } });
		r = press('Escape', {}, r.state);
		expect(r.effect).toEqual({ type: 'leave' });
	});

	it('reduceKey never changes the state it was given', () => {
		const state = { ...INITIAL_KEYS };
		reduceKey(state, { type: 'blank' }, 1, COUNT);
		reduceKey(state, { type: 'digit', digit: '4' }, 1, COUNT);
		expect(state).toEqual(INITIAL_KEYS);
	});
});

describe('isTextField', () => {
	const el = (tagName: string, extra: Record<string, unknown> = {}) =>
		({ tagName, isContentEditable: false, ...extra }) as unknown as EventTarget;

	it('recognises places where typing goes', () => {
		expect(isTextField(el('INPUT', { type: 'search' }))).toBe(true);
		expect(isTextField(el('INPUT', { type: 'text' }))).toBe(true);
		expect(isTextField(el('TEXTAREA'))).toBe(true);
		expect(isTextField(el('DIV', { isContentEditable: true }))).toBe(true);
	});

	it('does not count buttons, checkboxes, the map canvas or the page', () => {
		expect(isTextField(el('INPUT', { type: 'checkbox' }))).toBe(false);
		expect(isTextField(el('BUTTON'))).toBe(false);
		expect(isTextField(el('CANVAS'))).toBe(false);
		expect(isTextField(null)).toBe(false);
		expect(isTextField({} as EventTarget)).toBe(false);
	});
});

describe('keyInput', () => {
	const event = (key: string, target: unknown) =>
		({
			key,
			shiftKey: true,
			ctrlKey: false,
			altKey: false,
			metaKey: false,
			target
		}) as unknown as KeyboardEvent;

	it('reads the key and modifiers, and whether the key went to a text field', () => {
		expect(keyInput(event(' ', { tagName: 'BUTTON' }))).toEqual({
			key: ' ',
			shiftKey: true,
			ctrlKey: false,
			altKey: false,
			metaKey: false,
			inTextField: false
		});
		expect(keyInput(event('3', { tagName: 'INPUT', type: 'search' })).inTextField).toBe(true);
	});
});
