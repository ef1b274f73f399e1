import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { containerFences } from './container-fences.ts'

function unfenced(markdown: string): string {
  const tree: Root = unified().use(remarkParse).parse(markdown)
  containerFences(tree)
  return toMarkdown(tree)
}

describe('containerFences', () => {
  it('takes the fences off a container and makes its title a bold lead', () => {
    expect(unfenced(':::info 专家点评\n**余杰**：面对AI浪潮的席卷，我们应该保持冷静。\n:::\n')).toBe('**专家点评**\n\n**余杰**：面对AI浪潮的席卷，我们应该保持冷静。\n')
  })
  it('drops fences that stand alone, with or without a kind', () => {
    expect(unfenced(':::tip\n\nUse the cache.\n\n:::\n')).toBe('Use the cache.\n')
  })
  it('reads a Docusaurus title in brackets', () => {
    expect(unfenced(':::tip[Cache it]\nUse the cache.\n:::\n')).toBe('**Cache it**\n\nUse the cache.\n')
  })
  it('leaves other paragraphs as written', () => {
    expect(unfenced('Ratio 3:2 and a :::: in the middle.\n')).toBe('Ratio 3:2 and a :::: in the middle.\n')
  })
})
