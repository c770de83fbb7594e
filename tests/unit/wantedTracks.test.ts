import { describe, expect, it } from 'vitest';
import { playlistLayout } from '../../src/model/sideSplit';
import { type Track, tapeSeconds } from '../../src/model/track';
import { decodeTape, encodeTape } from '../../src/share/codec';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import { MemoryStorage } from '../support/memoryStorage';
import { makeTape, makeTrack } from '../support/tapes';

const builtIn = { ...makeTape(2), id: 'builtin' };
/** A song a playlist named that no preview was found for: named, placed, with no audio. */
const wanted = (title: string, fullSeconds?: number): Omit<Track, 'id'> => ({
  songId: `wanted:${title}`,
  title,
  artist: 'Marigold Avenue',
  previewUrl: '',
  clipSeconds: 0,
  ...(fullSeconds === undefined ? {} : { fullSeconds }),
  source: 'wanted',
});

const heard = (n: number) => makeTrack(n, { source: 'url', previewUrl: `https://example.com/${n}.mp3` });

function importMixed(storage: Storage | null = null) {
  const store = createMixtapeStore({ tape: builtIn, storage });
  const tracks = [wanted('Paper Lanterns', 214), heard(1), wanted('Sleeper Car'), heard(2)].map(
    ({ id: _id, ...t }: Omit<Track, 'id'> & { id?: string }) => t,
  );
  store.getState().importTape('From Spotify', tracks, playlistLayout(tracks));
  return store;
}

describe('wanted tracks: songs awaiting a preview', () => {
  it('stay on the tape in their places, and the play order passes them by', () => {
    const store = importMixed();
    const s = store.getState();
    expect(s.tape.tracks.map((t) => t.title)).toEqual(['Paper Lanterns', 'Song 1', 'Sleeper Car', 'Song 2']);
    const playable = s.tape.tracks.filter((t) => t.source !== 'wanted').map((t) => t.id);
    expect(s.queue.order).toEqual(playable);
    // The tape cues its first playable track, never a wanted one, and playing a wanted one does nothing.
    expect(s.queue.current).toBe(playable[0]);
    const first = s.tape.tracks[0]?.id ?? '';
    s.playTrack(first);
    expect(store.getState().queue.current).toBe(playable[0]);
  });

  it('cannot be queued: Play next and Add to queue pass them by', () => {
    const store = importMixed();
    const [first, second] = store.getState().tape.tracks;
    store.getState().playNext(first?.id ?? '');
    store.getState().addToQueue(first?.id ?? '');
    expect(store.getState().queue.upNext).toEqual([]);
    store.getState().playNext(second?.id ?? '');
    expect(store.getState().queue.upNext.map((q) => q.entryId)).toEqual([second?.id]);
  });

  it('count the song’s length where the file gave one, nothing where it did not', () => {
    const [known, , unknown] = importMixed().getState().tape.tracks;
    expect(known && tapeSeconds(known)).toBe(214);
    expect(unknown && tapeSeconds(unknown)).toBe(0);
  });

  it('are kept by the stored shelf across a reload', () => {
    const storage = new MemoryStorage();
    importMixed(storage);
    const again = createMixtapeStore({ tape: builtIn, storage }).getState();
    expect(again.tape.tracks.map((t) => [t.title, t.source])).toEqual([
      ['Paper Lanterns', 'wanted'],
      ['Song 1', 'url'],
      ['Sleeper Car', 'wanted'],
      ['Song 2', 'url'],
    ]);
  });

  it('travel in a shared link by name (format 3) and open on a friend’s tape awaiting a preview, in place', () => {
    const { tape } = importMixed().getState();
    const encoded = encodeTape(tape);
    expect(encoded.omitted).toEqual([]);
    const opened = decodeTape(encoded.payload);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.tape.tracks.map((t) => [t.title, t.source, t.fullSeconds])).toEqual(
      tape.tracks.map((t) => [t.title, t.source, t.fullSeconds]),
    );
    expect(opened.tape.tracks.map((t) => t.artist)).toEqual(tape.tracks.map((t) => t.artist));
  });
});
