// Shared chart geometry: the chart area of a 980×552 slide, and font sizes readable from the back of a room.

/** Chart area in px (SVG viewBox units). */
export const CHART = { width: 860, height: 360 } as const

/** Font sizes in px. */
export const FONT = { label: 22, value: 22, small: 18, title: 24, big: 52 } as const
