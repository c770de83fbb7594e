import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export interface SavedFile {
  readonly name: string;
  readonly text: string;
}

type Watched = Window & { savedFile?: Promise<SavedFile> };

/**
 * The file the app hands the browser to save while `action` runs. Chromium reports the download, and its
 * file is read from disk. Playwright's Firefox channel (1.64 over BiDi, ESR 153) reports no download
 * that a script's click on a link starts, which is how every web app saves a file; there the link the app
 * clicks is watched, and the file it points at is read in the page.
 */
export async function fileSavedBy(page: Page, action: () => Promise<void>): Promise<SavedFile> {
  if (page.context().browser()?.browserType().name() !== 'firefox') {
    const download = page.waitForEvent('download');
    await action();
    const file = await download;
    return { name: file.suggestedFilename(), text: readFileSync((await file.path()) ?? '', 'utf8') };
  }
  await page.evaluate(() => {
    // The file is read from the Blob itself: the app's CSP lets no fetch reach a blob: address.
    const blobs = new Map<string, Blob>();
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = createObjectURL(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function clickAndKeep(this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (this.download && blob) {
        const name = this.download;
        (window as Watched).savedFile = blob.text().then((text) => ({ name, text }));
        HTMLAnchorElement.prototype.click = click;
        URL.createObjectURL = createObjectURL;
      }
      click.call(this);
    };
  });
  await action();
  await expect.poll(() => page.evaluate(() => 'savedFile' in window)).toBe(true);
  return page.evaluate(() => (window as Watched).savedFile ?? Promise.reject(new Error('no file saved')));
}
