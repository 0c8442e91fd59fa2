import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { BoundaryError } from '../../errors.js';
import { type PageText, pdfLayoutText, type TextRun } from './pdf-layout.js';

/**
 * Reads a policy document and returns its plain text.
 * .txt/.md are decoded as UTF-8 (or UTF-16 with a BOM); .docx goes through mammoth; .pdf through unpdf.
 * Fails with BoundaryError('policy_unreadable') naming the file and the problem: missing, empty, binary,
 * password-protected, corrupt, or of a type we do not read.
 */
export async function readPolicyText(path: string): Promise<string> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a folder' : `${code ?? err}`;
    throw new BoundaryError('policy_unreadable', `Cannot read policy file ${path}: ${why}.`, { cause: err });
  }
  if (bytes.length === 0) throw new BoundaryError('policy_unreadable', `Policy file ${path} is empty.`);
  const ext = extname(name).toLowerCase();
  switch (ext) {
    case '.docx':
      return docxText(path, bytes);
    case '.pdf':
      return pdfText(path, bytes);
    case '.txt':
    case '.md':
    case '.markdown':
    case '.text':
    case '':
      return plainText(path, bytes);
    default:
      throw new BoundaryError(
        'policy_unreadable',
        `Policy file ${path} has an unsupported type "${ext}"; use .txt, .md, .docx or .pdf.`,
      );
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Word saves password-protected .docx files as an OLE compound file rather than a zip.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function plainText(path: string, bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC) || bytes.subarray(0, 5).toString() === '%PDF-') {
    throw new BoundaryError(
      'policy_unreadable',
      `Policy file ${path} is a binary document (Word or PDF) saved with a text extension; rename it to .docx or .pdf.`,
    );
  }
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) {
      throw new BoundaryError('policy_unreadable', `Policy file ${path} is binary, not text.`);
    }
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control / sample.length > 0.05) {
    throw new BoundaryError('policy_unreadable', `Policy file ${path} is binary, not text.`);
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function docxText(path: string, bytes: Buffer): Promise<string> {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new BoundaryError(
      'policy_unreadable',
      `Policy file ${path} is password-protected or an old-format .doc; save it unprotected as .docx.`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new BoundaryError('policy_unreadable', `Policy file ${path} is not a valid .docx document.`);
  }
  const mammoth = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes });
    return docxHtmlToLines(result.value);
  } catch (err) {
    throw new BoundaryError(
      'policy_unreadable',
      `Policy file ${path} could not be read as a Word document: ${(err as Error).message}`,
      { cause: err },
    );
  }
}

async function pdfText(path: string, bytes: Buffer): Promise<string> {
  if (bytes.subarray(0, 5).toString() !== '%PDF-') {
    throw new BoundaryError('policy_unreadable', `Policy file ${path} is not a valid PDF.`);
  }
  const { getDocumentProxy } = await import('unpdf');
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const pages: PageText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        runs.push({
          str: item.str,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          width: item.width,
          height: item.height || Math.abs(item.transform[3] as number),
        });
      }
      pages.push({ width: view.width, height: view.height, runs });
    }
    return pdfLayoutText(pages);
  } catch (err) {
    const e = err as Error;
    const why = e.name === 'PasswordException' || /password/i.test(e.message) ? 'it is password-protected' : e.message;
    throw new BoundaryError('policy_unreadable', `Policy file ${path} could not be read as a PDF: ${why}.`, {
      cause: err,
    });
  }
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/**
 * Mammoth's HTML keeps what raw text loses: Word list paragraphs carry no glyph or number in their text, so
 * without the list structure a bullet would read as a paragraph and lose its lead-in. Turns the HTML into the
 * lines a text export gives: "• item" (indented per nesting level), "1." / "a)" / "i)" for numbered lists,
 * headings as markdown, table rows as tab-separated cells.
 */
export function docxHtmlToLines(html: string): string {
  const lines: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let buf = '';
  let prefix = '';
  let row: string[] | null = null;
  let cell: string | null = null;
  const flush = () => {
    const parts = buf
      .split('\n')
      .map((t) => t.replace(/[ \t]+$/, '').replace(/^ +/, ''))
      .filter((t) => t.trim());
    parts.forEach((t, i) => {
      lines.push(i === 0 ? prefix + t : t);
    });
    buf = '';
    prefix = '';
  };
  const re = /<(\/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[3] !== undefined) {
      const text = decodeEntities(m[3]);
      if (cell !== null) cell += text;
      else buf += text;
      continue;
    }
    const close = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (cell !== null && tag !== 'td' && tag !== 'th' && tag !== 'tr' && tag !== 'table') {
      if (tag === 'p' || tag === 'br' || tag === 'li') cell += ' ';
      continue;
    }
    switch (tag) {
      case 'ul':
      case 'ol':
        flush();
        if (close) lists.pop();
        else lists.push({ ordered: tag === 'ol', n: 0 });
        break;
      case 'li': {
        flush();
        if (close) break;
        const list = lists.at(-1);
        if (!list) break;
        list.n++;
        const depth = lists.length - 1;
        const label = !list.ordered
          ? '•'
          : depth === 0
            ? `${list.n}.`
            : depth === 1
              ? `${String.fromCharCode(96 + ((list.n - 1) % 26) + 1)})`
              : `${ROMAN[(list.n - 1) % ROMAN.length]})`;
        prefix = `${'  '.repeat(depth)}${label} `;
        break;
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        flush();
        if (!close) prefix = `${'#'.repeat(Number(tag[1]))} `;
        break;
      case 'p':
        if (lists.length === 0 || close) flush();
        break;
      case 'br':
        buf += '\n';
        break;
      case 'tr':
        flush();
        if (close) {
          if (row?.some((c) => c)) lines.push(row.join('\t'));
          row = null;
        } else row = [];
        break;
      case 'td':
      case 'th':
        if (close) {
          row?.push((cell ?? '').replace(/\s+/g, ' ').trim());
          cell = null;
        } else cell = '';
        break;
      case 'table':
        flush();
        break;
      default:
        break;
    }
  }
  flush();
  return lines.join('\n');
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'nbsp') return ' ';
    return String.fromCodePoint(k.startsWith('#x') ? Number.parseInt(k.slice(2), 16) : Number(k.slice(1)));
  });
}
