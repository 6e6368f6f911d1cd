// What every page's Content-Security-Policy must say, for the build check and the browser test.

/** A policy as directive → sources. */
export function parsePolicy(policy: string) {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name, sources] as const)
	);
}

/** The directives that make a policy strict; script-src without its hashes of inline scripts. */
export function strictPart(policy: Map<string, readonly string[]>) {
	return {
		'default-src': policy.get('default-src'),
		'script-src': (policy.get('script-src') ?? []).filter(
			(s) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(s)
		),
		'worker-src': policy.get('worker-src'),
		'connect-src': policy.get('connect-src'),
		'object-src': policy.get('object-src')
	};
}

/** What `strictPart` of every page's policy is. */
export const STRICT = {
	'default-src': ["'self'"],
	'script-src': ["'self'"],
	'worker-src': ["'self'"],
	'connect-src': ["'self'"],
	'object-src': ["'none'"]
};
