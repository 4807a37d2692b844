import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RecipientList } from '../../src/app/components/RecipientList';
import { EXCHANGE_ONLINE_DEFAULTS } from '../../src/domain/policy';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { aMessage, aRecipient, assess } from '../builders/domain';

function renderList(...addresses: string[]) {
  const assessment = assess(
    aMessage().to(...addresses),
    addresses.map((a) => aRecipient(a).external()),
  );
  render(
    <I18nProvider lang="en">
      <RecipientList recipients={assessment.recipients} policy={EXCHANGE_ONLINE_DEFAULTS} />
    </I18nProvider>,
  );
  return userEvent.setup();
}

async function expandAll(user: ReturnType<typeof userEvent.setup>) {
  for (const toggle of screen.getAllByRole('button')) await user.click(toggle);
  return screen.getAllByRole('button').map((toggle) => toggle.getAttribute('aria-controls'));
}

describe('RecipientList: each expanded row controls its own explanation', () => {
  it('distinct ids for ordinary addresses, each pointing at its own list', async () => {
    const user = renderList('laura@fabrikam.com', 'sam@northwind.example');
    const ids = await expandAll(user);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(document.getElementById(id ?? '')).not.toBeNull();
  });

  // Addresses that differ only in non-ASCII or punctuation must still get distinct ids, or
  // aria-controls would point at another row's details.
  it.each([
    ['Cyrillic local parts of equal length', 'иван@пример.рф', 'пётр@пример.рф'],
    ['a dot versus an underscore', 'a.b@fabrikam.com', 'a_b@fabrikam.com'],
  ])('%s get distinct ids', async (_case, first, second) => {
    const user = renderList(first, second);
    const ids = await expandAll(user);
    expect(new Set(ids).size).toBe(2);
  });

  it('the explanation is labelled by whose it is', async () => {
    const user = renderList('laura@fabrikam.com');
    await user.click(screen.getByRole('button'));
    expect(within(screen.getByRole('list', { name: 'Why: laura@fabrikam.com' })).getByText('Outside your organisation')).toBeInTheDocument();
  });
});
