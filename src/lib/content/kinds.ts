/** The closed lists the records choose from (their schema: schema.ts). */
export { PLACE_KINDS } from './place-kinds.js';
export const SECTORS = [
	'diplomacy',
	'economy',
	'energy',
	'finance',
	'infrastructure',
	'logistics',
	'health',
	'agriculture',
	'industry',
	'trade'
] as const;
export const STATUSES = ['signed', 'agreed', 'proposed', 'discussed'] as const;
export const AGREEMENT_KINDS = [
	'agreement',
	'memorandum',
	'fund',
	'loan',
	'deal',
	'plan',
	'package',
	'statement'
] as const;
export const CURRENCIES = ['USD', 'EUR'] as const;
