// Types for the commonmark-spec package (it ships none).
declare module 'commonmark-spec' {
  /** One example of the spec. */
  export interface Example { markdown: string, html: string, section: string, number: number }
  /** Every example, in spec order. */
  export const tests: Example[]
  /** The spec's text. */
  export const text: string
}
