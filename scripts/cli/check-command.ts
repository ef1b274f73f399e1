// `talkdown check [article]`: build the talk, render every slide in Chromium, report
// what sticks out of the 980×552 canvas, and give overflowing sections less room per
// slide until nothing overflows. The shares go to `<article>.fit.json`, which every
// build reads, so `npm run slides` stays deterministic and browser-free.

import type { BrowserContext } from 'playwright-core'
import type { ExitCode } from '../io/cli-error.ts'
import type { FitEntry, FitTable } from '../pipeline/index.ts'
import type { ParsedOptions } from './options.ts'
import { withBuiltTalk } from '../browser/built-talk.ts'
import { launchChromium } from '../browser/launch-chromium.ts'
import { measureTalk } from '../browser/measure-talk.ts'
import { build } from '../io/build.ts'
import { exitCode } from '../io/cli-error.ts'
import { fitPath, readFit, writeFit } from '../io/fit-file.ts'
import { say } from '../io/report.ts'
import { lowerRoom, stringifyFit } from '../pipeline/index.ts'
import { articleArgument } from './article-argument.ts'
import { buildExit } from './build-command.ts'
import { minutesOption } from './minutes-option.ts'
import { overflowingSections, overflowLine } from './overflow-report.ts'

const maxRounds = 6

/** One build-and-measure round. */
interface Round {
  /** Slides in the deck. */
  slides: number
  /** Slides with something that does not fit. */
  overflowing: number
  /** The table this round planned with, stale entries dropped. */
  current: FitTable
  /** The table for the next round: overflowing sections get less room. */
  next: FitTable
}

// A round that cannot measure ends the check with its exit code (the reason is printed above).
async function round(options: ParsedOptions, article: string, fit: FitTable, context: BrowserContext): Promise<Round | ExitCode> {
  const seen: FitEntry[] = []
  const built = await build({ article, output: options.output, settings: options.settings, force: options.force, minutes: minutesOption(options.minutes), fit, seen })
  const deck = built.deck
  if (!built.ok || !deck)
    return buildExit(built)
  const found = await withBuiltTalk(options.output, say, url => measureTalk(context, url, deck.slides.length, say))
  if (!found)
    return exitCode.failed
  for (const item of found)
    say(overflowLine(item, deck))
  return { slides: deck.slides.length, overflowing: found.length, current: lowerRoom(seen, new Set()), next: lowerRoom(seen, overflowingSections(found, deck)) }
}

async function fitLoop(options: ParsedOptions, article: string, context: BrowserContext): Promise<number> {
  const started = Date.now()
  const path = fitPath(article)
  let fit = await readFit(path)
  for (let count = 1; count <= maxRounds; count++) {
    say(`check round ${count}: building ${options.output} and measuring every slide …`)
    const result = await round(options, article, fit, context)
    if (typeof result === 'number')
      return result
    const stuck = stringifyFit(result.next) === stringifyFit(result.current)
    if (!result.overflowing || stuck || count === maxRounds) {
      await writeFit(path, result.current)
      const seconds = Math.round((Date.now() - started) / 1000)
      const fitted = result.current.sections.length ? `; ${result.current.sections.length} sections with less room in ${path}` : ''
      say(`${result.overflowing ? '✗' : '✓'} check: ${result.overflowing} of ${result.slides} slides overflow after ${count} round${count > 1 ? 's' : ''} (${seconds} s)${fitted}`)
      return result.overflowing ? exitCode.failed : exitCode.ok
    }
    fit = result.next
  }
  return exitCode.failed
}

/** Run `talkdown check`. */
export async function checkCommand(options: ParsedOptions, positionals: string[]): Promise<number> {
  const article = articleArgument(positionals)
  const browser = await launchChromium()
  try {
    return await fitLoop(options, article, browser.context)
  }
  finally {
    await browser.close()
  }
}
