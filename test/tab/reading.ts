import type { ReadingDesk } from '../../src/policy/reading/desk.js';
import { MemoryReadingDesk, sampleReading } from '../desk/memory-reading-desk.js';

/**
 * The policy reading the desk's browser tests open: the desk API tests' in-memory ReadingDesk (validated with the
 * reading's own schema, corrections kept), with a policy check of one line and one gap. Used only while
 * startBoundary has no reading of its own; once the engine's ReadingDesk is wired in, the tests use that.
 */
export function testReading(): () => ReadingDesk {
  const desk = new MemoryReadingDesk(sampleReading(), {
    lines: [
      {
        topic: 'Friend requests',
        question: 'A pupil sent me a friend request. Can I accept it?',
        verdict: 'not_allowed',
        answer: 'No: staff must not accept friend requests from current pupils (3.1).',
        sections: ['3.1'],
      },
    ],
    gaps: ['Online gaming with pupils'],
  });
  return () => desk;
}
