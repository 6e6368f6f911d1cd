// The site's records as the tests read them, for browser tests and build checks alike.
import places from '../src/lib/content/data/places.json' with { type: 'json' };
import agreements from '../src/lib/content/data/agreements.json' with { type: 'json' };
import events from '../src/lib/content/data/events.json' with { type: 'json' };
import placesGeo from '../src/lib/content/generated/places-geo.json' with { type: 'json' };

export { places, agreements, events };

type Agreement = (typeof agreements)[number];
const eventPlaces = new Map(events.map((e) => [e.slug, e.places]));
/** Where an agreement was made: the places of its event. */
export const madeAt = (a: Agreement): string[] => (a.event && eventPlaces.get(a.event)) || [];
/** Every agreement a place's panel lists: those about it and those made there. */
export const agreementsFor = (slug: string) =>
	agreements.filter((a) => a.places.includes(slug) || madeAt(a).includes(slug));
/** Every place an agreement involves. */
export const involvedPlaces = (a: Agreement) => [...new Set([...a.places, ...madeAt(a)])];
export const geo = placesGeo as unknown as Record<
	string,
	{ bbox: number[]; center: [number, number] }
>;
