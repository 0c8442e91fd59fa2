/** Lower-cases, straightens curly quotes and folds whitespace, so patterns see one form of the text. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
