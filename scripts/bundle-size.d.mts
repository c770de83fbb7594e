export declare const JS_BUDGET_BYTES: number;
export declare const EMBED_JS_BUDGET_BYTES: number;
export interface BundleFile {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  readonly firstLoad: boolean;
}
export declare function measureBundle(
  dist?: string,
  page?: string,
): {
  readonly files: BundleFile[];
  readonly firstLoadJs: number;
  readonly firstLoadCss: number;
  readonly lazy: number;
};
