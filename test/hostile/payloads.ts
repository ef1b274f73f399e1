// What would run, or turn into Markdown, Vue, Slidev or KaTeX syntax, wherever article text lands
// (slide text, notes, chart labels): one list for every hostile-input test.

/** Script, Vue interpolation, Slidev syntax, HTML comments, slide breaks, math and Markdown edge cases. */
export const payloads = [
  '{{ constructor.constructor(\'window.__pwned=1\')() }}',
  '{{',
  '}}',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<v-click>',
  '<!--',
  '-->',
  '---',
  '::right::',
  '$x^2$',
  '$$',
  // TeX that KaTeX would turn into links, classes or HTML with `trust`, or that breaks out of the formula
  '$\\href{javascript:window.__pwned=1}{x}$',
  '$\\htmlClass{x}{y}$',
  '\\(\\url{javascript:window.__pwned=1}\\)',
  '$\\includegraphics{x.png}$',
  '$\\text{</script><script>window.__pwned=1</script>}$',
  '$\\frac{<img src=x onerror="window.__pwned=1">}{2}$',
  // eslint-disable-next-line no-template-curly-in-string -- a payload: TeX holding a Vue interpolation
  '${{ constructor.constructor(\'window.__pwned=1\')() }}$',
  '$$\\frac{{a}}{b} <!-- x --> -->$$',
  '<<< @/package.json',
  '[link](javascript:window.__pwned=1)',
  '`{{ code }}`',
  '\\',
  '|',
  '[^1]',
  '&#123;&#123;',
  '&lt;',
  '   ',
]

/** Mermaid diagrams that would run script or reach the page as HTML if mermaid were not strict (setup/mermaid.ts). */
export const mermaidPayloads = [
  'graph TD\n  A-->B\n  click A callback "tip"',
  'graph TD\n  A-->B\n  click A href "javascript:window.__pwned=71"',
  'graph TD\n  A["<script>window.__pwned=72</script>"]-->B',
  'graph TD\n  A["<img src=x onerror=window.__pwned=73>"]-->B',
  '%%{init: {"securityLevel":"loose"}}%%\ngraph TD\n  A["<img src=x onerror=window.__pwned=74>"]-->B\n  click B call window.eval("window.__pwned=75")',
  '---\nconfig:\n  securityLevel: loose\n---\ngraph TD\n  A["<b onmouseover=window.__pwned=76>x</b>"]-->B',
  'sequenceDiagram\n  Alice->>Bob: <img src=x onerror=window.__pwned=77>',
  'graph TD\n  A[{{ constructor.constructor(\'window.__pwned=78\')() }}]-->B\n  <!-- x -->',
  'graph TD\n  A[unclosed --> ',
]
