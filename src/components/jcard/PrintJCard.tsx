import { type ComponentType, useState } from 'react';
import { createPortal } from 'react-dom';
import { newVersionAsks } from '../../model/text';
import { useMixtape } from '../../store/StoreContext';

/**
 * The card exists only while printing: its code loads at the press (it is not part of the first screen),
 * it is put in the page, the print dialog opens (the print stylesheet shows nothing else), and it goes when
 * the dialog closes.
 */
export function PrintJCard() {
  const notify = useMixtape((s) => s.notify);
  const [Card, setCard] = useState<ComponentType | null>(null);
  const print = async () => {
    let card: ComponentType;
    try {
      card = (await import('./JCard')).JCard;
    } catch {
      // The same words as every lazy part's: after a deploy the old file is gone (see lazyPart.tsx).
      notify('error', newVersionAsks('print the J-card'));
      return;
    }
    setCard(() => card);
    // Let React put the card in the page before the browser lays out the printout.
    requestAnimationFrame(() => {
      window.addEventListener('afterprint', () => setCard(null), { once: true });
      window.print();
    });
  };
  return (
    <>
      <button type="button" className="chip" onClick={() => void print()}>
        Print J-card
      </button>
      {Card
        ? createPortal(
            <div className="jcard-print">
              <Card />
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
