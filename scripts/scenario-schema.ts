// Writes docs/scenario.schema.json from the validator the demo enforces (one source of truth).
// `--check` fails when the committed file is out of date (run in the unit tests).
import { toJsonSchema } from '@valibot/to-json-schema';
import { readFileSync, writeFileSync } from 'node:fs';
import { scenarioSchema } from '../src/demo/scenario';

export function scenarioJsonSchema(): string {
  const schema = toJsonSchema(scenarioSchema, { errorMode: 'ignore' });
  return `${JSON.stringify({ $id: 'https://recall-assistant.invalid/scenario.schema.json', title: 'Recall Assistant demo scenario', ...schema }, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('scenario-schema.ts')) {
  const target = 'docs/scenario.schema.json';
  const fresh = scenarioJsonSchema();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== fresh) {
      console.error(`${target} is out of date: run npx tsx scripts/scenario-schema.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(target, fresh);
    console.log(`wrote ${target}`);
  }
}
