/**
 * Bullet glyphs a policy's list items start with, as text exports give them: the usual ones, and the dingbats
 * Word writes from its Symbol and Wingdings fonts (U+F0B7 "", U+F0A7 "", U+F0D8 "", U+F076 "", U+F0FC "")
 * and others ("➢", "►", "■", "○", "✓"). `normaliseText` turns the unusual ones into "•", so the rest of
 * ingest only needs the usual set.
 */
export const UNUSUAL_BULLETS =
  '\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\u27a2\u27a4\u25ba\u25b6\u25a0\u25a1\u25cb\u25c6\u2756\u2713\u2714\u2043\u2219';

/** A line that starts with an unusual bullet glyph (and what follows it). */
export const UNUSUAL_BULLET_START = new RegExp(`^(\\s*)[${UNUSUAL_BULLETS}]\\s*`);
