// Writes docs/config.schema.json (for admins' editors: "$schema" in config.json) from the schema
// the add-in enforces, src/config/configSchema.ts (one source of truth).
// `--check` fails when the committed file is out of date (run in the unit tests).
import { toJsonSchema } from '@valibot/to-json-schema';
import { readFileSync, writeFileSync } from 'node:fs';
import { configFileSchema } from '../src/config/configSchema';

export function configJsonSchema(): string {
  const schema = toJsonSchema(configFileSchema, { errorMode: 'ignore' });
  return `${JSON.stringify({ $id: 'https://recall-assistant.invalid/config.schema.json', title: 'Recall Assistant config.json', ...schema }, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('config-schema.ts')) {
  const target = 'docs/config.schema.json';
  const fresh = configJsonSchema();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== fresh) {
      console.error(`${target} is out of date: run npx tsx scripts/config-schema.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(target, fresh);
    console.log(`wrote ${target}`);
  }
}
