// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { renderFirstScreen } from '../../src/app/prerender';
import { Root } from '../../src/app/Root';
import { junoTape } from '../../src/data/junoTape';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';

// The first screen is written into index.html at build time and hydrated in the browser (src/main.tsx).
describe('the prerendered first screen', () => {
  it('shows the Juno tape cued at its first track, as the app does once running', () => {
    const html = renderFirstScreen();
    expect(html).not.toContain('This tape is empty.');
    expect(html).toMatch(/Cued.*All I Want Is You/s);
    expect(html).toContain('Next on the tape: ');
    // The seek bar knows the clip's length and is not disabled.
    expect(html).toMatch(/aria-label="Seek"[^>]*aria-valuetext="0 seconds of 18 seconds"/);
    expect(html).not.toMatch(/<input[^>]*aria-label="Seek"[^>]*disabled/);
  });

  it('hydrates into the same page: the browser draws nothing again once React has adopted it', async () => {
    const html = renderFirstScreen();
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    // Elements and text only: React sets an input's type and value again as it adopts it, and the
    // cassette's reels are placed by an effect, which changes no attribute's value.
    observer.observe(container, { subtree: true, childList: true, characterData: true });
    const store = createMixtapeStore({ tape: junoTape(), seed: 7 });
    const root = await act(async () => hydrateRoot(container, <Root store={store} />));
    // Effects have run and anything they scheduled has rendered.
    await act(async () => {});
    observer.disconnect();
    expect(
      changes.map((r) => `${r.type} in ${(r.target as Element).className ?? r.target.nodeName}`),
    ).toEqual([]);
    act(() => root.unmount());
    container.remove();
  });
});
