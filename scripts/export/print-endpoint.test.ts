import type { PrintRequest } from './print-endpoint.ts'
import { askPrint, askStart, servePrints } from './print-endpoint.ts'

const asked: PrintRequest = { keys: ['a', 'b'], width: 980, height: 552, ranges: '2' }

it('prints a request that carries the token, and refuses one without it', async () => {
  const seen: PrintRequest[] = []
  let started = 0
  const server = await servePrints({
    print: async (request) => {
      seen.push(request)
      return new Uint8Array([37, 80, 68, 70])
    },
    start: () => `started ${++started}`,
  })
  try {
    expect(await askPrint(server.endpoint, asked)).toEqual(new Uint8Array([37, 80, 68, 70]))
    expect(seen).toEqual([asked])
    await expect(askPrint({ ...server.endpoint, token: 'wrong' }, asked)).rejects.toThrow('it answered 403: not allowed')
    await expect(askPrint(server.endpoint, { ...asked, ranges: '1;rm' })).rejects.toThrow('it answered 400')
    expect(seen).toHaveLength(1)
    askStart(server.endpoint)
    await expect.poll(() => started).toBe(1)
  }
  finally {
    await server.close()
  }
})

it('passes a failed print on as one line', async () => {
  const server = await servePrints({
    print: async () => {
      throw new Error('the print view was not complete after 60 s: 3 of 41 slides shown\nat …')
    },
    start: () => 'started',
  })
  try {
    await expect(askPrint(server.endpoint, asked)).rejects.toThrow(/^it answered 500: the print view was not complete after 60 s: 3 of 41 slides shown$/)
  }
  finally {
    await server.close()
  }
})
