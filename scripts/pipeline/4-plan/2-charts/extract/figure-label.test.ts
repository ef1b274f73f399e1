import type { Unit } from './section-units.ts'
import { figureLabel } from './figure-label.ts'
import { extractFigures } from './figures.ts'

const unit = (text: string): Unit => ({ kind: 'sentence', text, source: { line: 1, column: 1 } })

describe('figureLabel', () => {
  // The noun after a count, with the measure word the tagger reads with the figure left out.
  it.each([
    ['OpenAI一周内带来了1亿注册用户', '注册用户'],
    ['共计 6 亿条仓库事件', '仓库事件'],
    ['收集了 14 亿年 GitHub 日志数据', 'GitHub'],
  ])('%s → %s', (text, expected) => {
    const figures = extractFigures(text)
    expect(figureLabel(unit(text), figures[0]!, figures, 'phrase')).toBe(expected)
  })
})

describe('figureLabel of a second figure', () => {
  // The sign of the figure before is that figure's, not the start of the next one's label.
  it.each([
    ['1シグマ：入る確率 68.27% 　 外れる確率 31.73%', '外れる確率'],
  ])('%s → %s', (text, expected) => {
    const figures = extractFigures(text)
    expect(figureLabel(unit(text), figures[1]!, figures, 'phrase')).toBe(expected)
  })
})
