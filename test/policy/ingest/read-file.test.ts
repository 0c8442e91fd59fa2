import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundaryError } from '../../../src/errors.js';
import { loadPolicyFile } from '../../../src/policy/index.js';
import { readPolicyText } from '../../../src/policy/ingest/read-file.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'boundary-policy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const POLICY_LINES = [
  'Staff Social Media Policy',
  '1. Contact with pupils',
  '1.1 Staff must not accept friend requests from pupils.',
  '1.2 Concerns must be reported to the Designated Safeguarding Lead.',
];

/** The smallest OOXML package Word and mammoth accept: content types, the package relationship, the body. */
async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

function makePdf(lines: string[], options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}

async function expectUnreadable(path: string, pattern: RegExp) {
  const err = await readPolicyText(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BoundaryError);
  expect((err as BoundaryError).code).toBe('policy_unreadable');
  expect((err as BoundaryError).message).toContain(path);
  expect((err as BoundaryError).message).toMatch(pattern);
}

describe('readPolicyText', () => {
  it('when the policy is a .docx, then its paragraphs come out as text', async () => {
    const file = join(dir, 'policy.docx');
    await writeFile(file, await makeDocx(POLICY_LINES));
    const text = await readPolicyText(file);
    for (const line of POLICY_LINES) expect(text).toContain(line);
    const engine = await loadPolicyFile(file);
    expect(engine.answer('Can I accept a friend request from a pupil?').verdict).toBe('not_allowed');
  });

  it('when the policy is a .pdf, then its text comes out and answers questions', async () => {
    const file = join(dir, 'policy.pdf');
    await writeFile(file, await makePdf(POLICY_LINES));
    const text = await readPolicyText(file);
    expect(text).toContain('Staff must not accept friend requests from pupils.');
    const engine = await loadPolicyFile(file);
    const answer = engine.answer('a year 9 sent me a friend request');
    expect(answer.verdict).toBe('not_allowed');
    expect(answer.citations[0]!.text).toBe('Staff must not accept friend requests from pupils.');
  });

  it('when the pdf is password-protected, then it fails naming the password', async () => {
    const file = join(dir, 'locked.pdf');
    await writeFile(file, await makePdf(POLICY_LINES, { userPassword: 'secret', ownerPassword: 'owner' }));
    await expectUnreadable(file, /password/);
  });

  it('when a .docx is really an encrypted OLE file, then it fails naming the password', async () => {
    const file = join(dir, 'locked.docx');
    await writeFile(
      file,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
    );
    await expectUnreadable(file, /password-protected/);
  });

  it('when a .docx is a corrupt zip, then it fails with the reason', async () => {
    const file = join(dir, 'corrupt.docx');
    await writeFile(file, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));
    await expectUnreadable(file, /could not be read as a Word document/);
  });

  it('when the file is empty, missing, binary or of an unknown type, then it fails with a clear message', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    await expectUnreadable(empty, /empty/);
    await expectUnreadable(join(dir, 'nope.txt'), /does not exist/);
    const binary = join(dir, 'binary.txt');
    await writeFile(binary, Buffer.from([1, 2, 3, 0, 255, 254, 0, 9]));
    await expectUnreadable(binary, /binary/);
    const odt = join(dir, 'policy.odt');
    await writeFile(odt, 'text');
    await expectUnreadable(odt, /unsupported type/);
  });

  it('when a text file is UTF-16 with a BOM, then it is decoded', async () => {
    const file = join(dir, 'utf16.txt');
    await writeFile(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Staff must not post photos.', 'utf16le')]),
    );
    expect(await readPolicyText(file)).toBe('Staff must not post photos.');
  });
});

describe('loadPolicyFile', () => {
  it('when the document has no recognisable clauses, then it is refused with policy_empty', async () => {
    const file = join(dir, 'shopping.txt');
    await writeFile(file, 'Shopping list\n\nEggs and milk\nBread rolls\nA nice cake for Friday.\n');
    await expect(loadPolicyFile(file)).rejects.toMatchObject({
      code: 'policy_empty',
      message: expect.stringContaining(file),
    });
  });
});
