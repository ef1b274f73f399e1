import { generate, VFile } from '../generate.ts'
import { calendarDate } from './deck-meta.ts'

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
  it('passes over a line of links to the first sentence', () => {
    expect(subtitle('## 什么是所有权？\n\n[ch04-01-what-is-ownership.md](https://github.com/rust-lang/book/blob/main/src/ch04-01-what-is-ownership.md)\n\n所有权是 Rust 用于如何管理内存的一组规则。\n\n## 规则\n\n每一个值都有一个所有者。\n')).toBe('所有权是 Rust 用于如何管理内存的一组规则')
  })
  it('takes the opening sentence, shortened at a clause, never cut with "…" or a bracket left open', () => {
    const opening = '不知不觉，Apache DolphinScheduler 已经从 Apache 软件基金会（以下简称 ASF）孵化器毕业一年啦！在这一年里，社区发布了多个版本。'
    const shown = subtitle(`# 报告\n\n${opening}\n\n## 一\n\n正文。\n`)
    expect(shown).toBe('不知不觉，Apache DolphinScheduler 已经从 Apache 软件基金会孵化器毕业一年啦')
    expect(subtitle('# Notes\n\nA short opening.\n\n## One\n\nText.\n')).toBe('A short opening')
  })
  it.each([
    ['a summary of several sentences gives its first', 'React 19 is now available on npm! In this post, we\'ll give an overview of the new features.', 'React 19 is now available on npm'],
    ['a summary of one sentence stays as written', 'A year of open source, in numbers.', 'A year of open source, in numbers.'],
  ])('from front matter: %s', (_, summary, expected) => {
    expect(subtitle(`---\ntitle: T\ndescription: "${summary}"\n---\n\nText.\n\n## One\n\nMore.\n`)).toBe(expected)
  })
})

function deckOf(value: string): { lang?: string, titles: string[] } {
  const deck = generate({ article: new VFile({ path: 'a.md', value }) }).deck
  return { lang: deck?.lang, titles: deck?.slides.map(slide => slide.title) ?? [] }
}

describe('deckMeta: language', () => {
  const article = (title: string, one: string, two: string, body: string): string => `# ${title}\n\n${body}\n\n## ${one}\n\n${body}\n\n## ${two}\n\n${body}\n`
  it.each([
    ['Japanese', article('振り返り', '仕事', '趣味', '今年は新しいことにたくさん挑戦しました。来年も続けていきたいと思います。'), 'ja', ['はじめに', 'ご清聴ありがとうございました']],
    ['Chinese', article('回顾', '工作', '生活', '今年我们尝试了很多新的事情。明年也会继续努力。'), 'zh', ['导言', '谢谢']],
    ['Korean, in English words, never Chinese', article('회고', '일', '취미', '올해는 새로운 일에 많이 도전했습니다. 내년에도 계속하고 싶습니다.'), 'en', ['Introduction', 'Thank you']],
    ['Russian, in English words', article('Итоги', 'Работа', 'Хобби', 'В этом году мы попробовали много нового. В следующем году продолжим.'), 'en', ['Introduction', 'Thank you']],
    ['German, in English words', article('Rückblick', 'Arbeit', 'Freizeit', 'Dieses Jahr haben wir viel Neues ausprobiert. Nächstes Jahr machen wir weiter.'), 'en', ['Introduction', 'Thank you']],
  ])('%s', (_, value, lang, words) => {
    const deck = deckOf(value)
    expect(deck.lang).toBe(lang)
    // The deck's own words: the introduction's title and the closing slide's.
    for (const word of words)
      expect(deck.titles.join('\n')).toContain(word)
  })
})

describe('deck words of a Japanese deck in slide titles and route aliases', () => {
  it('gives a continuation a Japanese alias, no Chinese 续', () => {
    const paragraph = (n: number): string => `第${n}段落では、新しい設計について詳しく説明します。チームで議論を重ねて、最終的な方針を決めました。`
    const value = `# 設計の記録\n\n## 背景\n\n${Array.from({ length: 14 }, (_, n) => paragraph(n + 1)).join('\n\n')}\n\n## 結論\n\n${paragraph(99)}\n`
    const slides = generate({ article: new VFile({ path: 'a.md', value }) }).deck!.slides
    // A later slide is titled by what it says; its route alias still names the continuation in Japanese.
    const continued = slides.find(slide => slide.routeAlias?.includes('続き'))
    expect(continued).toBeDefined()
    expect(slides.map(slide => `${slide.title} ${slide.routeAlias}`).join('\n')).not.toMatch(/[续导谢录]/u)
  })
})

describe('calendarDate', () => {
  it.each([
    ['2025-02-26T22:34:05+09:00', '2025-02-26'],
    ['2024-01-05 10:00:00 +0800', '2024-01-05'],
    ['2023-07-01T08:00:00Z', '2023-07-01'],
    ['2022-10-29', '2022-10-29'],
    ['October 2022', 'October 2022'],
    [undefined, undefined],
  ])('%j → %j', (date, expected) => {
    expect(calendarDate(date)).toBe(expected)
  })
})
