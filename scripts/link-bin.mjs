// npm links the bins of dependencies into node_modules/.bin but not the project's own. `npx boundary` finds it
// anyway; this link makes `node_modules/.bin/boundary` work too (tooling and CI hooks call it by that path).
import { existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';

const link = 'node_modules/.bin/boundary';
if (existsSync('node_modules')) {
  mkdirSync('node_modules/.bin', { recursive: true });
  try {
    if (lstatSync(link)) unlinkSync(link);
  } catch {
    // not there yet
  }
  symlinkSync('../../bin/boundary.js', link);
}
