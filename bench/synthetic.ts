// Deterministic synthetic articles for the scaling rows: the seed's chapters,
// renumbered and with their figures varied, repeated until the size is reached.
// Varying the numbers keeps the text from being byte-identical chapter to chapter
// (so no stage can profit from repeats) while keeping the seed's shape.
import { Buffer } from 'node:buffer'

/** A seeded PRNG (mulberry32): same seed, same article, on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface SeedChapter { title: string, intro: string, sections: { title: string, body: string }[] }

// Heading text without its own numbering ("一、", "1.1 "), which the generator replaces.
function bare(title: string): string {
  return title.replace(/^(?:[一二三四五六七八九十]+、|\d+(?:\.\d+)*\s*)/u, '').trim()
}

/** The seed's numbered chapters (those with sections), split at `##` and `###`. */
export function seedChapters(seed: string): SeedChapter[] {
  const chapters: SeedChapter[] = []
  for (const part of seed.split(/^## /mu).slice(1)) {
    const [head = '', ...sections] = part.split(/^### /mu)
    const [title = '', ...intro] = head.split('\n')
    chapters.push({
      title: bare(title),
      intro: intro.join('\n').trim(),
      sections: sections.map((section) => {
        const [sectionTitle = '', ...body] = section.split('\n')
        return { title: bare(sectionTitle), body: body.join('\n').trim() }
      }),
    })
  }
  return chapters.filter(chapter => chapter.sections.length > 0)
}

// Each digit replaced by a random one, so figures, years and charts vary.
function vary(text: string, next: () => number): string {
  return text.replace(/\d/gu, () => String(Math.floor(next() * 10)))
}

function chapterText(chapter: SeedChapter, number: number, next: () => number): string {
  const sections = chapter.sections.map((section, index) => `### ${number}.${index + 1} ${section.title}\n\n${vary(section.body, next)}\n`)
  return `## ${number}、${chapter.title}\n\n${vary(chapter.intro, next)}\n\n${sections.join('\n')}\n`
}

/** An article of at least `bytes` UTF-8 bytes built from the seed's chapters. */
export function syntheticArticle(seed: string, bytes: number, seedNumber = 7): string {
  const chapters = seedChapters(seed)
  if (chapters.length === 0)
    throw new TypeError('Cannot build a synthetic article, expected the seed to have `##` chapters with `###` sections')
  const next = random(seedNumber)
  const parts = ['# 合成文章\n\n这是一篇用于基准测试的合成文章，由种子文章的章节重复并改变数字而成。\n\n']
  let size = Buffer.byteLength(parts[0]!)
  for (let number = 1; size < bytes; number++) {
    const text = chapterText(chapters[(number - 1) % chapters.length]!, number, next)
    parts.push(text)
    size += Buffer.byteLength(text)
  }
  return parts.join('')
}
