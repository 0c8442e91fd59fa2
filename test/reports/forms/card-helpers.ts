/** Small readers over Adaptive Card JSON, shared by the report-form tests. */

export type Node = Record<string, unknown>;

export function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) {
    for (const x of node) walk(x, visit);
    return;
  }
  if (node && typeof node === 'object') {
    visit(node as Node);
    for (const v of Object.values(node)) walk(v, visit);
  }
}

export function elements(card: unknown, pred: (n: Node) => boolean = () => true): Node[] {
  const out: Node[] = [];
  walk(card, (n) => {
    if (typeof n.type === 'string' && pred(n)) out.push(n);
  });
  return out;
}

export function inputs(card: unknown): Node[] {
  return elements(card, (n) => String(n.type).startsWith('Input.'));
}

export function inputIds(card: unknown): string[] {
  return inputs(card).map((n) => String(n.id));
}

export function inputValue(card: unknown, id: string): unknown {
  return inputs(card).find((n) => n.id === id)?.value;
}

/** The attention-coloured TextBlock rendered right after an input, if any. */
export function errorUnder(card: unknown, id: string): string | undefined {
  let found: string | undefined;
  walk(card, (n) => {
    for (const key of ['body', 'items'] as const) {
      const list = n[key];
      if (!Array.isArray(list)) continue;
      list.forEach((el: Node, i: number) => {
        if (el?.id === id) {
          const next = list[i + 1] as Node | undefined;
          if (next?.type === 'TextBlock' && next.color === 'attention') found = String(next.text);
        }
      });
    }
  });
  return found;
}

/** Every piece of text a person would read: TextBlocks, TextRuns, labels, choice titles, fact values. */
export function allText(card: unknown): string {
  const parts: string[] = [];
  walk(card, (n) => {
    for (const k of ['text', 'label', 'title', 'placeholder', 'value']) {
      if (typeof n[k] === 'string' && n.type !== undefined && !String(n.type).startsWith('Input.')) parts.push(n[k]);
    }
    if (Array.isArray(n.choices)) for (const c of n.choices as Node[]) parts.push(String(c.title));
    if (String(n.type).startsWith('Input.') && typeof n.label === 'string') parts.push(n.label);
  });
  return parts.join('\n');
}

export function textBlocks(card: unknown): string[] {
  return elements(card, (n) => n.type === 'TextBlock').map((n) => String(n.text));
}

export function actions(card: unknown): Node[] {
  return elements(card, (n) => String(n.type).startsWith('Action.'));
}

export function firstBodyText(card: Node): string {
  const first = (card.body as Node[])[0]!;
  return allText(first);
}
