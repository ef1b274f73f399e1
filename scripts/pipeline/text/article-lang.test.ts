import { articleLang, isCjkLang, langTags } from './article-lang.ts'

describe('articleLang', () => {
  it.each([
    ['Japanese: kana with kanji', '今年も一年を振り返ってみます。仕事ではRustを使い始めました。', 'ja'],
    ['Japanese written mostly in katakana and Latin words', 'TypeScriptのコンパイラオプションをチェックする', 'ja'],
    ['Chinese: Han without kana', '今年我们发布了三个版本，社区也在不断壮大。', 'zh'],
    ['Chinese quoting a katakana name (・ and ー are not kana)', '列夫・托尔斯泰的小说在二十世纪被译成多种语言，其中「アンナ」一词常被引用，影响深远，读者众多。', 'zh'],
    ['English', 'This year we shipped three releases and the community grew.', 'en'],
    ['Korean falls back to English, never Chinese', '올해 우리는 세 가지 버전을 출시했고 커뮤니티도 성장했습니다.', 'en'],
    ['Korean with a few Hanja still English', '올해 우리는 新製品 세 가지를 출시했고 커뮤니티도 크게 성장했습니다.', 'en'],
    ['Russian falls back to English', 'В этом году мы выпустили три версии, и сообщество выросло.', 'en'],
    ['German falls back to English', 'In diesem Jahr haben wir drei Versionen veröffentlicht.', 'en'],
    ['English naming one Chinese word', 'The word 推理 means reasoning, and it was the theme of the whole year.', 'en'],
    ['no letters at all', '2025 — 42 %', 'en'],
  ] as const)('%s', (_, text, lang) => {
    expect(articleLang(text)).toBe(lang)
  })
})

describe('isCjkLang and langTags', () => {
  it.each([
    ['zh', true, 'zh-CN'],
    ['ja', true, 'ja-JP'],
    ['en', false, 'en-US'],
  ] as const)('%s', (lang, cjk, tag) => {
    expect(isCjkLang(lang)).toBe(cjk)
    expect(langTags[lang]).toBe(tag)
  })
})
