// `talkdown export --format pptx-images`: let `slidev export` screenshot the talk into a
// PPTX of one picture per slide, with its notes, with a Chromium found on this machine (the
// native PPTX is scripts/export/export-pptx.ts; PDF and handout go through scripts/export/).
import { spawn } from 'node:child_process'
import process from 'node:process'
import { requireChromium } from '../browser/find-chromium.ts'
import { say } from '../io/report.ts'
import { slidevBin } from '../io/slidev-bin.ts'

/** What to screenshot, and where to. */
export interface PicturePptxOptions {
  /** The Slidev Markdown to export. */
  slides: string
  /** Output file without extension. */
  output: string
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } })
    child.on('close', code => resolve(code ?? 1))
    child.on('error', () => resolve(1))
  })
}

/** Export `options.slides` as pictures; resolves to the written file's path, or undefined on failure (a CLIError when there is no Chromium). */
export async function exportPicturePptx(options: PicturePptxOptions): Promise<string | undefined> {
  const chromium = requireChromium()
  const file = `${options.output}.pptx`
  say(`Exporting ${options.slides} to ${file} with ${chromium} …`)
  // Without waiting, Slidev may print slides still showing "Loading slide..." (seen: every page blank, and chart slides after 1.5 s).
  const args = [slidevBin(), 'export', options.slides, '--format', 'pptx', '--output', options.output, '--executable-path', chromium, '--timeout', '120000', '--wait-until', 'networkidle', '--wait', '8000']
  let code = await run(process.execPath, args)
  // Slidev exports through a dev server whose dependency optimizer may reload the page
  // mid-export (seen when another Slidev shares node_modules/.vite); once more usually works.
  if (code !== 0) {
    say(`Export failed (slidev exited with ${code}); trying once more …`)
    code = await run(process.execPath, args)
  }
  if (code !== 0) {
    say(`Export failed (slidev exited with ${code}); see its messages above.`)
    return undefined
  }
  return file
}
