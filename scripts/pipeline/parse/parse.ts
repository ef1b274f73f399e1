// Article text to mdast, positions kept so every message can point at the source.
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { PieceSizes } from './article-pieces.ts'
import type { Labels } from './label-watch.ts'
import type { ParsedRegion } from './parse-pieces.ts'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { remarkLabelWatch, withLabels } from './label-watch.ts'
import { parsePieces } from './parse-pieces.ts'

const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()
const watched = whole().use(remarkLabelWatch).freeze()

/** Parse the article in one go: the reference `parse()` must equal; slow on long articles. */
export function parseWhole(file: VFile | string): Root {
  return whole.parse(file)
}

/** Parse one region of the article with `known` labels defined besides its own (see `RegionParser`). */
export function parseRegion(text: string, known: Labels | undefined): ParsedRegion {
  if (!known)
    return { tree: whole.parse(text), asked: { links: new Map(), notes: new Map() } }
  const { result, asked } = withLabels(known, () => watched.parse(text))
  return { tree: result, asked }
}

/** Parse the article held by `file` into an mdast tree, piece by piece (`parse-pieces.ts`): time linear in its length. */
export function parse(file: VFile, sizes?: PieceSizes): Root {
  return parsePieces(String(file), parseRegion, sizes)
}
