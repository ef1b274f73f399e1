import { spawnSync } from 'node:child_process'
import { slidevBin } from './slidev-bin.ts'

describe('slidevBin', () => {
  it('is the installed Slidev\'s script, which runs and reports the pinned version', () => {
    const run = spawnSync(process.execPath, [slidevBin(), '--version'], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe('52.20.1')
  })
})
