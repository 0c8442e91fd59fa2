/**
 * A structural check of Adaptive Card JSON against schema 1.5, written from the published schema
 * (adaptivecards.io/schemas/1.5.0): which element types exist, which properties each may carry, and the
 * allowed values of the common enumerations. The `adaptivecards` JS package in node_modules (1.2.3, pulled
 * in transitively) predates 1.5, so it cannot judge these cards.
 */

const ELEMENT_COMMON = ['type', 'id', 'isVisible', 'separator', 'spacing', 'height', 'fallback', 'requires'];
const INPUT_COMMON = [...ELEMENT_COMMON, 'label', 'isRequired', 'errorMessage'];
const ACTION_COMMON = [
  'type',
  'title',
  'iconUrl',
  'id',
  'style',
  'fallback',
  'tooltip',
  'isEnabled',
  'mode',
  'requires',
];

const PROPS: Record<string, string[]> = {
  AdaptiveCard: [
    'type',
    'version',
    'body',
    'actions',
    '$schema',
    'fallbackText',
    'backgroundImage',
    'minHeight',
    'rtl',
    'speak',
    'lang',
    'verticalContentAlignment',
    'refresh',
    'authentication',
    'metadata',
    'selectAction',
    'msteams',
  ],
  TextBlock: [
    ...ELEMENT_COMMON,
    'text',
    'color',
    'fontType',
    'horizontalAlignment',
    'isSubtle',
    'maxLines',
    'size',
    'weight',
    'wrap',
    'style',
  ],
  RichTextBlock: [...ELEMENT_COMMON, 'inlines', 'horizontalAlignment'],
  TextRun: [
    'type',
    'text',
    'color',
    'fontType',
    'highlight',
    'isSubtle',
    'italic',
    'selectAction',
    'size',
    'strikethrough',
    'underline',
    'weight',
  ],
  Image: [
    ...ELEMENT_COMMON,
    'url',
    'altText',
    'backgroundColor',
    'horizontalAlignment',
    'selectAction',
    'size',
    'style',
    'width',
  ],
  Media: [...ELEMENT_COMMON, 'sources', 'poster', 'altText'],
  MediaSource: ['type', 'mimeType', 'url'],
  Container: [
    ...ELEMENT_COMMON,
    'items',
    'selectAction',
    'style',
    'verticalContentAlignment',
    'bleed',
    'backgroundImage',
    'minHeight',
    'rtl',
  ],
  ColumnSet: [...ELEMENT_COMMON, 'columns', 'selectAction', 'style', 'bleed', 'minHeight', 'horizontalAlignment'],
  Column: [
    ...ELEMENT_COMMON,
    'items',
    'backgroundImage',
    'bleed',
    'minHeight',
    'rtl',
    'selectAction',
    'style',
    'verticalContentAlignment',
    'width',
  ],
  FactSet: [...ELEMENT_COMMON, 'facts'],
  ImageSet: [...ELEMENT_COMMON, 'images', 'imageSize'],
  ActionSet: [...ELEMENT_COMMON, 'actions'],
  Table: [
    ...ELEMENT_COMMON,
    'columns',
    'rows',
    'firstRowAsHeader',
    'showGridLines',
    'gridStyle',
    'horizontalCellContentAlignment',
    'verticalCellContentAlignment',
  ],
  TableRow: ['type', 'cells', 'style', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'],
  TableCell: [
    'type',
    'items',
    'selectAction',
    'style',
    'verticalContentAlignment',
    'bleed',
    'backgroundImage',
    'minHeight',
    'rtl',
  ],
  'Input.Text': [...INPUT_COMMON, 'isMultiline', 'maxLength', 'placeholder', 'regex', 'style', 'inlineAction', 'value'],
  'Input.Number': [...INPUT_COMMON, 'max', 'min', 'placeholder', 'value'],
  'Input.Date': [...INPUT_COMMON, 'max', 'min', 'placeholder', 'value'],
  'Input.Time': [...INPUT_COMMON, 'max', 'min', 'placeholder', 'value'],
  'Input.Toggle': [...INPUT_COMMON, 'title', 'value', 'valueOff', 'valueOn', 'wrap'],
  'Input.ChoiceSet': [...INPUT_COMMON, 'choices', 'isMultiSelect', 'style', 'value', 'placeholder', 'wrap'],
  'Action.OpenUrl': [...ACTION_COMMON, 'url'],
  'Action.Submit': [...ACTION_COMMON, 'data', 'associatedInputs'],
  'Action.Execute': [...ACTION_COMMON, 'verb', 'data', 'associatedInputs'],
  'Action.ShowCard': [...ACTION_COMMON, 'card'],
  'Action.ToggleVisibility': [...ACTION_COMMON, 'targetElements'],
};

export const ADAPTIVE_CARD_1_5_TYPES: ReadonlySet<string> = new Set(Object.keys(PROPS));

const ENUMS: Record<string, string[]> = {
  spacing: ['none', 'small', 'default', 'medium', 'large', 'extraLarge', 'padding'],
  color: ['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention'],
  weight: ['lighter', 'default', 'bolder'],
  size: ['small', 'default', 'medium', 'large', 'extraLarge', 'auto', 'stretch'],
  horizontalAlignment: ['left', 'center', 'right'],
  associatedInputs: ['auto', 'none'],
};
const STYLE_BY_TYPE: Record<string, string[]> = {
  TextBlock: ['default', 'heading'],
  Container: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'],
  Column: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'],
  ColumnSet: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'],
  'Input.ChoiceSet': ['compact', 'expanded', 'filtered'],
  'Input.Text': ['text', 'tel', 'url', 'email', 'password'],
  'Action.Execute': ['default', 'positive', 'destructive'],
  'Action.Submit': ['default', 'positive', 'destructive'],
  'Action.OpenUrl': ['default', 'positive', 'destructive'],
  Image: ['default', 'person'],
};

/** Every problem found, as "path: message"; an empty list means the card passed. */
export function checkAdaptiveCard15(card: unknown): string[] {
  const problems: string[] = [];
  const root = card as Record<string, unknown>;
  if (root?.type !== 'AdaptiveCard') problems.push('$: type must be AdaptiveCard');
  if (root?.version !== '1.5') problems.push(`$: version must be "1.5", got ${JSON.stringify(root?.version)}`);
  visit(card, '$', problems);
  return problems;
}

function visit(node: unknown, path: string, problems: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((x, i) => {
      visit(x, `${path}[${i}]`, problems);
    });
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  // msteams and data are free-form by design (Teams extensions, the submit payload).
  const type = obj.type;
  if (typeof type === 'string') {
    const allowed = PROPS[type];
    if (!allowed) {
      problems.push(`${path}: "${type}" is not an Adaptive Card 1.5 type`);
    } else {
      for (const key of Object.keys(obj)) {
        if (key.startsWith('$') && key !== '$schema')
          problems.push(`${path}.${key}: template expression left unexpanded`);
        else if (!allowed.includes(key)) problems.push(`${path}.${key}: not a property of ${type} in 1.5`);
      }
      for (const [key, values] of Object.entries(ENUMS)) {
        const v = obj[key];
        if (typeof v === 'string' && !values.includes(v.charAt(0).toLowerCase() + v.slice(1))) {
          problems.push(`${path}.${key}: "${v}" is not one of ${values.join(', ')}`);
        }
      }
      const styles = STYLE_BY_TYPE[type];
      if (styles && typeof obj.style === 'string' && !styles.includes(obj.style)) {
        problems.push(`${path}.style: "${obj.style}" is not a ${type} style`);
      }
      if (type.startsWith('Input.') && (typeof obj.id !== 'string' || obj.id === '')) {
        problems.push(`${path}: inputs need an id`);
      }
    }
  }
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'msteams' || key === 'data' || key === 'metadata') continue;
    visit(value, `${path}.${key}`, problems);
  }
}
