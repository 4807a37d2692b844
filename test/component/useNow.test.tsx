import { act, render, screen } from '@testing-library/react';
import { ServicesProvider } from '../../src/app/services';
import { RELATIVE_TIME_REFRESH_MS, useNow } from '../../src/app/useNow';
import { createTranslator } from '../../src/i18n/translator';
import { aScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

/*
 * Relative times on the track step ("Recall requested just now") are worked out again while the
 * pane stays open, so they never go stale; under a minute is "just now", never "now".
 */

const RECALLED = new Date('2026-11-25T10:00:00Z');

function Age({ lang }: { lang: 'en' | 'ru' }) {
  const now = useNow();
  return <p>{createTranslator(lang).t('track.requested', { age: createTranslator(lang).relativeTime(RECALLED, now) })}</p>;
}

afterEach(() => jest.useRealTimers());

it.each([
  ['en', 'Recall requested just now.', 'Recall requested 2 minutes ago.'],
  ['ru', 'Отзыв запрошен только что.', 'Отзыв запрошен 2 минуты назад.'],
] as const)('%s: “just now”, then the age follows the clock', (lang, first, later) => {
  jest.useFakeTimers();
  let now = new Date(RECALLED.getTime() + 5_000);
  const { services } = servicesFor(aScenario().build());
  render(
    <ServicesProvider services={{ ...services, clock: () => now }}>
      <Age lang={lang} />
    </ServicesProvider>,
  );
  expect(screen.getByText(first)).toBeInTheDocument();
  now = new Date(RECALLED.getTime() + 2 * 60_000);
  act(() => jest.advanceTimersByTime(RELATIVE_TIME_REFRESH_MS));
  expect(screen.getByText(later)).toBeInTheDocument();
});
