/**
 * Bad input from outside: an Invalid Date from Office.js (or Graph, or a scenario) is stopped at
 * the edge by validDate() and said as "unknown", never thrown into the error boundary.
 */
import { render, screen } from '@testing-library/react';
import { Root } from '../../src/app/Root';
import { DemoTokenProvider } from '../../src/auth/demoTokenProvider';
import { parseConfig } from '../../src/config/parseConfig';
import { validDate } from '../../src/domain/validDate';
import { createOfficeHost } from '../../src/host/officeHost';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { createTranslator } from '../../src/i18n/translator';
import { NOW } from '../builders/domain';
import { officeStandIn } from '../support/officeStandIn';

describe('validDate: the one gate for times from outside', () => {
  it.each<[string, unknown, string | null]>([
    ['a valid Date', new Date('2026-11-25T09:56:00Z'), '2026-11-25T09:56:00.000Z'],
    ['an ISO string', '2026-11-25T09:56:00Z', '2026-11-25T09:56:00.000Z'],
    ['an Invalid Date (Office.js)', new Date('garbage'), null],
    ['an unreadable string (Graph)', 'yesterday-ish', null],
    ['an out-of-range year (scenario)', '+275760-09-13T00:00:01Z', null],
    ['an empty string', '', null],
    ['null', null, null],
    ['a number', 1_700_000_000_000, null],
  ])('%s', (_case, value, expected) => {
    expect(validDate(value)?.toISOString() ?? null).toBe(expected);
  });
});

describe('a time that is not a time is said, not thrown', () => {
  it.each([
    ['en', en['time.unknown']],
    ['ru', ru['time.unknown']],
  ] as const)('%s: relative and absolute times of an Invalid Date read "unknown time"', (lang, words) => {
    const i18n = createTranslator(lang);
    expect(i18n.relativeTime(new Date('garbage'), NOW)).toBe(words);
    expect(i18n.relativeTime(NOW, new Date('garbage'))).toBe(words);
    expect(i18n.dateTime(new Date('garbage'))).toBe(words);
  });

  it('Office.js giving an Invalid Date as the sent time: the check step shows "Sending time unknown", not the error page', async () => {
    const { office } = officeStandIn({
      user: { accountType: 'office365', emailAddress: 'alex@contoso.com', displayName: 'Alex' },
      item: {
        itemId: 'AAMk-item',
        subject: 'Q4 budget draft',
        dateTimeCreated: 'not a time',
        from: { name: 'Alex', address: 'alex@contoso.com' },
        to: [{ name: 'Boris', address: 'boris@contoso.com' }],
      },
    });
    const services = { host: createOfficeHost(office), graph: null, tokens: new DemoTokenProvider(), policy: parseConfig({}).policy, clock: () => NOW };
    render(<Root services={services} lang="en" dark={false} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Check' })).toBeInTheDocument();
    // Said in the message summary (and, as the SENT_TIME_UNKNOWN caution, in the verdict).
    expect(screen.getAllByText(new RegExp(en['context.sentUnknown'])).length).toBeGreaterThan(0);
    expect(screen.queryByText(en['app.error.title'])).not.toBeInTheDocument();
  });
});
