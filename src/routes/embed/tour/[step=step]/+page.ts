import { tour } from '$lib/content/tour';
import { loadStep } from '$lib/tour/load';
import { embeddedStep } from '../../caption';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => tour.map((_, i) => ({ step: String(i + 1) }));

export const load: PageLoad = ({ params }) => embeddedStep(loadStep(params.step));
