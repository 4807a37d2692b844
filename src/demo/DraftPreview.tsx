import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { DraftMessage } from '../host/outlookHost';
import { useI18n } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  draft: {
    marginTop: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
  dl: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, margin: 0 },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  body: { whiteSpace: 'pre-wrap', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
});

/** Plain text of the body: parsed, never executed or injected as HTML. */
function bodyText(html: string): string {
  const lines = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>/gi, '</p>\n\n')
    .replace(/<\/(li|tr|h\d)>/gi, '$&\n');
  const doc = new DOMParser().parseFromString(lines, 'text/html');
  return (doc.body.textContent ?? '').trim();
}

/** What Outlook's new-message form would show for the draft the add-in asked to open. */
export function DraftPreview({ draft, onClose }: { draft: DraftMessage; onClose: () => void }) {
  const i18n = useI18n();
  const styles = useStyles();
  const to = draft.to.map((r) => r.address).join('; ');
  const cc = (draft.cc ?? []).map((r) => r.address).join('; ');
  const bcc = (draft.bcc ?? []).map((r) => r.address).join('; ');
  return (
    <aside
      className={styles.draft}
      aria-label={i18n.t('demo.draft.title')}
      data-draft=""
      data-draft-to={draft.to.map((r) => r.address).join(' ')}
      data-draft-cc={(draft.cc ?? []).map((r) => r.address).join(' ')}
      data-draft-bcc={(draft.bcc ?? []).map((r) => r.address).join(' ')}
    >
      <h2 className={styles.heading}>{i18n.t('demo.draft.title')}</h2>
      <dl className={styles.dl}>
        <dt>{i18n.t('demo.draft.to')}</dt>
        <dd className={styles.dd}>{to}</dd>
        {cc ? (
          <>
            <dt>{i18n.t('demo.draft.cc')}</dt>
            <dd className={styles.dd}>{cc}</dd>
          </>
        ) : null}
        {bcc ? (
          <>
            <dt>{i18n.t('demo.draft.bcc')}</dt>
            <dd className={styles.dd}>{bcc}</dd>
          </>
        ) : null}
        <dt>{i18n.t('demo.draft.subject')}</dt>
        <dd className={styles.dd} data-draft-subject="">
          {draft.subject}
        </dd>
      </dl>
      <p className={styles.body} data-draft-body="">
        {bodyText(draft.htmlBody)}
      </p>
      <Button onClick={onClose}>{i18n.t('demo.draft.close')}</Button>
    </aside>
  );
}
