// Every option the CLI knows, shared by all commands (as marp-cli does), so a mistyped
// option is one clear error whatever the command.

export const optionSpec = {
  output: { type: 'string', short: 'o', default: 'slides.md' },
  settings: { type: 'string', short: 's' },
  force: { type: 'boolean', short: 'f', default: false },
  format: { type: 'string', default: 'pdf' },
  help: { type: 'boolean', short: 'h', default: false },
} as const

/** Parsed option values. */
export interface ParsedOptions {
  /** Slidev Markdown to write. */
  output: string
  /** Deck settings file. */
  settings?: string
  /** Overwrite hand edits. */
  force: boolean
  /** Export format. */
  format: string
  /** Show help. */
  help: boolean
}

/** Help lines for the options. */
export const optionUsage = `Options:
  -o, --output <file>     Slidev Markdown to write (default slides.md)
  -s, --settings <file>   Deck settings (default <article>.deck.yaml beside the article)
  -f, --force             Overwrite slides.md even if it was edited by hand
      --format <pdf|pptx> Export format (default pdf)
  -h, --help              Show this help`
