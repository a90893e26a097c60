// Handlebars templates compiled ahead of time. From the sources this is undefined and render.ts compiles
// templates/*.hbs at first use (~35 ms of a libdrm `generate`); `npm run build` (scripts/build/bundle.ts)
// replaces this module in the bundle with the same templates precompiled, with the options below.

/** Spec source per template name (as handlebars' precompile writes it), partials included. */
export const PRECOMPILED: Readonly<Record<string, unknown>> | undefined = undefined;

/**
 * The options every template is compiled with, ahead of time or not. Beyond no escaping and strict lookups:
 * no `@index`-style data frames and only the built-in helpers (the templates use neither; a helper typo now
 * fails the compile instead of rendering through helperMissing), and contexts are objects.
 */
export const COMPILE_OPTIONS = { noEscape: true, strict: true, data: false, knownHelpersOnly: true, assumeObjects: true } as const;
