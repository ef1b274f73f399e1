import type { Section } from '../model/deck.ts'
import { joinParts } from './join-parts.ts'

const section = (title: string): Section => ({ title, blocks: [{ type: 'paragraph', children: [{ type: 'text', value: '一句话。' }] }] })
const part = (title: string): { title: string, sections: Section[], divided: boolean } => ({ title, sections: [section(title)], divided: false })

describe('joinParts', () => {
  it('titles joined chapters by all their titles when they fit', () => {
    expect(joinParts([part('缺点'), part('替代方案')], () => false).map(p => p.title)).toEqual(['缺点 · 替代方案'])
  })
  it('titles a longer run by its first and last chapter, not by the first alone', () => {
    const titles = ['1. 硬件环境', '2. 软件环境', '3. 测试数据量', '4. 测试SQL', '5. 测试结果', '6. 环境准备']
    expect(joinParts(titles.map(part), () => false).map(p => p.title)).toEqual(['1. 硬件环境 – 6. 环境准备'])
  })
  it('leaves chapters apart when neither their titles nor their range fit the title', () => {
    const titles = ['React Compiler リンタを今日から使い始める', 'React Compiler Working Group を全員に開放']
    expect(joinParts(titles.map(part), () => false).map(p => p.title)).toEqual(titles)
  })
  it('leaves a chapter with nothing under its heading out of the joined title', () => {
    const empty = { title: 'Unresolved questions', sections: [{ title: 'Unresolved questions', blocks: [] }], divided: false }
    expect(joinParts([part('Drawbacks'), empty], () => false).map(p => p.title)).toEqual(['Drawbacks'])
  })
})
