import type { PageLoad } from './$types';

export const load: PageLoad = () => ({ selection: [] as string[] });
