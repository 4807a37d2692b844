// Writes the JSON Schemas in docs/ from the valibot schemas the code enforces (one source of truth):
// docs/config.schema.json for admins' editors ("$schema" in config.json), from src/config/configSchema.ts,
// and docs/scenario.schema.json for demo scenarios, from src/demo/scenario.ts.
// `--check` fails when a committed file is out of date (a stage of `npm test`).
import { toJsonSchema } from '@valibot/to-json-schema';
import { readFileSync, writeFileSync } from 'node:fs';
import type { GenericSchema } from 'valibot';
import { configFileSchema } from '../src/config/configSchema';
import { scenarioSchema } from '../src/demo/scenario';

const SCHEMAS: readonly { readonly file: string; readonly title: string; readonly schema: GenericSchema }[] = [
  { file: 'config.schema.json', title: 'Recall Assistant config.json', schema: configFileSchema },
  { file: 'scenario.schema.json', title: 'Recall Assistant demo scenario', schema: scenarioSchema },
];

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, title, schema } of SCHEMAS) {
  const target = `docs/${file}`;
  const fresh = `${JSON.stringify({ $id: `https://recall-assistant.invalid/${file}`, title, ...toJsonSchema(schema, { errorMode: 'ignore' }) }, null, 2)}\n`;
  if (!check) {
    writeFileSync(target, fresh);
    console.log(`wrote ${target}`);
  } else if (readFileSync(target, 'utf8') !== fresh) {
    console.error(`${target} is out of date: run npx tsx scripts/json-schemas.ts`);
    stale += 1;
  }
}
if (stale > 0) process.exit(1);
