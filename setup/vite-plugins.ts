// Slidev Vite plugins setup (loaded by Slidev from setup/vite-plugins.ts). Slidev's dev
// server has no print view (`/print` exists only in export mode and in builds with
// `download`); with it, `talkdown dev` keeps a print view open on its own server and a
// `talkdown export` meanwhile prints there instead of building the talk again (see
// scripts/export/kept-view.ts). A post plugin, so that its `define` comes after Slidev's own.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'

/** Slidev calls this once when it sets up Vite. */
export default function setupVitePlugins(options: ResolvedSlidevOptions): Plugin[] {
  if (options.mode !== 'dev')
    return []
  return [{ name: 'talkdown:print-view-in-dev', enforce: 'post', config: () => ({ define: { __SLIDEV_FEATURE_PRINT__: 'true' } }) }]
}
