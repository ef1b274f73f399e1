import { serial } from './serial.ts'

describe('serial', () => {
  it('runs once more after calls made during a run, never two at once', async () => {
    let active = 0
    let most = 0
    let runs = 0
    let release: () => void = () => {}
    const run = serial(async () => {
      active++
      most = Math.max(most, active)
      runs++
      await new Promise<void>((done) => {
        release = done
      })
      active--
    })
    const first = run()
    run()
    run()
    release()
    await new Promise(done => setImmediate(done))
    release()
    await first
    expect({ runs, most }).toEqual({ runs: 2, most: 1 })
  })

  it('keeps working after a run fails', async () => {
    let calls = 0
    const run = serial(async () => {
      calls++
      if (calls === 1)
        throw new Error('broken')
    })
    await expect(run()).rejects.toThrow('broken')
    await run()
    expect(calls).toBe(2)
  })
})
