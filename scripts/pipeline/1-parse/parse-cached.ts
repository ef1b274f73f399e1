// Parsing for the watch loop: an edit changes one part of the article, so the piece-wise
// parse (parse-pieces.ts) keeps each region's tree by its text, and the next parse takes
// the unchanged regions from there. A kept tree is used only when micromark's questions
// about definitions get the same answers as before; then it is what a new parse would give.
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { PieceSizes } from './article-pieces.ts'
import type { Labels } from './label-watch.ts'
import type { ParsedRegion } from './parse-pieces.ts'
import { plainCopy } from '../shared/plain-copy.ts'
import { answered, noLabels, treeLabels } from './label-watch.ts'
import { parsePieces } from './parse-pieces.ts'
import { parseRegion } from './parse.ts'
import { usesMath } from './tex-math.ts'

// The labels a region's text defines itself (its probe line included, as micromark saw it).
function ownLabels(parsed: ParsedRegion, text: string): Labels {
  const own = { links: new Set<string>(), notes: new Set<string>() }
  if (text.includes(']:'))
    treeLabels(parsed.tree, own)
  return own
}

type Kept = ParsedRegion & { own: Labels, watched: boolean }

// Smaller pieces than a single parse uses: an edit then parses less again (the seed's edit
// loop was fastest with these).
const editSizes: PieceSizes = { shortest: 512, longest: 4096 }

/** A parse function that remembers each region's tree; same tree as `parse()`, cheaper when few regions changed. */
export function parseCached(sizes = editSizes): (file: VFile) => Root {
  let kept = new Map<string, Kept>()
  let keptTex = false
  return (file) => {
    const tex = usesMath(String(file))
    // Trees parsed with math syntax and without it differ: a change of mind parses all again.
    if (tex !== keptTex)
      kept = new Map()
    keptTex = tex
    const next = new Map<string, Kept>()
    const cached = (text: string, known: Labels | undefined): ParsedRegion => {
      const old = next.get(text) ?? kept.get(text)
      // A tree parsed without watching (the article had no definitions then) holds only while it has none.
      const holds = old && (old.watched ? answered(old.asked, known ?? noLabels, old.own) : !known)
      let parsed = holds ? old : undefined
      if (!parsed) {
        const fresh = parseRegion(text, known, tex)
        parsed = { ...fresh, own: ownLabels(fresh, text), watched: Boolean(known) }
      }
      next.set(text, parsed)
      // The pipeline edits trees in place, so each use gets its own copy.
      return { tree: plainCopy(parsed.tree), asked: parsed.asked }
    }
    const tree = parsePieces(String(file), cached, sizes)
    kept = next
    return tree
  }
}
