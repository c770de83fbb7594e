// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JCard } from '../../src/components/jcard/JCard';
import { Shelf } from '../../src/components/shelf/Shelf';
import { junoTape } from '../../src/data/junoTape';
import { MAX_TITLE_LENGTH } from '../../src/model/tapeEdits';
import { renderWithStore } from '../support/renderApp';

// The longest title a tape may have, in words: it needs two lines, and the J-card's front cuts it.
const LONGEST = 'Songs for the long drive home through the hills at dusk '
  .repeat(2)
  .slice(0, MAX_TITLE_LENGTH);
const long = () => ({ ...junoTape(), title: LONGEST });

describe('titles on the shelf', () => {
  it('a short title is written at full size, alone', () => {
    renderWithStore(<Shelf />);
    const title = screen.getByText('Juno', { selector: '.shelf-title' });
    expect(title).toHaveStyle({ fontSize: '14.4px' });
    expect(title).not.toHaveAttribute('title');
  });

  it('the longest is written smaller on two lines (cut by CSS), whole in the button’s name and its tooltip', () => {
    renderWithStore(<Shelf />, long());
    const shelf = screen.getByRole('navigation', { name: 'Your tapes' });
    const button = within(shelf).getAllByRole('button')[0];
    if (!button) throw new Error('no tape on the shelf');
    // LONGEST is letters and spaces only: as a pattern it matches itself.
    expect(button).toHaveAccessibleName(new RegExp(`^${LONGEST}`));
    const title = within(button).getByText(LONGEST);
    expect(title).toHaveStyle({ fontSize: '12px' });
    expect(title).toHaveAttribute('title', LONGEST);
    // The tooltip is the span's, not the button's: the name is said once, with no description.
    expect(button).not.toHaveAccessibleDescription();
  });
});

describe('the J-card', () => {
  it('writes a short title on the front and the spine as it is', () => {
    renderWithStore(<JCard />);
    const card = screen.getByRole('article', { name: 'J-card for “Juno”' });
    expect(card.querySelector('.jcard-title')).toHaveTextContent(/^Juno$/);
    expect(card.querySelector('.jcard-spine')).toHaveTextContent(/^Juno$/);
    expect(card.querySelector('.jcard-title')).toHaveStyle({ fontSize: '26pt' });
  });

  it('fits the longest title on two lines, the front’s cut with “…”, and reads it whole', () => {
    renderWithStore(<JCard />, long());
    const card = screen.getByRole('article', { name: `J-card for “${LONGEST}”` });
    const front = card.querySelector('.jcard-title');
    if (!(front instanceof HTMLElement)) throw new Error('no title on the front');
    const lines = front.querySelectorAll('.jcard-line');
    expect(lines).toHaveLength(2);
    expect(lines[1]?.textContent?.endsWith('…')).toBe(true);
    for (const line of lines) expect(line).toHaveAttribute('aria-hidden', 'true');
    // What a screen reader reads: the whole title, once.
    expect(within(front).getByText(LONGEST)).toHaveClass('visually-hidden');
    // The spine is longer: two small lines hold it all, read as they are.
    const spine = card.querySelector('.jcard-spine-title');
    expect(spine?.querySelectorAll('.jcard-line')).toHaveLength(2);
    expect(spine?.textContent?.replace(/\s/g, '')).toBe(LONGEST.replace(/\s/g, ''));
    expect(spine?.querySelector('[aria-hidden]')).toBeNull();
  });
});

describe('the title editor', () => {
  it('says how many characters are left, and announces the count only near the limit', async () => {
    const { user } = renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Label & notes' }));
    const field = await screen.findByRole('textbox', { name: 'Title on the label' });
    expect(field).toHaveAccessibleDescription('96 characters left');
    const live = document.querySelector('#tape-details [aria-live="polite"]');
    expect(live).toHaveTextContent(/^$/);

    await user.type(field, ' and the long road home, the long road home, the long road home, the');
    expect(field).toHaveAccessibleDescription('28 characters left');
    expect(live).toHaveTextContent(/^$/);
    await user.type(field, ' long road hom');
    expect(field).toHaveAccessibleDescription('14 characters left');
    expect(live).toHaveTextContent('14 characters left');
    // The field takes no more than the label holds, and the count stops at none.
    await user.type(field, 'e, and back again, and again');
    expect((field as HTMLInputElement).value).toHaveLength(MAX_TITLE_LENGTH);
    expect(field).toHaveAccessibleDescription('0 characters left');
    expect(live).toHaveTextContent('0 characters left');
  });
});
