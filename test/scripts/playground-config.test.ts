import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PlaygroundUsageError,
  parsePlaygroundArgs,
  playgroundConfigFor,
  playgroundLeads,
} from '../../scripts/playground-config.js';

const BASE = readFileSync('.m365agentsplayground.yml', 'utf8');

describe('npm run playground: who you are', () => {
  it.each([
    [[], 'teacher'],
    [['--as', 'teacher'], 'teacher'],
    [['--as', 'dsl'], 'dsl'],
    [['--as=dsl'], 'dsl'],
  ])('when given %j, then it signs in as the %s', (argv, role) => {
    expect(parsePlaygroundArgs(argv)).toEqual({ role });
  });

  it.each([
    [['--as', 'head'], /--as takes teacher or dsl, not "head"/],
    [['--as'], /unknown option --as/],
    [['--dsl'], /unknown option --dsl/],
  ])('when given %j, then it says what it did not understand', (argv, message) => {
    expect(() => parsePlaygroundArgs(argv)).toThrow(PlaygroundUsageError);
    expect(() => parsePlaygroundArgs(argv)).toThrow(message);
  });

  it('when playing the DSL, then Sam Lead is signed in and Alex Teacher takes Sam’s place among the five others', () => {
    const config = playgroundConfigFor(BASE, 'dsl', 'r1');
    expect(config.currentUser.name).toBe('Sam Lead (DSL)');
    expect(config.users).toHaveLength(5);
    expect(config.users.map((u) => u.name)).toContain('Alex Teacher');
    expect(config.users.map((u) => u.name)).not.toContain('Sam Lead (DSL)');
  });

  it('when two runs start, then each has a personal chat of its own, so the bot greets each', () => {
    const first = playgroundConfigFor(BASE, 'teacher', 'r1');
    const second = playgroundConfigFor(BASE, 'teacher', 'r2');
    expect(first.currentUser.name).toBe('Alex Teacher');
    expect(first.personalChat.id).not.toBe(second.personalChat.id);
  });

  it('when the bot is told who the leads are, then they are the DSL and the deputy, whoever is signed in', () => {
    for (const role of ['teacher', 'dsl'] as const) {
      expect(playgroundLeads(playgroundConfigFor(BASE, role, 'r1')).sort()).toEqual([
        'aaaaaaaa-0000-4000-8000-000000000002',
        'aaaaaaaa-0000-4000-8000-000000000003',
      ]);
    }
  });
});
