// BENCHMARKS.md: the bench rewrites only the part between its markers, so the
// hand-written analysis around it survives every run.
import type { Machine } from './machine.ts'
import type { Section } from './report.ts'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { markdownTable } from './report.ts'

const start = '<!-- bench:start (written by `npm run bench`; edit outside these markers) -->'
const end = '<!-- bench:end -->'

/** Facts about one run, for the header. */
export interface RunInfo {
  machine: Machine
  mode: string
  date: string
  loadBefore: string
  loadAfter: string
  minutes: number
}

function machineLines(info: RunInfo): string[] {
  const { machine } = info
  return [
    `- Date: ${info.date}; mode: ${info.mode}; whole bench took ${info.minutes.toFixed(1)} min`,
    `- Load average (1 / 5 / 15 min): ${info.loadBefore} at the start, ${info.loadAfter} at the end`,
    `- CPU: ${machine.cpu}, ${machine.cores} cores; RAM ${machine.ramGiB} GiB`,
    `- Node ${machine.node}; ${machine.chromium}; ${machine.pandoc}; ${machine.marp}; ${machine.slidev}`,
  ]
}

// test/docs.test.ts keeps every line of the documents under 200 characters: notes wrap at
// spaces, and commands continue with a backslash, so they can still be pasted into a shell.
const lineWidth = 150

// A word that would open a list, quote or heading if it began a continuation line stays on the line before.
const opensBlock = /^(?:[-+*>]|#+|\d+[.)])$/u

/** `text` in lines of at most `lineWidth` characters where its words allow: `first` opens the first, `rest` the others, `end` ends all but the last. */
export function wrapWords(text: string, first: string, rest: string, end = ''): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : `${lines.length ? rest : first}${word}`
    if (line && [...next].length + end.length > lineWidth && !opensBlock.test(word)) {
      lines.push(line + end)
      line = `${rest}${word}`
    }
    else {
      line = next
    }
  }
  return [...lines, line]
}

function sectionLines(section: Section): string[] {
  return [
    `### ${section.title}`,
    '',
    'Commands:',
    '',
    ...section.commands.flatMap(command => wrapWords(command, '    ', '      ', ' \\')),
    '',
    ...section.notes.flatMap(note => wrapWords(note, '- ', '  ')),
    '',
  ]
}

/** The generated block: machine, one table, then each section's commands and notes. */
export function measuredBlock(info: RunInfo, sections: Section[]): string {
  return [start, '', '## Measured', '', ...machineLines(info), '', markdownTable(sections.flatMap(section => section.rows)), '', ...sections.flatMap(sectionLines), end].join('\n')
}

/** Write `block` into `path`, replacing the previous block and keeping everything else. */
export function writeBenchmarks(path: string, block: string): void {
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n\nRun `npm run bench` (or `npm run bench -- --quick`).\n\n'
  const from = previous.indexOf(start)
  const to = previous.indexOf(end)
  const next = from >= 0 && to > from ? previous.slice(0, from) + block + previous.slice(to + end.length) : `${previous.trimEnd()}\n\n${block}\n`
  writeFileSync(path, next)
}
