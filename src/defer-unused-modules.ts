import Module, { createRequire } from 'node:module';

/** What teams-ai requires for its GPT tokenizers (GPTTokenizer, GPT3Tokenizer), named as teams-ai names them. */
const DEFERRED = ['gpt-tokenizer', 'gpt-tokenizer/cjs/model/text-davinci-003'];

/**
 * Keeps a module the stack imports but Boundary never calls out of memory until something does call it.
 *
 * `@microsoft/teams-ai` requires `gpt-tokenizer` at import for its GPT prompt tokenizers, and loading it builds the
 * cl100k and p50k encoding tables: about 11 MB of heap and 6-11 MB of resident memory in the running bot
 * (bench/findings.md, round 3), for a bot that runs no language model. Before teams-ai is loaded, the module's entry
 * in Node's require cache (`require.cache`, which Node documents as the place a `require` is answered from) is filled
 * with a stand-in whose exports load the real module on first use and forward to it. If anything ever tokenizes, it
 * works as before, only later. Returns the names deferred (none when already loaded or not installed).
 *
 * Import this module before anything that imports teams-ai (main.ts does, first).
 */
export function deferUnusedModules(): string[] {
  const deferred: string[] = [];
  const ownRequire = createRequire(import.meta.url);
  const cache = ownRequire.cache;
  const requireFromTeamsAi = createRequire(ownRequire.resolve('@microsoft/teams-ai'));
  for (const name of DEFERRED) {
    let path: string;
    try {
      path = requireFromTeamsAi.resolve(name);
    } catch {
      continue; // not installed where teams-ai would find it: nothing to defer
    }
    if (cache[path]) continue; // already loaded: too late, and nothing to save
    let real: Record<string | symbol, unknown> | undefined;
    const stand = new Module(path);
    const load = (): Record<string | symbol, unknown> => {
      if (!real) {
        delete cache[path];
        real = requireFromTeamsAi(name) as Record<string | symbol, unknown>;
        stand.exports = real;
      }
      return real;
    };
    stand.filename = path;
    stand.loaded = true;
    stand.exports = new Proxy(
      {},
      {
        get: (_target, key) => load()[key],
        has: (_target, key) => key in load(),
        ownKeys: () => Reflect.ownKeys(load()),
        getOwnPropertyDescriptor: (_target, key) => {
          const d = Reflect.getOwnPropertyDescriptor(load(), key);
          return d ? { ...d, configurable: true } : undefined;
        },
      },
    );
    cache[path] = stand;
    deferred.push(name);
  }
  return deferred;
}

deferUnusedModules();
