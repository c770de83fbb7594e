const NAMED: Readonly<Record<string, string>> = { ' ': 'Space', ArrowLeft: '←', ArrowRight: '→' };

/**
 * How a command's keys are written in the "?" list: letters in capitals as printed on the key, Space
 * by name, arrows as arrows, joined with "or" ([' ', 'k'] is "Space or K"). Kept apart from the table so
 * it loads with the list, not the page.
 */
export const keyNames = (keys: readonly string[]): string =>
  keys.map((k) => NAMED[k] ?? k.toUpperCase()).join(' or ');
