import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useEscape } from '../../hooks/useEscape';
import { type NewSong, songsAlreadyOn } from '../../model/sameSong';
import { useMixtapeStore } from '../../store/StoreContext';

interface Asking {
  readonly songs: readonly NewSong[];
  readonly repeats: readonly NewSong[];
  readonly onAdded: (() => void) | undefined;
  /** Which of the adding controls asked, for lists with an Add button on every row. */
  readonly where: string;
  /** Where focus was when the question took it, to give it back when answered. */
  readonly returnTo: HTMLElement | null;
}

/**
 * Adding songs to the open tape, asking first when one of them is already on it (songsAlreadyOn).
 * `add(songs, onAdded, where)` adds at once, or asks; `onAdded` runs once the songs are on the tape.
 * Render `questionAt(where)` beside the control that adds (`where` tells a list's rows apart): it shows
 * the question while it is open there, and nothing otherwise.
 */
export function useCheckedAdd(): {
  add: (songs: readonly NewSong[], onAdded?: () => void, where?: string) => void;
  questionAt: (where?: string) => ReactNode;
} {
  const store = useMixtapeStore();
  const [asking, setAsking] = useState<Asking | null>(null);
  const add = (songs: readonly NewSong[], onAdded?: () => void, where = '') => {
    const repeats = songsAlreadyOn(store.getState().tape, songs);
    if (repeats.length === 0) {
      store.getState().addTracks(songs);
      onAdded?.();
      return;
    }
    const focused = document.activeElement;
    setAsking({ songs, repeats, onAdded, where, returnTo: focused instanceof HTMLElement ? focused : null });
  };
  const answer = (addAgain: boolean) => {
    if (!asking) return;
    setAsking(null);
    if (addAgain) {
      store.getState().addTracks(asking.songs);
      asking.onAdded?.();
    }
    if (asking.returnTo?.isConnected) asking.returnTo.focus();
  };
  const questionAt = (where = '') =>
    asking?.where === where ? <AlreadyOnTape repeats={asking.repeats} onAnswer={answer} /> : null;
  return { add, questionAt };
}

/** "“Title” is already on this tape — Add again / Cancel": focus starts on Cancel; Escape cancels. */
function AlreadyOnTape({
  repeats,
  onAnswer,
}: {
  repeats: readonly NewSong[];
  onAnswer: (addAgain: boolean) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const textId = useId();
  useEscape(ref, () => onAnswer(false));
  // Cancel first: a second press of Enter on Add must not add the song twice.
  useEffect(() => cancelRef.current?.focus(), []);
  const [first] = repeats;
  const which =
    repeats.length === 1 ? `“${first?.title}” is` : `“${first?.title}” and ${repeats.length - 1} more are`;
  return (
    <div ref={ref} className="already-on-tape" role="alertdialog" aria-labelledby={textId}>
      <p id={textId}>{which} already on this tape.</p>
      <div className="already-on-tape-actions">
        <button type="button" className="chip chip-accent" onClick={() => onAnswer(true)}>
          Add again
        </button>
        <button ref={cancelRef} type="button" className="chip" onClick={() => onAnswer(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
