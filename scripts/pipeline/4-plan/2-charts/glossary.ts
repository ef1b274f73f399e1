import type { GlossaryChart, GlossaryEntry } from '../../model/chart.ts'
// Glossary cards: items written "**Term**（English）：definition".
import type { ChartHandler } from './context.ts'

/** Glossary of the section's "**term**（gloss）：definition" items and paragraphs. */
export const chartGlossary: ChartHandler = (units): GlossaryChart | undefined => {
  const entries = units.filter(u => u.lead && u.gloss && u.rest)
  const first = entries[0]
  // One term is a sentence, not a glossary; the bullets show it better.
  if (!first || entries.length < 2)
    return undefined
  const items: GlossaryEntry[] = entries.map(u => ({ term: u.lead ?? '', ...(u.gloss ? { gloss: u.gloss } : {}), definition: u.rest ?? '' }))
  return { type: 'glossary', items, source: first.source, lines: entries.map(u => u.source.line) }
}
