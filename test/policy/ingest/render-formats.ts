/**
 * Renders a plain-text policy as a Word document and as a PDF the way a school's office would produce them, so
 * the format-parity test can check that the engine reads the same policy from every format.
 * - .docx: a minimal OOXML package; each line is a paragraph, bullets are real Word list paragraphs (numbering.xml
 *   with bullet levels, the glyph is not in the text), markdown headings are Heading styles, tab-separated rows
 *   are a real table, "1.1<tab>Text" stays a paragraph with a tab.
 * - .pdf: pdfkit, A4, wrapped lines, a running header and a "Page n of m" footer on every page, forced page
 *   breaks, bullets drawn as a glyph with a hanging indent, table cells side by side.
 * Export artefacts of the text ([bookmark: …], [image: …]) and the text's own page footers are not content of
 * the document, so they are not rendered.
 */

import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { UNUSUAL_BULLETS } from '../../../src/policy/ingest/bullets.js';

export type Block =
  | { kind: 'para'; text: string; heading?: number }
  | { kind: 'bullet'; text: string; level: number }
  | { kind: 'row'; cells: string[] };

// The glyphs the product reads as bullets (src/policy/ingest/bullets.ts), drawn as real list bullets.
const BULLET = new RegExp(`^(\\s*)(?:[-–·•*▪●◦o§>]\\s+|[${UNUSUAL_BULLETS}]\\s*(?=\\S))`);
const LABEL_CELL = /^(\d{1,2}(?:\.\d{1,2}){0,3}\.?|\(?[a-z]\)|\(?[ivx]+\))$/;

export function toBlocks(text: string): Block[] {
  const out: Block[] = [];
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const furniture = runningLines(all);
  for (let line of all) {
    if (furniture.has(line.trim())) continue;
    line = line.replace(/\[(?:bookmark|image)[^\]]*\]/gi, '').replace(/\s+$/, '');
    const bare = line.trim();
    if (!bare) continue;
    if (/\bpage\s+\d+\s+of\s+\d+$/i.test(bare) || /^\d{1,3}$/.test(bare)) continue;
    const md = /^(#{1,6})\s+(.*)$/.exec(bare);
    if (md) {
      out.push({ kind: 'para', text: md[2]!.replace(/\*\*(.+?)\*\*/g, '$1'), heading: md[1]!.length });
      continue;
    }
    const b = BULLET.exec(line);
    if (b) {
      const rest = line.slice(b[0].length).trim();
      if (!rest) continue;
      const lead = b[1]!.replace(/\t/g, '    ').length;
      out.push({ kind: 'bullet', text: rest.replace(/\t+/g, ' '), level: lead >= 2 ? 1 : 0 });
      continue;
    }
    const clean = line.replace(/\*\*(.+?)\*\*/g, '$1');
    if (clean.includes('\t')) {
      const cells = clean
        .split('\t')
        .map((c) => c.trim())
        .filter(Boolean);
      // A numbered paragraph with stray tabs from its export, or prose broken mid-sentence, is not a table.
      const prose =
        /^\d{1,2}(\.\d{1,2})*\.?(\s|$)/.test(cells[0]!) ||
        cells.some((c, i) => i > 0 && /^[a-z]/.test(c) && !/[.;:!?]$/.test(cells[i - 1]!));
      if (cells.length >= 2 && !LABEL_CELL.test(cells[0]!) && !prose) {
        out.push({ kind: 'row', cells });
        continue;
      }
      out.push({ kind: 'para', text: cells.join('\t') });
      continue;
    }
    out.push({ kind: 'para', text: clean.trim() });
  }
  return out;
}

