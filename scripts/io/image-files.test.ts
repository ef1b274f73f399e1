import { imageOnDisk, imageSizeOnDisk } from './image-files.ts'

// Real articles' images: a PNG, an SVG (its width and height in pt, 432 × 203.07, in px), a file that is not there.
const root = 'test/fixtures/real'
describe('imageSizeOnDisk', () => {
  it.each([
    ['en-rust-five-years-retrospective/help-error-1.2.0.png', { width: 2215, height: 746 }],
    ['en-go-dev-survey-2025-html-img-charts/survey2025/age.svg', { width: 576, height: 271 }],
    ['en-go-dev-survey-2025-html-img-charts/survey2025/none.svg', undefined],
    ['en-go-dev-survey-2025-html-img-charts/input.md', undefined],
  ])('%s → %j', (url, size) => {
    expect(imageSizeOnDisk(root)(url)).toEqual(size)
  })
})

describe('imageOnDisk', () => {
  it.each([['en-rust-five-years-retrospective/help-error-1.2.0.png', true], ['en-rust-five-years-retrospective/none.png', false], ['en-rust-five-years-retrospective', false]])('%s → %s', (url, found) => {
    expect(imageOnDisk(root)(url)).toBe(found)
  })
})
