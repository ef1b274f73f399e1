import { durationSubject, extractDurations } from './durations.ts'

describe('extractDurations', () => {
  it('reads the seed\'s durations in minutes, with their subjects', () => {
    const human = '人类完成需要长达5小时的工作'
    const model = '2024年最好的模型只能在30分钟内完成'
    expect(extractDurations(human).map(d => [d.minutes, d.display])).toEqual([[300, '5小时']])
    expect(extractDurations(model).map(d => [d.minutes, d.display])).toEqual([[30, '30分钟']])
    expect(durationSubject(human, extractDurations(human)[0]!)).toBe('人类')
    expect(durationSubject(model, extractDurations(model)[0]!)).toBe('2024年最好的模型')
  })
  it('reads English durations and skips numbers without a unit', () => {
    const text = 'The best model of 2024 could finish tasks of 30 minutes; humans need 2 hours.'
    expect(extractDurations(text).map(d => d.minutes)).toEqual([30, 120])
    expect(durationSubject(text, extractDurations(text)[0]!)).toBe('best model of 2024')
    expect(extractDurations('GPT-5 has 400B parameters and 5 modes')).toEqual([])
  })
})
