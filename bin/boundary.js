#!/usr/bin/env node
// The `boundary` command. The project runs its TypeScript through tsx (a runtime dependency),
// so `npx boundary ...` works straight after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
