/** How dates, values and measurements read in the panels: one place, so every panel agrees. */

const dateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

export function formatDate(iso: string): string {
	return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** "15–16 December 2016", "30 June – 2 July 2017", "31 December 2016 – 1 January 2017". */
export function formatDateRange(start: string, end?: string): string {
	if (!end || end === start) return formatDate(start);
	const [sy, sm] = start.split('-');
	const [ey, em] = end.split('-');
	const a = new Date(`${start}T00:00:00Z`);
	if (sy === ey && sm === em) return `${a.getUTCDate()}–${formatDate(end)}`;
	if (sy === ey) {
		const dayMonth = new Intl.DateTimeFormat('en-GB', {
			day: 'numeric',
			month: 'long',
			timeZone: 'UTC'
		});
		return `${dayMonth.format(a)} – ${formatDate(end)}`;
	}
	return `${formatDate(start)} – ${formatDate(end)}`;
}

const numberFormat = new Intl.NumberFormat('en-GB');

export function formatMeasurement(m: { value: number; unit: string }): string {
	return `${numberFormat.format(m.value)} ${m.unit}`;
}

/** "1 agreement", "3 agreements". */
export function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}
