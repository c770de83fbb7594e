import { useState } from 'react';
import { createPortal } from 'react-dom';
import { JCard } from './JCard';

/**
 * The card exists only while printing: it is put in the page, the print dialog opens (the print
 * stylesheet shows nothing else), and it goes when the dialog closes.
 */
export function PrintJCard() {
  const [printing, setPrinting] = useState(false);
  const print = () => {
    setPrinting(true);
    // Let React put the card in the page before the browser lays out the printout.
    requestAnimationFrame(() => {
      window.addEventListener('afterprint', () => setPrinting(false), { once: true });
      window.print();
    });
  };
  return (
    <>
      <button type="button" className="chip" onClick={print}>
        Print J-card
      </button>
      {printing
        ? createPortal(
            <div className="jcard-print">
              <JCard />
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
