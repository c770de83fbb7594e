import { expect, type Page } from '@playwright/test';
import { MEDIA_RECORDER_SCRIPT } from '../../engines/inPage';

export interface MediaSnapshot {
  readonly src: string;
  readonly currentTime: number;
  readonly paused: boolean;
  readonly volume: number;
  readonly muted: boolean;
}

declare global {
  interface Window {
    __mixtapeMedia?: HTMLMediaElement[];
    __mixtapeMediaEvents?: string[];
  }
}

/**
 * Records every media element the page asks to play, so a test reads the real audio clock
 * (currentTime) rather than what the app says about it, and enforces the autoplay policy of a browser on
 * a first visit: Chromium driven by Playwright reports sticky user activation from the start (even on
 * about:blank), so its own policy never refuses; here play() rejects with NotAllowedError, as Chrome and
 * Safari do, until a trusted input event. Installed before any app script runs. It is the same recorder
 * the cross-engine journeys install (tests/engines/inPage.ts), so every suite reads media one way.
 */
export async function watchMedia(page: Page): Promise<void> {
  await page.addInitScript(MEDIA_RECORDER_SCRIPT);
}

/** Media elements holding one of our clips (howler's unlock pool plays silent ones too). */
export function clipMedia(page: Page): Promise<MediaSnapshot[]> {
  return page.evaluate(() =>
    (window.__mixtapeMedia ?? [])
      .filter((m) => /\/clips\/|\.mp3|\.m4a|^blob:/.test(m.currentSrc || m.src))
      .map((m) => ({
        src: m.currentSrc || m.src,
        currentTime: m.currentTime,
        paused: m.paused,
        volume: m.volume,
        muted: m.muted,
      })),
  );
}

/**
 * Waits until the playing clip's own clock has moved `seconds` on from where it is now: time that has
 * really passed for the audio, however slow the machine, instead of a sleep.
 */
export async function clockMoves(page: Page, seconds: number): Promise<void> {
  const from = (await playingClip(page))?.currentTime;
  if (from === undefined) throw new Error('no clip is playing');
  await expect
    .poll(async () => (await playingClip(page))?.currentTime ?? from, {
      message: `the playing clip's clock should move ${seconds} s on from ${from}`,
    })
    .toBeGreaterThan(from + seconds);
}

/** Waits until the page has drawn `count` more animation frames: whatever it animates has had its turn. */
export function animationFrames(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const next = () => (left-- <= 0 ? resolve() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    count,
  );
}

/** The clip that is audibly running right now, if any. */
export async function playingClip(page: Page): Promise<MediaSnapshot | undefined> {
  return (await clipMedia(page)).find((m) => !m.paused);
}
