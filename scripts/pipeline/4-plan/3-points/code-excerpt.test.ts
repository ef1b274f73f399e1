import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { codeExcerpt, codeTerms, importsOnly } from './code-excerpt.ts'

const room = { rows: 3, columns: 76, characters: 80 }
const code = [
  'import { useOptimistic } from \'react\'',
  '',
  'function ChangeName({ currentName, onUpdateName }) {',
  '  const [optimisticName, setOptimisticName] = useOptimistic(currentName)',
  '  const submitAction = async (formData) => {',
  '    const newName = formData.get(\'name\')',
  '  }',
  '}',
].join('\n')

describe('codeTerms', () => {
  it('collects the identifiers the prose names as inline code, not those inside code blocks', () => {
    const tree = unified().use(remarkParse).parse('Call `useOptimistic(state)` or `a.b`.\n\n```js\nconst notATerm = 1\n```\n')
    expect([...codeTerms(tree.children)]).toEqual(['useOptimistic', 'state'])
  })
})

describe('codeExcerpt', () => {
  it('passes over an excerpt that is only a comment', () => {
    expect(codeExcerpt('const x = 1\n\n// run() is called below\n\nrun()', new Set(['run']), room).lines).toEqual(['run()'])
  })
  it('passes over a start whose excerpt stops inside a call for the next line naming a term', () => {
    const listing = [
      'function ChangeName({ name }) {',
      '  const [error, submitAction, isPending] = useActionState(',
      '    async (previousState, formData) => {',
      '      const error = await updateName(formData.get("name"));',
      '      if (error) {',
      '        return error;',
      '      }',
      '    },',
      '  );',
      '  return <form action={submitAction}></form>',
      '}',
    ].join('\n')
    const excerpt = codeExcerpt(listing, new Set(['useActionState', 'submitAction']), room)
    expect(excerpt.lines).toEqual(['return <form action={submitAction}></form>'])
  })
  it('starts at the line naming the most terms and takes the whole lines that fit, dedented', () => {
    const excerpt = codeExcerpt(code, new Set(['useOptimistic', 'currentName']), room)
    expect(excerpt.lines).toEqual(['const [optimisticName, setOptimisticName] = useOptimistic(currentName)'])
    expect(excerpt.cut).toBe(true)
  })

  it('starts at the first line with text when the prose names nothing, and stops at a blank line', () => {
    expect(codeExcerpt(code, new Set(), room).lines).toEqual(['import { useOptimistic } from \'react\''])
  })

  it('stops where a line leaves the block the excerpt started in', () => {
    const excerpt = codeExcerpt(code, new Set(['formData']), { ...room, characters: 200 })
    expect(excerpt.lines).toEqual(['const submitAction = async (formData) => {', '  const newName = formData.get(\'name\')', '}'])
  })

  it('shows a block that fits whole, uncut', () => {
    const excerpt = codeExcerpt('trait Foo {\n    type Bar<\'x>;\n}', new Set(), room)
    expect(excerpt).toEqual({ lines: ['trait Foo {', '    type Bar<\'x>;', '}'], rows: 3, cut: false })
  })

  it.each([
    ['// @noErrors\nonEveryStateChange(() => {\n  render()\n});', ['onEveryStateChange(() => {', '  render()', '});']],
    ['// @errors: 2304\n// @filename: a.ts\nconst a = b', ['const a = b']],
    ['import x from "y"\n// ---cut---\nx()', ['import x from "y"', 'x()']],
    ['// @ts-ignore keeps its reason\nx()', ['// @ts-ignore keeps its reason', 'x()']],
    ['// @ts-expect-error\nx()', ['// @ts-expect-error', 'x()']],
  ])('leaves out twoslash directives: %j', (source, expected) => {
    expect(codeExcerpt(source, new Set(), { ...room, characters: 200 }).lines).toEqual(expected)
  })

  it('always shows the first line, however long, and counts its wrapped rows', () => {
    const long = `const x = ${'1 + '.repeat(40)}1`
    expect(codeExcerpt(`${long}\nnext()`, new Set(), room)).toEqual({ lines: [long], rows: 3, cut: true })
  })

  it('starts at the statement a chained line named by the prose belongs to', () => {
    const source = 'Source.from(events)\n  .filter(ad -> ad.getDelivery() != null)\n  .via(deliveryProcessor())\n  .to(sink());'
    expect(codeExcerpt(source, new Set(['deliveryProcessor']), { ...room, characters: 200 }).lines[0]).toBe('Source.from(events)')
  })

  it('prefers code that does something to a run of imports', () => {
    expect(codeExcerpt('import torch\n\ndef f(X):\n    return torch.matmul(X, W)', new Set(['torch']), room).lines).toEqual(['return torch.matmul(X, W)'])
  })
})

describe('importsOnly', () => {
  it.each([
    [['from d2l import torch as d2l', 'import torch'], true],
    [['#include <vector>', 'using namespace std;'], false],
    [['use std::io;', '// the reader'], true],
    [['const fs = require("fs")'], true],
    [['import torch', 'x = torch.ones(3)'], false],
    [['// only a comment'], false],
  ])('%j → %s', (lines, expected) => {
    expect(importsOnly(lines)).toBe(expected)
  })
})
