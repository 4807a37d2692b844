/**
 * "Copy diagnostics" (issue #14): what a helpdesk needs to find a failure in Microsoft's logs and
 * ours (the add-in version, the client, the API sets, the failure kinds with Graph's request ids),
 * and nothing personal: none of the message's addresses, its subject or the user's name.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { Root } from '../../src/app/Root';
import { ServicesProvider } from '../../src/app/services';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { DiagnosticsLog } from '../../src/domain/diagnostics';
import { graphAdapter } from '../../src/graph/graphAdapter';
import { GRAPH_ORIGIN, GraphClient } from '../../src/graph/graphClient';
import { en } from '../../src/i18n/en';
import { setupMswForFile } from '../builders/graph';
import { aScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server } = setupMswForFile();

const BORIS = 'boris.ivanov@contoso.com';
const LAURA = 'laura.jensen@fabrikam.com';
const SUBJECT = 'Q4 budget draft — do not forward';

/** The pane over a tenant whose $batch fails with a 500 carrying Graph's ids, as Graph's error bodies do. */
async function paneWithGraphFailure() {
  const scenario = aScenario().subject(SUBJECT).to(BORIS).cc(LAURA).build();
  server.use(...simulatedTenantHandlers(scenario));
  server.use(
    http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, () =>
      HttpResponse.json(
        { error: { code: 'generalException', message: `Failed for ${BORIS}`, innerError: { 'request-id': 'req-0a1b', date: '2026-11-25T10:00:00' } } },
        { status: 500, headers: { 'client-request-id': 'cli-2c3d' } },
      ),
    ),
  );
  const base = servicesFor(scenario).services;
  const diagnostics = new DiagnosticsLog('1.0.0', base.clock);
  const services = { ...base, graph: graphAdapter(new GraphClient({ tokens: base.tokens, diagnostics, sleep: async () => undefined })), diagnostics };
  const user = userEvent.setup();
  render(<Root services={services} lang="en" dark={false} />);
  await screen.findByRole('heading', { level: 2, name: 'Check' });
  // Folded after the action: the verdict's details, and inside them the admin's.
  await user.click(screen.getByRole('button', { name: 'Why is it uncertain?' }));
  await user.click(screen.getByRole('button', { name: en['admin.details'] }));
  return { user, scenario };
}

describe('Copy diagnostics', () => {
  it('copies the failure with Graph’s request ids, the version and the client, and no address, subject or name', async () => {
    const { user, scenario } = await paneWithGraphFailure();
    const written = jest.spyOn(navigator.clipboard, 'writeText');
    const button = screen.getByRole('button', { name: en['diagnostics.copy'] });
    expect(button).toHaveAccessibleDescription(en['diagnostics.hint']);
    // Keyboard: focus and Enter.
    button.focus();
    await user.keyboard('{Enter}');
    // Said in a live region, so a screen reader hears it.
    expect((await screen.findByText(en['diagnostics.copied'])).closest('[role="status"]')).not.toBeNull();
    expect(written).toHaveBeenCalledTimes(1);
    const text = written.mock.calls[0]?.[0] ?? '';
    expect(text).toContain('add-in version: 1.0.0');
    expect(text).toContain('client: web');
    expect(text).toContain('NestedAppAuth 1.1');
    expect(text).toMatch(/server-error status=500 request-id=req-0a1b client-request-id=cli-2c3d/);
    for (const personal of [BORIS, LAURA, SUBJECT, scenario.user.address, scenario.user.name, 'contoso', 'fabrikam']) expect(text).not.toContain(personal);
  });

  it('without a clipboard: the same text, shown selected for Ctrl+C', async () => {
    const { user } = await paneWithGraphFailure();
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: en['diagnostics.copy'] }));
    const box = await screen.findByRole('textbox', { name: en['diagnostics.textLabel'] });
    expect(screen.getByText(en['copyDraft.copyFailed'])).toBeInTheDocument();
    expect((box as HTMLTextAreaElement).value).toMatch(/request-id=req-0a1b/);
    expect((box as HTMLTextAreaElement).value).not.toContain(BORIS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(box).toHaveFocus();
  });

  it('after a rendering error: the reference on screen is the one copied', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const scenario = aScenario().to(BORIS).build();
    const base = servicesFor(scenario).services;
    const diagnostics = new DiagnosticsLog('1.0.0', base.clock);
    const services = { ...base, diagnostics };
    const written = jest.spyOn(navigator.clipboard, 'writeText');
    const Exploding = (): never => {
      throw new Error(`render failed for ${BORIS}`);
    };
    const user = userEvent.setup();
    render(
      <ServicesProvider services={services}>
        <I18nProvider lang="en">
          <FluentProvider theme={webLightTheme}>
            <ErrorBoundary>
              <Exploding />
            </ErrorBoundary>
          </FluentProvider>
        </I18nProvider>
      </ServicesProvider>,
    );
    const reference = /reference (\w+)/.exec(document.body.textContent ?? '')?.[1];
    expect(reference).toMatch(/^\w{4,}$/);
    await user.click(screen.getByRole('button', { name: en['diagnostics.copy'] }));
    const text = written.mock.calls[0]?.[0] ?? '';
    expect(text).toMatch(new RegExp(`unexpected correlation-id=${reference}`));
    expect(text).not.toContain(BORIS);
    consoleError.mockRestore();
  });
});
