// Keep the viewer on the same slide while `talkdown dev` regenerates the deck. Slidev
// finds a slide by its number or its routeAlias; numbers shift when slides are inserted
// before, aliases do not. So slide URLs are kept in alias form, and after each hot update
// we check the place: a slide whose alias disappeared (heading renamed or removed) gives
// way to the slide now at the same position, instead of Slidev's jump to the first or
// last slide. Slidev applies a change slide by slide, possibly over several Vite
// updates, so we only judge once the slides have been quiet for `quietMs`, from the
// place held before they began to change. Meanwhile Slidev briefly shows slide 1 (an
// alias that is gone resolves to nothing) and would tell the other windows (presenter,
// viewer) so through its shared nav state; that echo arrives after we have judged and
// would move them for good, so the sync is paused while the slides change.
import type { RouteLocationNormalizedLoaded, RouteLocationRaw, Router } from 'vue-router'
import { watch } from 'vue'

/** What we read of a Slidev slide route. */
export interface SlideEntry {
  /** 1-based position. */
  no: number
  /** Slidev's route meta, holding the slide's (reactive) frontmatter. */
  meta: { slide?: { frontmatter: { routeAlias?: string } } }
}

/** The hot-update event we listen to (Vite's `import.meta.hot`). */
export interface UpdateEvents {
  /** Register `listener` for the end of each hot update. */
  on: (event: 'vite:afterUpdate', listener: () => void) => void
}

// Slidev's routes that show one slide, and the prefix of their path.
const slideRoutes: Record<string, string> = { play: '', presenter: '/presenter' }

const keyOf = (slide: SlideEntry): string => slide.meta.slide?.frontmatter.routeAlias ?? String(slide.no)
const isSlide = (route: { name?: unknown }): boolean => String(route.name) in slideRoutes

function find(slides: readonly SlideEntry[], key: string): SlideEntry | undefined {
  return slides.find(slide => String(slide.no) === key || slide.meta.slide?.frontmatter.routeAlias === key)
}

function location(route: RouteLocationNormalizedLoaded, slide: SlideEntry): RouteLocationRaw {
  return { path: `${slideRoutes[String(route.name)]}/${keyOf(slide)}`, query: route.query, hash: route.hash }
}

/** Slidev's sync of the current slide between windows. */
export interface NavSync {
  /** Stop (true) or resume (false) sending and receiving slide changes. */
  pause: (paused: boolean) => void
}

/** Install the router guard and the update check; for the dev server only. */
export function keepPlace(router: Router, slides: () => readonly SlideEntry[], updates: UpdateEvents, quietMs = 150, sync?: NavSync): void {
  // The slide the viewer chose: its key and position. Navigations while the slides are
  // changing are Slidev's reaction to the change, not the viewer's.
  let place: { key: string, no: number } | undefined
  let changing = false
  let timer: ReturnType<typeof setTimeout> | undefined

  router.beforeEach((to) => {
    const slide = isSlide(to) ? find(slides(), String(to.params.no)) : undefined
    return !slide || keyOf(slide) === String(to.params.no) ? true : location(to, slide)
  })
  router.afterEach((to) => {
    const slide = isSlide(to) && !changing ? find(slides(), String(to.params.no)) : undefined
    if (slide)
      place = { key: keyOf(slide), no: slide.no }
  })

  const check = (): void => {
    changing = false
    // Before we move: the move to the settled place is the one the other windows should get.
    sync?.pause(false)
    const route = router.currentRoute.value
    if (!place || !isSlide(route))
      return
    const list = slides()
    const target = find(list, place.key) ?? list[Math.min(place.no, list.length) - 1]
    if (!target)
      return
    place = { key: keyOf(target), no: target.no }
    if (String(route.params.no) !== place.key)
      void router.replace(location(route, target))
  }
  const wait = (): void => {
    clearTimeout(timer)
    timer = setTimeout(check, quietMs)
  }
  // Slide frontmatter is reactive and can arrive in a later Vite update than the slide
  // list: any change of the slides or their aliases starts (or restarts) the quiet time,
  // and so does the end of each Vite update while they are changing.
  watch(() => slides().map(keyOf).join('\n'), () => {
    changing = true
    sync?.pause(true)
    wait()
  }, { flush: 'sync' })
  updates.on('vite:afterUpdate', () => changing && wait())
}
