// `talkdown export --format pptx`: let `slidev export` screenshot the talk into a PPTX
// with a Chromium found on this machine (PDF and handout go through scripts/export/).
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { requireChromium } from '../browser/find-chromium.ts'
import { say } from '../io/report.ts'
import { slidevBin } from '../io/slidev-bin.ts'

/** Options of `talkdown export`. */
export interface ExportOptions {
  /** The Slidev Markdown to export. */
  slides: string
  /** Output file without extension. */
  output: string
  /** `pdf` or `pptx`. */
  format: 'pdf' | 'pptx'
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } })
    child.on('close', code => resolve(code ?? 1))
    child.on('error', () => resolve(1))
  })
}

/** Export `options.slides`; resolves to the written file's path, or undefined on failure (a CLIError when there is no Chromium). */
export async function exportTalk(options: ExportOptions): Promise<string | undefined> {
  const chromium = requireChromium()
  const file = `${options.output}.${options.format}`
  say(`Exporting ${options.slides} to ${file} with ${chromium} …`)
  // Without waiting, Slidev may print slides still showing "Loading slide..." (seen: every page blank, and chart slides after 1.5 s).
  const args = [slidevBin(), 'export', options.slides, '--format', options.format, '--output', options.output, '--executable-path', chromium, '--timeout', '120000', '--wait-until', 'networkidle', '--wait', '8000']
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

/** Number of pages in the PDF at `path`. */
export async function pageCount(path: string): Promise<number> {
  const document = await PDFDocument.load(await readFile(path), { updateMetadata: false })
  return document.getPageCount()
}
