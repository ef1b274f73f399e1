// Warns when a numbered section sits under a chapter with another number
// (e.g. "12.2 …" under "十一、…"), a common slip when articles are edited.
import type { VFile } from 'vfile'
import type { Outline } from '../model/deck.ts'

const digits: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** The number of a Chinese numeral up to 99 (一, 十一, 二十三). */
export function chineseNumber(text: string): number | undefined {
  const match = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(text)
  if (!match || !text)
    return undefined
  const [, tens = '', ten, ones = ''] = match
  return ten ? (tens ? digits[tens]! : 1) * 10 + (ones ? digits[ones]! : 0) : digits[tens]
}

function chapterNumber(title: string): number | undefined {
  const chinese = /^第?([一二两三四五六七八九十]+)[、.．章\s]/u.exec(title)
  if (chinese)
    return chineseNumber(chinese[1]!)
  const arabic = /^(?:chapter\s+|part\s+)?(\d+)[.、．:\s]/iu.exec(title)
  return arabic ? Number(arabic[1]) : undefined
}

/** Add a warning to `file` for each section numbered for another chapter. */
export function checkNumbering(outline: Outline, file: VFile): void {
  for (const chapter of outline.chapters) {
    const number = chapterNumber(chapter.title)
    if (number === undefined)
      continue
    for (const section of chapter.sections) {
      const major = /^(\d+)\.\d+/.exec(section.title)?.[1]
      if (major && Number(major) !== number) {
        file.message(`Section “${section.title}” is numbered for chapter ${major} but sits under chapter ${number} “${chapter.title}”`, {
          place: section.heading?.position,
          ruleId: 'section-number',
          source: 'talkdown',
        })
      }
    }
  }
}
