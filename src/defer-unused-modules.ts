import Module, { createRequire } from 'node:module';

/** A module the stack requires at import that Boundary does not call, and what its requirers read of it at import. */
export interface Deferral {
  /** The module as the requiring package names it. */
  readonly name: string;
  /** The package that requires it at import: it is resolved from there, as that package would resolve it. */
  readonly from: string;
  /**
   * The real module's `__esModule`, answered without loading it. TypeScript's import helpers (`__importStar`,
   * `__importDefault`) read it at import; left out, reading it loads the module.
   */
  readonly esModule?: boolean;
  /** The real module's exports are a function that callers may call or construct (the stand-in forwards both). */
  readonly callable?: boolean;
  /**
   * Exports its requirer reads at import that a much smaller module (resolved from this one's folder) defines the
   * same: served from that one until something reads anything else. The test compares them with the real exports.
   */
  readonly lighter?: { readonly module: string; readonly exports: readonly string[] };
}

/**
 * What the stack loads at start-up for features Boundary does not use: no language model, no dialogs, no HTTP/2,
 * no managed identity in local mode. Measured with `npx tsx bench/hooks.ts` (node dist/main.js as `npm start`
 * runs it, runs alternating with and without this module, medians of 7, on the shared 2-core machine under load):
 * resident memory 117.8 MB with it against 157.2 MB without (39 MB less), start-up to /readyz 10.9 s against
 * 21.1 s on that loaded machine (bench/findings.md has the unloaded figure, about 0.45 s less). It stays while
 * test/defer-unused-modules.test.ts shows the stack still loads each module at import and that each one works
 * when something does use it.
 */
export const DEFERRED: readonly Deferral[] = [
  // teams-ai's GPT tokenizers: building the cl100k/p50k tables is 11 MB of heap.
  { name: 'gpt-tokenizer', from: '@microsoft/teams-ai' },
  { name: 'gpt-tokenizer/cjs/model/text-davinci-003', from: '@microsoft/teams-ai' },
  // teams-ai's HTTP client for OpenAI, Llama and attachment downloads (`axios.create()` when one is constructed).
  { name: 'axios', from: '@microsoft/teams-ai', esModule: false, callable: true },
  // teams-ai's prompt augmentations write YAML; its AI logging colours JSON.
  { name: 'yaml', from: '@microsoft/teams-ai' },
  { name: 'json-colorizer', from: '@microsoft/teams-ai', esModule: false, callable: true },
  // botbuilder's SetSpeakMiddleware parses SSML (Boundary does not add it).
  { name: 'htmlparser2', from: 'botbuilder', esModule: true },
  // botbuilder-dialogs' prompts (teams-ai loads the dialogs for its SSO prompt): the text recognizers are 2 MB
  // bundles that build large tables on load. The culture list read at import is the base package's.
  {
    name: '@microsoft/recognizers-text-suite',
    from: 'botbuilder-dialogs',
    esModule: true,
    lighter: { module: '@microsoft/recognizers-text', exports: ['Culture'] },
  },
  { name: '@microsoft/recognizers-text-date-time', from: 'botbuilder-dialogs', esModule: true },
  { name: '@microsoft/recognizers-text-choice', from: 'botbuilder-dialogs', esModule: true },
  { name: '@microsoft/recognizers-text-number', from: 'botbuilder-dialogs', esModule: true },
  // restify's HTTP/2 server (only with its `spdy` option) and its HTTP signature parser (only with that plugin).
  { name: 'spdy', from: 'restify' },
  { name: 'http-signature', from: 'restify' },
  // The Bot Connector's managed-identity and certificate credentials; a password-based bot loads MSAL on its first
  // outgoing call, a managed-identity bot loads Azure Identity then.
  { name: '@azure/identity', from: 'botframework-connector', esModule: true },
  { name: '@azure/msal-node', from: 'botframework-connector' },
];

type Exports = Record<string | symbol, unknown>;

/**
 * Keeps modules the stack imports but Boundary never calls out of memory until something does call them.
 *
 * Before the stack is loaded, each module's entry in Node's require cache (`require.cache`, which Node documents as
 * the place a `require` is answered from) is filled with a stand-in whose exports load the real module on first
 * use and forward to it. If anything ever uses one, it works as before, only later. Returns the names deferred
 * (none that are already loaded or not installed).
 *
 * Import this module before anything that imports the stack (main.ts does, first).
 */
export function deferUnusedModules(deferrals: readonly Deferral[] = DEFERRED): string[] {
  const deferred: string[] = [];
  const ownRequire = createRequire(import.meta.url);
  const cache = ownRequire.cache;
  for (const deferral of deferrals) {
    let path: string;
    let requireFromRequirer: NodeJS.Require;
    try {
      requireFromRequirer = createRequire(ownRequire.resolve(deferral.from));
      path = requireFromRequirer.resolve(deferral.name);
    } catch {
      continue; // not installed where its requirer would find it: nothing to defer
    }
    if (cache[path]) continue; // already loaded: too late, and nothing to save
    cache[path] = standIn(path, () => requireFromRequirer(deferral.name) as Exports, deferral);
    deferred.push(deferral.name);
  }
  return deferred;
}

function standIn(path: string, loadReal: () => Exports, deferral: Deferral): Module {
  const cache = createRequire(import.meta.url).cache;
  const stand = new Module(path);
  let real: Exports | undefined;
  const load = (): Exports => {
    if (!real) {
      delete cache[path];
      real = loadReal();
      stand.exports = real;
    }
    return real;
  };
  let lighter: Exports | undefined;
  const servedLighter = new Set(deferral.lighter?.exports ?? []);
  const lighterExport = (key: string): unknown => {
    lighter ??= createRequire(path)(deferral.lighter?.module ?? '') as Exports;
    return lighter[key];
  };
  stand.filename = path;
  stand.loaded = true;
  // A function target only for a callable module, so `typeof` answers as the real module would. A bound function
  // has no own `prototype` (which the real module may lack, and a proxy must report every fixed key of its target).
  const target = deferral.callable ? function deferredModule() {}.bind(null) : {};
  stand.exports = new Proxy(target, {
    get: (_target, key) => {
      if (key === '__esModule' && deferral.esModule !== undefined && !real) return deferral.esModule;
      if (typeof key === 'string' && servedLighter.has(key) && !real) return lighterExport(key);
      return load()[key];
    },
    has: (_target, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(load(), key);
      return d ? { ...d, configurable: true } : undefined;
    },
    apply: (_target, thisArg, args) => Reflect.apply(load() as unknown as () => unknown, thisArg, args),
    construct: (_target, args) => Reflect.construct(load() as unknown as new () => object, args),
  });
  return stand;
}

deferUnusedModules();
