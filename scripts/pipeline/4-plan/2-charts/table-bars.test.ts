import type { Table } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { cellFigure, headerUnit, tableBars } from './table-bars.ts'

function table(rows: string[][]): Table {
  const markdown = [rows[0]!, rows[0]!.map(() => '---'), ...rows.slice(1)].map(row => `| ${row.join(' | ')} |`).join('\n')
  return unified().use(remarkParse).use(remarkGfm).parse(markdown).children[0] as Table
}

describe('cellFigure', () => {
  it.each([
    ['18', { value: 18, kind: 'number', bare: true }],
    ['81.3%', { value: 81.3, kind: 'percent', bare: false }],
    ['11 482', { value: 11482, kind: 'number', bare: false }],
    ['1,253', { value: 1253, kind: 'number', bare: false }],
    ['1500万', { value: 1.5e7, kind: 'number', bare: false }],
    ['4.375 GB', { value: 4.375e9, kind: 'bytes', bare: false }],
    ['29.9h', { value: 29.9 * 3600, kind: 'seconds', bare: false }],
    ['$983', { value: 983, kind: 'USD', bare: false }],
    ['-4.7%', { value: -4.7, kind: 'percent', bare: false }],
  ] as const)('%s → a figure', (text, expected) => {
    expect(cellFigure(text)).toMatchObject({ ...expected, display: text })
  })
  it('reads the figure of a cell with a remark in brackets', () => {
    expect(cellFigure('25388 (+22600)')).toEqual({ value: 25388, kind: 'number', display: '25388', bare: true })
  })
  it.each([['', null], ['—', null], ['N/A', null], ['Strongly agree', undefined], ['Q1', undefined], ['1.2.0', undefined], ['399/397', undefined], ['45 average', undefined]] as const)('%s → %s', (text, expected) => {
    expect(cellFigure(text)).toBe(expected)
  })
})

describe('headerUnit', () => {
  it.each([['Before [MiB]', 'MiB'], ['Apache Doris 1.1.3 (s)', 's'], ['人数（万）', '万'], ['Response count', undefined]] as const)('%s → %s', (header, unit) => {
    expect(headerUnit(header)).toBe(unit)
  })
})

describe('tableBars', () => {
  it('draws a label column and one column of counts as bars, headed by what they count', () => {
    const found = tableBars(table([['Option', 'Response count'], ['Agree', '18'], ['Unsure', '30'], ['Disagree', '4']]), 'Is the Council effective?')
    expect(found).toMatchObject({ chart: { type: 'bar', title: 'Is the Council effective?', unit: 'Response count', items: [{ label: 'Agree', value: 18, display: '18' }, { label: 'Unsure', value: 30 }, { label: 'Disagree', value: 4 }], lines: [1] } })
  })
  it('groups columns of one unit, leaves an empty cell without a bar and a bold total row out', () => {
    const found = tableBars(table([['Query', 'v2 (s)', 'v1 (s)'], ['Q1', '2.12', '3.75'], ['Q2', '0.20', ''], ['Q3', '0.62', '2.64'], ['**Total**', '**2.94**', '**6.39**']]))
    expect(found).toMatchObject({ chart: { unit: 's', groups: ['v2 (s)', 'v1 (s)'], items: [{ label: 'Q1', display: '2.12', more: [{ value: 3.75, display: '3.75' }] }, { label: 'Q2', display: '0.20', more: [{ value: 0, display: '' }] }, { label: 'Q3' }] } })
  })
  it('draws counts of which one falls among the years (1993 of 24151, 18215, 1993)', () => {
    expect(tableBars(table([['排名', '地区', '数量'], ['1', '北京', '24151'], ['2', '上海', '18215'], ['3', '陕西', '1993']]))).toMatchObject({ chart: { unit: '数量', items: [{ label: '北京' }, { label: '上海' }, { label: '陕西', value: 1993 }] } })
  })
  it('draws the larger group of comparable columns and leaves a share beside amounts out', () => {
    const found = tableBars(table([['Profile', 'Before [MiB]', 'After [MiB]', 'Share'], ['small', '96.84', '88.44', '91%'], ['large', '179.70', '171.29', '95%']]))
    expect(found).toMatchObject({ chart: { unit: 'MiB', groups: ['Before [MiB]', 'After [MiB]'] } })
  })
  it.each([
    ['rows named by years', [['Survey', 'Started', 'Completed'], ['2022', '11 482', '9 433'], ['2023', '11 950', '9 710']], 'rows named by years: a series over time'],
    ['rows named by versions', [['Version', 'Size'], ['1.2.0', '10 MB'], ['1.3.0', '12 MB']], 'rows named by versions: a series over time'],
    ['a label column with repeats', [['Profile', 'Debuginfo', 'Size [MiB]'], ['dev', 'Yes', '179.70'], ['dev', 'No', '96.84']], 'the label column leaves rows unnamed or names two alike'],
    ['ranks, not amounts', [['排名', '国家'], ['1', '美国'], ['2', '中国']], 'no column of comparable figures'],
    ['changes', [['Profile', 'Reduction'], ['dev', '-4.7%'], ['release', '-29.8%']], 'negative figures: changes, not amounts'],
    ['a count beside a size', [['表名', '行数', '大小'], ['REGION', '5万', '4 GB'], ['NATION', '25万', '7 GB']], 'measures of different units side by side'],
    ['no figures', [['硬件', '配置说明'], ['CPU', 'Intel Xeon'], ['磁盘', 'ESSD云硬盘']], 'no column of comparable figures'],
    ['one row', [['Option', 'Count'], ['Agree', '18']], 'fewer than two rows'],
    ['rows counting different things', [['', 'January 2019', 'December 2020'], ['Messages posted', '2788', '76609'], ['Number of members', '159', '888']], 'rows far apart in size: each row counts its own kind'],
    ['rows named by sentences', [['Post', 'Views'], ['Full automation of release to NPM and Docker Hub with GitHub Actions and Conventional Commits', '9 318'], ['Code generation', '8 508']], 'rows named by sentences, too long for a bar\'s label'],
  ])('%s stays a table', (_, rows, why) => {
    expect(tableBars(table(rows))).toEqual({ why })
  })
  it('names a row by the words of a Markdown link an HTML table kept as text', () => {
    expect(tableBars(table([['Post', 'Views'], ['\\[Release automation\\](/blog/a) (March 2020)', '9 318'], ['Code generation', '8 508']]))).toMatchObject({ chart: { items: [{ label: 'Release automation (March 2020)' }, { label: 'Code generation' }] } })
  })
  it('leaves a table of many rows whose names take two lines each', () => {
    const rows = [['仓库', 'activity'], ...Array.from({ length: 7 }, (_, i) => [`AUTOMATIC1111/stable-diffusion-webui-${i}`, `${i + 1}.5`])]
    expect(tableBars(table(rows))).toEqual({ why: '7 rows named on 2 lines each: more than a slide reads' })
  })
  it('leaves a table of more rows than a slide reads', () => {
    const rows = [['Query', 'Time (s)'], ...Array.from({ length: 13 }, (_, i) => [`Q${i + 1}`, `${i + 1}.5`])]
    expect(tableBars(table(rows))).toEqual({ why: '13 rows of 1 columns: more bars than a slide reads' })
  })
})
