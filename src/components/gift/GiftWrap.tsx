import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { useMixtape } from '../../store/StoreContext';

/** Which links this browser has unwrapped (persistence/unwrapped.ts, handed in by the app). */
export interface UnwrapMemory {
  readonly wasUnwrapped: (tapeId: string) => boolean;
  readonly rememberUnwrapped: (tapeId: string) => void;
}

/**
 * A shared tape with a dedication, as it arrives (issue 15): the cassette in its case with "For Sam", and
 * Open (focused, so the keyboard comes first). Opening shows the message and focuses Play; the case opens
 * with an animation unless the listener prefers reduced motion (gift.css). A link opened before (this
 * browser remembers its tape id, a hash of the payload) skips the wrapping. Nothing here is modal or
 * hidden from assistive technology: the tracklist stays in reach, and "Skip to the songs" leads there.
 */
export default function GiftWrap({ memory }: { memory: UnwrapMemory }) {
  const tape = useMixtape((s) => s.tape);
  const [state, setState] = useState<'wrapped' | 'open' | 'seen'>(() =>
    memory.wasUnwrapped(tape.id) ? 'seen' : 'wrapped',
  );
  const openRef = useRef<HTMLButtonElement>(null);
  const dedication = tape.dedication;
  useEffect(() => {
    if (state === 'wrapped') openRef.current?.focus();
    if (state !== 'open') return;
    // Once the card is in the page: focus alone scrolls Play to the middle of the screen and the message
    // out of sight above it, so scroll only as far as Play needs and the message stays in view where the
    // screen has room.
    const play = document.querySelector<HTMLButtonElement>('.transport .deck-key-primary');
    play?.focus({ preventScroll: true });
    play?.scrollIntoView({ block: 'nearest' });
  }, [state]);
  if (state === 'seen' || !dedication) return null;

  const open = () => {
    memory.rememberUnwrapped(tape.id);
    setState('open');
  };
  const to = dedication.to || 'you';

  return (
    <section className="gift-wrap" data-state={state} aria-label={`A tape for ${to}`}>
      <div
        className="gift-case"
        aria-hidden="true"
        style={{ '--shell': tape.colors.shell, '--label': tape.colors.label } as CSSProperties}
      >
        <div className="gift-lid" />
        <div className="gift-tape" />
      </div>
      {state === 'wrapped' ? (
        <>
          <p className="gift-for">For {to}</p>
          {dedication.from ? <p className="gift-from">from {dedication.from}</p> : null}
          <div className="gift-actions">
            <button ref={openRef} type="button" className="button-primary" onClick={open}>
              Open
            </button>
            {/* A button, not an in-page link: the tape itself is in the address's fragment. */}
            <button
              type="button"
              className="chip gift-skip"
              onClick={() => document.querySelector<HTMLButtonElement>('.tracklist .track-play')?.focus()}
            >
              Skip to the songs
            </button>
          </div>
        </>
      ) : (
        <div className="gift-card">
          <p className="gift-for">For {to}</p>
          {dedication.message ? <p className="gift-message">{dedication.message}</p> : null}
          {dedication.from ? <p className="gift-from">— {dedication.from}</p> : null}
        </div>
      )}
    </section>
  );
}
