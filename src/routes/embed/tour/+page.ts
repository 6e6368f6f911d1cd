import { loadStep } from '$lib/tour/load';
import { embeddedStep } from '../caption';
import type { PageLoad } from './$types';

/** `/embed/tour` is step 1, like `/tour`. */
export const load: PageLoad = () => embeddedStep(loadStep('1'));
