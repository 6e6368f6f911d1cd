import { m } from '$lib/paraglide/messages';

/**
 * Copies the text of a read-only field. The Clipboard API first; when it is missing (an old
 * browser, a page not served over HTTPS) or refuses, the field's text is selected and the
 * legacy `execCommand('copy')` is tried, so the reader can at least press Ctrl+C.
 *
 * Returns 'copied' when the text reached the clipboard, 'manual' when the reader must copy the
 * (now selected) text themselves.
 */
export async function copyFromField(
	field: HTMLInputElement | HTMLTextAreaElement
): Promise<'copied' | 'manual'> {
	const text = field.value;
	try {
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(text);
			return 'copied';
		}
	} catch {
		// Refused (no permission, no focus): fall through to selecting the text.
	}
	field.focus();
	field.select();
	field.setSelectionRange(0, text.length);
	let copied = false;
	try {
		copied = document.execCommand('copy');
	} catch {
		copied = false;
	}
	return copied ? 'copied' : 'manual';
}

/** What to tell the reader when they have to copy by hand. */
export function manualCopyHint(): string {
	const mac = /Mac|iPhone|iPad/.test(navigator.userAgent);
	return mac ? m.share_copy_mac() : m.share_copy_other();
}
