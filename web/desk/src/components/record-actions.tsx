import {
  Button,
  Card,
  Divider,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { DeskError } from '../api';
import { useDesk } from '../desk-context';
import { ESCALATION_LABELS, ESCALATION_TARGETS, OUTCOME_LABELS, OUTCOMES } from '../domain-words';
import type { ActionBody, ActionName, LeadChoice } from '../types';
import { useLoad } from '../use-load';
import { ErrorBar } from './error-bar';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Act = (body: ActionBody, done: string) => Promise<void>;

/** Runs one action; keeps what was typed when it is refused, and reloads the record when someone got there first. */
function useAction(act: Act, onConflict: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DeskError | null>(null);
  const run = async (body: ActionBody, done: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await act(body, done);
      return true;
    } catch (err) {
      const e = err instanceof DeskError ? err : new DeskError(0, 'unexpected', 'That did not work. Try again.');
      setError(e);
      if (e.status === 409) onConflict();
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

export function RecordActions({
  allowed,
  assignedToMe,
  act,
  onConflict,
}: {
  allowed: ActionName[];
  assignedToMe: boolean;
  act: Act;
  onConflict: () => void;
}) {
  const styles = useStyles();
  const quick = useAction(act, onConflict);
  const can = (a: ActionName) => allowed.includes(a);
  return (
    <Card>
      <Subtitle2 as="h2" block>
        Actions
      </Subtitle2>
      {can('acknowledge') || (can('assign') && !assignedToMe) ? (
        <div className={styles.row}>
          {can('acknowledge') ? (
            <Button
              appearance="primary"
              disabled={quick.busy}
              onClick={() => void quick.run({ action: 'acknowledge' }, 'Acknowledged.')}
            >
              Acknowledge
            </Button>
          ) : null}
          {can('assign') && !assignedToMe ? (
            <Button disabled={quick.busy} onClick={() => void quick.run({ action: 'assign' }, 'Assigned to you.')}>
              Assign to me
            </Button>
          ) : null}
        </div>
      ) : null}
      {quick.error ? <ErrorBar error={quick.error} /> : null}
      {can('assign') ? <AssignForm act={act} onConflict={onConflict} /> : null}
      {can('note') ? <NoteForm act={act} onConflict={onConflict} /> : null}
      {can('escalate') ? <EscalateForm act={act} onConflict={onConflict} /> : null}
      {can('close') ? <CloseForm act={act} onConflict={onConflict} /> : null}
    </Card>
  );
}

/** Hands the concern to another safeguarding lead, through the same action as "Assign to me". */
function AssignForm({ act, onConflict }: { act: Act; onConflict: () => void }) {
  const styles = useStyles();
  const { api } = useDesk();
  const leads = useLoad<{ leads: LeadChoice[] }>('leads', (signal) =>
    api.get<{ leads: LeadChoice[] }>('/api/desk/leads', signal),
  );
  const others = (leads.data?.leads ?? []).filter((l) => !l.me);
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState('');
  const { busy, error, run } = useAction(act, onConflict);
  const chosen = others.find((l) => l.id === to);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return setProblem('Choose the lead to assign it to.');
    setProblem('');
    if (await run({ action: 'assign', assignee: chosen.id }, `Assigned to ${chosen.name}.`)) setTo('');
  };
  if (leads.data && others.length === 0) return null;
  return (
    <>
      <Divider />
      <form className={styles.form} onSubmit={submit} aria-labelledby="action-assign">
        <Text as="h3" block weight="semibold" id="action-assign">
          Assign to another lead
        </Text>
        <Field
          label="Safeguarding lead"
          validationMessage={problem || undefined}
          validationState={problem ? 'error' : 'none'}
        >
          <Dropdown
            placeholder={leads.data ? 'Choose' : 'Loading the leads…'}
            value={chosen?.name ?? ''}
            selectedOptions={to ? [to] : []}
            onOptionSelect={(_, d) => setTo(d.optionValue ?? '')}
          >
            {others.map((l) => (
              <Option key={l.id} value={l.id}>
                {l.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {leads.error ? <ErrorBar error={leads.error} /> : null}
        {error ? <ErrorBar error={error} /> : null}
        <div>
          <Button type="submit" disabled={busy}>
            Assign
          </Button>
        </div>
      </form>
    </>
  );
}

function NoteForm({ act, onConflict }: { act: Act; onConflict: () => void }) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const { busy, error, run } = useAction(act, onConflict);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setProblem('Write the note first.');
    setProblem('');
    if (await run({ action: 'note', text }, 'Note added.')) setText('');
  };
  return (
    <>
      <Divider />
      <form className={styles.form} onSubmit={submit} aria-labelledby="action-note">
        <Text as="h3" block weight="semibold" id="action-note">
          Add a note
        </Text>
        <Field label="Note" validationMessage={problem || undefined} validationState={problem ? 'error' : 'none'}>
          <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
        </Field>
        {error ? <ErrorBar error={error} /> : null}
        <div>
          <Button type="submit" disabled={busy}>
            Add note
          </Button>
        </div>
      </form>
    </>
  );
}

function EscalateForm({ act, onConflict }: { act: Act; onConflict: () => void }) {
  const styles = useStyles();
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const { busy, error, run } = useAction(act, onConflict);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!to) return setProblem('Choose who it was escalated to.');
    setProblem('');
    const label = (ESCALATION_LABELS as Record<string, string>)[to] ?? to;
    if (await run({ action: 'escalate', to, ...(text.trim() ? { text } : {}) }, `Escalated to ${label}.`)) {
      setTo('');
      setText('');
    }
  };
  return (
    <>
      <Divider />
      <form className={styles.form} onSubmit={submit} aria-labelledby="action-escalate">
        <Text as="h3" block weight="semibold" id="action-escalate">
          Escalate
        </Text>
        <Field
          label="Escalated to"
          validationMessage={problem || undefined}
          validationState={problem ? 'error' : 'none'}
        >
          <Dropdown
            placeholder="Choose"
            value={to ? ((ESCALATION_LABELS as Record<string, string>)[to] ?? to) : ''}
            selectedOptions={to ? [to] : []}
            onOptionSelect={(_, d) => setTo(d.optionValue ?? '')}
          >
            {ESCALATION_TARGETS.map((t) => (
              <Option key={t} value={t}>
                {ESCALATION_LABELS[t]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="What was passed on (optional)">
          <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
        </Field>
        {error ? <ErrorBar error={error} /> : null}
        <div>
          <Button type="submit" disabled={busy}>
            Record escalation
          </Button>
        </div>
      </form>
    </>
  );
}

function CloseForm({ act, onConflict }: { act: Act; onConflict: () => void }) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState('');
  const [rationale, setRationale] = useState('');
  const [problems, setProblems] = useState<{ outcome?: string; rationale?: string }>({});
  const { busy, error, run } = useAction(act, onConflict);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p = {
      ...(outcome ? {} : { outcome: 'Choose an outcome.' }),
      ...(rationale.trim() ? {} : { rationale: 'Say why: the rationale is part of the record (KCSIE).' }),
    };
    setProblems(p);
    if (p.outcome || p.rationale) return;
    if (await run({ action: 'close', outcome, rationale }, 'Concern closed.')) {
      setOutcome('');
      setRationale('');
    }
  };
  return (
    <>
      <Divider />
      <form className={styles.form} onSubmit={submit} aria-labelledby="action-close">
        <Text as="h3" block weight="semibold" id="action-close">
          Close the concern
        </Text>
        <Field
          label="Outcome"
          validationMessage={problems.outcome}
          validationState={problems.outcome ? 'error' : 'none'}
        >
          <Dropdown
            placeholder="Choose"
            value={outcome ? ((OUTCOME_LABELS as Record<string, string>)[outcome] ?? outcome) : ''}
            selectedOptions={outcome ? [outcome] : []}
            onOptionSelect={(_, d) => setOutcome(d.optionValue ?? '')}
          >
            {OUTCOMES.map((o) => (
              <Option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          label="Rationale"
          hint="Why this outcome. Decisions not to refer on are recorded with their reasons too."
          validationMessage={problems.rationale}
          validationState={problems.rationale ? 'error' : 'none'}
        >
          <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} resize="vertical" />
        </Field>
        {error ? <ErrorBar error={error} /> : null}
        <div>
          <Button type="submit" disabled={busy}>
            Close concern
          </Button>
        </div>
      </form>
    </>
  );
}
