/**
 * A message to a whole department: `count` recipients, mostly colleagues, every tenth at a partner
 * firm and every twenty-fifth on a personal mailbox. Generated rather than stored as JSON.
 */
export function largeListScenario(count: number) {
  const people = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    if (i % 25 === 24) return { name: `Personal ${n}`, address: `person${n}@gmail.com` };
    if (i % 10 === 9) return { name: `Partner ${n}`, address: `partner${n}@fabrikam.com` };
    return { name: `Colleague ${n}`, address: `colleague${n}@contoso.com` };
  });
  return {
    id: `large-list-${count}`,
    title: { en: `${count} recipients (a whole department)`, ru: `${count} получателей (целый отдел)` },
    now: '2026-11-25T10:00:00Z',
    host: { hostName: 'Outlook', accountType: 'office365', platform: 'PC', locale: 'en-US', requirementSets: { Mailbox: '1.14', NestedAppAuth: '1.1' } },
    user: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
    message: {
      itemClass: 'IPM.Note',
      folder: 'sentitems',
      subject: 'Reorganisation plan (draft, not for distribution)',
      sentDateTime: '2026-11-25T09:58:00Z',
      from: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
      to: people,
      body: {
        type: 'html',
        content:
          '<html><body><div style="font-family: Aptos, Calibri, sans-serif; font-size: 11pt"><p>Dear colleagues,</p><p>Attached is the draft reorganisation plan for the department. It is not final and not for distribution.</p><p>Alex Morgan</p></div></body></html>',
      },
    },
    tenant: { graph: 'available', verifiedDomains: ['contoso.com'] },
    policy: {},
  };
}
