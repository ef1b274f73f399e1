import type { Paragraph } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { isRoleLine, mayHoldRoleLines } from './role-lines.ts'

const paragraph = (markdown: string): Paragraph => unified().use(remarkParse).parse(markdown).children[0] as Paragraph

describe('isRoleLine', () => {
  it.each([
    [':label:`sec_valueiter`', true],
    [':eqlabel:`eq_dynamic_programming`', true],
    [':label:`a` :label:`b`', true],
    // A role inside a sentence is prose with a reference in it.
    ['As shown in :numref:`fig_x`, the robot moves', false],
    ['`:label:` marks a target', false],
    ['Plain text', false],
  ])('%s → %s', (markdown, expected) => {
    expect(isRoleLine(paragraph(markdown))).toBe(expected)
  })
})

describe('mayHoldRoleLines', () => {
  it.each([
    ['# T\n:label:`sec_x`\n', true],
    ['see :numref:`fig_x` above', false],
    ['no roles', false],
  ])('%j → %s', (source, expected) => {
    expect(mayHoldRoleLines(source)).toBe(expected)
  })
})
