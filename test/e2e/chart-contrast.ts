// Contrast of chart text, measured in the page: axe-core leaves SVG text "to review", so
// each `<text>` is compared with what is drawn behind it (the band or badge under it, else
// the slide's background), and each card's text with its card. Opacity is folded in.
// Runs in the browser (passed to page.evaluate): self-contained, no imports.

/** Text of the chart on slide `slide` with contrast under `minimum`, as "ratio text" lines. */
export function lowContrastChartText(args: { slide: number, minimum: number }): string[] {
  type Rgba = [number, number, number, number]
  const parse = (colour: string): Rgba => {
    const parts = (colour.match(/[0-9.]+/g) ?? []).map(Number)
    return parts.length >= 3 ? [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1] : [0, 0, 0, 0]
  }
  const over = (top: Rgba, under: Rgba): Rgba => [0, 1, 2].map(i => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as Rgba
  const luminance = (colour: Rgba): number => colour.slice(0, 3).map((value) => {
    const v = value / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0)
  const ratio = (a: Rgba, b: Rgba): number => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (light! + 0.05) / (dark! + 0.05)
  }
  const opacity = (element: Element | null): number => element ? Number(getComputedStyle(element).opacity) * opacity(element.parentElement) : 1
  const backdrop = (element: Element | null): Rgba => {
    for (let at = element; at; at = at.parentElement) {
      const colour = parse(getComputedStyle(at).backgroundColor)
      if (colour[3] > 0)
        return colour[3] >= 1 ? colour : over(colour, backdrop(at.parentElement))
    }
    return [255, 255, 255, 1]
  }
  const root = document.querySelector(`.slidev-page-${args.slide} .td-chart-view`)
  if (!root)
    return []
  const low: string[] = []
  const check = (element: Element, colour: string, behind: Rgba): void => {
    const fg = parse(colour)
    const shown = over([fg[0], fg[1], fg[2], fg[3] * opacity(element)], behind)
    const value = ratio(shown, behind)
    if (value < args.minimum && (element.textContent ?? '').trim())
      low.push(`${value.toFixed(2)} ${(element.textContent ?? '').trim().slice(0, 20)}`)
  }
  for (const text of root.querySelectorAll('svg text')) {
    const box = text.getBoundingClientRect()
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2]
    const shapes = [...(text.closest('svg')?.querySelectorAll('rect, circle') ?? [])].filter((shape) => {
      const r = shape.getBoundingClientRect()
      return (shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom
    })
    const slide = backdrop(root)
    const shape = shapes.at(-1)
    const behind = shape ? over([...parse(getComputedStyle(shape).fill).slice(0, 3), parse(getComputedStyle(shape).fill)[3] * opacity(shape)] as Rgba, slide) : slide
    check(text, getComputedStyle(text).fill, behind)
  }
  for (const element of root.querySelectorAll('div, figcaption')) {
    if ([...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim()))
      check(element, getComputedStyle(element).color, backdrop(element))
  }
  return low
}
