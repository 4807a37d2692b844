/**
 * @jest-environment jest-fixed-jsdom
 *
 * A recall report's HTML body read with the browser's own parser (src/graph/reportBody.ts): the
 * text lines and link targets the domain judges (recallTracking.ts). jsdom's DOMParser stands in
 * for the task pane's webview.
 */
import { trackRecall, type RecallReport } from '../../../src/domain/recallTracking';
import { keyOf } from '../../builders/domain';
import { readReportBody } from '../../../src/graph/reportBody';

const boris = 'boris.ivanov@contoso.com';
const subject = 'Q4 budget draft — do not forward';
const cloudReport = (html: string): RecallReport => ({
  kind: 'cloud',
  message: { subject: `Message Recall Report: ${subject}`, from: 'microsoftexchange@contoso.com', dateTime: new Date('2026-11-25T10:01:00Z') },
  body: readReportBody(html),
});
const track = (html: string) =>
  trackRecall(
    [keyOf(boris)],
    { reports: [cloudReport(html)], tenantDomains: ['contoso.com'], complete: true, subjectUnique: true },
    { subject, recipients: new Set([keyOf(boris)]) },
    new Date('2026-11-25T10:00:00Z'),
  );

describe('readReportBody', () => {
  it('one line per table row and paragraph, cells kept apart, markup gone', () => {
    const body = readReportBody(
      `<p>Your recall request has been processed.</p><table><tr><td>${boris}</td><td>Succeeded</td></tr><tr><td>maria@contoso.com</td><td>Failed</td></tr></table>`,
    );
    expect(body.lines).toEqual(['Your recall request has been processed.', `${boris} Succeeded`, 'maria@contoso.com Failed']);
  });

  it('decodes every entity as Outlook shows it: an address written with &#64; is still that recipient', () => {
    expect(readReportBody('<p>boris.ivanov&#64;contoso.com&nbsp;&mdash; Failed</p>').lines).toEqual(['boris.ivanov@contoso.com\u00a0— Failed']);
    expect(track('<table><tr><td>boris.ivanov&#64;contoso.com</td><td>Failed</td></tr></table>').outcomes.get(keyOf(boris))).toBe('failed');
  });

  it('links are the anchors’ targets, in either quoting, entities decoded', () => {
    const body = readReportBody(`<a href='https://outlook.office.com/mail/r?a=1&amp;b=2'>View</a><a href="https://example.com/x">x</a>`);
    expect(body.links).toEqual(['https://outlook.office.com/mail/r?a=1&b=2', 'https://example.com/x']);
  });

  it('an href written in the text or on a non-link element is no link, so it is never offered', () => {
    const body = readReportBody(
      `<p>href="https://outlook.office.com/not-a-link"</p><link href="https://outlook.office.com/stylesheet"><div data-href="https://outlook.office.com/x">${boris} Succeeded</div>`,
    );
    expect(body.links).toEqual([]);
    expect(track(`<p>href="https://outlook.office.com/not-a-link"</p><p>${boris} Succeeded</p>`).reportUrl).toBeNull();
  });

  it('script and style text is not report text: a status hidden there settles nobody', () => {
    const body = readReportBody(`<style>td::after { content: "${boris} Succeeded" }</style><script>/* ${boris} Succeeded */</script><p>Report</p>`);
    expect(body.lines).toEqual(['Report']);
    expect(track(`<style>/* ${boris} Succeeded */</style><p>Report</p>`).outcomes.get(keyOf(boris))).toBe('unknown');
  });

  it('broken markup reads as text, never throws; an empty body is no lines and no links', () => {
    expect(readReportBody('<div><<<>>> </td').lines).toEqual(['<<<>>>']);
    expect(readReportBody('  ')).toEqual({ lines: [], links: [] });
  });
});
