import { describe, expect, it } from 'vitest';
import { type PageText, pdfLayoutText } from '../../../src/policy/ingest/pdf-layout.js';

/** One page of lines at a 14 pt pitch, each run as wide as its text at 5.5 pt a character, left at x = 50. */
function page(lines: string[]): PageText {
  return {
    width: 600,
    height: 800,
    runs: lines.map((str, i) => ({ str, x: 50, y: 700 - i * 14, width: str.length * 5.5, height: 10 })),
  };
}

// Lines that run to the right edge (as wrapped lines do), so only what a line is can stop it joining the next.
const FULL = 'lock the tablet when it is not in use and never leave it where children can see it';

describe('paragraphs rebuilt from a PDF page', () => {
  it('when a heading in capitals follows a full list item, then it is its own line and not part of the item', () => {
    const text = pdfLayoutText([
      page([`• ${FULL}`, 'SMART WATCHES AND OTHER WEARABLE DEVICES', 'Smart watches may be worn.']),
    ]);
    expect(text.split('\n')).toEqual([
      `• ${FULL}`,
      'SMART WATCHES AND OTHER WEARABLE DEVICES',
      'Smart watches may be worn.',
    ]);
  });

  it("when a list lead-in follows another list's last item, then it starts a new paragraph", () => {
    const text = pdfLayoutText([page([`• ${FULL}`, 'Practitioners must not:', '• carry a phone in the room'])]);
    expect(text.split('\n')).toEqual([`• ${FULL}`, 'Practitioners must not:', '• carry a phone in the room']);
  });

  it('when a capitalised word ends a wrapped sentence with a colon, then it stays joined to it', () => {
    const text = pdfLayoutText([
      page([`• ${FULL}. The following are also not acceptable at Grange Infant`, 'School:']),
    ]);
    expect(text.split('\n')).toHaveLength(1);
  });

  it('when a heading in capitals wraps onto a second line of capitals, then both lines are one heading', () => {
    const text = pdfLayoutText([
      page([
        'MOBILE PHONES, CAMERAS, TABLETS AND OTHER PERSONAL DEVICES IN THE',
        'EARLY YEARS ROOMS',
        'Phones stay in lockers.',
      ]),
    ]);
    expect(text.split('\n')[0]).toBe(
      'MOBILE PHONES, CAMERAS, TABLETS AND OTHER PERSONAL DEVICES IN THE EARLY YEARS ROOMS',
    );
  });
});
