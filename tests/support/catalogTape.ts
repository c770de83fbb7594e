import type { Tape } from '../../src/model/tape';
import { type CatalogName, catalogSongId, type Track } from '../../src/model/track';

/** A catalog song as a search puts it on a tape: everything the catalog said about it. */
export function catalogTrack(provider: CatalogName, catalogId: string, n = 1): Track {
  const itunes = provider === 'itunes';
  return {
    id: `c${n}`,
    songId: catalogSongId({ provider, catalogId }),
    title: `Catalog song ${n}`,
    artist: 'Some Band',
    album: 'Greatest Hits (Remastered)',
    previewUrl: itunes
      ? `https://audio-ssl.itunes.apple.com/itunes-assets/AudioPreview126/v4/0a/1b/mzaf_${catalogId}.plus.aac.p.m4a`
      : `https://cdnt-preview.dzcdn.net/api/1/1/a/b/c/0/${catalogId}.mp3?hdnea=exp=1760000000~acl=*~hmac=00ff`,
    format: itunes ? 'm4a' : 'mp3',
    clipSeconds: 29.98,
    fullSeconds: 201.5,
    source: 'catalog',
    artworkUrl: `https://is1-ssl.mzstatic.com/image/thumb/Music/${catalogId}/100x100bb.jpg`,
    storeUrl: `https://music.apple.com/us/album/x/1?i=${catalogId}`,
  };
}

/**
 * Issue 5's yardstick, shared by the length test and the bench: 50 songs from iTunes with ids of 9 and 10
 * digits as the real catalog issues them (1440857781), a tape title and notes of the usual length, own
 * colours, split in half.
 */
export function fiftyItunesTracksTape(): Tape {
  let seed = 2007;
  const nextId = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    // 100,000,000 to 1,799,999,999: the span of iTunes track ids from 2008 to today.
    return String(100_000_000 + Math.floor((seed / 2 ** 32) * 1_700_000_000));
  };
  return {
    id: 'bench-catalog',
    title: 'Songs for the long drive north',
    tracks: Array.from({ length: 50 }, (_, i) => catalogTrack('itunes', nextId(), i + 1)),
    sideBStart: 25,
    colors: { shell: '#1d3557', label: '#f1faee' },
    length: 'C90',
    linerNotes: 'Made for the trip in August. Side B is for after midnight.',
  };
}
