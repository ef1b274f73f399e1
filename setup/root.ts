// Slidev root setup (loaded by Slidev from setup/root.ts). The print view takes its
// `?range=` (which slides to mount) from the route when its navigation state is first
// made, and Slidev makes that before the router's first navigation, so a built talk's
// print view mounts every slide whatever the range. `talkdown export` prints only the
// slides missing from its page cache and asks for them by range; read it from the URL.
import { parseRangeString } from '@slidev/parser/utils'
import { inject } from 'vue'

/** The part of Slidev's context (provided as `$$slidev-context`, refs unwrapped) used here. */
interface NavContext { nav: { printRange: number[], total: number } }

/** Slidev calls this once inside the app's root setup, after it provided its context. */
export default function setupRoot(): void {
  const search = new URLSearchParams(location.search)
  const range = search.get('range')
  const context = inject<NavContext | undefined>('$$slidev-context', undefined)
  if (search.has('print') && range && context)
    context.nav.printRange = parseRangeString(context.nav.total, range)
}
