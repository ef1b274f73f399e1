// bin/talkdown.js runs the CLI from an esbuild bundle (bin/fast-start.js) when it can, else
// through tsx: both ways must print and write exactly the same.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function build(article: string, output: string, env: Record<string, string>): { status: number | null, stderr: string, slides: string } {
  rmSync(output, { force: true })
  const result = spawnSync(process.execPath, ['bin/talkdown.js', 'build', article, '-o', output], { encoding: 'utf8', env: { ...process.env, ...env } })
  return { status: result.status, stderr: result.stderr, slides: existsSync(output) ? readFileSync(output, 'utf8') : '' }
}

describe('bin/talkdown.js', () => {
  it('gives the same slides and messages from the bundle as through tsx', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkdown-bin-'))
    const article = join(dir, 'a.md')
    writeFileSync(article, '# 标题\n\n## 一、第一章\n\n2025 年营收增长 **35%**，达到 1.2 亿元。\n\n### 2.1 错位\n\n正文[^x]。\n\n[^x]: 脚注。\n')
    const viaTsx = build(article, join(dir, 'slides.md'), { TALKDOWN_NO_BUNDLE: '1' })
    const bundled = build(article, join(dir, 'slides.md'), {})
    expect(existsSync('bin/dist/talkdown.cjs')).toBe(true)
    expect(viaTsx.status).toBe(0)
    expect(bundled).toEqual(viaTsx)
    expect(bundled.stderr).toMatch(/2\.1 错位/)
    expect(bundled.slides).toMatch(/35%/)
  }, 60_000)

  it('fails the same way both ways, with one line and no stack trace', () => {
    const missing = join(tmpdir(), 'talkdown-no-such-article.md')
    const viaTsx = build(missing, join(tmpdir(), 'talkdown-bin-out.md'), { TALKDOWN_NO_BUNDLE: '1' })
    const bundled = build(missing, join(tmpdir(), 'talkdown-bin-out.md'), {})
    expect(bundled).toEqual(viaTsx)
    expect(bundled.status).toBe(2)
    expect(bundled.stderr).not.toMatch(/\n\s+at /)
  }, 60_000)
})
