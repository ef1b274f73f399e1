// One regeneration for the watch loop. Unlike `talkdown build` it must never end the
// session: problems are printed (with file:line:column when they come from the article
// or settings), the last good slides.md stays in place, and the next save tries again.
import type { BuildOptions } from '../io/build.ts'
import type { Deck } from '../pipeline/index.ts'
import { performance } from 'node:perf_hooks'
import { build } from '../io/build.ts'
import { errorMessage } from '../io/cli-error.ts'
import { say } from '../io/report.ts'
import { summary } from '../io/summary.ts'

/** What one regeneration did: `invalid` when the article or its settings has an error, `failed` for anything else that stopped it. */
export type LiveOutcome = 'written' | 'unchanged' | 'invalid' | 'failed'

/** Regenerate `options.output`; never throws. `quiet` leaves out the line for an unchanged result; `onDeck` gets the deck of a good build. */
export async function liveBuild(options: BuildOptions, quiet: boolean, onDeck?: (deck: Deck) => void): Promise<LiveOutcome> {
  const started = performance.now()
  try {
    const built = await build(options)
    if (!built.ok || !built.deck) {
      say(`✗ ${options.output} kept as it was; fix the problem above and save again.`)
      return built.stopped === 'input' ? 'invalid' : 'failed'
    }
    onDeck?.(built.deck)
    if (built.written || !quiet)
      say(`${summary(built.deck, options.output, built.written)} (${Math.round(performance.now() - started)} ms)`)
    return built.written ? 'written' : 'unchanged'
  }
  catch (error) {
    // A bug in talkdown, not in the article: one line, and the session goes on.
    say(`talkdown: ${options.article}: Cannot regenerate: ${errorMessage(error)}`)
    return 'failed'
  }
}
