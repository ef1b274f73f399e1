// A blockquote that is an author's aside ("> 注意：…", "> 補足：…", "> **Note:** …", GitHub's "> [!NOTE]", marked in 2-prepare),
// not a saying: its paragraphs and lists are points like any other, not a quote slide
// (a quote slide of "注意" alone said nothing).
import type { Blockquote } from 'mdast'
import { plainText } from '../../text/phrasing.ts'

const label = /^\s*(?:注\d*|注意(?:事项)?|提示|说明|警告|备注|小贴士|温馨提示|補足|メモ|ヒント|備考|注記|Note|Notes|Warning|Tip|Hint|Caution|Important|Info)\s*[:：]/iu

/** Whether blockquote `node` is an aside that opens with a label such as 注意： or Note:. */
export function isAside(node: Blockquote): boolean {
  const first = node.children[0]
  // An alert's marker (`> [!NOTE]`) was taken out before (github-alerts.ts).
  return Boolean(node.data?.talkdownAside) || (first?.type === 'paragraph' && label.test(plainText(first.children)))
}
