// One word segmenter a language, shared by everything that cuts text into words (salience,
// key-point cuts, figure labels): Chinese and Japanese have no spaces between their words.
import type { Lang } from '../model/deck.ts'

/** `Intl.Segmenter` by words, for each deck language. */
export const wordSegmenters: Record<Lang, Intl.Segmenter> = { zh: new Intl.Segmenter('zh', { granularity: 'word' }), en: new Intl.Segmenter('en', { granularity: 'word' }), ja: new Intl.Segmenter('ja', { granularity: 'word' }) }