/** A text export's page headers: a line seen twice or more within three lines of a "Page n" mark. */
function runningLines(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.trim()) counts.set(l.trim(), (counts.get(l.trim()) ?? 0) + 1);
  const marks = lines.flatMap((l, i) =>
    /^\s*(page\s+)?\d+(\s+of\s+\d+)?\s*$/i.test(l) || l.includes('\f') ? [i] : [],
  );
  const out = new Set<string>();
  lines.forEach((l, i) => {
    const t = l.trim();
    if (t && (counts.get(t) ?? 0) >= 2 && marks.some((m) => Math.abs(m - i) <= 3)) out.add(t);
  });
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runs(text: string): string {
  return text
    .split('\t')
    .map((part) => `<w:r><w:t xml:space="preserve">${esc(part)}</w:t></w:r>`)
    .join('<w:r><w:tab/></w:r>');
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export async function renderDocx(blocks: Block[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  const headingStyles = [1, 2, 3, 4, 5, 6]
    .map(
      (n) =>
        `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`,
    )
    .join('');
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>${headingStyles}</w:styles>`,
  );
  const levels = ['•', 'o', '▪']
    .map(
      (glyph, i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${glyph}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`,
    )
    .join('');
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
  const body: string[] = [];
  let table: string[] = [];
  const flushTable = () => {
    if (!table.length) return;
    body.push(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${table.join('')}</w:tbl>`);
    table = [];
  };
  for (const b of blocks) {
    if (b.kind === 'row') {
      table.push(`<w:tr>${b.cells.map((c) => `<w:tc><w:p>${runs(c)}</w:p></w:tc>`).join('')}</w:tr>`);
      continue;
    }
    flushTable();
    if (b.kind === 'bullet')
      body.push(
        `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${b.level}"/><w:numId w:val="1"/></w:numPr></w:pPr>${runs(b.text)}</w:p>`,
      );
    else if (b.heading) body.push(`<w:p><w:pPr><w:pStyle w:val="Heading${b.heading}"/></w:pPr>${runs(b.text)}</w:p>`);
    else body.push(`<w:p>${runs(b.text)}</w:p>`);
  }
  flushTable();
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

export interface PdfOptions {
  /** Text of the running header printed at the top of every page. */
  header: string;
  /** Start a new page after every this many blocks, besides the pages that fill up. */
  breakEvery?: number;
}

export function renderPdf(blocks: Block[], options: PdfOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 72, bottom: 72, left: 64, right: 64 },
      bufferPages: true,
      compress: false,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const bottom = () => doc.page.height - doc.page.margins.bottom;
    doc.font('Helvetica').fontSize(11);
    let count = 0;
    for (const b of blocks) {
      count++;
      if (options.breakEvery && count % options.breakEvery === 0) doc.addPage();
      if (doc.y > bottom() - 30) doc.addPage();
      if (b.kind === 'para' && b.heading) {
        doc
          .font('Helvetica-Bold')
          .fontSize(b.heading === 1 ? 16 : 13)
          .text(b.text, left, doc.y, { width, paragraphGap: 6 });
        doc.font('Helvetica').fontSize(11);
      } else if (b.kind === 'para') {
        const tab = b.text.indexOf('\t');
        if (tab > 0 && LABEL_CELL.test(b.text.slice(0, tab))) {
          // "1.1<tab>Text": the number in the margin column, the text hanging beside it.
          const y = doc.y;
          // As wide as the label needs ("10.10.1" does not fit the usual 36 points and would be broken up).
          const labelWidth = Math.max(36, Math.ceil(doc.widthOfString(b.text.slice(0, tab))) + 4);
          doc.text(b.text.slice(0, tab), left, y, { width: labelWidth, lineBreak: false });
          doc.text(b.text.slice(tab + 1).replace(/\t/g, ' '), left + labelWidth + 4, y, {
            width: width - labelWidth - 4,
            paragraphGap: 8,
            align: 'justify',
          });
        } else doc.text(b.text.replace(/\t/g, ' '), left, doc.y, { width, paragraphGap: 8, align: 'justify' });
      } else if (b.kind === 'bullet') {
        const indent = 18 + 18 * b.level;
        const y = doc.y;
        doc.text(b.level ? 'o' : '•', left + indent - 12, y, { lineBreak: false });
        doc.text(b.text, left + indent, y, { width: width - indent, paragraphGap: 4 });
      } else {
        const y = doc.y;
        const colW = width / b.cells.length;
        let maxY = y;
        b.cells.forEach((cell, i) => {
          doc.text(cell, left + i * colW, y, { width: colW - 8 });
          maxY = Math.max(maxY, doc.y);
        });
        doc.y = maxY + 6;
      }
    }
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      // Writing into the margins must not make pdfkit add a page.
      const margins = doc.page.margins;
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      doc.fontSize(9).text(options.header, left, 36, { width, lineBreak: false });
      doc.text(`Page ${i + 1} of ${range.count}`, left, doc.page.height - 48, {
        width,
        align: 'center',
        lineBreak: false,
      });
      doc.page.margins = margins;
    }
    doc.end();
  });
}
