import { mathToMarkdown } from 'mdast-util-math'
import { toMarkdown } from 'mdast-util-to-markdown'
import { parseWhole } from '../1-parse/parse.ts'
import { articleLang } from '../text/article-lang.ts'
import { chosenVariant, d2lMarkup, mayHoldD2lMarkup } from './d2l-markup.ts'
import { displayMath } from './display-math.ts'

// The article after its d2l markup (and display math, which an `:eqlabel:` line used to keep inline).
function prepared(source: string): string {
  const tree = parseWhole(source)
  d2lMarkup(tree, source, articleLang(source))
  displayMath(tree, source)
  return toMarkdown(tree, { extensions: [mathToMarkdown()], fences: true }).trim()
}

const cell = (first: string, body: string): string => `\`\`\`{.python .input}\n${first ? `${first}\n` : ''}${body}\n\`\`\`\n`
const tab = (name: string, body: string): string => `:begin_tab:\`${name}\`\n${body}\n:end_tab:\n`

describe('d2lMarkup', () => {
  // Shapes from the d2l chapters in test/fixtures/real (zh RNN, ja gradient descent, en value iteration).
  it.each([
    // Anchors go, with the line they stood on.
    ['a heading\'s label', '# 循环神经网络\n:label:`sec_rnn`\n\n正文。\n', '# 循环神经网络\n\n正文。'],
    ['a label opening the heading\'s paragraph', '## Implementation\n:label:`subsec_valueitercode`\nWe next show how.\n', '## Implementation\n\nWe next show how.'],
    ['a figure\'s label', '![具有隐状态的循环神经网络](../img/rnn.svg)\n:label:`fig_rnn`\n', '![具有隐状态的循环神经网络](../img/rnn.svg)'],
    ['an equation\'s label: the formula stays display math', '$$f(x + \\epsilon) = f(x).$$\n:eqlabel:`gd-taylor`\n', '$$\nf(x + \\epsilon) = f(x).\n$$'],
    // References name their target.
    ['another chapter\'s section: its id', '在 :numref:`sec_language_model`中，\n我们介绍了$n$元语法模型。\n', '在 `sec_language_model`中，\n我们介绍了$n$元语法模型。'],
    ['a figure: its id', ' :numref:`fig_rnn_train`中的第$3$个时间步\n', '`fig_rnn_train`中的第$3$个时间步'],
    ['a section of this article: its heading, quoted (zh)', '## 有隐状态的循环神经网络\n:label:`subsec_rnn_w_hidden_states`\n\n这与我们在 :numref:`subsec_rnn_w_hidden_states`中的讨论相同。\n', '## 有隐状态的循环神经网络\n\n这与我们在 “有隐状态的循环神经网络”中的讨论相同。'],
    ['a section of this article: its heading, quoted (ja)', '### 学習率\n:label:`subsec_gd-learningrate`\n\n学習率は、アルゴリズム設計者が設定できます。学習率が小さすぎると、更新が非常に遅くなります。\n\n:numref:`subsec_gd-learningrate` でわかるように、難しいです。\n', '### 学習率\n\n学習率は、アルゴリズム設計者が設定できます。学習率が小さすぎると、更新が非常に遅くなります。\n\n「学習率」 でわかるように、難しいです。'],
    ['an equation of this article: its number, which the formula is tagged with', '$$h_t = f(x_{t}, h_{t-1}).$$\n:eqlabel:`eq_ht_xt`\n\n对于 :eqref:`eq_ht_xt`中的函数$f$。\n', '$$\nh_t = f(x_{t}, h_{t-1}). \\tag{1}\n$$\n\n对于 (1)中的函数$f$。'],
    ['equations numbered in the article\'s order, only those referred to', '$$a$$\n:eqlabel:`a`\n\n$$b$$\n:eqlabel:`b`\n\n$$c$$\n:eqlabel:`c`\n\nSee :eqref:`c` and :eqref:`a`.\n', '$$\na \\tag{1}\n$$\n\n$$\nb\n$$\n\n$$\nc \\tag{2}\n$$\n\nSee (2) and (1).'],
    ['an equation elsewhere: its id', 'の :eqref:`gd-taylor-2` の項\n', 'の `gd-taylor-2` の項'],
    // Citations leave the sentence, unless it reads them as a word.
    ['a citation closing a sentence (zh)', 'Bengio等人首先提出使用神经网络进行语言建模\n :cite:`Bengio.Ducharme.Vincent.ea.2003`。\n', 'Bengio等人首先提出使用神经网络进行语言建模。'],
    ['a citation closing a sentence (en)', 'the "principle of dynamic programming" :cite:`BellmanDPPaper,BellmanDPBook`. It was', 'the "principle of dynamic programming". It was'],
    ['a citation the sentence refers to (ja)', '(解析と証明については :cite:`Boyd.Vandenberghe.2004` を参照)。\n', '(解析と証明については `Boyd.Vandenberghe.2004` を参照)。'],
    ['a role talkdown does not know stays', 'See :math:`x`.\n', 'See :math:`x`.'],
    // One framework's copy.
    ['tabs: PyTorch\'s', `${tab('mxnet', '[Discussions](https://discuss.d2l.ai/t/2099)')}\n${tab('pytorch', '[Discussions](https://discuss.d2l.ai/t/2100)')}\n${tab('tensorflow', '[Discussions](https://discuss.d2l.ai/t/2101)')}`, '[Discussions](https://discuss.d2l.ai/t/2100)'],
    ['a lone tab', tab('pytorch', '[Discussions](https://discuss.d2l.ai/t/12005)'), '[Discussions](https://discuss.d2l.ai/t/12005)'],
    ['cells: PyTorch\'s, then the one for all', `${cell('', 'from mxnet import np')}\n${cell('#@tab pytorch', 'import torch')}\n${cell('#@tab tensorflow', 'import tensorflow as tf')}\n${cell('#@tab all', 'def f(x):\n    return x ** 2')}`, '```python\nimport torch\n```\n\n```python\ndef f(x):\n    return x ** 2\n```'],
    ['a cell for several frameworks', `${cell('#@tab mxnet, pytorch, paddle', 'X = d2l.normal(0, 1, (3, 1))')}\n${cell('#@tab tensorflow', 'X = d2l.normal((3, 1), 0, 1)')}`, '```python\nX = d2l.normal(0, 1, (3, 1))\n```'],
    ['cells apart are kept apart', `${cell('#@tab all', 'a = 1')}\nText.\n\n${cell('#@tab all', 'b = 2')}`, '```python\na = 1\n```\n\nText.\n\n```python\nb = 2\n```'],
    ['#@save marks go', cell('#@tab all', 'def train_2d(trainer):  #@save\n    """Optimize."""'), '```python\ndef train_2d(trainer):\n    """Optimize."""\n```'],
    ['d2l 1.0: the setup cell goes, %%tab lines too', `${cell('', '%load_ext d2lbook.tab\ntab.interact_select(["pytorch"])')}\n# Value Iteration\n\n${cell('%%tab all', '\n%matplotlib inline\nimport numpy as np')}`, '# Value Iteration\n\n```python\n%matplotlib inline\nimport numpy as np\n```'],
    ['the tab the book selects is the one shown', `${cell('', '%load_ext d2lbook.tab\ntab.interact_select(["jax"])')}\n${cell('%%tab pytorch', 'import torch')}\n${cell('%%tab jax', 'import jax')}`, '```python\nimport jax\n```'],
  ])('%s', (_, source, expected) => {
    expect(prepared(source)).toBe(expected)
  })
})

describe('chosenVariant', () => {
  it.each([
    [[['mxnet'], ['pytorch'], ['tensorflow']], 'pytorch', 1],
    [[['all']], 'pytorch', 0],
    [[['mxnet'], ['tensorflow']], 'pytorch', 0],
    [[['mxnet', 'pytorch', 'paddle'], ['tensorflow']], 'pytorch', 0],
    [[['pytorch'], ['jax']], 'jax', 1],
  ])('%j, preferring %s → %i', (tabs, preferred, expected) => {
    const group = tabs.map(names => ({ tabs: names }))
    expect(chosenVariant(group, preferred)).toBe(group[expected])
  })
})

describe('mayHoldD2lMarkup', () => {
  it.each([
    ['# T\n:label:`sec_x`\n', true],
    ['see :numref:`fig_x` above', true],
    ['```{.python .input}\n#@tab all\nx\n```', true],
    ['no roles', false],
    ['a `code` span and a time 10:30', false],
  ])('%j → %s', (source, expected) => {
    expect(mayHoldD2lMarkup(source)).toBe(expected)
  })
})
