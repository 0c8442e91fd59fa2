/**
 * A policy's own name, from the lines above its first clause. Exported policies often open with the school's or
 * the provider's name ("The Schools HR Co-operative", "BROOKFIELD SCHOOL") and name the document on a later line
 * ("Social Media Policy"); the line that names a kind of document is the title the policy owner knows it by.
 */
const DOCUMENT_KIND =
  /\b(polic(y|ies)|procedures?|code( of (conduct|practice))?|guide|guidance|guidelines|agreement|standards|protocol|handbook|charter|rules)\b/i;
/**
 * Lines in a preamble that mention a document kind but are about the document, not its name: its record-keeping
 * ("Policy owner: Headteacher", "Page 1 of 9") and what it is for ("A guide for all staff and volunteers",
 * "Why we have this guide").
 */
const ABOUT_THE_DOCUMENT =
  /^(policy (owner|lead|author|reviewed|approved|number|ref\w*)|approved|adopted|reviewed|review|next review|date|version|owner|document (owner|control)|ratified|author|status|see also|read (this|with)|a|an|for|part of|why|how|what|who|when|where|about)\b|\bthis\b|\bpage \d+ of \d+\b/i;

export function namesDocument(line: string): boolean {
  return DOCUMENT_KIND.test(line) && !ABOUT_THE_DOCUMENT.test(line.trim()) && line.length <= 120;
}

/** The better title of the one chosen so far and a later title-like line above the first clause. */
export function betterTitle(current: string, candidate: string): string {
  if (!current) return candidate;
  return !namesDocument(current) && namesDocument(candidate) ? candidate : current;
}
