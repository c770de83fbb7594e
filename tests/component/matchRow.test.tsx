// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MatchRow } from '../../src/components/catalog/MatchRow';
import { wantedTrack } from '../../src/model/track';
import { makeTrack } from '../support/tapes';

const noop = () => {};

describe('a Find real previews row says what a track left as it is keeps', () => {
  it('a stand-in keeps its stand-in; a song awaiting a preview still awaits one', () => {
    const standIn = makeTrack(1, { source: 'stand-in' });
    const wanted = { ...wantedTrack({ title: 'Paper Lanterns', artist: 'Marigold Avenue' }), id: 'w1' };
    const { unmount } = render(
      <MatchRow track={standIn} state={{ kind: 'none' }} onUse={noop} onKeep={noop} />,
    );
    expect(screen.getByText('No match in the catalog: keeps its stand-in.')).toBeTruthy();
    unmount();
    render(
      <ul>
        <MatchRow track={wanted} state={{ kind: 'none' }} onUse={noop} onKeep={noop} />
        <MatchRow track={wanted} state={{ kind: 'kept' }} onUse={noop} onKeep={noop} />
      </ul>,
    );
    expect(screen.getByText('No match in the catalog: still awaits a preview.')).toBeTruthy();
    expect(screen.getByText('Still awaits a preview.')).toBeTruthy();
  });
});
