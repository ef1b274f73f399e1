// Stage 1: article text to mdast, positions kept so every message can point at the source.
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

/** Parse the article held by `file` into an mdast tree. */
export function parse(file: VFile): Root {
  return processor.parse(file)
}
