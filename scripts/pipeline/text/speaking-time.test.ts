import { speakingSeconds } from './speaking-time.ts'

describe('speakingSeconds', () => {
  it.each([
    ['250 Chinese characters: a minute', '推理'.repeat(125), 60],
    ['300 Japanese characters (kanji and kana): a minute', '日本語を話す'.repeat(50), 60],
    ['150 English words: a minute', 'word '.repeat(150), 60],
    ['Japanese with English words: characters and words each at their rate', `${'ですます'.repeat(75)} ${'Rust '.repeat(75)}`, 90],
    // One katakana name in 250 Han characters does not make the text Japanese.
    ['Chinese quoting one katakana name', `${'推理'.repeat(125)}アンナ`, 61],
  ] as const)('%s', (_, text, seconds) => {
    expect(speakingSeconds(text)).toBe(seconds)
  })
})
