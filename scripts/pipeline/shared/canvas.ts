// The slide canvas every budget, measurement and print assumes: Slidev's 16:9 at 980 px wide.

/** Slide canvas size in CSS pixels. */
export const canvas = { width: 980, height: 552 } as const
