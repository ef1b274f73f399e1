import { readFileSync } from 'node:fs'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { toString } from 'mdast-util-to-string'
import type { RootContent, Heading } from 'mdast'
import { charts } from '/work/main/scripts/pipeline/charts.ts'
const text = readFileSync('/work/main/content/review.md', 'utf8')
const root = unified().use(remarkParse).use(remarkGfm).parse(text)
let cur: { heading?: Heading, title: string, blocks: RootContent[] } | undefined
const secs: typeof cur[] = []
for (const node of root.children) {
  if (node.type === 'heading') { cur = { heading: node, title: toString(node), blocks: [] }; secs.push(cur) }
  else cur?.blocks.push(node)
}
for (const s of secs) {
  const c = charts(s!, { lang: 'zh', year: 2025 })
  if (c.length) console.log('##', s!.title, '\n', c.map(x => JSON.stringify(x)).join('\n '))
}
