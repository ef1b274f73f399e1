// Several generated decks in one Slidev build: each `slidev build` costs seconds of fixed
// time, so the e2e builds batches. The first deck keeps its headmatter; every other deck's
// cover keeps only its slide keys, and route aliases get the deck's number so they stay unique.

/** One slide of a batch, and where it came from. */
export interface BatchSlide {
  /** The deck (fixture name). */
  deck: string
  /** Role of the slide. */
  kind: string
  /** Title of the slide. */
  title: string
  /** Where in the article it starts (`line:column`), if known. */
  at?: string
}

/** A generated deck to batch. */
export interface BatchDeck {
  /** Name for reports. */
  name: string
  /** Its `slides.md` text. */
  markdown: string
  /** Its planned slides, in order. */
  slides: { kind: string, title: string, position?: { start: { line: number, column: number } } }[]
}

const slideKeys = /^(?:layout|routeAlias|class): .*$/gm

function coverWithoutHeadmatter(markdown: string): string {
  const end = markdown.indexOf('\n---\n', 4)
  const keys = markdown.slice(4, end).match(slideKeys) ?? []
  return `---\n${keys.join('\n')}${markdown.slice(end)}`
}

/** One Slidev Markdown text holding every deck of `decks`, and its slides in order. */
export function batchDecks(decks: BatchDeck[]): { markdown: string, slides: BatchSlide[] } {
  const texts = decks.map((deck, index) => {
    const text = index ? coverWithoutHeadmatter(deck.markdown) : deck.markdown
    return text.replace(/^routeAlias: "(.*)"$/gm, `routeAlias: "d${index}-$1"`)
  })
  const slides = decks.flatMap(deck => deck.slides.map(slide => ({
    deck: deck.name,
    kind: slide.kind,
    title: slide.title,
    at: slide.position && `${slide.position.start.line}:${slide.position.start.column}`,
  })))
  return { markdown: texts.join('\n'), slides }
}
