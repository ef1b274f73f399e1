// `talkdown dev` end to end: edits to the article reach the open talk, broken saves do
// not, and the viewer keeps its slide when slides are inserted or removed before it.
import type { Page } from 'playwright-core'
import type { LiveSession } from '../support/live-harness.ts'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readArticle, root, slideText, startLive, waitForText } from '../support/live-harness.ts'

const fixture = join(root, 'test/fixtures/english/input.md')
// The number of the "Build systems" slide in the fixture's deck, as the planner makes it.
const buildSystems = readFileSync(join(root, 'test/fixtures/english/slides.md'), 'utf8').match(/^routeAlias: ".*"$/gm)!.indexOf('routeAlias: "build-systems"') + 1

// The alias and position of the slide a page shows, as Slidev's own nav has them.
// On a fresh Vite cache the page reloads once while deps are optimised; wait for Slidev.
async function place(page: Page): Promise<{ alias: string, no: number }> {
  await page.waitForFunction(() => Boolean((window as unknown as { __slidev__?: { nav?: unknown } }).__slidev__?.nav), undefined, { timeout: 60_000 })
  return page.evaluate(() => {
    const nav = (window as unknown as { __slidev__: { nav: { currentSlideNo: number, currentSlideRoute: { meta: { slide: { frontmatter: { routeAlias: string } } } } } } }).__slidev__.nav
    return { alias: nav.currentSlideRoute.meta.slide.frontmatter.routeAlias, no: nav.currentSlideNo }
  })
}

async function edit(session: LiveSession, from: string, to: string): Promise<void> {
  const text = await readArticle(session)
  expect(text).toContain(from)
  await session.save(text.replace(from, to))
}

// Resolves once the dev command has printed `text`.
async function printed(session: LiveSession, text: string): Promise<void> {
  await expect.poll(() => session.log(), { timeout: 20_000, interval: 100 }).toContain(text)
}

describe('talkdown dev', () => {
  let session: LiveSession
  beforeAll(async () => {
    // The slide by number: the talk moves the URL to the slide's alias.
    expect(buildSystems).toBeGreaterThan(1)
    session = await startLive(fixture, 4231, `/${buildSystems}`)
  }, 180_000)
  afterAll(async () => {
    await session?.stop()
  })

  it('opens a numbered slide under its alias', async () => {
    await expect.poll(() => decodeURIComponent(session.page.url()), { timeout: 20_000 }).toMatch(/\/build-systems$/)
    expect(await slideText(session.page)).toContain('Build tools got faster again')
  })

  it('shows a saved edit on the slide it belongs to', async () => {
    await edit(session, 'Build tools got faster again.', 'Build tools got faster than ever.')
    await waitForText(session.page, 'Build tools got faster than ever')
    expect((await place(session.page)).alias).toBe('build-systems')
  })

  it('keeps the talk and prints file:line:column for a broken save, then recovers', async () => {
    const good = await readFile(session.output, 'utf8')
    await edit(session, 'subtitle: A look back at twelve busy months', 'subtitle: [unclosed')
    await printed(session, 'kept as it was')
    expect(session.log()).toMatch(/article\.md:\d+:\d+(-\d+:\d+)?: error: Cannot read front matter/)
    expect(session.log()).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    expect(await readFile(session.output, 'utf8')).toBe(good)
    expect(await session.page.locator('vite-error-overlay').count()).toBe(0)
    expect(await slideText(session.page)).toContain('Build tools got faster than ever')

    await edit(session, 'subtitle: [unclosed', 'subtitle: A look back at twelve busy months')
    await edit(session, 'Build tools got faster than ever.', 'Build tools got quicker again.')
    await waitForText(session.page, 'Build tools got quicker again')
  })

  it('stays on the same slide when slides are inserted before it, in the talk and the presenter view', async () => {
    const presenter = await session.page.context().newPage()
    await presenter.goto(`${session.url}/presenter/build-systems`)
    await expect.poll(async () => (await place(presenter)).alias, { timeout: 60_000 }).toBe('build-systems')
    const before = await place(session.page)
    // Long enough to stand on its own slide: a short section before it, or one shorter than
    // about 95 s of speech, would take the short Build systems section onto its slide.
    const inserted = Array.from({ length: 30 }, (_, i) => `Package managers signed lockfile number ${i + 1} for every registry they trust.`).join(' ')
    await edit(session, '### Build systems', `### Package managers\n\n${inserted}\n\n### Build systems`)
    await expect.poll(async () => (await place(session.page)).no, { timeout: 20_000 }).toBeGreaterThan(before.no)
    expect(await readFile(session.output, 'utf8')).toMatch(/^routeAlias: "package-managers"$/m)
    expect(await place(session.page)).toMatchObject({ alias: 'build-systems' })
    await waitForText(session.page, 'Build tools got quicker again')
    await expect.poll(async () => (await place(presenter)).no, { timeout: 20_000 }).toBe((await place(session.page)).no)
    expect((await place(presenter)).alias).toBe('build-systems')
    await presenter.close()
  })

  // Starts from the place the test above leaves the viewer in.
  it('stays at the same position when the current slide is removed', async () => {
    const before = await place(session.page)
    const text = await readArticle(session)
    await session.save(text.replace(/### Build systems[\s\S]*?(?=### Editors)/, ''))
    await expect.poll(() => decodeURIComponent(session.page.url()), { timeout: 20_000 }).not.toMatch(/\/build-systems$/)
    // The route changes before the slide number settles on a loaded machine: wait for the number too.
    await expect.poll(async () => (await place(session.page)).no, { timeout: 20_000 }).toBe(before.no)
    const after = await place(session.page)
    expect(decodeURIComponent(session.page.url())).toMatch(new RegExp(`/${after.alias}$`))
    await waitForText(session.page, 'Editors')
  })
})
