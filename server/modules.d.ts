// What a Worker's module rules (wrangler.toml `[[rules]]`, Miniflare's modulesRules) make of these files.
declare module '*.wasm' {
  const compiled: WebAssembly.Module;
  export default compiled;
}
declare module '*.ttf' {
  const bytes: ArrayBuffer;
  export default bytes;
}
