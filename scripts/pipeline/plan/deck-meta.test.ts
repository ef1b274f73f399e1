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
