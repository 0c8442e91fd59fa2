import { Button, Dropdown, Field, Input, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import type { WordLike } from '../lib/policy-words';
import type { Condition } from '../types';

const useStyles = makeStyles({
  set: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  fact: { minWidth: '260px' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Fact = WordLike & { kind: string };

/** A fact's words without its blanks, for the picker: "they are at least …". */
const pickerWords = (f: Fact) => f.say.replace('{n}', '…').replace('{of}', 'someone');

/** A list of conditions (the fact, and its number or whose), edited row by row. */
export function ConditionsField({
  legend,
  facts,
  value,
  onChange,
  problem,
}: {
  legend: string;
  facts: Fact[];
  value: Condition[];
  onChange: (next: Condition[]) => void;
  problem?: string | undefined;
}) {
  const styles = useStyles();
  const update = (i: number, c: Condition) => onChange(value.map((old, j) => (j === i ? c : old)));
  return (
    <fieldset className={styles.set}>
      <legend className={styles.legend}>{legend}</legend>
      {value.length === 0 ? <Text size={200}>None.</Text> : null}
      {value.map((c, i) => {
        const fact = facts.find((f) => f.id === c.fact);
        const numeric = fact?.kind === 'number';
        const takesWhose = fact?.say.includes('{of}') ?? false;
        const n = c.at_least ?? c.under;
        const label = `${legend}: condition ${i + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; position is what the owner edits
          // biome-ignore lint/a11y/useSemanticElements: a row inside the fieldset; a nested fieldset would repeat its border
          <div key={i} className={styles.row} role="group" aria-label={label}>
            <Field label="Fact">
              <Dropdown
                className={styles.fact}
                value={fact ? pickerWords(fact) : c.fact}
                selectedOptions={[c.fact]}
                onOptionSelect={(_, d) => update(i, { fact: d.optionValue ?? c.fact })}
              >
                {facts.map((f) => (
                  <Option key={f.id} value={f.id} text={pickerWords(f)}>
                    {pickerWords(f)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {numeric ? (
              <>
                <Field label="Compared">
                  <Dropdown
                    value={c.under !== undefined && c.at_least === undefined ? 'under' : 'at least'}
                    selectedOptions={[c.under !== undefined && c.at_least === undefined ? 'under' : 'at_least']}
                    onOptionSelect={(_, d) =>
                      update(
                        i,
                        d.optionValue === 'under'
                          ? { fact: c.fact, under: n ?? 1 }
                          : { fact: c.fact, at_least: n ?? 0 },
                      )
                    }
                  >
                    <Option value="at_least">at least</Option>
                    <Option value="under">under</Option>
                  </Dropdown>
                </Field>
                <Field label="Number">
                  <Input
                    type="number"
                    min={0}
                    value={n === undefined ? '' : String(n)}
                    onChange={(_, d) => {
                      const v = d.value === '' ? undefined : Number(d.value);
                      const key = c.under !== undefined && c.at_least === undefined ? 'under' : 'at_least';
                      update(i, { fact: c.fact, ...(v === undefined || Number.isNaN(v) ? {} : { [key]: v }) });
                    }}
                  />
                </Field>
              </>
            ) : null}
            {takesWhose ? (
              <Field label="Whose (as the policy names them)">
                <Input
                  value={c.of ?? ''}
                  onChange={(_, d) => {
                    const { of: _old, ...rest } = c;
                    update(i, d.value ? { ...rest, of: d.value } : rest);
                  }}
                />
              </Field>
            ) : null}
            <Button onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label={`Remove ${label}`}>
              Remove
            </Button>
          </div>
        );
      })}
      {problem ? (
        <Text className={styles.error} role="alert">
          {problem}
        </Text>
      ) : null}
      <div>
        <Button
          disabled={facts.length === 0}
          onClick={() => onChange([...value, { fact: facts[0]?.id ?? '' }])}
          aria-label={`Add a condition: ${legend.toLowerCase()}`}
        >
          Add condition
        </Button>
      </div>
    </fieldset>
  );
}
