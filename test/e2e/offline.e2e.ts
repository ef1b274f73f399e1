// Rendering the talk (every slide, presenter mode, overview) requests nothing beyond
// 127.0.0.1: fonts, icons, images and scripts all come with the built site.
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { inject } from 'vitest'
import { useChromium } from './browser.ts'

const browser = useChromium()

it('makes no request outside 127.0.0.1', async () => {
  const base = inject('seedUrl')
  const requests: string[] = []
  const context = browser().context
  context.on('request', request => void requests.push(request.url()))
  const page = await context.newPage()
  const slides = readFileSync('slides.md', 'utf8').match(/^routeAlias: /gm)!.length
  await page.goto(`${base}/1`, { waitUntil: 'networkidle' })
  // All slides mount (hidden) a few seconds after load; showing each loads its fonts and images.
  await page.waitForFunction(count => document.querySelectorAll('.slidev-page').length >= count, slides)
  for (let no = 1; no <= slides; no++)
    await page.evaluate(n => document.querySelectorAll<HTMLElement>('.slidev-page').forEach(p => (p.style.display = p.dataset.slidevNo === String(n) ? '' : 'none')), no)
  await page.waitForLoadState('networkidle')
  for (const path of ['/presenter/5', '/overview']) {
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
  }
  await page.close()
  const outside = requests.filter(url => !url.startsWith(`${base}/`) && !/^(?:data|blob):/.test(url))
  process.stderr.write(`${requests.length} requests while rendering, ${outside.length} outside 127.0.0.1\n`)
  expect(requests.length).toBeGreaterThan(10)
  expect(outside).toEqual([])
})
