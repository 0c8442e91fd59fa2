import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { DeskError } from '../api';
import { useDesk } from '../desk-context';
import { forceWords } from '../lib/policy-words';
import type { Condition, Duty, EntryPatch, PolicyEntry, Problem } from '../types';
import { ConditionsField } from './conditions-field';
import { DutiesField } from './duties-field';
import { ErrorBar } from './error-bar';
import type { Words } from './policy-entry';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '100%' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  options: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  quote: { margin: 0, color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
});

interface Draft {
  binds: string;
  roles: string;
  force: string;
  acts: string[];
  parties: string[];
  platforms: string;
  permission_of: string;
  until: Condition[];
  unless: Condition[];
  provided: Condition[];
  duties: Duty[];
  note: string;
  reviewed: boolean;
}

const structured = (list: (string | Condition)[]) => list.filter((c): c is Condition => typeof c !== 'string');

function draftOf(e: PolicyEntry): Draft {
  const c = e.conditions ?? {
    until: structured(e.until),
    unless: structured(e.unless),
    provided: structured(e.provided),
  };
  return {
    binds: e.binds,
    roles: (e.roles ?? []).join(', '),
    force: e.force,
    acts: [...e.acts],
    parties: [...e.parties],
    platforms: e.platforms.join(', '),
    permission_of: e.permissionOf ?? '',
    until: c.until.map((x) => ({ ...x })),
    unless: c.unless.map((x) => ({ ...x })),
    provided: c.provided.map((x) => ({ ...x })),
    duties: e.duties.map((d) => ({ act: d.act, to: d.to ?? '', within: d.within ?? '' })),
    note: e.note ?? '',
    reviewed: true,
  };
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed is sent, so the audit's before and after show the owner's correction and nothing else. */
export function patchOf(before: Draft, after: Draft): EntryPatch {
  const p: EntryPatch = {};
  if (after.binds !== before.binds) p.binds = after.binds;
  if (!same(list(after.roles), list(before.roles))) p.roles = list(after.roles);
  if (after.force !== before.force) p.force = after.force;
  if (!same(after.acts, before.acts)) p.acts = after.acts;
  if (!same(after.parties, before.parties)) p.parties = after.parties;
  if (!same(list(after.platforms), list(before.platforms))) p.platforms = list(after.platforms);
  if (after.permission_of.trim() !== before.permission_of.trim()) p.permission_of = after.permission_of.trim();
  for (const k of ['until', 'unless', 'provided'] as const) if (!same(after[k], before[k])) p[k] = after[k];
  // Blank "whom" and "within" are left out, as the reading file writes them.
  const duties = (list: Duty[]) =>
    list.map((d) => ({
      act: d.act.trim(),
      ...(d.to?.trim() ? { to: d.to.trim() } : {}),
      ...(d.within?.trim() ? { within: d.within.trim() } : {}),
    }));
  if (!same(duties(after.duties), duties(before.duties))) p.duties = duties(after.duties);
  if (after.note.trim() !== before.note.trim()) p.note = after.note.trim();
  p.reviewed = after.reviewed;
  return p;
}

function toggle(values: string[], id: string, on: boolean): string[] {
  return on ? [...values.filter((v) => v !== id), id] : values.filter((v) => v !== id);
}

export function EntryCorrection({
  entry,
  words,
  name,
  onSaved,
}: {
  entry: PolicyEntry;
  words: Words;
  name: string;
  onSaved: (what: string) => void;
}) {
  const { api } = useDesk();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<DeskError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const fieldProblem = (...fields: string[]) =>
    problems
      .filter((p) => p.field && fields.some((f) => p.field === f || p.field?.startsWith(`${f}.`)))
      .map((p) => p.message)
      .join(' ') || undefined;
  const known = [
    'binds',
    'roles',
    'force',
    'acts',
    'parties',
    'platforms',
    'permission_of',
    'until',
    'unless',
    'provided',
    'duties',
    'note',
  ];
  const otherProblems = problems.filter(
    (p) => !p.field || !known.some((f) => p.field === f || p.field?.startsWith(`${f}.`)),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setProblems([]);
    try {
      await api.send(
        'PATCH',
        `/api/desk/policy/entries/${encodeURIComponent(entry.id)}`,
        patchOf(draftOf(entry), draft),
      );
      setOpen(false);
      onSaved(`${name} saved.`);
    } catch (err) {
      const de = err instanceof DeskError ? err : new DeskError(0, 'unexpected', 'That did not save. Try again.');
      // The draft stays as typed: the owner fixes what is named and saves again.
      if (de.problems.length) setProblems(de.problems);
      setError(de);
    } finally {
      setBusy(false);
    }
  };

  const forces = words.forces.length ? words.forces : [{ id: draft.force, say: draft.force }];
  const binds = words.binds.length ? words.binds : [{ id: draft.binds, say: draft.binds }];

  return (
    <Dialog
      open={open}
      onOpenChange={(_, d) => {
        setOpen(d.open);
        if (d.open) {
          setDraft(draftOf(entry));
          setProblems([]);
          setError(null);
        }
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button aria-label={`Correct ${name}`}>Correct…</Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>Correct the reading of {name.toLowerCase()}</DialogTitle>
            <DialogContent className={styles.form}>
              <blockquote className={styles.quote}>{entry.text}</blockquote>
              <Field label="Whom it binds" validationMessage={fieldProblem('binds')}>
                <Dropdown
                  value={binds.find((b) => b.id === draft.binds)?.say ?? draft.binds}
                  selectedOptions={[draft.binds]}
                  onOptionSelect={(_, d) => set({ binds: d.optionValue ?? draft.binds })}
                >
                  {binds.map((b) => (
                    <Option key={b.id} value={b.id}>
                      {b.say}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              {draft.binds === 'roles' ? (
                <Field label="Roles bound (comma between)" validationMessage={fieldProblem('roles')}>
                  <Input value={draft.roles} onChange={(_, d) => set({ roles: d.value })} />
                </Field>
              ) : null}
              <Field label="Force" validationMessage={fieldProblem('force')}>
                <Dropdown
                  value={forceWords(draft.force)}
                  selectedOptions={[draft.force]}
                  onOptionSelect={(_, d) => set({ force: d.optionValue ?? draft.force })}
                >
                  {forces.map((f) => (
                    <Option key={f.id} value={f.id} text={forceWords(f.id)}>
                      {forceWords(f.id)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              {draft.force === 'may_with_permission' || draft.permission_of ? (
                <Field label="Whose permission" validationMessage={fieldProblem('permission_of')}>
                  <Input value={draft.permission_of} onChange={(_, d) => set({ permission_of: d.value })} />
                </Field>
              ) : null}
              <Field validationMessage={fieldProblem('acts')}>
                <fieldset className={styles.options}>
                  <legend className={styles.legend}>What it is about</legend>
                  {words.acts.map((a) => (
                    <Checkbox
                      key={a.id}
                      label={a.say}
                      checked={draft.acts.includes(a.id)}
                      onChange={(_, d) => set({ acts: toggle(draft.acts, a.id, d.checked === true) })}
                    />
                  ))}
                </fieldset>
              </Field>
              <Field validationMessage={fieldProblem('parties')}>
                <fieldset className={styles.options}>
                  <legend className={styles.legend}>With whom (none ticked: anyone)</legend>
                  {words.parties.map((a) => (
                    <Checkbox
                      key={a.id}
                      label={a.say}
                      checked={draft.parties.includes(a.id)}
                      onChange={(_, d) => set({ parties: toggle(draft.parties, a.id, d.checked === true) })}
                    />
                  ))}
                </fieldset>
              </Field>
              <Field label="Platforms named (comma between; empty: any)" validationMessage={fieldProblem('platforms')}>
                <Input value={draft.platforms} onChange={(_, d) => set({ platforms: d.value })} />
              </Field>
              <ConditionsField
                legend="Only if all of these hold"
                facts={words.facts}
                value={draft.provided}
                onChange={(provided) => set({ provided })}
                problem={fieldProblem('provided')}
              />
              <ConditionsField
                legend="Unless one of these holds"
                facts={words.facts}
                value={draft.unless}
                onChange={(unless) => set({ unless })}
                problem={fieldProblem('unless')}
              />
              <ConditionsField
                legend="Until all of these hold"
                facts={words.facts}
                value={draft.until}
                onChange={(until) => set({ until })}
                problem={fieldProblem('until')}
              />
              <DutiesField
                value={draft.duties}
                onChange={(duties) => set({ duties })}
                problem={fieldProblem('duties')}
              />
              <Field label="Note (who you checked with, why)" validationMessage={fieldProblem('note')}>
                <Textarea value={draft.note} onChange={(_, d) => set({ note: d.value })} resize="vertical" />
              </Field>
              <Checkbox
                label="Mark this entry as checked"
                checked={draft.reviewed}
                onChange={(_, d) => set({ reviewed: d.checked === true })}
              />
              {error ? <ErrorBar error={error} /> : null}
              {otherProblems.length ? (
                <ul>
                  {otherProblems.map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: problems are shown once, as given
                    <li key={i}>{p.field ? `${p.field}: ${p.message}` : p.message}</li>
                  ))}
                </ul>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy}>
                {busy ? 'Saving…' : 'Save'}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>Cancel</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
