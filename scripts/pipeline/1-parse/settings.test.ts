import { VFile } from 'vfile'
import { settings } from './settings.ts'

function check(text: string) {
  const file = new VFile({ path: 'review.deck.yaml', value: text })
  const result = settings(file)
  const message = file.messages[0]
  return { result, error: message && `${message.place && 'line' in message.place ? `${message.place.line}:${message.place.column}` : ''} ${message.reason}` }
}

describe('settings', () => {
  it('accepts the documented keys', () => {
    expect(check('title: T\nlang: en\nsections:\n  Intro:\n    skip: true\n    layout: center\n').result).toEqual({
      title: 'T',
      lang: 'en',
      sections: { Intro: { skip: true, layout: 'center' } },
    })
  })
  it('names the line and column of an unknown key', () => {
    expect(check('title: T\nsections:\n  Intro:\n    hide: true\n')).toEqual({ result: undefined, error: '4:5 Cannot use deck settings: unknown key `sections.Intro.hide`' })
  })
  it('names the line and column of a wrong type', () => {
    expect(check('title: T\nsections:\n  Intro:\n    skip: "yes"\n').error).toMatch(/^4:11 Cannot use deck settings: `sections.Intro.skip`/)
  })
  it('reports YAML syntax errors with their place', () => {
    expect(check('title: [unclosed\n').error).toMatch(/^\d+:\d+ Cannot use deck settings:/)
  })
  it('turns diagrams on, and names a wrong value', () => {
    expect(check('diagrams: true\n').result).toEqual({ diagrams: true, sections: {} })
    expect(check('diagrams: mermaid\n').error).toMatch(/^1:11 Cannot use deck settings: `diagrams`/)
  })
  it('treats an empty file as no settings', () => {
    expect(check('').result).toEqual({ sections: {} })
  })
})
