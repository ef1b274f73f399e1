// A formula in the PowerPoint file is never its TeX: a display formula is a native equation
// (KaTeX's MathML → OMML through mathml2omml), with its text rendering as the fallback for
// readers without equations; inline math is its text rendering (KaTeX's MathML text).
import katex from 'katex'
import { mml2omml } from 'mathml2omml'
import { tidyOmml } from './omml-tidy.ts'

// Private-use characters around an equation in a run's text, found again in the written XML (fixPart).
const open = '\uE000'
const close = '\uE001'

function mathml(tex: string, display: boolean): string | undefined {
  try {
    const html = katex.renderToString(tex, { output: 'mathml', displayMode: display, strict: false, throwOnError: true })
    // The annotation holds the TeX source: it is what a reader must never see.
    return /<math[\s\S]*<\/math>/.exec(html)?.[0].replace(/<annotation\b[\s\S]*?<\/annotation>/g, '')
  }
  catch {
    return undefined
  }
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': '\'', '&#x27;': '\'', '&#39;': '\'' }
const decode = (xml: string): string => xml.replace(/&(?:lt|gt|amp|quot|apos|#x27|#39);/g, entity => entities[entity]!)

/** What `tex` reads as, as plain text (KaTeX's MathML text); empty when KaTeX cannot read it. */
export function mathText(tex: string, display = false): string {
  const found = mathml(tex, display)
  // MathML's invisible operators (function application, invisible times) are no text to show.
  return found ? decode(found.replace(/<[^>]+>/g, '')).replace(/[\u2061-\u2064]/g, '') : ''
}

/** The OMML of a display formula (an `m:oMathPara`), or undefined when KaTeX or the converter cannot read it. */
export function mathOmml(tex: string): string | undefined {
  const found = mathml(tex, true)
  if (!found)
    return undefined
  try {
    // mathml2omml writes Word's run properties (`w:rPr`) and `m:sty m:val="undefined"` for
    // `mathvariant="normal"`: neither belongs in a presentation.
    const omml = mml2omml(found).replace(/<w:rPr\/>|<w:rPr>[\s\S]*?<\/w:rPr>/g, '').replace(/<m:sty m:val="undefined"\/>/g, '').replace(/ xmlns:w="[^"]*"/, '')
    return omml.startsWith('<m:oMath') ? `<m:oMathPara xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">${tidyOmml(omml.replace(/ xmlns:m="[^"]*"/, ''))}</m:oMathPara>` : undefined
  }
  catch {
    return undefined
  }
}

const between = '\uE002'

/** A run's text standing for the equation `omml` (with `text`, its text rendering) until `equations()` puts it in the XML. */
export function equationMark(omml: string, text: string): string {
  return `${open}${omml}${between}${text}${close}`
}

const a14 = 'http://schemas.microsoft.com/office/drawing/2010/main'
const mc = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

const mark = new RegExp(`<a:r>((?:(?!</a:r>).)*?)<a:t>${open}([^${between}]*)${between}([^${close}]*)${close}</a:t></a:r>`, 'gs')

/**
 * Slide XML with each shape that holds equation marks written as PowerPoint writes equations:
 * markup-compatibility content whose choice is the shape with `a14:m` equations, and whose
 * fallback (for readers without equations) is the shape with each formula's text.
 */
export function equations(xml: string): string {
  if (!xml.includes(open))
    return xml
  return xml.replace(/<p:sp>(?:(?!<\/p:sp>).)*<\/p:sp>/gs, (shape) => {
    if (!shape.includes(open))
      return shape
    const choice = shape.replace(mark, (_, _properties: string, omml: string) => `<a14:m>${decode(omml)}</a14:m>`)
    const fallback = shape.replace(mark, (_, properties: string, _omml: string, text: string) => `<a:r>${properties}<a:t>${text}</a:t></a:r>`)
    return `<mc:AlternateContent xmlns:mc="${mc}"><mc:Choice xmlns:a14="${a14}" Requires="a14">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`
  })
}
