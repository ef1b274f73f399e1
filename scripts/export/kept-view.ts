// A print view kept open between exports, brought to the slides an export asks for as
// `export --watch` does (re-export.ts): Slidev hot-updates the open page after each write
// of slides.md; it must have arrived and settled before anything is printed.
import type { PrintRequest } from './print-endpoint.ts'
import type { PrintView } from './print-view.ts'

/** An open view of the whole deck and the deck it showed when it last printed. */
export interface Shown {
  view: PrintView
  deck: Omit<PrintRequest, 'ranges'>
  /** Hot updates the view had received by then. */
  seen: number
}

// An export only asks after the Slidev server serves its slides.md (server-state.ts), so
// Slidev's update is on its way or already in the page; one that does not come makes a reload.
const updateWaitMs = 3000

/** Bring the view to the slides of `asked`: wait for Slidev's hot update and let it settle, or reload when the slide count changed (the view keeps the count it was loaded with) or no update came. */
export async function catchUp(last: Shown, asked: PrintRequest, stop: () => boolean): Promise<void> {
  const { view } = last
  const count = asked.keys.length
  const changed = asked.keys.join() !== last.deck.keys.join()
  if (changed && (count !== last.deck.keys.length || !await view.hot.after(last.seen, updateWaitMs, stop)))
    await view.reload(count)
  else
    await view.settle({ slides: count, sinceUpdate: view.hot.since }, 60_000)
}
