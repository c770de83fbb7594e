export declare const MAP_FILE: string;
export declare const CONFIG_FILE: string;
export interface Layer {
  readonly folder: string;
  readonly mayImport: readonly string[];
}
export interface BiomeConfig {
  readonly linter: {
    readonly rules: {
      readonly style: {
        readonly noRestrictedImports: { readonly options: { readonly paths: Record<string, unknown> } };
      };
    };
  };
  readonly overrides: readonly object[];
}
export declare function readLayerMap(markdown: string): Layer[];
export declare function readOutsideMap(markdown: string): Layer[];
export declare function layerOverrides(layers: readonly Layer[], paths: Record<string, unknown>): object[];
export declare function outsideOverrides(
  outside: readonly Layer[],
  layers: readonly Layer[],
  paths: Record<string, unknown>,
): object[];
export declare function withLayerRules<C extends BiomeConfig>(
  config: C,
  layers: readonly Layer[],
  outside: readonly Layer[],
): C;
