// Every option the CLI knows, shared by all commands (as marp-cli does), so a mistyped
// option is one clear error whatever the command.

export const optionSpec = {
  'output': { type: 'string', short: 'o', default: 'slides.md' },
  'settings': { type: 'string', short: 's' },
  'force': { type: 'boolean', short: 'f', default: false },
  'format': { type: 'string', default: 'pdf' },
  'handout': { type: 'boolean', default: false },
  'watch': { type: 'boolean', short: 'w', default: false },
  'port': { type: 'string', default: '3030' },
  'no-print-view': { type: 'boolean', default: false },
  'json': { type: 'boolean', default: false },
  'minutes': { type: 'string', short: 'm' },
  'help': { type: 'boolean', short: 'h', default: false },
} as const

/** Parsed option values. */
export interface ParsedOptions {
  /** Slidev Markdown to write. */
  'output': string
  /** Deck settings file. */
  'settings'?: string
  /** Overwrite hand edits. */
  'force': boolean
  /** Export format. */
  'format': string
  /** Export a handout PDF (each slide above its notes) instead. */
  'handout': boolean
  /** `export`: keep running and export again on every save. */
  'watch': boolean
  /** Port of the dev server (`talkdown dev`). */
  'port': string
  /** `dev`: keep no print view open for exports (they then build the talk). */
  'no-print-view': boolean
  /** `stats`: print the numbers as JSON on stdout. */
  'json': boolean
  /** Minutes of the time slot to plan the talk for. */
  'minutes'?: string
  /** Show help. */
  'help': boolean
}

/** Help lines for the options. */
export const optionUsage = `Options:
  -o, --output <file>     Slidev Markdown to write (default slides.md)
  -s, --settings <file>   Deck settings (default <article>.deck.yaml beside the article)
  -f, --force             Overwrite slides.md even if it was edited by hand
      --format <f>        Export format: pdf (default), pptx (editable, native charts), pptx-images (a picture per slide)
      --handout           Export <name>-handout.pdf: each slide above its notes, one a page
  -w, --watch             With \`export\`: export talk.pdf again on every save, from a print view kept open
      --port <number>     Port of the dev server for \`dev\` (default 3030)
      --no-print-view     With \`dev\`: keep no print view open for exports (each export then builds the talk)
      --json              With \`stats\`: print the numbers as JSON on stdout
  -m, --minutes <n>       Plan the talk for an n-minute slot (build, dev, check, export; or \`minutes:\` in the deck settings)
  -h, --help              Show this help`
