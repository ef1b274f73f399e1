import { extractDates } from './dates.ts'

const isos = (text: string, year = 2025) => extractDates(text, year).dates.map(d => [d.iso, d.display])

describe('extractDates', () => {
  it('reads explicit years and carries them forward', () => {
    const scan = extractDates('2024年9月，OpenAI通过o1和o1-mini模型开启了推理革命。到了2025年初，o3发布，12月再次更新。', 2023)
    expect(scan.dates.map(d => d.iso)).toEqual(['2024-09', '2025-12'])
    expect(scan.year).toBe(2025)
  })
  it('uses the given year when the text names none', () => {
    expect(isos('8月4日发布通义千问图像生成模型，8月19日发布通义千问图像编辑模型')).toEqual([['2025-08-04', '8月4日'], ['2025-08-19', '8月19日']])
    expect(isos('**gpt-image-1.5**: 12月16日推出大幅改进版本', 2025)).toEqual([['2025-12-16', '12月16日']])
    expect(isos('2月——Claude Code的悄然发布', 2025)).toEqual([['2025-02', '2月']])
  })
  it('reads year-month dates', () => {
    expect(isos('**GPT-4o**: 2024年5月推出，多模态输出功能')).toEqual([['2024-05', '2024年5月']])
  })
  it('does not take durations, ranges or model numbers for dates', () => {
    expect(isos('时长每7个月翻一番，前三个月有折扣，Qwen-Image-Edit-2511和Qwen-Image-2512')).toEqual([])
    expect(isos('截至12月2年收入达到10亿美元')).toEqual([['2025-12', '12月']])
  })
  it('reads English dates', () => {
    expect(isos('It shipped in May 2025.', 2020)).toEqual([['2025-05', 'May 2025']])
    expect(isos('released on Dec 16', 2025)).toEqual([['2025-12-16', 'Dec 16']])
    expect(isos('In 2024 we waited; in October it came.', 2025)).toEqual([['2024-10', 'October']])
    expect(isos('December 16, 2024 and March 3')).toEqual([['2024-12-16', 'December 16, 2024'], ['2024-03-03', 'March 3']])
  })
  it('does not read ordinary words as months', () => {
    expect(isos('You may ask; Google Jules helps; we march on.')).toEqual([])
  })
})
