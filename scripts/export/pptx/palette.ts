// The talk's colours for PowerPoint, light and dark: the values of styles/index.css's
// variables (--td-*) and of its cover gradient, without the `#` pptxgenjs wants.

/** Colours of one scheme, as RRGGBB. */
export interface Palette {
  /** Slide background. */
  background: string
  /** Body text. */
  ink: string
  /** Secondary text (attributions, units, divider subtitles). */
  muted: string
  /** Links, bullets, bold text, bars. */
  accent: string
  /** Rule under titles, highlighted table rows. */
  accentSoft: string
  /** Second accent (growth claim, timeline groups). */
  accent2: string
  /** Cards, quote boxes, divider background. */
  surface: string
  /** Cover background (the gradient's first stop) and its text. */
  cover: string
  onCover: string
}

const light: Palette = {
  background: 'FFFFFF',
  ink: '111827',
  muted: '6B7280',
  accent: '2563EB',
  accentSoft: 'DBEAFE',
  // Darker than the components' #ea580c: 5.2:1 on white, where that has 3.6:1.
  accent2: 'C2410C',
  surface: 'F8FAFC',
  cover: '1E3A8A',
  onCover: 'FFFFFF',
}

const dark: Palette = {
  background: '121212',
  ink: 'E5E7EB',
  muted: 'A8B0BD',
  accent: '60A5FA',
  accentSoft: '1E3A5F',
  accent2: 'FB923C',
  surface: '1F2937',
  cover: '1E3A8A',
  onCover: 'FFFFFF',
}

/** The palette for a deck's colour scheme (light when absent). */
export function palette(scheme: 'light' | 'dark' | undefined): Palette {
  return scheme === 'dark' ? dark : light
}
