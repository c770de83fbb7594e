import { junoTape } from '../../src/data/junoTape';
import type { Tape } from '../../src/model/tape';

// Issue 15's yardstick, measured by `npm run bench` and held to 1,800 characters by shareGift.test.ts:
// the Juno tape with a 200-character message and a 60-character note on every song, in plain words as a
// person writes them (varied, so deflate gets no easier a ride than it would on a real tape).
const MESSAGE =
  'Sam, I made this on the night bus home after your birthday. Side A is for the drive to the coast, side B ' +
  'for the way back when everyone is asleep. Play it loud, then play it again. Happy 30th, Alex xx';
const NOTES = [
  'This was playing the first time we met, in the kitchen queue',
  'You hummed this for a whole week in March and drove me mad!!',
  'For that bit of the drive where the road meets the sea again',
  'Your dad requested it at the wedding and nobody could dance.',
  'The chorus is about us, I am sure of it, whatever Kimya says',
  'Skip this one and I will know: it is the heart of the tape!!',
  'Rainy Sunday, pancakes, the radiator that never worked right',
  'I learned the chords to this one on a borrowed ukulele badly',
  'Because you said tapes should always have one weird song on.',
  'The song from the film we watched twice in one night in June',
  'Grandma asked who was singing and then asked for it again ok',
  'Sounds like the back seat of the old Volvo with windows down',
  'Side B starts here, so turn the tape over and put the kettle',
  'Found this one in a charity shop crate for fifty pence, ha!!',
  'Our song for the long walk to the station, every single day.',
  'I cried at this on the train and a stranger gave me a tissue',
  'Wrote the lyrics on your lunchbox napkin in second year. Yes',
  'Half the words are wrong when we sing it and that is the joy',
  'Last one: the credits roll, the lights come up, we go home x',
];

/** The Juno tape with its yardstick dedication and a 60-character note on each of its 19 songs. */
export function giftedJunoTape(): Tape {
  const juno = junoTape();
  return {
    ...juno,
    dedication: { from: 'Alex', to: 'Sam', message: MESSAGE },
    tracks: juno.tracks.map((track, i) => ({
      ...track,
      note: NOTES[i] ?? '',
    })),
  };
}
