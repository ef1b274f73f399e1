import type { SlideText } from '../browser/talk-stats.ts'
import type { ParsedOptions } from './options.ts'
import process from 'node:process'
import { withBuiltTalk } from '../browser/built-talk.ts'
import { launchChromium } from '../browser/launch-chromium.ts'
import { measureOverflow } from '../browser/measure-overflow.ts'
import { eachSlide } from '../browser/measure-talk.ts'
import { slideText } from '../browser/talk-stats.ts'
import { build } from '../io/build.ts'
import { say } from '../io/report.ts'
// `talkdown stats [article]`: build the talk, render every slide in Chromium, and print
// how long slides stay up, how much of the notes they show, and what is cut, thin or
// repeated (`--json` prints the numbers as JSON on stdout instead).
import { articleArgument } from './article-argument.ts'
import { slideFacts, statsLines, talkStats } from './stats-summary.ts'

/** Run `talkdown stats`. */
export async function statsCommand(options: ParsedOptions, positionals: string[]): Promise<number> {
  const article = articleArgument(positionals)
  const built = await build({ article, output: options.output, settings: options.settings, force: options.force })
  const deck = built.deck
  if (!built.ok || !deck)
    return 1
  const browser = await launchChromium()
  try {
    const shown: SlideText[] = []
    const overflowing = new Set<number>()
    const measured = await withBuiltTalk(options.output, say, url => eachSlide(browser.context, url, deck.slides.length, say, async (page, no) => {
      shown[no - 1] = await page.evaluate(slideText, no)
      if ((await page.evaluate(measureOverflow, no)).length)
        overflowing.add(no)
    }).then(() => true))
    if (!measured)
      return 1
    const stats = talkStats(slideFacts(deck, shown, overflowing))
    if (options.json)
      process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`)
    else
      say(statsLines(stats).join('\n'))
    return 0
  }
  finally {
    await browser.close()
  }
}
