import type { NavSync, SlideEntry } from './keep-place.ts'
import { shallowRef } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { keepPlace } from './keep-place.ts'

const deck = (...aliases: string[]): SlideEntry[] => aliases.map((alias, index) => ({ no: index + 1, meta: { slide: { frontmatter: { routeAlias: alias } } } }))

// Slidev's slide routes (setup/routes.ts in @slidev/client) and a stand-in for Vite's hot-update events.
async function talk(aliases: string[], path: string, sync?: NavSync) {
  const slides = shallowRef(deck(...aliases))
  const listeners: Record<string, () => void> = {}
  const component = { render: () => null }
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { name: 'presenter', path: '/presenter/:no', component },
    { name: 'play', path: '/:no', component },
  ] })
  keepPlace(router, () => slides.value, { on: (event, listener) => listeners[event] = listener }, 0, sync)
  await router.push(path)
  const where = (): string => decodeURIComponent(router.currentRoute.value.path)
  // A hot update: the new deck, what Slidev navigates to meanwhile, then the end of the update.
  const update = async (next: SlideEntry[], slidevGoesTo?: string, more = false): Promise<string> => {
    slides.value = next
    if (slidevGoesTo)
      await router.push(slidevGoesTo)
    listeners['vite:afterUpdate']!()
    // `more`: the next Vite update follows at once, before the quiet time is over.
    if (!more)
      await new Promise(done => setTimeout(done, 5))
    return where()
  }
  return { update, where, router }
}

describe('keepPlace', () => {
  it('shows a numbered slide under its alias, in the talk and the presenter view', async () => {
    expect((await talk(['cover', 'a', 'b'], '/2')).where()).toBe('/a')
    expect((await talk(['cover', 'a', 'b'], '/presenter/3')).where()).toBe('/presenter/b')
  })

  it('stays on the slide when slides are inserted before it', async () => {
    const { update } = await talk(['cover', 'a', 'b'], '/b')
    expect(await update(deck('cover', 'new', 'a', 'b'))).toBe('/b')
  })

  it('stays at the same position when the current slide is renamed or removed', async () => {
    const { update } = await talk(['cover', 'a', 'b', 'end'], '/presenter/b')
    expect(await update(deck('cover', 'a', 'b2', 'end'))).toBe('/presenter/b2')
    expect(await update(deck('cover', 'end'))).toBe('/presenter/end')
  })

  it('undoes Slidev\'s jump to the last slide made while an update was coming in', async () => {
    const { update } = await talk(['cover', 'a', 'b', 'c', 'end'], '/b')
    expect(await update(deck('cover', 'a', 'c', 'end'), '/end')).toBe('/c')
    expect(await update(deck('cover', 'x', 'a', 'c', 'end'), '/end')).toBe('/c')
  })

  it('judges only once an update spread over several Vite updates is complete', async () => {
    const { update } = await talk(['cover', 'a', 'b', 'end'], '/b')
    // Slide 3 already shows the inserted slide, the rest is still old: `b` seems gone.
    await update(deck('cover', 'a', 'new', 'end'), undefined, true)
    expect(await update(deck('cover', 'a', 'new', 'b', 'end'))).toBe('/b')
  })

  it('keeps Slidev\'s sync between windows paused while the slides change, resumed before it moves', async () => {
    const calls: string[] = []
    const { update, router } = await talk(['cover', 'a', 'b', 'end'], '/b', { pause: paused => calls.push(paused ? 'pause' : 'resume') })
    router.afterEach(to => calls.push(decodeURIComponent(to.path)))
    await update(deck('cover', 'a', 'b2', 'end'))
    expect(calls).toEqual(['pause', 'resume', '/b2'])
  })

  it('follows the viewer\'s own moves between updates', async () => {
    const { update, router } = await talk(['cover', 'a', 'b', 'c', 'd'], '/b')
    await update(deck('cover', 'x', 'a', 'b', 'c', 'd'))
    await router.push('/5')
    expect(await update(deck('cover', 'x', 'a', 'b', 'd'))).toBe('/d')
  })
})
