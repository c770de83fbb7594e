import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe over the whole page, WCAG 2.2 AA. Legacy mode runs `axe.run` in the page itself; the default runs it
 * per frame and then gathers the results in a new blank page, which took twice as long (3.3 s against
 * 1.5 s in Chromium, 8 s against 4 s in Firefox over BiDi) for the same result. Legacy mode does not look
 * into frames on other origins, so a page with frames (the share panel's embed preview) gets the default.
 */
export async function scanAxe(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    // Label in Name (WCAG 2.5.3) is still "experimental" in axe, so off unless asked for: every control's
    // accessible name starts with its visible text.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode(page.frames().length === 1)
    .analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}
