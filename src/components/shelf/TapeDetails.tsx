import { useEffect, useRef, useState } from 'react';
import { useEscape } from '../../hooks/useEscape';
import { charactersLeft } from '../../model/charactersLeft';
import { GIFT_CAPS } from '../../model/giftCaps';
import { LABEL_COLORS, SHELL_COLORS } from '../../model/palettes';
import { TAPE_LENGTHS } from '../../model/tape';
import { MAX_NOTES_LENGTH, MAX_TITLE_LENGTH } from '../../model/tapeEdits';
import { useMixtape } from '../../store/StoreContext';

const COLOR_NAMES: Record<string, string> = {
  '#2f2a26': 'Smoke black',
  '#c8431f': 'Tomato red',
  '#2d5d7b': 'Denim blue',
  '#e9e4d8': 'Chalk white',
  '#3d6b4f': 'Moss green',
  '#6b3d6b': 'Plum',
  '#f4e3b5': 'Manila',
  '#fdfbf5': 'Paper white',
  '#f6c9b8': 'Peach',
  '#cfe3d4': 'Mint',
  '#d6def2': 'Sky',
  '#f7e27c': 'Highlighter yellow',
};

function Swatches({
  legend,
  name,
  colors,
  value,
  onPick,
}: {
  legend: string;
  name: string;
  colors: readonly string[];
  value: string;
  onPick: (c: string) => void;
}) {
  return (
    <fieldset className="swatches">
      <legend>{legend}</legend>
      {colors.map((c) => (
        <label key={c} className="swatch" style={{ background: c }}>
          <input
            type="radio"
            name={name}
            value={c}
            checked={value.toLowerCase() === c}
            onChange={() => onPick(c)}
          />
          <span className="visually-hidden">{COLOR_NAMES[c] ?? c}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The label, the cassette and the liner notes: each change is one step of undo. */
export default function TapeDetails({ onClose }: { onClose: () => void }) {
  const tape = useMixtape((s) => s.tape);
  const renameTape = useMixtape((s) => s.renameTape);
  const setTapeColors = useMixtape((s) => s.setTapeColors);
  const setTapeLength = useMixtape((s) => s.setTapeLength);
  const setLinerNotes = useMixtape((s) => s.setLinerNotes);
  const setDedication = useMixtape((s) => s.setDedication);
  const dedicationRef = useRef<HTMLFieldSetElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // The room left on the label, counted as the field types; announced only near the limit (below).
  const [room, setRoom] = useState(() => charactersLeft(tape.title, MAX_TITLE_LENGTH));
  useEscape(panelRef, onClose);
  useEffect(() => titleRef.current?.focus(), []);

  // The three fields are one dedication, saved as one step (none when unchanged) once the focus leaves them
  // all: a save on every field would make the built-in tape's copy mid-way, and the panel open afresh on it.
  const commitDedication = () => {
    const field = (name: string) =>
      dedicationRef.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)
        ?.value ?? '';
    void setDedication({ from: field('from'), to: field('to'), message: field('message') });
  };

  const commitTitle = () => {
    const value = titleRef.current?.value ?? '';
    if (value.trim() && value.trim() !== tape.title) renameTape(value);
  };

  return (
    <div id="tape-details" className="panel tape-details" ref={panelRef}>
      <label className="field">
        Title on the label
        <input
          ref={titleRef}
          defaultValue={tape.title}
          maxLength={MAX_TITLE_LENGTH}
          aria-describedby="tape-title-left"
          onInput={(e) => setRoom(charactersLeft(e.currentTarget.value, MAX_TITLE_LENGTH))}
          onBlur={commitTitle}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitTitle();
          }}
        />
      </label>
      <p id="tape-title-left" className="hint">
        {room.text}
      </p>
      {/* A count read at every key would drown the typing out: only the last few are said, politely. */}
      <p className="visually-hidden" aria-live="polite">
        {room.near ? room.text : ''}
      </p>
      <Swatches
        legend="Label colour"
        name="label-color"
        colors={LABEL_COLORS}
        value={tape.colors.label}
        onPick={(label) => setTapeColors({ label })}
      />
      <Swatches
        legend="Cassette colour"
        name="shell-color"
        colors={SHELL_COLORS}
        value={tape.colors.shell}
        onPick={(shell) => setTapeColors({ shell })}
      />
      <fieldset className="lengths">
        <legend>Tape length</legend>
        {TAPE_LENGTHS.map((length) => (
          <label key={length} className="length-choice">
            <input
              type="radio"
              name="tape-length"
              checked={tape.length === length}
              onChange={() => setTapeLength(length)}
            />
            {length} <span className="hint">({Number(length.slice(1)) / 2} min a side)</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        Liner notes
        <textarea
          defaultValue={tape.linerNotes ?? ''}
          maxLength={MAX_NOTES_LENGTH}
          rows={3}
          onBlur={(e) => setLinerNotes(e.currentTarget.value)}
        />
      </label>
      <fieldset
        className="dedication"
        ref={dedicationRef}
        onBlur={(e) => {
          if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)))
            commitDedication();
        }}
      >
        <legend>Dedication</legend>
        <label className="field">
          From
          <input name="from" defaultValue={tape.dedication?.from ?? ''} maxLength={GIFT_CAPS.name} />
        </label>
        <label className="field">
          To
          <input name="to" defaultValue={tape.dedication?.to ?? ''} maxLength={GIFT_CAPS.name} />
        </label>
        <label className="field">
          Message
          <textarea
            name="message"
            defaultValue={tape.dedication?.message ?? ''}
            maxLength={GIFT_CAPS.message}
            rows={3}
            aria-describedby="dedication-hint"
          />
        </label>
        <p id="dedication-hint" className="hint">
          Up to {GIFT_CAPS.message} characters. It travels with the tape's link and opens first.
        </p>
      </fieldset>
      <button
        type="button"
        className="button-primary"
        onClick={() => {
          commitTitle();
          onClose();
        }}
      >
        Done
      </button>
    </div>
  );
}
