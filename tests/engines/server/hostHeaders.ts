/** One rule of a `_headers` file: a path pattern and the headers for the paths it matches. */
export interface HeaderRule {
  readonly path: string;
  readonly headers: ReadonlyArray<readonly [name: string, value: string]>;
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line starting with `/` opens a rule for
 * that path; indented `Name: value` lines under it are its headers; `#` starts a comment line. Throws on
 * a header line outside a rule or without a colon, so a typo cannot quietly drop a security header.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Array<readonly [string, string]> }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/'))
        throw new Error(`_headers line ${i + 1}: a rule starts with a path: ${line}`);
      rules.push({ path: line, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 1) throw new Error(`_headers line ${i + 1}: not a header of a rule: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/**
 * The headers for a request path: those of every rule whose path is the same, or ends in `*` and starts
 * the same (a splat); the hosts combine them, so a header named twice has both values, comma-joined.
 */
export function ruleHeaders(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) {
      const before = found.get(name);
      found.set(name, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return found;
}
