import type { TimelineChart, TimelineEvent } from '../../model/chart.ts'
// Timeline: three or more list items or sentences that each carry a date.
// A year named inside one list item qualifies only that item; a year in a sentence carries on.
import type { ChartHandler } from './context.ts'
import type { DateMatch } from './extract/dates.ts'
import type { Unit } from './extract/section-units.ts'
import { eventLabelWidth } from '../../shared/tuning.ts'
import { width } from '../../text/measure.ts'
import { extractDates } from './extract/dates.ts'

const MIN_EVENTS = 3
const CLAUSE = /[，,。．；;！？!?]/
const LEAD_FILLER = /^(?:[\s:：,，、和与及于在到]|and\b)*(?:(?:in|on|by)\s)?/i
// "举行的 Apache … meetup": what the date's clause says happened, with its verb, before the thing itself.
const RELATIVE_VERB = /^(?:举行|举办|召开|发布|推出|上线|开源|成立|启动|开展)的\s*(?=\S{3})/u

// "截至12月…", "as of May": a date that says when a figure stood, not when something happened.
const AS_OF = /(?:截至|截止(?:到|至)?|as\s+of|up\s+to)\s*$/iu

// An aside in brackets ("（包括海外联合 Meetup）", "(Incubating)"): the sentence in the notes keeps it.
const ASIDE = /\s*[（(][^（()）]{1,40}[)）]/gu

// `label` without its asides, except inside a title or a quotation (《…（…）》 is the title itself).
function withoutAsides(label: string): string {
  const shorter = label.replace(ASIDE, (aside, at: number) => {
    const before = label.slice(0, at)
    const open = (opening: RegExp, closing: RegExp): boolean => (before.match(opening)?.length ?? 0) > (before.match(closing)?.length ?? 0)
    return open(/《/g, /》/g) || open(/“/g, /”/g) || (before.match(/"/g)?.length ?? 0) % 2 === 1 ? aside : ''
  }).trim()
  return [...shorter].length >= 3 ? shorter : label
}

// A day range after a date ("Feb 9-10", "May 12 & 15th") goes with it, and so do the
// separators it leaves at either end ("Vue.js Amsterdam - Feb 9-10" is "Vue.js Amsterdam").
const RANGE_REST = /^\s*(?:[-–~～至到&]|and\b)\s*\d{1,2}(?:st|nd|rd|th|日|号)?/u
const DANGLING = /^[\s\-–—|·]+|[\s\-–—|·]+$/gu

function withoutDates(text: string, dates: DateMatch[]): string {
  const cut = dates.reduce((rest, date) => {
    const at = rest.indexOf(date.display)
    if (at < 0)
      return rest
    const after = rest.slice(at + date.display.length)
    return rest.slice(0, at) + after.slice(RANGE_REST.exec(after)?.[0].length ?? 0)
  }, text)
  // A date taken from between words leaves their two spaces ("The  release").
  return cut === text ? cut : cut.replace(DANGLING, '').replace(/[ \t]{2,}/gu, ' ')
}

/** What happened: the bold lead, else the date's clause without the date (or the next clause). */
function eventLabel(unit: Unit, date: DateMatch, all: DateMatch[]): string {
  if (unit.lead)
    return unit.lead
  const clauses = unit.text.slice(date.index).split(CLAUSE)
  const strip = (s: string): string => withoutDates(s, all).replace(/[份的]?\s*$/, '').replace(LEAD_FILLER, '').trim()
  const before = (unit.text.slice(0, date.index).split(CLAUSE).pop() ?? '').replace(/\s*(?:于|在|in|on|by)\s*$/i, '')
  const own = strip(`${before}${clauses[0] ?? ''}`).replace(/^份/, '').replace(RELATIVE_VERB, '')
  const label = own.length >= 3 ? own : strip(clauses[1] ?? '') || own || date.display
  // The author's trailing "……" or "..." says "and so on"; on a chart it would read as a label cut short.
  const whole = label.replace(/\s*(?:…+|\.{3,})$/u, '') || label
  return withoutAsides(whole)
}

/** Dated events of the section, in article order, with years carried forward. */
function events(units: Unit[], year: number): Array<TimelineEvent & { source: Unit['source'] }> {
  const found: Array<TimelineEvent & { source: Unit['source'] }> = []
  let current = year
  for (const unit of units) {
    const scan = extractDates(unit.text, current)
    if (unit.kind === 'sentence')
      current = scan.year
    const date = scan.dates.find(found => !AS_OF.test(unit.text.slice(0, found.index)))
    const label = date && eventLabel(unit, date, scan.dates)
    if (date && label && width(label) <= eventLabelWidth)
      found.push({ date: date.iso, display: date.display, label, ...(unit.group ? { group: unit.group } : {}), source: unit.source })
  }
  return found
}

/** Timeline of the section's dated items and sentences, sorted by date. */
export const chartTimeline: ChartHandler = (units, context): TimelineChart | undefined => {
  const found = events(units, context.year)
  const first = found[0]
  if (!first || found.length < MIN_EVENTS)
    return undefined
  // ISO dates of digits and `-` sort the same by code unit as by locale, and creating the
  // locale collator for localeCompare costs about 12 ms the first time.
  const sorted = found.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : 0) || a.i - b.i)
  return { type: 'timeline', events: sorted.map(({ e: { source: _, ...event } }) => event), source: first.source, lines: sorted.map(({ e }) => e.source.line) }
}
