// Prints a share link (path and hash) to a tape whose first clip answers 404 on the app's own server,
// followed by Cat Power's "Sea of Love" stand-in. Run by journeys.ts under tsx, in a process of its own:
// the codec reaches the app's JSON data, which Playwright's ESM loader will not import.
import { BUILT_IN_TRACKS } from '../../src/data/junoTape';
import type { Tape } from '../../src/model/tape';
import { shareUrl } from '../../src/share/codec';

const baseUrl = process.argv[2] ?? '';
const url = `${baseUrl}/clips/missing-on-purpose.mp3`;
const sea = BUILT_IN_TRACKS.get('j14');
if (!sea) throw new Error('no built-in j14');
const tape: Tape = {
  id: 'engines-missing',
  title: 'Missing on purpose',
  tracks: [
    {
      id: 'missing',
      songId: `url:${url}`,
      title: 'Gone Missing',
      artist: 'Nobody',
      previewUrl: url,
      format: 'mp3',
      clipSeconds: 20,
      source: 'url',
    },
    { ...sea, id: 'sea' },
  ],
  sideBStart: 2,
  colors: { shell: '#2f2a26', label: '#f4e3b5' },
  length: 'C46',
};
process.stdout.write(shareUrl(`${baseUrl}/`, tape).url.slice(baseUrl.length));
