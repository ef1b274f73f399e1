// TeX math where the article writes it: `$…$`, `$$…$$` (also kramdown's inline `$$…$$`)
// through remark-math, and `\(…\)`, `\[…\]`, which remark-math does not read, through a
// construct here that gives the same tokens. Only an article that uses math is parsed
// with them (`usesMath`), and a dollar amount stays text: a single `$` opens math only by
// pandoc's rule, which Slidev's KaTeX plugin follows too (`$` then no space; the closing
// `$` after no space and before no digit), so `$5 and $10` and `$10,350` are money.
import type { Parents } from 'mdast'
import type { CompileContext, Token } from 'mdast-util-from-markdown'
import type { InlineMath } from 'mdast-util-math'
import type { Code, Construct, Effects, State, TokenizeContext, TokenType } from 'micromark-util-types'
import type { Processor } from 'unified'
import { mathFromMarkdown } from 'mdast-util-math'
import { math } from 'micromark-extension-math'
import { factorySpace } from 'micromark-factory-space'
import { markdownLineEnding, markdownLineEndingOrSpace, markdownSpace } from 'micromark-util-character'

const dollar = 36
const backslash = 92
const digit = (code: Code): boolean => code !== null && code >= 48 && code <= 57

// Code spans may hold `$` (shell, PHP) without the article using math. Fences are not guessed
// at: a closing line in a list item looks like an opening one, and a guess that leaves out too
// much misses math, while math syntax on for a `$` in a fence costs nothing (dollars stay text).
const code = /`[^`\n]+`/g
// A single-dollar pair by pandoc's rule, a `$$`, or `\(`/`\[` with a TeX sign (a command, `^`, `_`, a brace, `=`) before its closing.
const mathSign = /\$\$|(?<![\\$])\$(?=[^\s$])[^$\n]*[^\s\\$]\$(?![\d$])|(?<![\\$])\$[^\s$\\]\$(?![\d$])|\\\((?:(?!\\\))[^\n])*?(?:[\^_{}=]|\\[a-z])|\\\[(?:(?!\\\])[\s\S])*?(?:[\^_{}=]|\\[a-z])/i

/** Whether `text` writes TeX math outside code (a cheap test: the parse decides what is math). */
export function usesMath(text: string): boolean {
  return (text.includes('$') || text.includes('\\(') || text.includes('\\[')) && mathSign.test(text.replace(code, ''))
}

// A `\(`/`\[` whose content holds no TeX sign (a command, or one of these) is escaped brackets, as in `\[1\]` or `\[\\\]`.
const texSign = new Set<Code>([94, 95, 123, 125, 61])
const letter = (code: Code): boolean => code !== null && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122))

// Whether the single `$` at the start opens math: what follows is no space, and the next
// lone `$` (where micromark's math closes it) comes after no space and before no digit.
const pandocMath: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    let before: Code = null
    let run = 0
    function start(code: Code): State | undefined {
      effects.enter('mathTextSequence')
      effects.consume(code)
      effects.exit('mathTextSequence')
      return first
    }
    function first(code: Code): State | undefined {
      return code === dollar || code === null || markdownLineEndingOrSpace(code) ? nok(code) : inside(code)
    }
    function inside(code: Code): State | undefined {
      if (code === dollar) {
        run++
        return take(code, inside)
      }
      if (run === 1)
        return markdownLineEndingOrSpace(before) || digit(code) ? nok(code) : ok(code)
      if (code === null)
        return nok(code)
      run = 0
      return take(code, inside)
    }
    function take(code: Code, next: State): State {
      const type = markdownLineEnding(code) ? 'lineEnding' : 'mathTextData'
      effects.enter(type)
      effects.consume(code)
      effects.exit(type)
      if (code !== dollar)
        before = code
      return next
    }
    return start
  },
}

// Before micromark's math: a single `$` that does not open math by pandoc's rule is text.
const dollarAmount: Construct = {
  name: 'dollarAmount',
  add: 'before',
  // As micromark's math: a `$` in a run of them is no start (else the run's middle would be tried).
  previous(code) {
    return code !== dollar || this.events.at(-1)?.[1].type === 'characterEscape'
  },
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    function text(code: Code): State | undefined {
      effects.enter('data')
      effects.consume(code)
      effects.exit('data')
      return ok
    }
    return (code) => {
      return effects.check({ tokenize: (e, yes, no) => (c: Code) => {
        // `$$` is kramdown's inline math: micromark's own rule.
        e.enter('mathTextSequence')
        e.consume(c)
        e.exit('mathTextSequence')
        return (next: Code) => next === dollar ? yes(next) : no(next)
      }, partial: true }, nok, effects.check(pandocMath, nok, text))(code)
    }
  },
}

// `\(…\)` and `\[…\]` as math text, the same tokens as `$…$` (a paragraph of `\[…\]` alone
// becomes a display formula in 2-prepare/display-math.ts).
const texDelimiters: Construct = {
  name: 'texDelimiters',
  add: 'before',
  tokenize(effects, ok, nok) {
    let close = 0
    let tex = false
    function start(code: Code): State | undefined {
      effects.enter('mathText')
      effects.enter('mathTextSequence')
      effects.consume(code)
      return open
    }
    function open(code: Code): State | undefined {
      if (code !== 40 && code !== 91)
        return nok(code)
      close = code + 1 + (code === 91 ? 1 : 0)
      effects.consume(code)
      effects.exit('mathTextSequence')
      return between
    }
    function between(code: Code): State | undefined {
      if (code === null)
        return nok(code)
      if (markdownLineEnding(code)) {
        effects.enter('lineEnding')
        effects.consume(code)
        effects.exit('lineEnding')
        return between
      }
      if (code === backslash)
        return effects.check({ tokenize: closing, partial: true }, end, command)(code)
      effects.enter('mathTextData')
      return inData(code)
    }
    // A command (`\frac`: TeX), or an escaped character (`\\`, `\{`): the backslash and what follows.
    function command(code: Code): State | undefined {
      effects.enter('mathTextData')
      effects.consume(code)
      return (next) => {
        tex ||= letter(next)
        if (next === null || markdownLineEnding(next)) {
          effects.exit('mathTextData')
          return between(next)
        }
        effects.consume(next)
        return inData
      }
    }
    function inData(code: Code): State | undefined {
      if (code === null || code === backslash || markdownLineEnding(code)) {
        effects.exit('mathTextData')
        return between(code)
      }
      tex ||= texSign.has(code)
      effects.consume(code)
      return inData
    }
    function closing(e: Effects, yes: State, no: State): State {
      return (code) => {
        e.enter('mathTextSequence')
        e.consume(code)
        return (next) => {
          if (next !== close)
            return no(next)
          e.consume(next)
          e.exit('mathTextSequence')
          return yes
        }
      }
    }
    function end(code: Code): State | undefined {
      if (!tex)
        return nok(code)
      effects.enter('mathTextSequence')
      effects.consume(code)
      return (next) => {
        effects.consume(next)
        effects.exit('mathTextSequence')
        effects.exit('mathText')
        return ok
      }
    }
    return start
  },
}

// A display formula opened by a `$$` line. remark-math's own rule (a `$$` fence, what follows
// it on its line a "meta", a closing `$$` line, else it runs to the end of the document) loses
// the first line of `$$\nabla f = 0 \text{ and}` / `\epsilon = 0.$$` and, unclosed, reads the
// rest of the article as one formula. Here a formula opens with `$$` at a line's start (what
// follows is TeX; a `$` in it makes it inline math in a paragraph, as `$$a$$ and b`), and closes
// at the first line that ends in as many dollars (a `$$` line of its own too), as Slidev's
// KaTeX reads it. No such line before a blank line, a heading or a lazy line, and it is no
// formula: its lines are a paragraph. (A heading ends the search also because the piece-wise
// parse may cut before one: what comes after a cut must not change what comes before.)
const fencedMath = (math().flow?.[dollar] ?? []) as Construct
const displayMath: Construct = {
  name: 'displayMath',
  concrete: true,
  tokenize(effects, ok, nok) {
    // Read now: an interrupt's context is made for the call; the lazy lines are filled in as lines come.
    const { interrupt, parser } = this
    const line = (): number => this.now().line
    let size = 0
    // remark-math's fence would read the same formula (a bare opening and a bare closing `$$` line, at most 3 spaces in): its tokens.
    let fenced = true
    return effects.check({ tokenize: closes, partial: true }, decide, nok)

    function decide(code: Code): State | undefined {
      if (interrupt)
        return ok(code)
      if (fenced)
        return effects.attempt(fencedMath, ok, nok)(code)
      effects.enter('mathFlow')
      effects.enter('mathFlowFence')
      effects.enter('mathFlowFenceSequence')
      return opening(code)
    }
    function opening(code: Code): State | undefined {
      if (code === dollar) {
        effects.consume(code)
        return opening
      }
      effects.exit('mathFlowFenceSequence')
      return factorySpace(effects, (next) => {
        effects.exit('mathFlowFence')
        return before(next)
      }, 'whitespace')(code)
    }
    // Outside a chunk of TeX: a line ending, the closing dollars, or more TeX.
    function before(code: Code): State | undefined {
      if (code === null)
        return after(code)
      if (markdownLineEnding(code)) {
        effects.enter('lineEnding')
        effects.consume(code)
        effects.exit('lineEnding')
        return before
      }
      return effects.check({ tokenize: closingRun, partial: true }, closing, (next) => {
        effects.enter('mathFlowValue')
        effects.consume(next)
        return value
      })(code)
    }
    // A space or a `$` may start the closing dollars: `before` looks.
    function value(code: Code): State | undefined {
      if (code === null || code === dollar || markdownLineEndingOrSpace(code)) {
        effects.exit('mathFlowValue')
        return before(code)
      }
      effects.consume(code)
      return value
    }
    function closing(code: Code): State | undefined {
      return factorySpace(effects, (next) => {
        effects.enter('mathFlowFence')
        effects.enter('mathFlowFenceSequence')
        return closingSequence(next)
      }, 'whitespace')(code)
    }
    function closingSequence(code: Code): State | undefined {
      if (code === dollar) {
        effects.consume(code)
        return closingSequence
      }
      effects.exit('mathFlowFenceSequence')
      return factorySpace(effects, (next) => {
        effects.exit('mathFlowFence')
        return after(next)
      }, 'whitespace')(code)
    }
    function after(code: Code): State | undefined {
      effects.exit('mathFlow')
      return ok(code)
    }

    // Spaces, at least `size` dollars, spaces, the line's end.
    function closingRun(e: Effects, yes: State, no: State): State {
      let run = 0
      return space
      function space(code: Code): State | undefined {
        if (!markdownSpace(code))
          return run ? end(code) : dollars(code)
        token(e, code, 'whitespace')
        return space
      }
      function dollars(code: Code): State | undefined {
        if (code !== dollar)
          return run >= size ? space(code) : no(code)
        run++
        token(e, code, 'mathFlowFenceSequence')
        return dollars
      }
      function end(code: Code): State | undefined {
        return code === null || markdownLineEnding(code) ? yes(code) : no(code)
      }
    }

    // The lookahead: the opening line, then line by line up to the closing one.
    function closes(e: Effects, yes: State, no: State): State {
      let text = ''
      return open
      function open(code: Code): State | undefined {
        if (code === dollar) {
          size++
          token(e, code, 'mathFlowFenceSequence')
          return open
        }
        return size < 2 ? no(code) : first(code)
      }
      // The rest of the opening line: TeX without a `$`.
      function first(code: Code): State | undefined {
        if (code === null || markdownLineEnding(code))
          return lineEnd(code)
        if (code === dollar)
          return no(code)
        fenced &&= markdownSpace(code)
        token(e, code, 'mathFlowValue')
        return first
      }
      function lineEnd(code: Code): State | undefined {
        if (code === null)
          return no(code)
        token(e, code, 'lineEnding')
        text = ''
        return lineStart
      }
      // As remark-math's fence: a lazy line (a quote's line without its `>`) is outside.
      function lineStart(code: Code): State | undefined {
        return parser.lazy[line()] ? no(code) : inLine(code)
      }
      function inLine(code: Code): State | undefined {
        if (code !== null && !markdownLineEnding(code)) {
          // A tab is its columns: `-2` then virtual spaces (`-1`).
          text += code < 0 ? ' ' : String.fromCharCode(code)
          token(e, code, 'mathFlowValue')
          return inLine
        }
        const run = /\$+(?=\s*$)/.exec(text)?.[0].length ?? 0
        if (!text.trim() || /^ {0,3}#{1,6}(?:\s|$)/.test(text))
          return no(code)
        if (run < size)
          return lineEnd(code)
        fenced &&= /^ {0,3}\$+\s*$/.test(text)
        return yes(code)
      }
    }
  },
}

function token(e: Effects, code: Code, type: TokenType): void {
  e.enter(type)
  e.consume(code)
  e.exit(type)
}

// In a GFM table cell `\|` is a pipe inside any span (the GFM spec), and GitHub and Slidev's
// markdown-it read math so too; mdast-util-gfm-table unescapes it only in code, so here it is
// done in math, by the same rule: `\\` stays (5-emit/markdown-options.ts escapes the pipe back).
const fromMath = mathFromMarkdown()
const exitMath = fromMath.exit!.mathText!
function exitMathText(this: CompileContext, token: Token): undefined {
  exitMath.call(this, token)
  if (!this.data.inTable)
    return
  const node = (this.stack.at(-1) as Parents).children.at(-1) as InlineMath
  node.value = node.value.replace(/\\([\\|])/g, (escape, character: string) => character === '|' ? character : escape)
  // What mdast-util-to-hast shows (mdast-util-math puts the TeX there too).
  node.data = { ...node.data, hChildren: [{ type: 'text', value: node.value }] }
}

/** Unified plugin: TeX math in the article (see above); the parse uses it when `usesMath`. */
export function remarkTexMath(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push({ text: math().text, flow: { [dollar]: displayMath } }, { text: { [dollar]: dollarAmount, [backslash]: texDelimiters } })
  ;(data.fromMarkdownExtensions ??= []).push(fromMath, { exit: { mathText: exitMathText } })
}
