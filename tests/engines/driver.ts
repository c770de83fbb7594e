/**
 * The one surface the cross-engine journeys see. Each engine sits behind it: Playwright for Chromium
 * and Firefox (WebDriver BiDi), selenium-webdriver for WebKitGTK. Elements are found in the page by
 * role and accessible name (the same in-page code for every engine, see inPage.ts), and every click
 * and key press is a real, trusted input event sent by the engine's automation.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export type Role =
  | 'alert'
  | 'button'
  | 'img'
  | 'list'
  | 'listitem'
  | 'navigation'
  | 'radio'
  | 'region'
  | 'slider'
  | 'status'
  | 'textbox';

/** An element by role and accessible name (exact text, or a pattern), optionally inside another. */
export interface Target {
  readonly role: Role;
  readonly name?: string | RegExp;
  readonly within?: Target;
}

export type Key =
  | 'Space'
  | 'Enter'
  | 'Escape'
  | 'Home'
  | 'ArrowUp'
  | 'ArrowDown'
  | 'ArrowLeft'
  | 'ArrowRight';

export interface AppDriver {
  readonly engine: Engine;
  /** Opens a path of the app (hash included) with nothing stored, and installs the in-page helpers. */
  open(path: string): Promise<void>;
  /** A trusted click on the element, as a person's would be. */
  click(target: Target): Promise<void>;
  focus(target: Target): Promise<void>;
  /** A trusted key press sent to whatever has focus. */
  press(key: Key): Promise<void>;
  /**
   * Runs a JavaScript expression in the page and returns its (JSON-serialisable) value. The in-page
   * helpers are on `window.__engine`.
   */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** A target as JSON, for the in-page finder (a RegExp does not survive serialisation). */
export interface WireTarget {
  readonly role: Role;
  readonly name?: string | { readonly source: string; readonly flags: string };
  readonly within?: WireTarget;
}

export function toWire(target: Target): WireTarget {
  const { role, name, within } = target;
  return {
    role,
    ...(name === undefined
      ? {}
      : { name: typeof name === 'string' ? name : { source: name.source, flags: name.flags } }),
    ...(within ? { within: toWire(within) } : {}),
  };
}

/** `window.__engine.<method>(…args)` as an expression for AppDriver.evaluate. */
export function call(method: string, ...args: readonly unknown[]): string {
  return `window.__engine.${method}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
}
