// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ONE_COLUMN } from '../../src/components/deck/PlayerBar';
import { renderWithStore } from '../support/renderApp';

/** A stand-in IntersectionObserver: the test says when the watched element leaves or enters the screen. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly watched: Element[] = [];
  disconnected = false;
  constructor(
    readonly report: (entries: { isIntersecting: boolean; boundingClientRect: { top: number } }[]) => void,
  ) {
    FakeObserver.all.push(this);
  }
  observe(element: Element) {
    this.watched.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
}

/** Moves the deck's keys off the top of the screen, below its foot, or onto it, as scrolling would. */
const scrollDeck = (where: 'above' | 'below' | 'on') =>
  act(() => {
    const entry = {
      isIntersecting: where === 'on',
      boundingClientRect: { top: where === 'above' ? -80 : 900 },
    };
    for (const o of FakeObserver.all) if (!o.disconnected) o.report([entry]);
  });

const watching = () => FakeObserver.all.filter((o) => !o.disconnected);

function screenWidth(oneColumn: boolean) {
  const matchMedia = vi.fn((query: string) => ({
    matches: oneColumn && query === ONE_COLUMN,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
  vi.stubGlobal('matchMedia', matchMedia);
  return matchMedia;
}

describe('the player bar', () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows on a phone once the deck’s keys are off the screen, and plays through the store', async () => {
    screenWidth(true);
    const { store, user } = renderWithStore();
    // It loads after the first screen, then watches the deck's keys.
    await waitFor(() => expect(watching()).toHaveLength(1));
    expect(watching()[0]?.watched).toEqual([screen.getByRole('group', { name: 'Transport' })]);
    expect(screen.queryByRole('region', { name: 'Now playing' })).not.toBeInTheDocument();
    // Keys still to come below the screen's foot (a short screen's first view) bring no bar.
    scrollDeck('below');
    expect(screen.queryByRole('region', { name: 'Now playing' })).not.toBeInTheDocument();

    scrollDeck('above');
    const bar = screen.getByRole('region', { name: 'Now playing' });
    expect(within(bar).getByText('All I Want Is You', { selector: 'strong' })).toBeInTheDocument();
    // Nothing in it is live: the deck's own now-playing line announces songs.
    expect(bar.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    const buttons = within(bar).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Play', 'Next track']);

    await user.click(within(bar).getByRole('button', { name: 'Play' }));
    expect(store.getState().playback.status).toBe('loading');
    await user.click(within(bar).getByRole('button', { name: 'Pause' }));
    expect(store.getState().playback.status).toBe('paused');
    await user.click(within(bar).getByRole('button', { name: 'Next track' }));
    expect(store.getState().queue.cursor).toBe(1);
    expect(within(bar).getByText('My Rollercoaster', { selector: 'strong' })).toBeInTheDocument();

    scrollDeck('on');
    expect(screen.queryByRole('region', { name: 'Now playing' })).not.toBeInTheDocument();
  });

  it('never shows beside a deck that stays on the screen (two columns)', async () => {
    const matchMedia = screenWidth(false);
    renderWithStore();
    // Once the bar has loaded and asked the screen's width, no watcher starts: nothing can bring it up.
    await waitFor(() => expect(matchMedia).toHaveBeenCalledWith(ONE_COLUMN));
    expect(watching()).toHaveLength(0);
    scrollDeck('above');
    expect(screen.queryByRole('region', { name: 'Now playing' })).not.toBeInTheDocument();
  });
});
