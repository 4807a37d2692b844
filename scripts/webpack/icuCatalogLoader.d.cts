import type { MessageFormatElement, ParserOptions } from '@formatjs/icu-messageformat-parser';

/** Each exported catalog of a catalog module's source, every message as its ICU syntax tree. */
export function catalogTrees(
  source: string,
  file: string,
  parse: (message: string, options: ParserOptions) => MessageFormatElement[],
): Record<string, Record<string, MessageFormatElement[]>>;
export const icuParserFree: Readonly<Record<string, string>>;
