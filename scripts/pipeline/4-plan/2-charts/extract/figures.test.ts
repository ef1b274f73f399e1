import { extractFigures } from './figures.ts'

const one = (text: string) => extractFigures(text).map(({ value, unit, perMonth, display }) => ({ value, unit, perMonth, display }))

describe('extractFigures', () => {
  it('reads 万 and 亿 amounts in 美元 from the seed', () => {
    expect(one('据说其训练成本仅为550万美元左右，这一发布引发了AI/半导体行业的大规模抛售——英伟达市值损失近5930亿美元')).toEqual([
      { value: 5.5e6, unit: 'USD', perMonth: false, display: '550万美元' },
      { value: 5.93e11, unit: 'USD', perMonth: false, display: '5930亿美元' },
    ])
  })
  it('reads bare counts with a multiplier', () => {
    expect(one('一周内带来了1亿注册用户，高峰时期甚至在一小时内新增100万个账户')).toEqual([
      { value: 1e8, unit: 'count', perMonth: false, display: '1亿' },
      { value: 1e6, unit: 'count', perMonth: false, display: '100万' },
    ])
  })
  it('reads parameter counts and skips numbers inside model names', () => {
    expect(one('模型"太大"：Llama 4 Scout和Maverick分别是109B和400B').map(f => f.value)).toEqual([1.09e11, 4e11])
    expect(one('非中国模型的最高排名是OpenAI的gpt-oss-120B，仅位列第六。')).toEqual([])
    expect(one('GPT-5.2 Codex、o4-mini、Claude 3.7 Sonnet')).toEqual([])
  })
  it('marks monthly prices, before or after the amount', () => {
    expect(one('ChatGPT Plus最初每月20美元的价格')[0]).toMatchObject({ value: 20, perMonth: true, display: '20美元' })
    expect(one('200美元/月的套餐可以提供相当大的折扣')[0]).toMatchObject({ value: 200, perMonth: true, display: '200美元/月' })
    expect(one('每月249美元，前三个月有124.99美元折扣').map(f => [f.value, f.perMonth])).toEqual([[249, true], [124.99, false]])
  })
  it('reads bytes and percentages', () => {
    expect(one('无法在量化后于64GB Mac上运行')[0]).toMatchObject({ value: 6.4e10, unit: 'bytes' })
    expect(one('所需时间的50%》')[0]).toMatchObject({ value: 50, unit: 'percent', display: '50%' })
  })
  it('reads English figures', () => {
    expect(one('revenue reached $1 billion')).toEqual([{ value: 1e9, unit: 'USD', perMonth: false, display: '$1 billion' }])
    expect(one('Scout and Maverick are 109B and 400B').map(f => f.display)).toEqual(['109B', '400B'])
    expect(one('It costs $20 a month, or $200/month.').map(f => [f.value, f.perMonth, f.display])).toEqual([[20, true, '$20 a month'], [200, true, '$200/month']])
    expect(one('1.5 million users and 2,500 dollars')).toMatchObject([{ value: 1.5e6, unit: 'count' }, { value: 2500, unit: 'USD' }])
  })
  it('ignores plain numbers without a unit', () => {
    expect(one('Llama 3系列特别是3.1和3.2，200多个环保组织，每7个月翻一番')).toEqual([])
  })
  it('gives offsets of the display text', () => {
    const text = '英伟达市值损失近5930亿美元'
    const [figure] = extractFigures(text)
    expect(text.slice(figure!.index, figure!.index + figure!.display.length)).toBe('5930亿美元')
  })
})
