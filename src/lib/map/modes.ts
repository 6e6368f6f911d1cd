/**
 * What differs between the maps the app draws. Every layout that shows a map passes MapView the
 * page's `l10n` and one of these modes; only the selection, the hidden kinds and the panel's
 * geometry are passed apart, as they change from page to page.
 */
import { m } from '$lib/paraglide/messages';
import { projectorLabels, projectorLabelSize } from '$lib/tour/camera';
import type { Padding } from './camera';
import type { LabelSize } from './layers';

export type MapMode = 'explore' | 'embed' | 'embed-tour' | 'tour';

export interface MapModeSettings {
	/**
	 * The page a click on a place opens (before the language prefix), which is also fetched ahead
	 * when the pointer comes to rest on the place; null: a click on a place does nothing.
	 */
	placeHref: ((slug: string) => string) | null;
	/**
	 * Keep the camera in the URL's `#zoom/lat/lng`. Off on tour steps, shown or embedded: a step's
	 * URL is its view, and a reload mid-flight must not restore the half-way camera.
	 */
	hash: boolean;
	/** The canvas's accessible name. */
	label: () => string;
	/** How to move the map with keys, shown while the canvas has focus; none where unset. */
	keys?: () => string;
	/** Place labels sized for the map's width (the projector's sizes); the map's own where unset. */
	labelSize?: (width: number) => LabelSize;
	/**
	 * The map's own padding for a width: room at its edges for large labels. MapLibre adds it to
	 * the padding fitted around the selection. None where unset.
	 */
	room?: (width: number) => Padding;
}

const projectorRoom = (width: number) => projectorLabels(width).room;

export const MAP_MODES: Record<MapMode, MapModeSettings> = {
	/** The explorer (`/`, places, agreements, events): a click opens the place's page. */
	explore: {
		placeHref: (slug) => `/places/${slug}`,
		hash: true,
		label: m.map_label,
		keys: m.map_keys
	},
	/** Another site's iframe: a click stays inside the frame. */
	embed: {
		placeHref: (slug) => `/embed/places/${slug}`,
		hash: true,
		label: m.map_label_embed
	},
	/** A tour step in another site's iframe: as `embed`, with the step's URL as its view. */
	'embed-tour': {
		placeHref: (slug) => `/embed/places/${slug}`,
		hash: false,
		label: m.map_label_embed
	},
	/** The projected tour: steps move the map; labels and the room for them sized for a projector. */
	tour: {
		placeHref: null,
		hash: false,
		label: m.map_label_tour,
		labelSize: projectorLabelSize,
		room: projectorRoom
	}
};
