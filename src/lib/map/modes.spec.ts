import { describe, expect, it } from 'vitest';
import { projectorLabels, projectorLabelSize } from '$lib/tour/camera';
import { MAP_MODES, type MapMode } from './modes';

const modes = Object.keys(MAP_MODES) as MapMode[];

describe('MAP_MODES', () => {
	it('has the four maps the layouts draw', () => {
		expect([...modes].sort()).toEqual(['embed', 'embed-tour', 'explore', 'tour']);
	});

	it('opens a place in the explorer, or inside the frame when embedded', () => {
		expect(MAP_MODES.explore.placeHref?.('nagato')).toBe('/places/nagato');
		expect(MAP_MODES.embed.placeHref?.('nagato')).toBe('/embed/places/nagato');
		expect(MAP_MODES['embed-tour'].placeHref?.('tokyo')).toBe('/embed/places/tokyo');
	});

	it('leaves a click on the projected tour alone', () => {
		expect(MAP_MODES.tour.placeHref).toBeNull();
	});

	it('keeps the camera in the hash except on tour steps', () => {
		expect(modes.filter((mode) => MAP_MODES[mode].hash).sort()).toEqual(['embed', 'explore']);
	});

	it('names each map, and tells only the explorer’s keyboard users how to move it', () => {
		for (const mode of modes) expect(MAP_MODES[mode].label()).not.toBe('');
		expect(MAP_MODES.tour.label()).not.toBe(MAP_MODES.explore.label());
		expect(modes.filter((mode) => MAP_MODES[mode].keys)).toEqual(['explore']);
		expect(MAP_MODES.explore.keys?.()).toMatch(/arrow/i);
	});

	it('sizes labels, and the room for them, for a projector on the tour only', () => {
		for (const mode of modes) {
			const { labelSize, room } = MAP_MODES[mode];
			expect(labelSize === undefined, mode).toBe(mode !== 'tour');
			expect(room === undefined, mode).toBe(mode !== 'tour');
		}
		expect(MAP_MODES.tour.labelSize?.(1280)).toEqual(projectorLabelSize(1280));
		expect(MAP_MODES.tour.room?.(1920)).toEqual(projectorLabels(1920).room);
	});
});
