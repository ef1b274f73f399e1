import { generate, VFile } from '../generate.ts'

function title(value: string, settings?: string): string | undefined {
  return generate({
    article: new VFile({ path: 'a.md', value }),
    settings: settings === undefined ? undefined : new VFile({ path: 'a.deck.yaml', value: settings }),
  }).deck?.title
}

describe('deckMeta: title', () => {
  it('leaves off a comma or colon the article\'s title ends with', () => {
    expect(title('---\ntitle: Apache Doris 1.2 TPC-H 性能测试报告，\n---\n\n## One\n\nSome text about one.\n')).toBe('Apache Doris 1.2 TPC-H 性能测试报告')
    expect(title('# Release notes:\n\n## One\n\nSome text about one.\n')).toBe('Release notes')
  })
  it('keeps a title given in the settings as it is', () => {
    expect(title('# Talk\n\n## One\n\nSome text about one.\n', 'title: "Notes:"\n')).toBe('Notes:')
  })
})

function subtitle(value: string): string | undefined {
  return generate({ article: new VFile({ path: 'a.md', value }) }).deck?.subtitle
}

describe('deckMeta: subtitle', () => {
  it('takes the opening sentence, shortened at a clause, never cut with "…" or a bracket left open', () => {
    const opening = '不知不觉，Apache DolphinScheduler 已经从 Apache 软件基金会（以下简称 ASF）孵化器毕业一年啦！在这一年里，社区发布了多个版本。'
    const shown = subtitle(`# 报告\n\n${opening}\n\n## 一\n\n正文。\n`)
    expect(shown).toBe('不知不觉，Apache DolphinScheduler 已经从 Apache 软件基金会孵化器毕业一年啦')
    expect(subtitle('# Notes\n\nA short opening.\n\n## One\n\nText.\n')).toBe('A short opening')
  })
})
