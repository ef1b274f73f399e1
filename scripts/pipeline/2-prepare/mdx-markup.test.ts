import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { mayHoldMdxMarkup, mdxMarkup } from './mdx-markup.ts'

function shown(markdown: string): string {
  const tree: Root = unified().use(remarkParse).parse(markdown)
  mdxMarkup(tree)
  return toMarkdown(tree)
}

describe('mdxMarkup', () => {
  it.each([
    ['an import line', 'import ContributionNotes from \'@/assets/docs/fragments/contribution-notes.md\'\n\n# Title\n', '# Title\n'],
    ['several statements', 'import Tabs from \'@theme/Tabs\';\nimport TabItem from \'@theme/TabItem\';\nimport \'./style.css\'\nexport { Layout } from \'./layout\'\n\nText.\n', 'Text.\n'],
    ['an export declaration', 'export const meta = {\n  title: \'A\',\n}\n\nText.\n', 'Text.\n'],
    ['a self-closing component', 'Text.\n\n<ContributionNotes />\n', 'Text.\n'],
    ['component tags around prose', '<Note>\n\nKeep this **note**.\n\n</Note>\n', 'Keep this **note**.\n'],
    ['a component block with text inside', '<Intro>\nReact v19 is now available!\n</Intro>\n', 'React v19 is now available!\n'],
    ['an inline component', 'Call <CodeStep data={1}>useState</CodeStep> first.\n', 'Call useState first.\n'],
    ['a component with props over lines', '<Tabs\n  groupId="os"\n  values={[{label: \'A\', value: \'a\'}]}>\n\nText.\n\n</Tabs>\n', 'Text.\n'],
    ['a fragment', '<>\n\nText.\n\n</>\n', 'Text.\n'],
    ['a video component, leaving a line naming its video', 'Text.\n\n<YouTubeIframe src="https://www.youtube.com/embed/T8TZQ6k4SLE?t=973s" />\n', 'Text.\n\n▶ <https://www.youtube.com/embed/T8TZQ6k4SLE?t=973s>\n'],
    ['an MDX comment', 'Intro.\n\n{/* truncate */}\n\nMore.\n', 'Intro.\n\nMore.\n'],
    ['a terminal component, keeping its command as code', 'Install it:\n\n<TerminalBlock>\nnpm install -D eslint-plugin-react-compiler@beta\n</TerminalBlock>\n', 'Install it:\n\n```bash\nnpm install -D eslint-plugin-react-compiler@beta\n```\n'],
    ['a code component, keeping its language', '<CodeBlock language="js">\nconst a = 1\n</CodeBlock>\n', '```js\nconst a = 1\n```\n'],
  ])('takes out %s', (_, markdown, expected) => {
    expect(shown(markdown)).toBe(expected)
  })

  it.each([
    ['a sentence that starts with "import"', 'Import duties rose from 5% to 7%.\n'],
    ['an escaped component name in prose', '\\<Context> as a provider.\n'],
    ['an import in code', '```js\nimport x from \'y\'\n```\n'],
    ['lower-case HTML', '<div>\nText\n</div>\n'],
  ])('leaves %s as written', (_, markdown) => {
    expect(shown(markdown)).toBe(markdown)
  })

  it.each([['import a from \'b\'', true], ['x <Note> y', true], ['plain text about imports', false]])('mayHoldMdxMarkup(%j) → %s', (source, expected) => {
    expect(mayHoldMdxMarkup(source)).toBe(expected)
  })
})
