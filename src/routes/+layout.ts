// Every page is prerendered to plain HTML: readable before (and without) JavaScript.
export const prerender = true;
export const trailingSlash = 'never';
