import type { RecordDocument } from './export.js';

/**
 * The record as a PDF to hand to another agency: a marked, titled first page with the reference and dates, the
 * report as questions and answers, the chronology as a table, and on every page the handling marking, the reference
 * and "Page N of M". pdfkit (and its fonts) is loaded on first use: the bot itself never renders PDFs.
 */

type Pdf = PDFKit.PDFDocument;

const MARGIN = 56; // 2 cm
const FOOTER_SPACE = 40;
const INK = '#1b1b1b';
const MUTED = '#505050';
const RULE = '#9a9a9a';
const BAND = '#e8e8e8';

export async function renderRecordPdf(doc: RecordDocument): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN + 18, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
      bufferPages: true,
      info: { Title: doc.title, Subject: doc.marking },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);

    titleBlock(pdf, doc);
    twoColumns(pdf, doc.facts, 120);
    section(pdf, 'Summary');
    body(pdf, doc.summary);
    section(pdf, 'The report, as the reporter answered it');
    if (doc.answers.length === 0) body(pdf, 'None recorded.');
    twoColumns(
      pdf,
      doc.answers.map((a) => [a.question, a.answer]),
      220,
    );
    section(pdf, 'Chronology (UK time)');
    chronology(pdf, doc.chronology);
    pdf.moveDown(1.5);
    pdf
      .font('Helvetica-Oblique')
      .fontSize(9)
      .fillColor(MUTED)
      .text(doc.exported, MARGIN, pdf.y, { width: width(pdf) });
    pageFurniture(pdf, doc);
    pdf.end();
  });
}

function width(pdf: Pdf): number {
  return pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
}

function bottom(pdf: Pdf): number {
  return pdf.page.height - pdf.page.margins.bottom;
}

function titleBlock(pdf: Pdf, doc: RecordDocument): void {
  pdf.font('Helvetica-Bold').fontSize(20).fillColor(INK).text('Safeguarding record', MARGIN, pdf.y);
  pdf.font('Helvetica-Bold').fontSize(14).text(`Reference ${doc.ref}`);
  pdf.moveDown(0.4);
  pdf.font('Helvetica').fontSize(9).fillColor(MUTED).text(doc.exported);
  pdf.moveDown(0.6);
  rule(pdf);
  pdf.moveDown(0.6);
}

function rule(pdf: Pdf): void {
  pdf
    .moveTo(MARGIN, pdf.y)
    .lineTo(pdf.page.width - MARGIN, pdf.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
}

function section(pdf: Pdf, heading: string): void {
  pdf.moveDown(1);
  // A heading never sits alone at the foot of a page.
  if (pdf.y + 60 > bottom(pdf)) pdf.addPage();
  pdf.font('Helvetica-Bold').fontSize(13).fillColor(INK).text(heading, MARGIN, pdf.y);
  pdf.moveDown(0.3);
}

function body(pdf: Pdf, text: string): void {
  pdf
    .font('Helvetica')
    .fontSize(10)
    .fillColor(INK)
    .text(text, MARGIN, pdf.y, { width: width(pdf) });
}

/** Label and value rows; a row that does not fit on the page starts the next one whole. */
function twoColumns(pdf: Pdf, rows: [string, string][], labelWidth: number): void {
  const gap = 12;
  const valueWidth = width(pdf) - labelWidth - gap;
  for (const [label, value] of rows) {
    pdf.font('Helvetica-Bold').fontSize(10);
    const hl = pdf.heightOfString(label, { width: labelWidth });
    pdf.font('Helvetica');
    const hv = pdf.heightOfString(value, { width: valueWidth });
    const h = Math.max(hl, hv);
    if (pdf.y + h > bottom(pdf)) pdf.addPage();
    const y = pdf.y;
    pdf.font('Helvetica-Bold').fillColor(INK).text(label, MARGIN, y, { width: labelWidth });
    pdf.font('Helvetica').text(value, MARGIN + labelWidth + gap, y, { width: valueWidth });
    pdf.y = y + h + 5;
  }
  pdf.x = MARGIN;
}

const CHRONO_COLUMNS = [
  { key: 'at', title: 'When', width: 84 },
  { key: 'what', title: 'What', width: 100 },
  { key: 'who', title: 'By', width: 84 },
  { key: 'detail', title: 'Details', width: 0 },
] as const;

function chronology(pdf: Pdf, rows: RecordDocument['chronology']): void {
  const pad = 4;
  const cols = CHRONO_COLUMNS.map((c) => ({
    ...c,
    width: c.width || width(pdf) - CHRONO_COLUMNS.reduce((s, x) => s + x.width, 0),
  }));
  const header = () => {
    const y = pdf.y;
    pdf.rect(MARGIN, y, width(pdf), 18).fill(BAND);
    let x = MARGIN;
    pdf.font('Helvetica-Bold').fontSize(9).fillColor(INK);
    for (const c of cols) {
      pdf.text(c.title, x + pad, y + 5, { width: c.width - 2 * pad, lineBreak: false });
      x += c.width;
    }
    pdf.y = y + 18 + 2;
  };
  header();
  for (const row of rows) {
    pdf.font('Helvetica').fontSize(9);
    const h =
      Math.max(...cols.map((c) => pdf.heightOfString(row[c.key] || ' ', { width: c.width - 2 * pad }))) + 2 * pad;
    if (pdf.y + h > bottom(pdf)) {
      pdf.addPage();
      header();
    }
    const y = pdf.y;
    let x = MARGIN;
    for (const c of cols) {
      pdf
        .font(c.key === 'what' ? 'Helvetica-Bold' : 'Helvetica')
        .fillColor(INK)
        .text(row[c.key], x + pad, y + pad, { width: c.width - 2 * pad });
      x += c.width;
    }
    pdf.y = y + h;
    pdf
      .moveTo(MARGIN, pdf.y)
      .lineTo(pdf.page.width - MARGIN, pdf.y)
      .lineWidth(0.3)
      .strokeColor(RULE)
      .stroke();
  }
  if (rows.length === 0) body(pdf, 'Nothing recorded.');
  pdf.x = MARGIN;
}

/** The marking at the top and the reference with "Page N of M" at the foot of every page. */
function pageFurniture(pdf: Pdf, doc: RecordDocument): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Writing in the margins must not start a new page.
    const margins = pdf.page.margins;
    pdf.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    pdf
      .font('Helvetica-Bold')
      .fontSize(9)
      .fillColor(MUTED)
      .text(doc.marking.toUpperCase(), MARGIN, MARGIN - 8, { width: width(pdf) - 2 * MARGIN, align: 'center' });
    const y = pdf.page.height - MARGIN - 6;
    pdf
      .moveTo(MARGIN, y - 6)
      .lineTo(pdf.page.width - MARGIN, y - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    pdf
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${doc.ref} · ${doc.marking}`, MARGIN, y, { width: 300, lineBreak: false });
    pdf.text(`Page ${i - range.start + 1} of ${range.count}`, pdf.page.width - MARGIN - 120, y, {
      width: 120,
      align: 'right',
      lineBreak: false,
    });
    pdf.page.margins = margins;
  }
}
