import type { KeptView } from './kept-view.ts'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { askDevOpen, askDevPrint, devPrintFile, devPrintFor, serveDevPrint } from './dev-print.ts'

const pdf = new Uint8Array([37, 80, 68, 70])
const deck = { count: 1, width: 980, height: 552, exportFilename: 'talk' }
let folder: string
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'talkdown-dev-print-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

// A kept view that counts what it was asked, failing its prints with `failure` when given.
function fakeView(failure?: string): KeptView & { opened: number } {
  const view = {
    opened: 0,
    print: async () => {
      if (failure)
        throw new Error(failure)
      return { pdf, deck }
    },
    open: () => void view.opened++,
    close: async () => {},
  }
  return view
}

it('announces itself to an export of the same deck only, in a file only this user reads, and forgets it when closed', async () => {
  const slides = join(folder, 'slides.md')
  const answering = await serveDevPrint(slides, fakeView())
  expect(devPrintFor(slides)).toMatchObject({ pid: process.pid, entry: slides })
  expect(devPrintFor(join(folder, 'other.md'))).toBeUndefined()
  expect(statSync(devPrintFile(slides)).mode & 0o777).toBe(0o600)
  await answering.close()
  expect(devPrintFor(slides)).toBeUndefined()
})

it('prints and opens for a request with the token, and refuses others', async () => {
  const slides = join(folder, 'slides.md')
  const view = fakeView()
  const answering = await serveDevPrint(slides, view)
  const dev = devPrintFor(slides)!
  try {
    expect(await askDevPrint(dev)).toEqual(pdf)
    askDevOpen(dev)
    await expect.poll(() => view.opened).toBe(1)
    await expect(askDevPrint({ ...dev, token: 'wrong' })).rejects.toThrow('it answered 403: not allowed')
    const statuses = await Promise.all([
      fetch(`http://127.0.0.1:${dev.port}/print`, { headers: { authorization: `Bearer ${dev.token}` } }),
      fetch(`http://127.0.0.1:${dev.port}/print`, { method: 'POST' }),
      fetch(`http://127.0.0.1:${dev.port}/other`, { method: 'POST', headers: { authorization: `Bearer ${dev.token}` } }),
    ].map(async response => (await response).status))
    expect(statuses).toEqual([403, 403, 404])
  }
  finally {
    await answering.close()
  }
})

it('passes a failed print on as one line', async () => {
  const slides = join(folder, 'slides.md')
  const answering = await serveDevPrint(slides, fakeView('the print view was not complete after 60 s: 3 of 41 slides shown\nat …'))
  try {
    await expect(askDevPrint(devPrintFor(slides)!)).rejects.toThrow(/^it answered 500: the print view was not complete after 60 s: 3 of 41 slides shown$/)
  }
  finally {
    await answering.close()
  }
})
