// Block content (mdast) as the paragraphs of one PowerPoint text box: lists become real
// bullets (numbered when ordered, indented when nested), quotes and code keep their look.
import type { BlockContent, DefinitionContent, List, RootContent } from 'mdast'
import type PptxGenJS from 'pptxgenjs'
import type { Run, RunContext } from './inline-runs.ts'
import { toString } from 'mdast-util-to-string'
import { diagramLabel, isDrawnDiagram } from './diagram-label.ts'
import { inlineRuns } from './inline-runs.ts'
import { equationMark, mathOmml, mathText } from './math-omml.ts'

/** One paragraph: its runs and its paragraph options (bullet, indent, spacing). */
export interface Paragraph {
  runs: Run[]
  props: PptxGenJS.TextPropsOptions
}

type Block = RootContent | BlockContent | DefinitionContent
type Handler<T> = (node: T, context: RunContext, depth: number) => Paragraph[]
type Handlers = { [K in Block['type']]?: Handler<Extract<Block, { type: K }>> }

function listParagraphs(list: List, context: RunContext, depth: number): Paragraph[] {
  return list.children.flatMap((item, index) => item.children.flatMap((child, at) => {
    // Nested items are smaller and greyer, as `li li` in styles/index.css.
    if (child.type === 'list')
      return listParagraphs(child, { ...context, base: { ...context.base, fontSize: Math.round((context.base.fontSize ?? 24) * 0.8), color: context.colors.muted } }, depth + 1)
    const paragraphs = blockParagraphs([child], context, depth)
    // The item's first paragraph carries the bullet; later ones hang under it.
    const bullet = at === 0 ? (list.ordered ? { type: 'number' as const, numberStartAt: (list.start ?? 1) + index } : { indent: 18 }) : false
    return paragraphs.map((paragraph, n) => ({ runs: paragraph.runs, props: { ...paragraph.props, bullet: n === 0 ? bullet : false, indentLevel: depth } }))
  }))
}

const handlers: Handlers = {
  paragraph: (node, context) => [{ runs: inlineRuns(node.children, context), props: {} }],
  heading: (node, context) => [{ runs: inlineRuns(node.children, { ...context, base: { ...context.base, bold: true } }), props: {} }],
  list: (node, context, depth) => listParagraphs(node, context, depth),
  blockquote: (node, context, depth) => blockParagraphs(node.children, { ...context, base: { ...context.base, italic: true } }, depth),
  code: (node, context) => isDrawnDiagram(node.lang)
    ? [{ runs: [{ text: diagramLabel(node.lang!, node.value), options: { ...context.base, italic: true, color: context.colors.muted } }], props: {} }]
    : node.value.split('\n').map(line => ({ runs: [{ text: line, options: { ...context.base, fontFace: 'DejaVu Sans Mono' } }], props: {} })),
  // A native equation (its text for readers without them); the TeX only where KaTeX cannot
  // read it, as on the slide (inert/tex.ts), in code's typeface.
  math: (node, context, depth) => {
    const omml = mathOmml(node.value)
    const text = mathText(node.value, true)
    if (!text)
      return handlers.code!({ type: 'code', value: node.value }, context, depth)
    return [{ runs: [{ text: omml ? equationMark(omml, text) : text, options: { ...context.base } }], props: { align: 'center' } }]
  },
  // Slide tables get a table of their own (slide-body.ts); here they would only be text.
  table: () => [],
  thematicBreak: () => [],
  html: (node, context) => [{ runs: [{ text: node.value, options: { ...context.base } }], props: {} }],
  definition: () => [],
  footnoteDefinition: () => [],
}

/** The paragraphs of `blocks` at list depth `depth`. */
export function blockParagraphs(blocks: Block[], context: RunContext, depth = 0): Paragraph[] {
  return blocks.flatMap((block) => {
    const handler = handlers[block.type] as Handler<Block> | undefined
    return handler ? handler(block, context, depth) : [{ runs: [{ text: toString(block), options: { ...context.base } }], props: {} }]
  })
}

/**
 * `paragraphs` as the flat run list `addText` takes: paragraph options (and `shared` ones,
 * such as alignment or spacing) on the first run, a line break after the last. Paragraph
 * options must not be given to the text box: pptxgenjs would repeat them on every run,
 * and LibreOffice then drops the bullets.
 */
export function textRuns(paragraphs: Paragraph[], shared: PptxGenJS.TextPropsOptions = {}): Run[] {
  return paragraphs.flatMap((paragraph, index) => {
    const runs = paragraph.runs.filter(run => run.text || run.options?.softBreakBefore)
    const shown = runs.length ? runs : [{ text: '' }]
    return shown.map((run, at) => ({
      text: run.text,
      options: { ...run.options, ...(at === 0 ? { ...shared, ...paragraph.props } : {}), ...(at === shown.length - 1 && index < paragraphs.length - 1 ? { breakLine: true } : {}) },
    }))
  })
}
