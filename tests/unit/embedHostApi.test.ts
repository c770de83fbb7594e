import { describe, expect, it } from 'vitest';
import { type EventTrack, eventsBetween, type PlayerMoment, parseHostMessage } from '../../src/embed/hostApi';

describe('parseHostMessage', () => {
  it('reads every command', () => {
    for (const type of ['mixtape:play', 'mixtape:pause', 'mixtape:next', 'mixtape:previous'])
      expect(parseHostMessage({ type })).toEqual({ kind: 'command', command: { type } });
    expect(parseHostMessage({ type: 'mixtape:seek', seconds: 12.5 })).toEqual({
      kind: 'command',
      command: { type: 'mixtape:seek', seconds: 12.5 },
    });
  });

  it('leaves other widgets’ messages alone', () => {
    for (const data of [
      null,
      'mixtape:play',
      42,
      {},
      { type: 3 },
      { type: 'youtube:play' },
      ['mixtape:play'],
    ])
      expect(parseHostMessage(data)).toEqual({ kind: 'foreign' });
  });

  it('says what is wrong with a bad mixtape: message', () => {
    const bad = (data: unknown) => {
      const parsed = parseHostMessage(data);
      if (parsed.kind !== 'invalid') throw new Error(`not invalid: ${JSON.stringify(parsed)}`);
      return parsed.problem;
    };
    expect(bad({ type: 'mixtape:seek' })).toMatch(/^mixtape:seek: seconds: /);
    expect(bad({ type: 'mixtape:seek', seconds: '30' })).toMatch(/^mixtape:seek: seconds: /);
    expect(bad({ type: 'mixtape:seek', seconds: -1 })).toMatch(/^mixtape:seek: seconds: /);
    expect(bad({ type: 'mixtape:seek', seconds: Number.POSITIVE_INFINITY })).toMatch(/seconds/);
    expect(bad({ type: 'mixtape:rewind' })).toBe(
      'mixtape:rewind is not a command; the commands are mixtape:play, mixtape:pause, mixtape:next, mixtape:previous, mixtape:seek',
    );
  });
});

describe('eventsBetween', () => {
  const a: EventTrack = { index: 0, title: 'Quiet A', artist: 'Test Tone' };
  const b: EventTrack = { index: 1, title: 'Quiet B', artist: 'Test Tone' };
  const at = (over: Partial<PlayerMoment>): PlayerMoment => ({
    playing: false,
    idle: false,
    track: a,
    second: 0,
    duration: 600,
    ...over,
  });

  it('says play, then progress each new second, then pause', () => {
    expect(eventsBetween(at({}), at({ playing: true }))).toEqual([
      { type: 'mixtape:play', track: a, position: 0 },
      { type: 'mixtape:progress', track: a, position: 0, duration: 600 },
    ]);
    expect(eventsBetween(at({ playing: true }), at({ playing: true, second: 1 }))).toEqual([
      { type: 'mixtape:progress', track: a, position: 1, duration: 600 },
    ]);
    expect(eventsBetween(at({ playing: true, second: 1 }), at({ playing: true, second: 1 }))).toEqual([]);
    expect(eventsBetween(at({ playing: true, second: 4 }), at({ second: 4 }))).toEqual([
      { type: 'mixtape:pause', track: a, position: 4 },
    ]);
  });

  it('says a track change before what happens on the new track, and ended when the tape ran out', () => {
    expect(eventsBetween(at({ playing: true, second: 9 }), at({ playing: true, track: b }))).toEqual([
      { type: 'mixtape:trackchange', track: b },
      { type: 'mixtape:progress', track: b, position: 0, duration: 600 },
    ]);
    expect(eventsBetween(at({ playing: true, track: b, second: 600 }), at({ idle: true }))).toEqual([
      { type: 'mixtape:trackchange', track: a },
      { type: 'mixtape:ended' },
    ]);
  });

  it('says nothing of an empty tape', () => {
    expect(eventsBetween(at({}), at({ track: undefined, playing: true }))).toEqual([]);
  });
});
