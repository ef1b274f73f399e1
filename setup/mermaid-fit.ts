// What a drawn diagram shows, as plain string functions (tested without a browser):
// the SVG scaled into the room beside its sentence, or a placeholder when mermaid cannot
// draw it. The source is never shown on the slide; the notes keep it.

// Tallest a diagram is drawn, in CSS pixels of the 980×552 canvas: the slide less its title
// and one or two lines of the sentence it illustrates (measured on the mermaid fixture's deck).
export const diagramHeight = 330

// A style after the SVG (the shadow root's first child stays the SVG, which Slidev's
// Mermaid.vue reads for `scale`): width 100% with a height cap keeps the aspect ratio
// (viewBox, preserveAspectRatio meet), so a tall flowchart shrinks instead of overflowing.
const fitStyle = `<style>:host{display:block}svg{display:block;margin:0 auto;max-width:100%;max-height:${diagramHeight}px}</style>`

/** A mermaid SVG made to fit the slide. */
export function fitSvg(svg: string): string {
  return svg + fitStyle
}

// The placeholder's words, by the script of the diagram's own text (the built talk does not
// carry the deck's language): Han → Chinese, kana → Japanese, otherwise English.
const placeholderWords: [RegExp, string][] = [
  [/[\u3040-\u30FF]/, '図を描画できません（ソースはノートにあります）'],
  [/[\u3400-\u9FFF]/, '图表无法绘制（源码见备注）'],
]
const englishWords = 'Diagram could not be drawn (its source is in the notes)'

/** An SVG standing in for a diagram mermaid could not draw: a dashed frame and one line of text, no source. */
export function placeholderSvg(code: string): string {
  const words = placeholderWords.find(([script]) => script.test(code))?.[1] ?? englishWords
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${words}" viewBox="0 0 600 120" width="100%" class="td-diagram-placeholder">`
    + '<rect x="2" y="2" width="596" height="116" rx="10" fill="none" stroke="#9ca3af" stroke-width="2" stroke-dasharray="8 6"/>'
    + `<text x="300" y="66" text-anchor="middle" font-size="20" fill="#4b5563" font-family="Noto Sans, Noto Sans SC, sans-serif">${words}</text></svg>${fitStyle}`
}
