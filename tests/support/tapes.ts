import type { Tape } from '../../src/model/tape';
import type { Track } from '../../src/model/track';

export function makeTrack(n: number, overrides: Partial<Track> = {}): Track {
  return {
    id: `t${n}`,
    songId: `s${n}`,
    title: `Song ${n}`,
    artist: `Artist ${n}`,
    previewUrl: `/clips/t${n}.mp3`,
    clipSeconds: 20,
    source: 'stand-in',
    ...overrides,
  };
}

export function makeTape(count: number, sideBStart = Math.ceil(count / 2)): Tape {
  return {
    id: 'test-tape',
    title: 'Test tape',
    tracks: Array.from({ length: count }, (_, i) => makeTrack(i + 1)),
    sideBStart,
    colors: { shell: '#222222', label: '#eeeeee' },
    length: 'C60',
  };
}
