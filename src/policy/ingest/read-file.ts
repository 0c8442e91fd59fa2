import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { BoundaryError } from '../../errors.js';

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
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
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
  const { extractText, getDocumentProxy } = await import('unpdf');
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: false });
    return (text as string[]).join('\n');
  } catch (err) {
    const e = err as Error;
    const why = e.name === 'PasswordException' || /password/i.test(e.message) ? 'it is password-protected' : e.message;
    throw new BoundaryError('policy_unreadable', `Policy file ${path} could not be read as a PDF: ${why}.`, {
      cause: err,
    });
  }
}
