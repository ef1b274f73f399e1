// Find the article's chapters and sections from its own heading structure.
// The chapter level is the shallowest heading level left once a title heading is set
// aside; the section level is the next level actually used, so skipped levels
// (`#` then `###`), setext headings and heading-less articles all work.
import type { Heading, Root, RootContent } from 'mdast'
import type { Chapter, FrontMatter, Outline, Section } from '../model/deck.ts'
import { toString } from 'mdast-util-to-string'
import { titleOf } from '../text/title-math.ts'

/** Split the article into a preamble, chapters and sections. */
export function outline(tree: Root, front: FrontMatter): Outline {
  const blocks = tree.children.filter(node => node.type !== 'yaml' && (node.type as string) !== 'toml')
  const headings = blocks.filter((node): node is Heading => node.type === 'heading')
  const titleHeading = findTitle(headings, front)
  const rest = headings.filter(heading => heading !== titleHeading)
  const chapterDepth = minDepth(rest)
  const sectionDepth = chapterDepth === undefined ? undefined : minDepth(rest.filter(h => h.depth > chapterDepth))
  const result: Outline = { titleHeading, chapterDepth, sectionDepth, preamble: [], chapters: [] }
  for (const node of blocks) {
    if (node !== titleHeading)
      place(result, node)
  }
  return result
}

function findTitle(headings: Heading[], front: FrontMatter): Heading | undefined {
  const first = headings[0]
  if (!first)
    return undefined
  if (front.title && toString(first).trim() === front.title.trim())
    return first
  const sameDepth = headings.filter(h => h.depth === first.depth).length
  const isShallowest = first.depth === minDepth(headings)
  // A lone top heading is the title when something sits below it, or when it is an `#`.
  return sameDepth === 1 && isShallowest && (headings.length > 1 || first.depth === 1) ? first : undefined
}

function minDepth(headings: Heading[]): number | undefined {
  return headings.length ? headings.reduce((min, h) => Math.min(min, h.depth), 7) : undefined
}

function place(result: Outline, node: RootContent): void {
  const chapter = result.chapters.at(-1)
  if (node.type === 'heading' && node.depth === result.chapterDepth) {
    result.chapters.push({ heading: node, title: titleOf(node).trim(), intro: [], sections: [] })
    return
  }
  if (!chapter) {
    result.preamble.push(node)
    return
  }
  if (node.type === 'heading' && node.depth === result.sectionDepth) {
    chapter.sections.push({ heading: node, title: titleOf(node).trim(), blocks: [] })
    return
  }
  const section = chapter.sections.at(-1)
  if (section)
    section.blocks.push(node)
  else
    chapter.intro.push(node)
}

/**
 * The sections to turn into content slides for a chapter: its intro text (before the
 * first section) comes first, under the chapter's own title.
 */
export function chapterSections(chapter: Chapter): Section[] {
  // A chapter with neither text nor sections still shows its heading, so no words are lost.
  const intro = hasText(chapter.intro) || !chapter.sections.length ? [{ heading: chapter.heading, title: chapter.title, blocks: chapter.intro }] : []
  return [...intro, ...chapter.sections]
}

function hasText(blocks: RootContent[]): boolean {
  return blocks.some(block => block.type !== 'thematicBreak' && block.type !== 'definition')
}
