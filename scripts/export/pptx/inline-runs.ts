// Phrasing content (mdast) as pptxgenjs text runs: bold, italic, code and links stay
// real, editable formatting; images are left to slide-images.ts.
import type { PhrasingContent } from 'mdast'
import type PptxGenJS from 'pptxgenjs'
import type { Palette } from './palette.ts'
import { toString } from 'mdast-util-to-string'
import { mathText } from './math-omml.ts'

/** A text run. */
export type Run = PptxGenJS.TextProps

/** What the runs inherit: colours, and the style of the enclosing marks. */
export interface RunContext {
  colors: Palette
  /** Options every run of this text gets (font, size, colour …). */
  base: PptxGenJS.TextPropsOptions
}

type Handler<T> = (node: T, context: RunContext) => Run[]
type Handlers = { [K in PhrasingContent['type']]?: Handler<Extract<PhrasingContent, { type: K }>> }

const mono = 'DejaVu Sans Mono'

function within(children: PhrasingContent[], context: RunContext, extra: PptxGenJS.TextPropsOptions): Run[] {
  return inlineRuns(children, { ...context, base: { ...context.base, ...extra } })
}

const handlers: Handlers = {
  text: (node, context) => [{ text: node.value, options: { ...context.base } }],
  strong: (node, context) => within(node.children, context, { bold: true, color: context.colors.accent }),
  emphasis: (node, context) => within(node.children, context, { italic: true }),
  delete: (node, context) => within(node.children, context, { strike: 'sngStrike' }),
  inlineCode: (node, context) => [{ text: node.value, options: { ...context.base, fontFace: mono } }],
  // What the formula reads as, in italics as math is set; never its TeX.
  inlineMath: (node, context) => [{ text: mathText(node.value) || node.value, options: { ...context.base, ...(mathText(node.value) ? { italic: true } : { fontFace: mono }) } }],
  // Only web links become hyperlinks; anything else stays its text.
  link: (node, context) => /^https?:\/\//i.test(node.url) ? within(node.children, context, { hyperlink: { url: node.url }, color: context.colors.accent }) : within(node.children, context, {}),
  break: (_node, context) => [{ text: '', options: { ...context.base, softBreakBefore: true } }],
  html: (node, context) => [{ text: node.value, options: { ...context.base } }],
  image: () => [],
  imageReference: () => [],
  footnoteReference: () => [],
}

/** `nodes` as runs in `context`. */
export function inlineRuns(nodes: PhrasingContent[], context: RunContext): Run[] {
  return nodes.flatMap((node) => {
    const handler = handlers[node.type] as Handler<PhrasingContent> | undefined
    return handler ? handler(node, context) : [{ text: toString(node), options: { ...context.base } }]
  })
}
