import fc from 'fast-check';
import { jsonSyntaxErrorOffset, loadScenarioFromUrl, parseScenarioText, type ScenarioLoad } from '../../../src/demo/scenarioLoader';
import { problemText } from '../../../src/demo/scenarioProblems';
import { createTranslator, type Lang } from '../../../src/i18n/translator';
import { aScenario } from '../../builders/scenario';

/** What the demo shows for a load failure, in one language. */
function shown(load: ScenarioLoad, lang: Lang): string[] {
  const i18n = createTranslator(lang);
  if (load.kind === 'error') return [i18n.t(load.key, load.values)];
  if (load.kind === 'invalid') return load.problems.map((p) => `${p.path}: ${problemText(p, i18n.t, lang)}`);
  return [];
}
const answering =
  (response: Response): typeof fetch =>
  () =>
    Promise.resolve(response);

describe('a scenario file that is not JSON names the reason and the place', () => {
  it.each<[string, string, string, string]>([
    [
      'cut off after a comma',
      '{"id": "broken", ',
      'The scenario file is not valid JSON: it ends before the JSON is complete (line 1, column 18).',
      'Файл сценария — некорректный JSON: файл обрывается раньше, чем закончен JSON (строка 1, столбец 18).',
    ],
    [
      'a trailing comma',
      '{\n  "id": "x",\n  "title": "y",\n}',
      'The scenario file is not valid JSON: unexpected “}” at line 4, column 1.',
      'Файл сценария — некорректный JSON: неожиданный символ «}» в строке 4, столбце 1.',
    ],
    [
      'a missing colon',
      '{"id" "x"}',
      'The scenario file is not valid JSON: unexpected “"” at line 1, column 7.',
      'Файл сценария — некорректный JSON: неожиданный символ «"» в строке 1, столбце 7.',
    ],
    [
      'single quotes',
      "{'id': 'x'}",
      "The scenario file is not valid JSON: unexpected “'” at line 1, column 2.",
      "Файл сценария — некорректный JSON: неожиданный символ «'» в строке 1, столбце 2.",
    ],
    [
      'a misspelt literal',
      '{\n  "ok": tru\n}',
      'The scenario file is not valid JSON: unexpected “U+000A” at line 2, column 12.',
      'Файл сценария — некорректный JSON: неожиданный символ «U+000A» в строке 2, столбце 12.',
    ],
    [
      'an empty file',
      '',
      'The scenario file is not valid JSON: it ends before the JSON is complete (line 1, column 1).',
      'Файл сценария — некорректный JSON: файл обрывается раньше, чем закончен JSON (строка 1, столбец 1).',
    ],
  ])('%s', (_case, text, en, ru) => {
    const load = parseScenarioText(text);
    expect(shown(load, 'en')).toEqual([en]);
    expect(shown(load, 'ru')).toEqual([ru]);
  });

  it('finds no error in any JSON that JSON.stringify writes', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => jsonSyntaxErrorOffset(JSON.stringify(value, null, pretty ? 2 : 0)) === -1));
  });

  it('finds an error wherever JSON.parse refuses a truncated document', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
        const text = JSON.stringify({ value });
        const truncated = text.slice(0, cut % text.length);
        expect(() => JSON.parse(truncated)).toThrow();
        return jsonSyntaxErrorOffset(truncated) >= 0;
      }),
    );
  });
});

describe('fetching a scenario URL', () => {
  it('reads a scenario a server sends, same origin or another one', async () => {
    const load = await loadScenarioFromUrl('https://scenarios.example/x.json', answering(new Response(JSON.stringify(aScenario().raw()))));
    expect(load.kind).toBe('ready');
  });

  it('a server that refuses the origin (CORS) or does not answer is named with its URL and what to send', async () => {
    const refused: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const load = await loadScenarioFromUrl('http://127.0.0.1:9/x.json', refused);
    expect(shown(load, 'en')).toEqual([
      'The scenario file could not be fetched from http://127.0.0.1:9/x.json: the server did not answer, or it does not let this page read it (CORS: it must send Access-Control-Allow-Origin).',
    ]);
    expect(shown(load, 'ru')[0]).toMatch(/^Не удалось получить файл сценария с http:\/\/127\.0\.0\.1:9\/x\.json: сервер не ответил/);
  });

  it('an HTTP error shows its status', async () => {
    const load = await loadScenarioFromUrl('/missing.json', answering(new Response('nope', { status: 404 })));
    expect(shown(load, 'en')).toEqual(['The scenario file could not be fetched (HTTP 404).']);
  });

  it('asks without credentials, so a server answering Access-Control-Allow-Origin: * is enough', async () => {
    const calls: RequestInit[] = [];
    const recording: typeof fetch = (_input, init) => {
      calls.push(init ?? {});
      return Promise.resolve(new Response('{}'));
    };
    await loadScenarioFromUrl('https://scenarios.example/x.json', recording);
    expect(calls).toEqual([expect.objectContaining({ credentials: 'omit' })]);
  });
});

describe('field problems in the UI language', () => {
  const problems = (edit: (b: ReturnType<typeof aScenario>) => ReturnType<typeof aScenario>, lang: Lang) =>
    shown(parseScenarioText(JSON.stringify(edit(aScenario()).raw())), lang);

  it('say in Russian what is expected and what was found, keeping only values and field names as they are', () => {
    const ru = problems(
      (b) =>
        b
          .set('title', 5)
          .set('host.hostName', 'Thunderbird')
          .set('message.sentDateTime', 'вчера')
          .to('boris@contoso.com')
          .set('message.to.0', { name: 'Boris' }),
      'ru',
    );
    expect(ru).toEqual([
      'title: ожидается: текст или объект; найдено: 5',
      'host.hostName: ожидается одно из значений: "Outlook", "newOutlookWindows", "OutlookWebApp", "OutlookIOS" или "OutlookAndroid"; найдено: "Thunderbird"',
      'message.sentDateTime: ожидается время в формате ISO 8601, например 2026-11-25T09:30:00Z; найдено: "вчера"',
      'message.to.0.address: обязательное поле отсутствует',
    ]);
  });

  it('never say “expected an object, found an object”: a union of objects names each alternative’s own problem', () => {
    const en = problems((b) => b.mailTip('boris@contoso.com', { recipientScope: 'partner' }), 'en');
    expect(en).toEqual([
      'tenant.mailTips.boris@contoso.com: fits none of its allowed forms; each form’s problems follow',
      'tenant.mailTips.boris@contoso.com.recipientScope: must be one of "none", "internal", "external", "externalPartner", or "externalNonPartner"; found "partner"',
      'tenant.mailTips.boris@contoso.com.error: required, but missing',
    ]);
    expect(en.join('\n')).not.toMatch(/Object.*Object/);
  });

  it('use the English words in English', () => {
    expect(problems((b) => b.set('id', 'My Scenario').set('tenant.latencyMs', -5), 'en')).toEqual([
      'id: must be lower-case letters, digits and dashes; found "My Scenario"',
      'tenant.latencyMs: must be at least 0; found -5',
    ]);
  });
});
