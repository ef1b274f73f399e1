// A display formula wider than its column (KaTeX never breaks one) is set in smaller type until
// it fits, as a diagram is scaled into its room: never cut at the edge or scrolled on a slide.

/** Smallest share of its type a formula is set in: below half, indices are unreadable from a room. */
export const smallestShare = 0.5

/** The share of its type a formula `wide` px wide is set in to fit `room` px (1 when it fits). */
export function formulaScale(wide: number, room: number): number {
  if (!(wide > 0) || !(room > 0) || wide <= room)
    return 1
  return Math.max(smallestShare, Math.floor((room / wide) * 100) / 100)
}

/** Fit every shown display formula under `root` that has not been fitted yet (a hidden one waits until it shows). */
export function fitFormulas(root: ParentNode): void {
  for (const formula of root.querySelectorAll<HTMLElement>('.katex-display:not([data-td-fit])')) {
    const room = formula.clientWidth
    if (!room)
      continue
    const scale = formulaScale(formula.scrollWidth, room)
    formula.dataset.tdFit = String(scale)
    if (scale < 1)
      formula.style.fontSize = `${scale}em`
  }
}

/**
 * Keep fitting formulas as slides mount and show (the play view mounts them lazily, the print view
 * all at once). In the observer's own callback, so a slide is fitted before anything that showed it
 * reads its layout (a microtask after the change, before any later await resumes).
 */
export function watchFormulas(root: HTMLElement): void {
  new MutationObserver(() => fitFormulas(root)).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] })
  fitFormulas(root)
}
