import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { I18nProvider } from '../../src/i18n/I18nProvider';

/** A rendering error must leave a message and a way back, never a blank pane or the error's text. */
function Exploding({ secret }: { secret: string }): never {
  throw new Error(`render failed for ${secret}`);
}

function Harness() {
  return (
    <ErrorBoundary>
      <Exploding secret="boris.ivanov@contoso.com" />
    </ErrorBoundary>
  );
}

describe('ErrorBoundary', () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    // React reports the caught error on the console in development builds; the pane itself must not.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it.each([
    ['en', 'Something went wrong', 'Try again'],
    ['ru', 'Что-то пошло не так', 'Повторить'],
  ] as const)('%s: says what happened with a reference, without the error text', (lang, title, retry) => {
    render(
      <I18nProvider lang={lang}>
        <FluentProvider theme={webLightTheme}>
          <Harness />
        </FluentProvider>
      </I18nProvider>,
    );
    expect(screen.getByText(title)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: retry })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('boris.ivanov@contoso.com');
    expect(document.body.textContent).toMatch(/\(.*[a-z0-9]{4,}\)/);
  });

  it('"Try again" renders the children again', async () => {
    let broken = true;
    function Flaky() {
      if (broken) throw new Error('once');
      return <p>Recovered</p>;
    }
    render(
      <I18nProvider lang="en">
        <FluentProvider theme={webLightTheme}>
          <ErrorBoundary>
            <Flaky />
          </ErrorBoundary>
        </FluentProvider>
      </I18nProvider>,
    );
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Recovered')).toBeInTheDocument();
  });
});
