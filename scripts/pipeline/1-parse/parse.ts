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
import { remarkTexMath, usesMath } from './tex-math.ts'

const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()
// With TeX math syntax, only for an article that uses math (tex-math.ts): `$` is money elsewhere.
const tex = plain().use(remarkTexMath).freeze()
const whole = { plain, tex }
const watched = { plain: plain().use(remarkLabelWatch).freeze(), tex: tex().use(remarkLabelWatch).freeze() }
const kind = (math: boolean): 'plain' | 'tex' => math ? 'tex' : 'plain'

/** Parse the article in one go: the reference `parse()` must equal; slow on long articles. */
export function parseWhole(file: VFile | string): Root {
  return whole[kind(usesMath(String(file)))].parse(file)
}

/** Parse one region of the article with `known` labels defined besides its own (see `RegionParser`); `math`: the article uses TeX math. */
export function parseRegion(text: string, known: Labels | undefined, math = false): ParsedRegion {
  if (!known)
    return { tree: whole[kind(math)].parse(text), asked: { links: new Map(), notes: new Map() } }
  const { result, asked } = withLabels(known, () => watched[kind(math)].parse(text))
  return { tree: result, asked }
}

/** Parse a piece of Markdown that stands for itself (a fence whose content renders); positions are relative to it. `math`: the article uses TeX math. */
export function parseFragment(text: string, math = false): Root {
  return whole[kind(math)].parse(text)
}

/** Parse the article held by `file` into an mdast tree, piece by piece (`parse-pieces.ts`): time linear in its length. */
export function parse(file: VFile, sizes?: PieceSizes): Root {
  const text = String(file)
  const math = usesMath(text)
  return parsePieces(text, (region, known) => parseRegion(region, known, math), sizes)
}
