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

describe('tables rebuilt from a PDF page', () => {
  /** A run at (x, y), as wide as its text at 5.5 pt a character, 11 pt high. */
  const run = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5.5, height: 11 });

  it("when a row's cells wrap under their own columns, then each cell is read whole and in its column", () => {
    // Three columns at x = 64, 220 and 376; rows 19 pt apart, a cell's wrapped lines 13 pt apart. PDF.js puts a
    // space run across the gap between a full first cell and the second.
    const runs = [
      // Prose above the table sets the body's line pitch (13 pt).
      run('The table below summarises the rules in this part of the code and the numbered', 64, 752),
      run('paragraphs that follow it are the full rules, which take precedence over the table if', 64, 739),
      run('the two appear to say different things.', 64, 726),
      run('Situation', 64, 700),
      run('Permitted', 220, 700),
      run('Not permitted', 376, 700),
      run('Gap-year tutors and pupils', 64, 681),
      { str: ' ', x: 64 + 26 * 5.5, y: 681, width: 220 - (64 + 26 * 5.5), height: 11 },
      run('Contact through Firefly', 220, 681),
      run('Following or being', 376, 681),
      run('messages only', 220, 668),
      run('followed by any pupil', 376, 668),
      run('Boarders during exeats', 64, 649),
      run('The house mobile', 220, 649),
      run('Your own phone', 376, 649),
      run('Old Ashdownians', 64, 630),
      run('Official channels', 220, 630),
      run('Connections under 21', 376, 630),
    ];
    const text = pdfLayoutText([{ width: 595, height: 842, runs }]);
    expect(text.split('\n')).toEqual([
      'The table below summarises the rules in this part of the code and the numbered paragraphs that follow it are the full rules, which take precedence over the table if the two appear to say different things.',
      'Situation\tPermitted\tNot permitted',
      'Gap-year tutors and pupils\tContact through Firefly messages only\tFollowing or being followed by any pupil',
      'Boarders during exeats\tThe house mobile\tYour own phone',
      'Old Ashdownians\tOfficial channels\tConnections under 21',
    ]);
  });
});
