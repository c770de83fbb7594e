// Prints, as JSON, the share links (path and hash) of the tapes the journeys open besides the Juno tape.
// Run by links.ts under tsx, in a process of its own: the codec reaches the app's JSON data, which
// Playwright's ESM loader will not import.
//
//   missing  a clip that answers 404 on the app's own server, then Cat Power's "Sea of Love" stand-in;
//   quiet    two silent ten-minute clips (server/quietClip.ts), for journeys that pause, seek and resume:
//            no slow step can run them out and move the tape on mid-test;
//   stall    a clip whose server stops sending 14 s in and holds on (server/stallingClip.ts), then Quiet B.
import { BUILT_IN_TRACKS } from '../../src/data/junoTape';
import type { Tape } from '../../src/model/tape';
import type { Track } from '../../src/model/track';
import { shareUrl } from '../../src/share/codec';
import { quietClipUrl } from './server/quietClip';
import { stallingClipUrl } from './server/stallingClip';
import { QUIET_SECONDS, type TestLinks } from './testTapes';

const baseUrl = process.argv[2] ?? '';
const sea = BUILT_IN_TRACKS.get('j14');
if (!sea) throw new Error('no built-in j14');

const urlTrack = (id: string, title: string, artist: string, url: string, clipSeconds: number): Track => ({
  id,
  songId: `url:${url}`,
  title,
  artist,
  previewUrl: url,
  format: 'mp3',
  clipSeconds,
  source: 'url',
});

const missing: Tape = {
  id: 'engines-missing',
  title: 'Missing on purpose',
  tracks: [
    urlTrack('missing', 'Gone Missing', 'Nobody', `${baseUrl}/clips/missing-on-purpose.mp3`, 20),
    { ...sea, id: 'sea' },
  ],
  sideBStart: 2,
  colors: { shell: '#2f2a26', label: '#f4e3b5' },
  length: 'C46',
};

const quiet: Tape = {
  id: 'engines-quiet',
  title: 'Quiet test tape',
  tracks: [
    urlTrack('quiet-a', 'Quiet A', 'Test Tone', quietClipUrl(baseUrl, QUIET_SECONDS), QUIET_SECONDS),
    // Another length is another address, so the two tracks are two clips.
    urlTrack('quiet-b', 'Quiet B', 'Test Tone', quietClipUrl(baseUrl, QUIET_SECONDS + 1), QUIET_SECONDS + 1),
  ],
  sideBStart: 1,
  colors: { shell: '#2f2a26', label: '#f4e3b5' },
  length: 'C60',
};

const stall: Tape = {
  id: 'engines-stall',
  title: 'Stalling test tape',
  tracks: [
    urlTrack('stalls', 'Stops Arriving', 'Test Tone', stallingClipUrl(baseUrl, 60, 14), 60),
    urlTrack('quiet-b', 'Quiet B', 'Test Tone', quietClipUrl(baseUrl, QUIET_SECONDS + 1), QUIET_SECONDS + 1),
  ],
  sideBStart: 1,
  colors: { shell: '#2f2a26', label: '#f4e3b5' },
  length: 'C60',
};

const path = (tape: Tape) => shareUrl(`${baseUrl}/`, tape).url.slice(baseUrl.length);
const links: TestLinks = { missing: path(missing), quiet: path(quiet), stall: path(stall) };
process.stdout.write(JSON.stringify(links));
