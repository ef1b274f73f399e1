// Lets `tsc` type-check TypeScript that imports single-file components (the Vue plugin compiles them).
declare module '*.vue' {
  import type { DefineComponent } from 'vue'

  const component: DefineComponent<object, object, unknown>
  export default component
}
