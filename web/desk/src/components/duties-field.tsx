import { Button, Combobox, Field, Input, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import type { Duty } from '../types';

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
  act: { minWidth: '160px' },
  wide: { minWidth: '220px' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The duties the drafter reads from a policy (src/policy/reading/conditions.ts); the owner may type another. */
const KNOWN_ACTS = ['tell', 'record', 'decline', 'block', 'keep evidence'];

/**
 * A reading entry's duties, row by row: what must be done, whom to tell, and within when, in the policy's own
 * words ("the DSL", "the same working day"). The answer states them ("What your policy asks: tell the DSL the same
 * working day"), so this is where the owner puts right a deadline the drafter misread.
 */
export function DutiesField({
  value,
  onChange,
  problem,
}: {
  value: Duty[];
  onChange: (next: Duty[]) => void;
  problem?: string | undefined;
}) {
  const styles = useStyles();
  const update = (i: number, patch: Partial<Duty>) =>
    onChange(value.map((old, j) => (j === i ? { ...old, ...patch } : old)));
  const legend = 'Duties (what must be done, whom to tell, by when)';
  return (
    <fieldset className={styles.set}>
      <legend className={styles.legend}>{legend}</legend>
      {value.length === 0 ? <Text size={200}>None.</Text> : null}
      {value.map((d, i) => {
        const label = `Duty ${i + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; position is what the owner edits
          // biome-ignore lint/a11y/useSemanticElements: a row inside the fieldset; a nested fieldset would repeat its border
          <div key={i} className={styles.row} role="group" aria-label={label}>
            <Field label={`${label}: what must be done`}>
              <Combobox
                className={styles.act}
                freeform
                value={d.act}
                selectedOptions={KNOWN_ACTS.includes(d.act) ? [d.act] : []}
                onChange={(e) => update(i, { act: e.target.value })}
                onOptionSelect={(_, o) => update(i, { act: o.optionValue ?? d.act })}
              >
                {KNOWN_ACTS.map((a) => (
                  <Option key={a} value={a}>
                    {a}
                  </Option>
                ))}
              </Combobox>
            </Field>
            <Field label={`${label}: whom to tell`}>
              <Input
                className={styles.wide}
                placeholder="e.g. the DSL"
                value={d.to ?? ''}
                onChange={(_, v) => update(i, { to: v.value })}
              />
            </Field>
            <Field label={`${label}: within when`}>
              <Input
                className={styles.wide}
                placeholder="e.g. the same working day"
                value={d.within ?? ''}
                onChange={(_, v) => update(i, { within: v.value })}
              />
            </Field>
            <Button
              onClick={() => onChange(value.filter((_, j) => j !== i))}
              aria-label={`Remove ${label.toLowerCase()}`}
            >
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
        <Button onClick={() => onChange([...value, { act: 'tell', to: '', within: '' }])}>Add a duty</Button>
      </div>
    </fieldset>
  );
}
