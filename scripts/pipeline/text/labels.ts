// Words the generator adds to the talk, per article language.
import type { Lang } from '../model/deck.ts'

/** Generator-added words for one language. */
export interface Labels {
  /** Suffix for a section's continuation slides. */
  continued: string
  /** Agenda slide title. */
  agenda: string
  /** Title for text before the first chapter. */
  introduction: string
  /** Closing slide title. */
  thanks: string
  /** Notes line opening the talk. */
  opening: (title: string, chapters: number, minutes: number) => string
  /** Notes line for a chapter divider. */
  chapter: (title: string, sections: string[]) => string
  /** Notes line for the agenda. */
  agendaNote: (chapters: string[]) => string
  /** Notes line for the closing slide. */
  closing: (title: string) => string
  /** Notes line for a chart slide. */
  chart: (line: number) => string
  /** Separator between sections listed on a divider. */
  separator: string
  /** After the first sections a divider lists: how many more there are. */
  moreSections: (count: number) => string
  /** Speaking-time line at the end of the notes. */
  time: (seconds: number) => string
  /** Notes line opening a backup slide (moved out of a timed talk). */
  backup: string
}

function clock(seconds: number, minute: string, second: string): string {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return minutes ? `${minutes} ${minute}${rest ? ` ${rest} ${second}` : ''}` : `${Math.max(rest, 5)} ${second}`
}

export const labels: Record<Lang, Labels> = {
  zh: {
    continued: '（续）',
    agenda: '目录',
    introduction: '导言',
    thanks: '谢谢',
    opening: (title, chapters, minutes) => `开场：今天的主题是《${title}》，共 ${chapters} 部分，约 ${minutes} 分钟。`,
    chapter: (title, sections) => sections.length ? `进入「${title}」，这一部分讲：${sections.join('；')}。` : `进入「${title}」。`,
    agendaNote: chapters => `今天按以下顺序展开：${chapters.join('；')}。`,
    closing: title => `以上就是《${title}》的全部内容，谢谢大家。欢迎提问。`,
    chart: line => `图表数据取自原文第 ${line} 行。`,
    separator: ' · ',
    moreSections: count => `等另 ${count} 节`,
    time: seconds => `⏱ 约 ${clock(seconds, '分', '秒')}`,
    backup: '备用幻灯片：为控制时长移出正式讲稿，答问时可用。',
  },
  en: {
    continued: ' (cont.)',
    agenda: 'Agenda',
    introduction: 'Introduction',
    thanks: 'Thank you',
    opening: (title, chapters, minutes) => `Opening: today's topic is "${title}", in ${chapters} ${chapters === 1 ? 'part' : 'parts'}, about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    chapter: (title, sections) => sections.length ? `Now "${title}": ${sections.join('; ')}.` : `Now "${title}".`,
    agendaNote: chapters => `The talk runs in this order: ${chapters.join('; ')}.`,
    closing: title => `That is all for "${title}". Thank you — questions are welcome.`,
    chart: line => `The chart's figures come from line ${line} of the article.`,
    separator: ' · ',
    moreSections: count => `and ${count} more`,
    time: seconds => `⏱ about ${clock(seconds, 'min', 's')}`,
    backup: 'Backup slide: moved out of the timed talk to fit the slot; there for questions.',
  },
  // As a Japanese presenter says them: polite (です・ます), titles in 「」.
  ja: {
    continued: '（続き）',
    agenda: '目次',
    introduction: 'はじめに',
    thanks: 'ご清聴ありがとうございました',
    opening: (title, chapters, minutes) => `本日は「${title}」についてお話しします。全${chapters}部、約${minutes}分です。`,
    chapter: (title, sections) => sections.length ? `「${title}」に移ります。この部では${sections.join('、')}についてお話しします。` : `「${title}」に移ります。`,
    agendaNote: chapters => `本日は次の順にお話しします：${chapters.join('、')}。`,
    closing: title => `以上で「${title}」のお話を終わります。ご清聴ありがとうございました。ご質問をどうぞ。`,
    chart: line => `グラフの数値は原文の${line}行目から取りました。`,
    separator: ' · ',
    moreSections: count => `ほか${count}節`,
    time: seconds => `⏱ 約 ${clock(seconds, '分', '秒')}`,
    backup: '予備スライド：時間に収めるため本編から外しました。質疑応答で使えます。',
  },
}
