// The build of mermaid Slidev's client imports (its shim.d.ts types it the same way).
declare module 'mermaid/dist/mermaid.esm.mjs' {
  import mermaid from 'mermaid'

  export default mermaid
}
