// Slidev app setup (loaded by Slidev from setup/main.ts): display formulas fitted to their
// column (fit-formulas.ts); in the dev server only, keep the viewer's place across
// regenerations of slides.md (see keep-place.ts).
/// <reference types="vite/client" />
/// <reference types="@slidev/types/client" />
import type { AppContext } from '@slidev/types'
import type { SlideEntry } from './keep-place.ts'
// The object behind Slidev's sharedState, which syncs the current slide between windows.
import nav from 'server-reactive:nav'
import { slides } from '#slidev/slides'
import { watchFormulas } from './fit-formulas.ts'
import { keepPlace } from './keep-place.ts'

/** Slidev calls this once, before the app mounts. */
export default function setupMain({ router }: AppContext): void {
  if (typeof document !== 'undefined')
    watchFormulas(document.body)
  const hot = import.meta.hot
  if (hot) {
    // Slidev types the route meta loosely (vue-router RouteMeta); the slide frontmatter is there.
    keepPlace(router, () => slides.value as readonly SlideEntry[], { on: (event, listener) => hot.on(event, listener) }, 150, {
      pause: (paused) => {
        nav.$syncUp = !paused
        nav.$syncDown = !paused
      },
    })
  }
}
