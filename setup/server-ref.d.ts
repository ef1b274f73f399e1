// Slidev's shared nav state (page, clicks, timer) as vite-plugin-vue-server-ref serves it
// in the dev server; only the flags we set are typed.
declare module 'server-reactive:nav' {
  /** The state object; `$syncUp`/`$syncDown` false stop sending/receiving changes. */
  const nav: { $syncUp: boolean, $syncDown: boolean }
  export default nav
}
