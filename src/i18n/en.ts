/**
 * English catalog: ICU MessageFormat. Keys are shared with ru.ts (the compiler checks it); reason
 * texts are keyed by reason code so a rule and its words are found by the same name.
 */
export const en = {
  'app.title': 'Recall Assistant',
  'app.loading': 'Checking who can still be reached…',
  'app.loading.step': 'Opening…',
  'app.noItem.title': 'No message selected',
  'app.noItem.body': 'Select a message you sent (in Sent Items) and this pane will tell you whether it can still be recalled.',
  'app.noItem.hint':
    'Pin this pane (the pin at its top) and it follows your selection: every message you select gets its own check, and nothing from the previous one carries over.',
  'app.error.title': 'Something went wrong',
  'app.error.retry': 'Try again',
  'app.startOver': 'Start over',
  'app.back': 'Back',
  'app.steps': 'Steps',
  'step.check': 'Check',
  'step.choose': 'Choose',
  'step.act': 'Recall',
  'step.alternatives': 'Write to recipients',

  'context.sentAgo': 'Sent {age}',
  'context.sentUnknown': 'Sending time unknown',
  'context.recipients': '{count, plural, one {# recipient} other {# recipients}}',
  'context.client': 'Opened in {client}',
  'context.noSubject': '(no subject)',
  'client.web': 'Outlook on the web',
  'client.newOutlook': 'new Outlook for Windows',
  'client.classicWindows': 'classic Outlook for Windows',
  'client.mac': 'Outlook for Mac',
  'client.mobile': 'Outlook mobile',
  'client.unknown': 'unknown client',

  'overall.recallable.title': 'Recall can still work for everyone',
  'overall.recallable.body': 'Every recipient is in your organisation. Act now: the sooner you recall, the fewer people see it.',
  'overall.partial.title': '{certain, select, yes {Recall can reach {reachable} of {total}} other {Recall may reach up to {reachable} of {total}}}',
  'overall.partial.body':
    'A recall can remove the message only from mailboxes in your organisation. The others keep it: the plan below asks them to delete it.',
  'overall.uncertain.title': 'Recall may work, but it is not certain',
  'overall.uncertain.body': 'Some facts could not be confirmed. Recall it, then write to anyone the recall report says it missed.',
  'overall.not-recallable.title': 'A recall can’t work for this message',
  'overall.not-recallable.body': 'Write to the recipients instead: a correction, an apology or a request to delete it.',
  'overall.nextStep': 'Recommended next step',
  'overall.announce': 'Verdict: {title}',

  'gap.graph': 'This verdict uses only what Outlook shows, so it is more cautious than it could be.',
  'gap.auth.not-configured': 'the add-in is not connected to Microsoft Graph in your organisation yet (an admin sets auth.clientId in config.json)',
  'gap.auth.auth-config-invalid': 'the add-in’s sign-in settings in config.json have problems (tell your admin)',
  'gap.auth.nested-auth-unsupported':
    'this Outlook can’t sign the add-in in to Microsoft Graph. That takes Outlook on the web, new Outlook for Windows, classic Outlook for Windows Version {windows} (Build {windowsBuild}) or later, Outlook for Mac {mac} or later, or Outlook for iOS and Android {mobile} or later, with a work or school mailbox (not Outlook.com or Gmail)',
  'gap.auth.nested-auth-unavailable': 'Outlook did not let the add-in sign in to Microsoft Graph',
  'gap.graphFailed': 'Microsoft Graph could not be asked ({failure})',
  'gap.bcc': 'Bcc recipients are not visible here, so they are not in this list.',
  'gap.mailTips': 'Microsoft 365 did not confirm some of the mailboxes (MailTips did not answer for them), so they are not promised a recall.',
  'gap.readReceipts': 'Read receipts could not be checked, and your organisation recalls only unread messages: nobody can be shown as certainly recallable.',
  'gap.truncated': 'Outlook shows only the first {cap} recipients per field; others may be missing from this list.',
  'gap.earlierRecall': 'Whether this message was already recalled could not be checked: look for a recall report in your Inbox before recalling again.',
  'gap.policyInvalid':
    'Some of your organisation’s recall settings could not be read. The pane uses those it could read and, for the others, the strictest value. Tell your admin.',

  // ---- Issue #21 item 5: config.json keys the add-in does not take as written ----
  'config.problem.near-miss': '“{key}” is not a setting the add-in knows, but it looks like {meant}: until it is fixed, {meant} is treated as unknown.',
  'config.problem.duplicate': '“{key}” is given more than once with different values, so it is treated as unknown.',
  'config.problem.unknown-key': '“{key}” is not a setting the add-in knows; it is ignored.',
  // Issue #21 item 13: the banner names a recipient with the address, as the rows do.
  'recipient.nameAndAddress': '{name} ({address})',
  // ---- end of issue #21 item 5 block ----

  'group.recallable': '{count, plural, one {Can be recalled: # recipient} other {Can be recalled: # recipients}}',
  'group.uncertain': '{count, plural, one {Uncertain: # recipient} other {Uncertain: # recipients}}',
  'group.not-recallable': '{count, plural, one {Can’t be recalled: # recipient} other {Can’t be recalled: # recipients}}',
  'recipient.details': 'Why: {name}',
  'recipient.field.to': 'To',
  'recipient.field.cc': 'Cc',
  'recipient.field.bcc': 'Bcc',
  'recipient.noAddress': '(no address)',

  'reason.NOT_EXCHANGE_MAILBOX.title': 'Your account can’t recall',
  'reason.NOT_EXCHANGE_MAILBOX.detail':
    'Recall exists only for work mailboxes in Microsoft 365. Personal accounts (Outlook.com, Gmail and others) have no recall.',
  'reason.NOT_IN_SENT_ITEMS.title': 'Not a message you sent',
  'reason.NOT_IN_SENT_ITEMS.detail': 'Only a message sent from this mailbox can be recalled, and only from your Sent Items folder.',
  'reason.MEETING_ITEM.title': 'This is a meeting item',
  'reason.MEETING_ITEM.detail': 'Meeting requests can’t be recalled: cancel or update the meeting instead.',
  'reason.RECALL_DISABLED_BY_POLICY.title': 'Recall is turned off in your organisation',
  'reason.RECALL_DISABLED_BY_POLICY.detail': 'Your admin has disabled message recall. Use an alternative below.',
  'reason.ALREADY_RECALLED.title': 'Recall already requested',
  'reason.ALREADY_RECALLED.detail': 'A recall for this message is already in progress or finished. Check its report instead of recalling again.',
  'reason.TOO_OLD.title': 'Too old to recall',
  'reason.TOO_OLD.detail': 'Your organisation allows recalling messages up to {days, plural, one {# day} other {# days}} old.',
  'reason.INTERNAL.title': 'In your organisation',
  'reason.INTERNAL.detail': 'Their mailbox is in your organisation: a recall can remove the message.',
  'reason.EXTERNAL_ALLOWED_TENANT.title': 'Partner organisation',
  'reason.EXTERNAL_ALLOWED_TENANT.detail':
    'Their organisation is on your admin’s list of partners that accept recalls, but only they can confirm it is switched on.',
  'reason.EXTERNAL.title': 'Outside your organisation',
  'reason.EXTERNAL.detail': 'Recall does not reach other organisations. Ask them to delete it.',
  'reason.CONSUMER_MAILBOX.title': 'Personal mailbox',
  'reason.CONSUMER_MAILBOX.detail': 'Gmail, Yahoo, Outlook.com, Mail.ru, Yandex and similar services can’t be reached by a recall. Ask them to delete it.',
  'reason.READ.title': 'Already read',
  'reason.READ.detail':
    '{allowed, select, true {They opened it (read receipt received). Your organisation still recalls read messages, but they may have seen it.} other {They opened it (read receipt received) and your organisation does not recall read messages.}}',
  'reason.GROUP_HAS_EXTERNAL_MEMBERS.title': 'Group with outside members',
  'reason.GROUP_HAS_EXTERNAL_MEMBERS.detail':
    '{external, plural, one {# of its members is} other {# of its members are}} outside your organisation; the recall won’t reach them.',
  'reason.SCOPE_UNKNOWN.title': 'Couldn’t confirm where the mailbox is',
  'reason.SCOPE_UNKNOWN.detail': 'The add-in could not ask your organisation’s directory whether this mailbox is inside it. A recall may or may not reach it.',
  'reason.MALFORMED_ADDRESS.title': 'Unusual address',
  'reason.MALFORMED_ADDRESS.detail':
    '{disguised, select, yes {This address contains invisible, look-alike or escaped characters, so it may not be the mailbox it looks like. Nobody can tell whether a recall reaches it.} other {This address could not be read, so nobody can tell whether a recall reaches it.}}',

  // --- Fail closed (issue #12): reasons for evidence that is missing, and the gaps that name it ---
  'reason.ITEM_CLASS_UNKNOWN.title': 'Not an ordinary email',
  'reason.ITEM_CLASS_UNKNOWN.detail':
    'This item is not a regular message (it may be a task, a post or a report), and it is not known whether a recall works for it. Try it only as a last resort, and plan a follow-up.',
  'reason.SENT_ITEMS_UNKNOWN.title': 'Not confirmed to be in Sent Items',
  'reason.SENT_ITEMS_UNKNOWN.detail':
    'Microsoft Graph could not confirm that this message is in your Sent Items folder. A recall works only on a message sent from this mailbox and kept there.',
  'reason.RECALL_HISTORY_UNKNOWN.title': 'Couldn’t check for an earlier recall',
  'reason.RECALL_HISTORY_UNKNOWN.detail':
    'The recall requests in your Sent Items and the recall reports in your Inbox could not all be read, or one found there may belong to another message you sent with the same subject. A recall of this message may already be under way.',
  'reason.RECALL_POLICY_UNKNOWN.title': 'Your organisation’s recall setting is unknown',
  'reason.RECALL_POLICY_UNKNOWN.detail':
    'The add-in’s settings file could not say whether your organisation allows recall, so nobody is shown as certainly recallable. Tell your admin.',
  'reason.AGE_LIMIT_UNKNOWN.title': 'Age limit unknown',
  'reason.AGE_LIMIT_UNKNOWN.detail': 'The add-in’s settings file could not say how old a message may be and still be recalled. Tell your admin.',
  'reason.SENT_TIME_UNKNOWN.title': 'Sending time unknown',
  'reason.SENT_TIME_UNKNOWN.detail': 'Without the sending time the add-in can’t tell whether the message is still young enough to be recalled.',
  'reason.INTERNAL_DOMAIN_UNCONFIRMED.title': 'Your organisation’s domain, mailbox not confirmed',
  'reason.INTERNAL_DOMAIN_UNCONFIRMED.detail':
    'The address is in one of your organisation’s domains, but Microsoft 365 did not confirm the mailbox (MailTips did not answer). It could be a group with members outside, or a contact that forwards elsewhere.',
  'reason.READ_STATE_UNKNOWN.title': 'Can’t tell whether they read it',
  'reason.READ_STATE_UNKNOWN.detail':
    'Your organisation recalls only unread messages, and the read receipts could not be checked. If they opened it, the recall won’t remove it.',
  'reason.GROUP_MEMBERS_UNKNOWN.title': 'Group members unknown',
  'reason.GROUP_MEMBERS_UNKNOWN.detail':
    'This is a group, but Microsoft 365 did not say whether any of its members are outside your organisation; the recall won’t reach those.',
  // --- end of fail-closed block ---

  'check.incident': 'Confidential content sent outside? Incident steps',

  'choose.title': 'Recall options',
  'choose.delete.label': 'Delete unread copies of this message',
  'choose.delete.detail': 'If the recall succeeds, the message is removed from the mailboxes it reaches. Best when the content simply should not be there.',
  'choose.replace.label': 'Delete unread copies and replace with a new message',
  'choose.replace.detail': 'Removes it where the recall succeeds, and you send a corrected version. Use it only when the correction is really needed.',
  'choose.replace.warning': 'If the recall fails for someone, they will get both messages: a replacement after a failed recall adds confusion.',
  'choose.continue': 'Continue',

  'act.title': 'Recall it in Outlook',
  'act.intro': 'Follow these steps in {client}. It takes about a minute.',
  'act.readPolicy':
    '{allowed, select, true {Your organisation recalls read messages too, but those who read it may have seen it.} other {Your organisation recalls only unread messages.}}',

  'guide.web.1': 'Open Sent Items and open the message.',
  'guide.web.2': 'Select “…” (More actions) at the top of the message.',
  'guide.web.3': 'Select “Recall message” and confirm with “OK”.',
  'guide.newOutlook.1': 'Open Sent Items and double-click the message to open it in its own window.',
  'guide.newOutlook.2': 'Select “…” (More actions) on the message toolbar.',
  'guide.newOutlook.3': 'Select “Recall message” and confirm with “OK”.',
  'guide.classicWindows.1': 'Go to Sent Items and double-click the message (the reading pane has no Recall command).',
  'guide.classicWindows.2': 'On the “Message” tab, select “Actions” (in some versions it is a “…” button).',
  'guide.classicWindows.3': 'Select “Recall This Message”.',
  'guide.classicWindows.4': 'Choose “{option}” and select “OK”.',
  'guide.mac.1': 'Outlook for Mac does not offer Recall.',
  'guide.mac.2': 'Open Outlook on the web in a browser, open Sent Items, open the message and select “…” → “Recall message”.',
  'guide.mobile.1': 'Outlook mobile may not offer Recall.',
  'guide.mobile.2': 'Open Outlook on the web in a browser, open Sent Items, open the message and select “…” → “Recall message”.',
  'guide.unknown.1': 'Open Sent Items and open the message in its own window.',
  'guide.unknown.2': 'Find “Recall This Message” under “Actions” or “…” (More actions) and confirm.',

  'act.confirm.title': 'Recall this message now?',
  'act.confirm.reach': '{count, plural, one {The recall will try to remove it from # mailbox:} other {The recall will try to remove it from # mailboxes:}}',
  'act.confirm.notReach': '{count, plural, one {It can’t reach # recipient:} other {It can’t reach # recipients:}}',
  'act.confirm.irreversible': 'A recall can’t be undone. If it succeeds, the message is removed from the mailboxes it reaches.',
  'act.confirm.alert': 'Your organisation tells recipients when a message is recalled, so the recall itself may draw attention to it.',
  'act.confirm.go': 'Recall now',
  'act.confirm.native': 'Use Outlook’s Recall command instead',
  'act.recalling': 'Sending the recall request…',
  'act.refused': 'The add-in couldn’t recall this message itself ({failure}). Use Outlook’s own Recall command instead:',
  'act.didRecall': 'I’ve recalled it in Outlook: follow the outcome',

  'track.title': 'Recall status',
  'track.requested': 'Recall requested {age}.',
  'track.requestedEarlier': 'A recall was requested earlier.',
  'track.checking': 'Checking recall reports…',
  'track.refresh': 'Check now',
  'track.report': 'Open the recall report',
  'track.error': 'Couldn’t read the recall reports ({failure}). Trying again shortly.',

  'alt.title': 'Write to recipients',
  'alt.intro': '{count, plural, =0 {Nobody needs a follow-up.} one {# recipient may still have the message.} other {# recipients may still have the message.}}',
  'alt.pleaseDelete.label': 'Ask them to delete it',
  'alt.pleaseDelete.detail': 'A short, polite request to delete the message without reading further and to confirm.',
  'alt.correction.label': 'Send a correction',
  'alt.correction.detail': 'Explain what was wrong and give the right information.',
  'alt.apology.label': 'Apologise',
  'alt.apology.detail': 'A brief apology for the mistake.',
  'alt.template.heading': 'Which message?',
  'alt.open': 'Open the message',
  'alt.openLabel': '{template}: Open the message',
  'alt.openLabelFor': '{template}: Open the message {audience, select, internal {to your colleagues} other {to people outside your organisation}}',
  'alt.openPart': 'Message {part} of {parts}',
  'alt.openPartLabel':
    '{template}: open message {part} of {parts} {audience, select, internal {to your colleagues} other {to people outside your organisation}}',
  'alt.opened': 'A new message is open in Outlook. Review it before sending.',
  'alt.openedPart': 'Message {part} of {parts} is open in Outlook. Review and send it, then open the next one.',
  'alt.noRecipients': 'Everyone can be reached by a recall, so there is nobody to write to.',
  'alt.noneSelected': 'Nobody is ticked. Tick the people who should get a follow-up in the list below.',
  'alt.openFailed': 'Outlook could not open a new message: {failure}',
  'alt.draft.title':
    '{audience, select, internal {{count, plural, one {For # colleague} other {For # colleagues}}} other {{count, plural, one {For # recipient outside your organisation} other {For # recipients outside your organisation}}}}',
  'alt.draft.to': 'To: {names}',
  'alt.draft.toMore': 'To: {names} and {count} more',
  'alt.draft.bcc':
    '{count, plural, one {# of them was in Bcc and stays in Bcc, so the others won’t see that address.} other {# of them were in Bcc and stay in Bcc, so the others won’t see those addresses.}}',
  'alt.draft.split': 'Outlook accepts at most 100 recipients per field, so this follow-up is split into {count} messages. Open and send each one.',
  'alt.draft.subject': 'Subject',
  'alt.draft.body': 'Message',
  'alt.draft.hint': 'Edit it here or in Outlook. Nothing is sent until you select Send there.',
  'alt.draft.tooLong': 'This text is too long for Outlook’s new-message form (32 KB at most). Shorten it.',
  'alt.draft.restore': 'Restore the template text',
  'alt.who.heading': 'Who gets a follow-up, and why',
  'alt.who.intro': '{included} of {total} ticked. Change it if you know better: for example, add someone whose recall you doubt.',
  'alt.incident.heading': 'Was it confidential?',
  'alt.incident.body':
    'If the message held confidential or personal data and reached people outside your organisation, treat it as a security incident: a few more steps protect you and them.',
  'alt.incident.start': 'Open the incident steps',

  'followUp.why.NOT_RECALLABLE': 'a recall can’t reach them',
  'followUp.why.UNCERTAIN': 'a recall may not reach them',
  'followUp.why.RECALL_FAILED': 'the recall failed for them',
  'followUp.why.RECALL_UNKNOWN': 'no report says whether the recall reached them',
  'followUp.why.RECALL_PENDING': 'the recall is still in progress for them',
  'followUp.why.ADDED_BY_USER': 'added by you',
  'followUp.why.RECALLED': 'recalled: the message is gone from their mailbox',
  'followUp.why.RECALLABLE': 'a recall can reach them',
  'followUp.why.REMOVED_BY_USER': 'taken out by you',
  'followUp.why.SENDER': 'that is you',
  'followUp.why.MALFORMED': 'the address can’t be read, so nobody can write to it',

  'template.pleaseDelete.subject': 'Please delete: {subject}',
  'template.pleaseDelete.internal.body':
    '{count, plural, =1 {Hi,} other {Hi all,}}\n\n{when, select, known {On {sent} I} other {Earlier today I}} sent you “{subject}” by mistake. Please delete it without opening any attachments or forwarding it, and reply to let me know it’s gone.\n\nThanks, and sorry for the trouble.\n{sender}',
  'template.pleaseDelete.external.body':
    '{count, plural, =1 {Hello,} other {Dear all,}}\n\n{when, select, known {On {sent} I} other {Recently I}} sent you the message “{subject}” by mistake; it was meant for someone else. Please delete it without opening any attachments, do not forward it, and reply to confirm that it has been deleted.\n\nThank you for your help, and my apologies for the inconvenience.\n\nKind regards,\n{sender}',
  'template.correction.subject': 'Correction: {subject}',
  'template.correction.internal.body':
    '{count, plural, =1 {Hi,} other {Hi all,}}\n\nThere was a mistake in “{subject}”, which I sent {when, select, known {on {sent}} other {earlier}}. Here is the right information:\n\n[write the correction here]\n\nPlease use this version and ignore the earlier one. Sorry for the mix-up.\n{sender}',
  'template.correction.external.body':
    '{count, plural, =1 {Hello,} other {Dear all,}}\n\nThe message “{subject}” that I sent you {when, select, known {on {sent}} other {recently}} contained an error. The correct information is as follows:\n\n[write the correction here]\n\nPlease disregard the earlier version. I apologise for any inconvenience.\n\nKind regards,\n{sender}',
  'template.apology.subject': 'Apologies: {subject}',
  'template.apology.internal.body':
    '{count, plural, =1 {Hi,} other {Hi all,}}\n\nI sent you “{subject}” {when, select, known {on {sent}} other {earlier}} by mistake — sorry about that. Please ignore it and delete it.\n{sender}',
  'template.apology.external.body':
    '{count, plural, =1 {Hello,} other {Dear all,}}\n\n{when, select, known {On {sent} I} other {Recently I}} sent you the message “{subject}” in error. Please accept my apologies for the inconvenience, and kindly disregard and delete it.\n\nKind regards,\n{sender}',

  'incident.title': 'Sensitive content sent outside: what to do now',
  'incident.intro': 'If the message held confidential or personal data and reached people outside your organisation, take these steps now, in this order.',
  'incident.stop.title': 'Don’t send anything more',
  'incident.stop.detail':
    'No forward, no reply-all and no new message with the same content to these recipients. Send the right version to the right person in a new message, never in this thread.',
  'incident.report.title': 'Tell your security contact',
  'incident.report.contact': 'Your organisation’s contact is {name} ({address}). The message is prefilled with the facts they need.',
  'incident.report.none':
    'Your organisation hasn’t named a security contact in this add-in’s settings. Copy or download the summary below and send it to your IT or security team.',
  'incident.report.open': 'Report to security',
  'incident.report.subject': 'Security incident: message sent by mistake: {subject}',
  'incident.report.body':
    'Hello,\n\nI sent a message by mistake that may contain sensitive information, and it may have reached people outside our organisation. The facts are below. I am asking the recipients to delete it and will forward their confirmations.\n\n{summary}\n\n{sender}',
  'incident.delete.title': 'Ask the recipients to delete it and confirm',
  'incident.delete.detail':
    '{count, plural, =0 {Ask anyone who may still have it to delete it without opening attachments, and to reply when done.} one {# recipient outside your organisation may still have it. Ask them to delete it without opening attachments, and to reply when done.} other {# recipients outside your organisation may still have it. Ask them to delete it without opening attachments, and to reply when done.}}',
  'incident.delete.open': 'Write the please-delete message',
  'incident.revoke.title': 'Encrypted with Microsoft Purview? Ask for revocation',
  'incident.revoke.detail':
    'If the message was encrypted with Purview Message Encryption, an admin can revoke it. This needs Advanced Message Encryption (Microsoft 365 E5 or its add-on) and works only for recipients who read it in the encrypted-message portal (for example Gmail users), not for copies opened in Outlook. Mention it in your report to security.',
  'incident.revoke.command': 'Set-OMEMessageRevocation -Revoke $true -MessageId "{id}"',
  'incident.revoke.id': 'message ID',
  'incident.keep.title': 'Keep the replies',
  'incident.keep.detail': 'Forward the recipients’ confirmations to your security contact: they complete the record.',
  'incident.summary.heading': 'Incident summary',
  'incident.summary.label': 'Incident summary text',
  'incident.summary.note': 'It lists the recipients’ addresses and leaves this pane only when you send, copy or download it.',
  'incident.copy': 'Copy summary',
  'incident.downloadText': 'Download as text',
  'incident.downloadJson': 'Download for your IT team',
  'incident.status.report-opened': 'A message to your security contact is open in Outlook. Review it and send it.',
  'incident.status.copied': 'Summary copied. Paste it into a message or a ticket.',
  'incident.status.copy-failed': 'Couldn’t copy automatically. The summary is selected in the box: press Ctrl+C (⌘C on a Mac).',
  'incident.status.downloaded': 'The summary file is in your downloads. If nothing appeared, use Copy summary instead.',
  'incident.status.download-failed': 'This Outlook can’t download files. Use Copy summary instead.',

  'summary.title': 'Incident summary: message sent by mistake',
  'summary.generated': 'Prepared',
  'summary.subject': 'Subject',
  'summary.sent': 'Sent',
  'summary.unknownTime': 'unknown',
  'summary.sender': 'Sender',
  'summary.verdict': 'Recall verdict',
  'summary.counts':
    '{recipients, plural, one {# recipient} other {# recipients}}; outside the organisation or unknown: {external}; may still have the message: {mayStillHave}.',
  'summary.recipients': 'Recipients',
  'summary.actions': 'Actions taken',
  'summary.noActions': 'none yet',
  'summary.overall.recallable': 'a recall can reach everyone',
  'summary.overall.partial': 'a recall can reach only some recipients',
  'summary.overall.uncertain': 'a recall may work, not certain',
  'summary.overall.not-recallable': 'a recall can’t work',
  'summary.audience': '{audience, select, internal {inside the organisation} other {outside the organisation or unknown}}',
  'summary.verdictOf': '{verdict, select, recallable {recallable} uncertain {recall uncertain} other {not recallable}}',
  'summary.recall':
    '{status, select, succeeded {recall succeeded} failed {recall failed} pending {recall pending} unknown {recall outcome unknown} notTracked {recall requested, outcome not tracked} other {no recall attempted}}',
  'summary.followUp': '{included, select, true {follow-up: yes, {why}} other {follow-up: no, {why}}}',
  'summary.action.recall': '{time}: recall requested {by, select, addin {through Recall Assistant} other {with Outlook’s Recall command}}',
  'summary.action.recallNoTime': 'Recall requested with Outlook’s Recall command (time not recorded)',
  'summary.action.recallEarlier': 'A recall had already been requested before this summary (found in the mailbox)',
  'summary.action.followUp':
    '{time}: “{template}” message opened in Outlook for {recipients, plural, one {# recipient} other {# recipients}} {audience, select, internal {in the organisation} other {outside the organisation or unknown}}{parts, plural, =1 {} other { (message {part} of {parts})}}',
  'summary.action.securityReport': '{time}: report to the security contact opened in Outlook',
  'summary.more': '- … and {count} more: the full list is in the summary file, which I can send on request',

  'tips.heading': 'Next time: catch it before it leaves',
  'tips.undoSend.web':
    'Turn on Undo send: Settings → Mail → Compose and reply → Undo send, and choose up to 10 seconds. It works in Outlook on the web and the new Outlook.',
  'tips.undoSend.classicWindows':
    'Classic Outlook for Windows has no Undo send. Instead, add a rule that holds every message you send for a minute or two: File → Manage Rules & Alerts → New Rule → “Apply rule on messages I send” → “defer delivery by a number of minutes”.',
  'tips.undoSend.other':
    'Turn on Undo send in Outlook on the web: Settings → Mail → Compose and reply → Undo send (up to 10 seconds). It applies when you send from Outlook on the web or the new Outlook.',
  'tips.delay.classicWindows':
    'For one sensitive message: Options → Delay Delivery → “Do not deliver before” a few minutes from now. Until then you can still change or delete it in the Outbox.',
  'tips.delay.other':
    'For one sensitive message, schedule it a few minutes ahead (the arrow next to Send → Schedule send). Until then you can still change or delete it.',
  'tips.mailTips':
    'Ask your admin to turn on the MailTip for external recipients: Outlook then warns you before sending that someone on the list is outside your organisation.',
  'tips.readReceipts':
    'For sensitive messages, request a read receipt (Options → Request a Read Receipt). If something goes wrong, you — and this pane — know who has already opened it. Recipients and their organisations may decline to send one.',
  'tips.dismiss': 'Got it, don’t show again',
  'tips.dismissed': 'Tips hidden. They won’t appear again.',

  'failure.consent-required': 'permission to read your mailbox was not granted',
  'failure.auth-unavailable': 'sign-in is not available here',
  'failure.forbidden': 'access was denied',
  'failure.not-found': 'the message was not found',
  'failure.throttled': 'Microsoft 365 asked us to slow down',
  'failure.offline': 'Microsoft 365 could not be reached',
  'failure.timeout': 'the request timed out',
  'failure.server-error': 'Microsoft 365 had a server error',
  'failure.malformed-response': 'Microsoft 365 sent an answer we could not read',
  'failure.unsupported': 'this Outlook does not support it',
  'failure.unexpected': 'an unexpected error (reference {correlationId})',
  // Issue 21 item 3: an answer redirected elsewhere is not used.
  'failure.redirected': 'the answer came from another address, so it was not used',

  // — Graph contracts (#11): mailboxes Graph cannot serve —
  'failure.mailbox-unavailable': 'Microsoft Graph can’t reach this mailbox',
  'gap.mailboxUnavailable':
    'Microsoft Graph can’t reach this mailbox (error {code}). That happens when the mailbox is on an on-premises Exchange server, is a hybrid mailbox not yet moved to Exchange Online, or has no Exchange Online licence. So the add-in can’t see Bcc, Sent Items or MailTips, and can’t recall for you: use Outlook’s own Recall command. An admin can move the mailbox to Exchange Online or assign a licence.',

  'demo.heading': 'Recall Assistant — demo',
  'demo.intro': 'A simulated Outlook and Microsoft 365 tenant. Pick a scenario; the pane on the right is the real add-in.',
  'demo.scenarios': 'Scenarios',
  'demo.language': 'Language',
  'demo.theme': 'Theme',
  'demo.light': 'Light',
  'demo.dark': 'Dark',
  'demo.reset': 'Reset the simulated mailbox',
  'demo.pane': 'Add-in task pane',
  'demo.draft.title': 'Simulated Outlook: new message',
  'demo.draft.to': 'To',
  'demo.draft.bcc': 'Bcc',
  'demo.draft.subject': 'Subject',
  'demo.draft.close': 'Close',
  'demo.invalid.title': 'This scenario can’t be loaded',
  'demo.invalid.body': 'Fix these fields and reload:',
  'demo.unknown': 'There is no built-in scenario “{id}”.',
  'demo.loadFailed': 'The scenario file could not be fetched ({status}).',

  // --- Demo scenario loading: fetch and JSON errors, field problems (issue #16) ---
  'demo.loadFailed.network':
    'The scenario file could not be fetched from {url}: the server did not answer, or it does not let this page read it (CORS: it must send Access-Control-Allow-Origin).',
  'demo.json.unexpected': 'The scenario file is not valid JSON: unexpected “{found}” at line {line}, column {column}.',
  'demo.json.end': 'The scenario file is not valid JSON: it ends before the JSON is complete (line {line}, column {column}).',
  'demo.problem.missing': 'required, but missing',
  'demo.problem.type': 'must be {expected}; found {received}',
  'demo.problem.oneOf': 'must be one of {expected}; found {received}',
  'demo.problem.noForm': 'fits none of its allowed forms; each form’s problems follow',
  'demo.problem.id': 'must be lower-case letters, digits and dashes; found {received}',
  'demo.problem.isoTime': 'must be an ISO 8601 time such as 2026-11-25T09:30:00Z; found {received}',
  'demo.problem.integer': 'must be a whole number; found {received}',
  'demo.problem.min': 'must be at least {limit}; found {received}',
  'demo.problem.max': 'must be at most {limit}; found {received}',
  'demo.problem.invalid': 'is not valid; found {received}',
  'demo.type.string': 'text',
  'demo.type.number': 'a number',
  'demo.type.boolean': 'true or false',
  'demo.type.object': 'an object',
  'demo.type.array': 'a list',
  // --- end of demo scenario loading ---

  'outside.title': 'Open this in Outlook',
  'outside.body': 'Recall Assistant runs inside Outlook, from the button on a message you sent. To see how it works without Outlook, open the demo.',
  'outside.demo': 'Open the demo',
  'outside.bodyNoDemo': 'Recall Assistant runs inside Outlook: open a message in Sent Items and select Recall assistant on the ribbon or in the Apps menu.',
  'outside.timeout': 'Outlook did not finish starting the add-in. Close the pane and open it again.',

  // --- identity (issue 12: answers belong to their message, bounded waiting, bad input) ---
  'gap.stillWaiting': 'Microsoft 365 has not answered yet. This verdict uses what Outlook shows, and it updates here when the answer arrives.',
  'check.again': 'Check again',
  'check.again.hint': 'The problem may have been momentary.',
  // Issue 21 item 10: Graph's Retry-After is waited out, never cut short.
  'check.again.wait': 'Microsoft 365 asked us to wait: check again in {seconds, plural, one {# second} other {# seconds}}.',
  'check.again.waitMinutes': 'Microsoft 365 asked us to wait: check again in {minutes, plural, one {# minute} other {# minutes}}.',
  'check.again.ready': 'The wait Microsoft 365 asked for is over: you can check again now.',
  'time.unknown': 'unknown time',
  // --- end identity ---
  // --- New-message form missing (Mailbox 1.6): copy the draft instead (issue 11 item 9) ---
  'copyDraft.unavailable': 'This Outlook can’t open a prefilled message from the add-in. Copy the recipients and the text, then paste them into a new message.',
  'copyDraft.button': 'Copy recipients and text',
  'copyDraft.buttonPart': 'Copy message {part} of {parts}',
  'copyDraft.copied': 'Copied. Open a new message in Outlook and paste: the recipients and the subject are at the top of the copied text.',
  'copyDraft.copyFailed': 'The clipboard isn’t available here. The text below is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  'copyDraft.textLabel': 'Recipients and text to paste',
  'copyDraft.to': 'To: {addresses}',
  'copyDraft.bcc': 'Bcc: {addresses}',
  'copyDraft.subject': 'Subject: {subject}',

  // --- Safety window (issue #17): held messages in the pane, the demo's compose window and Smart Alert ---
  'held.title': 'Held messages',
  'held.intro': 'These messages wait on the server before they leave. Until then you can still stop them.',
  'held.loading': 'Looking for held messages…',
  'held.empty': 'No message is being held.',
  'held.noSubject': '(no subject)',
  'held.leavesIn': '{minutes, plural, one {Leaves in # minute} other {Leaves in # minutes}}, at {time}',
  'held.to': 'To: {recipients}',
  'held.sendNow': 'Send now',
  'held.dontSend': 'Don’t send — back to drafts',
  'held.dontSend.hint': 'Opens the draft in Outlook: change it or delete it before {time}.',
  'held.refresh': 'Refresh',
  'held.failed': 'That didn’t work: {reason}',
  'held.optIn':
    '{minutes, plural, one {Hold my messages to people a recall can’t reach for # minute} other {Hold my messages to people a recall can’t reach for # minutes}}',
  'held.optIn.failed': 'Outlook didn’t save this setting. Try again.',
  'demo.compose.title': 'Simulated Outlook: writing a message',
  'demo.compose.cc': 'Cc',
  'demo.compose.send': 'Send',
  'demo.compose.checking': 'Checking the recipients…',
  'demo.compose.sent': 'Sent. It has left your mailbox.',
  'demo.compose.held': 'Sent with a hold: it waits on the server until {time}. See the pane.',
  'demo.compose.holdSet': 'Outlook’s notice on the message:',
  'demo.compose.draft': 'Back in Drafts: it was not sent. Edit it, or send it again.',
  'demo.compose.editing': 'Back to editing: nothing was sent.',
  'demo.alert.label': 'Outlook alert from an add-in',
  'demo.alert.sendAnyway': 'Send Anyway',
  'demo.alert.dontSend': 'Don’t Send',
  // --- end safety window ---
  // --- perf (#15): long lists, provisional verdict ---
  'list.scrollHint': 'Scroll to see all {count}: the list continues below. The arrow keys move from row to row.',
  'list.summary.title': '{count, plural, one {At a glance: # recipient} other {At a glance: # recipients}}',
  'list.byOrganisation': 'By organisation',
  'list.byReason': 'By reason',
  'list.org.noDomain': 'No valid address',
  'list.count.recallable': '{count} can be recalled',
  'list.count.uncertain': '{count} uncertain',
  'list.count.not-recallable': '{count} can’t be recalled',
  'list.moreOrganisations': '{count, plural, one {and # more organisation} other {and # more organisations}}',
  'list.reasonLine': '{reason}: {count}',
  'list.showGroup': '{count, plural, one {Show # recipient} other {Show all # recipients}}',
  'list.hideGroup': 'Hide them',
  'provisional.heading': 'Checking…',
  'provisional.title': 'Provisional: {title}',
  'provisional.body': 'From what Outlook shows. Checking with Exchange who is in your organisation…',

  // ---- Issue #13: one plan for the whole job (proposal, status of everyone, navigation, admin details) ----
  'nav.alternatives': 'Write to recipients',
  'nav.choose': 'Recall options',
  'admin.details': 'Details for your admin',
  'time.justNow': 'just now',
  'gap.graphAdmin': 'Microsoft Graph was not used: {failure}.',
  'gap.policyProblems': 'config.json problems: {problems}',
  'overall.whoWhy': '{name} — {why}',
  'overall.andMore': '{more, plural, =0 {{list}} other {{list} and # more}}',
  'overall.missed': 'Not reached: {list}.',
  'overall.unsure': 'Not certain: {list}.',
  'overall.read':
    'Already read by {names}: {allowed, select, true {a recall can still remove it, but they may have seen it.} other {your organisation does not recall read messages.}}',
  'overall.recallRequested.title': 'A recall of this message was already requested',
  'overall.recallRequested.body': 'No need to recall it again: see whom it reached and write to anyone it missed.',
  'plan.propose':
    '{who, select, colleagues {{recall, plural, one {Recall # colleague} other {Recall # colleagues}}} other {{recall, plural, one {Recall it from # recipient} other {Recall it from # recipients}}}}{ask, plural, =0 {} other { and ask {names} to delete it}}',
  'plan.list': 'Everyone on the message',
  'plan.outcome.recalled': 'Recalled',
  'plan.outcome.failed': 'Recall failed',
  'plan.outcome.pending': 'In progress',
  'plan.outcome.unknown': 'Outcome unknown',
  'plan.outcome.not-targeted': 'Recall can’t reach',
  'plan.followUp.none': 'Nothing to do',
  'plan.followUp.undecided': 'Check the recall report; write to them if it failed',
  'plan.followUp.waiting': 'Waiting for the recall report',
  'plan.followUp.opened': 'Note opened in Outlook',
  'plan.followUp.skipped': 'No note: your decision',
  'plan.skip': 'No note needed',
  'plan.skipFor': 'No note needed: {name}',
  'plan.undo': 'Undo',
  'plan.undoFor': 'Undo: {name}',
  'plan.done': 'Done: everyone is recalled or taken care of',
  'plan.doneDetail': 'Each recipient either had the message recalled or has your decision about a note.',
  'plan.running': 'Recall in progress: {recalled} of {targets} recalled so far',
  'plan.untracked': 'The outcome is in Outlook’s recall report',
  'plan.summary': '{recalled} of {targets} recalled',
  'plan.stillHave': '{more, plural, =0 {May still have it: {names}.} other {May still have it: {names} and # more.}}',
  'track.requestedInOutlook': 'You recalled it in Outlook {age}.',
  'track.checkedDone': 'Reports checked {age}. Every report is in.',
  'track.checkedAgain': 'Reports checked {age}; checking again in a few seconds.',
  'track.noReports.cloud':
    'Outlook sends you one “Message Recall Report” with a link to each recipient’s status. Open it, then mark here who still needs a note.',
  'track.noReports.classic': 'Classic Outlook sends you one recall report per recipient. Read them, then mark here who still needs a note.',
  'act.after.cloud': 'Outlook then sends you one recall report with a link to each recipient’s status.',
  'act.after.classic': 'Outlook then sends you one recall report per recipient.',
  'act.confirm.writeAfter': 'You write to them right after the recall, from its status.',
  'alt.draft.allBcc':
    '{count, plural, one {In Bcc, so a reply-all reaches only you.} =2 {Both in Bcc: they are at different organisations, so neither sees the other’s address and a reply-all reaches only you.} other {All # in Bcc: they are at different organisations, so none sees the others’ addresses and a reply-all reaches only you.}}',
  'check.track': 'See the recall status',
  'followUp.why.RECALL_NOT_TRACKED': 'a recall was sent to them: tick them if its report says it failed',
  'incident.revoke.admin': 'For your admin (Exchange Online PowerShell), with the message’s Internet message ID:',
  // ---- end of issue #13 block ----
  // ---- Issue #22 items 2 and 5: reopening after a recall; recalled after it was read ----
  'group.afterRecall.recallable': '{count, plural, one {Recall requested: # recipient} other {Recall requested: # recipients}}',
  'group.afterRecall.uncertain': '{count, plural, one {The recall may not reach: # recipient} other {The recall may not reach: # recipients}}',
  'group.afterRecall.not-recallable': '{count, plural, one {The recall can’t reach: # recipient} other {The recall can’t reach: # recipients}}',
  'plan.followUp.recalledButRead': 'Recalled, but they had already read it: tell them',
  'plan.recalledButRead': '{more, plural, =0 {Recalled, but already read by: {names}.} other {Recalled, but already read by: {names} and # more.}}',
  'followUp.why.RECALLED_BUT_READ': 'recalled, but they had already read it',
  // ---- end of issue #22 items 2 and 5 block ----
  // ---- Issue #14 item 3: "Copy diagnostics" (ids for the helpdesk, nothing personal) ----
  'diagnostics.copy': 'Copy diagnostics',
  'diagnostics.hint': 'For your helpdesk: the add-in version, your Outlook, and the references of the last errors. No addresses, names or message text.',
  'diagnostics.copied': 'Diagnostics copied. Paste them into your message to the helpdesk.',
  'diagnostics.textLabel': 'Diagnostics for your helpdesk',
  // ---- end of issue #14 item 3 block ----
  // ---- Issue #22 (items 4, 6, 7, 8): the recall first in an incident, a received message, a row's next step, fallback verdicts ----
  'gap.why':
    '{kind, select, consent {The add-in isn’t allowed to read your mailbox, so it sees only what Outlook shows. Ask your IT to approve the add-in.} setup {The add-in isn’t connected to Microsoft 365 in your organisation yet, so it sees only what Outlook shows.} auth {The add-in can’t sign in to Microsoft 365 in this Outlook, so it sees only what Outlook shows.} mailbox {Microsoft 365 can’t reach your mailbox (it may be on your organisation’s own Exchange server), so the add-in sees only what Outlook shows.} other {Microsoft 365 didn’t answer, so the add-in sees only what Outlook shows.}}',
  'check.why': '{uncertain, select, yes {Why is it uncertain?} other {Details}}',
  'check.recallInOutlook': 'Recall in Outlook',
  'check.received': 'Recall Assistant helps with messages you sent. To recall one, open it in Sent Items and select Recall assistant there.',
  'act.didRecallIncident': 'I’ve recalled it in Outlook: back to the incident steps',
  'incident.recall.title': 'Recall it now',
  'incident.recall.detail':
    '{who, select, colleagues {{count, plural, one {If it succeeds, a recall removes it from # colleague’s mailbox.} other {If it succeeds, a recall removes it from # colleagues’ mailboxes.}}} other {{count, plural, one {If it succeeds, a recall removes it from # recipient’s mailbox.} other {If it succeeds, a recall removes it from # recipients’ mailboxes.}}}} That stops it spreading inside your organisation.',
  'incident.recall.doneTitle': 'Recall requested',
  'plan.ask': 'Ask them to delete it',
  'plan.askFor': 'Ask {name} to delete it',
  'plan.tell': 'Write to them',
  'plan.tellFor': 'Write to {name}',
  'gap.consentAdmin':
    'The add-in has no permission to read this mailbox through Microsoft Graph ({failure}). An admin grants it once for everyone: in Microsoft Entra, the add-in’s app registration → API permissions → Grant admin consent (User.Read, Mail.Read, Mail.ReadWrite).',
  // ---- end of issue #22 block ----
  // ---- Issue #22 item 1: "Delete and replace" replaces (confirmation, the replacement as the next step) ----
  'act.confirm.titleReplace': 'Recall and replace this message?',
  'act.confirm.replaceNext':
    '{count, plural, one {Then you open the replacement: a new message to the # recipient the recall is aimed at, in the same field as before (To, Cc or Bcc), with the original subject and text marked “{marker}”. You correct it and send it.} other {Then you open the replacement: a new message to the # recipients the recall is aimed at, each in the same field as before (To, Cc or Bcc), with the original subject and text marked “{marker}”. You correct it and send it.}}',
  'act.confirm.goReplace': 'Recall now, then replace',
  'act.guide.outlookReplaces':
    'After “OK”, Outlook opens the replacement itself: a copy of your message to correct and send. The add-in doesn’t open a second one.',
  'act.guide.replaceAfter': 'Once it is recalled, come back here: the replacement opens from this pane, prefilled from the original.',
  'replace.marker': '[Corrected]',
  'replace.cutNote': '[…the rest of the original did not fit…]',
  'replace.title.due': 'Next: send the replacement',
  'replace.title.opened': 'Replacement opened in Outlook',
  'replace.title.skipped': 'No replacement: your decision',
  'replace.title.by-outlook': 'Outlook opened the replacement',
  'replace.intro':
    '{count, plural, one {A new message to the # recipient the recall is aimed at, in the same field as before (To, Cc or Bcc), with the original subject and text marked “{marker}”. Correct it, then send it.} other {A new message to the # recipients the recall is aimed at, each in the same field as before (To, Cc or Bcc), with the original subject and text marked “{marker}”. Correct it, then send it.}}',
  'replace.notCopied': 'Attachments and pictures of the original aren’t copied: add them again if the replacement needs them.',
  'replace.unseen': 'Recipients the add-in can’t see here (Bcc, or more than Outlook shows) aren’t in the replacement: add them if they should get it.',
  'replace.byOutlook': 'When you recalled it, Outlook’s dialog opened a copy of the message to correct and send. Send it from there.',
  'replace.open': 'Open the replacement',
  'replace.openPart': 'Open the replacement, part {part} of {parts}',
  'replace.copy': 'Copy the replacement',
  'replace.copyPart': 'Copy the replacement, part {part} of {parts}',
  'replace.skip': 'Don’t send a replacement',
  'replace.opened': 'The replacement is open in Outlook: correct it and send it.',
  'replace.openedPart': 'Part {part} of {parts} is open in Outlook. Send it, then open the next part.',
  'replace.body.as-text': 'The original is larger than Outlook’s new-message form takes (32 KB), so its text was copied without formatting.',
  'replace.body.cut': 'The original is larger than Outlook’s new-message form takes (32 KB): its text was cut short. Copy the rest from the original message.',
  'replace.body.none': 'The text of the original couldn’t be copied: paste it from the original message.',
  'plan.replacementNext': '{recalled} of {targets} recalled. Next: the replacement',
  'copyDraft.cc': 'Cc: {addresses}',
  'demo.draft.cc': 'Cc',
  // ---- end of issue #22 item 1 block ----
  // ---- Issue #21: conflicting and partial answers (docs/fail-closed.md) ----
  'reason.RECIPIENTS_INCOMPLETE.title': 'Not every recipient is known',
  'reason.RECIPIENTS_INCOMPLETE.detail':
    'Microsoft 365 did not give this message’s full list of recipients (its Bcc, or those Outlook leaves out of a long list), or its list differs from what Outlook shows. Someone missing here may be outside your organisation, so a recall can’t be promised to reach everyone.',
  'reason.SCOPE_CONFLICTING.title': 'Conflicting answers about this mailbox',
  'reason.SCOPE_CONFLICTING.detail':
    'Microsoft 365 answered more than once about this address, and the answers differ (for example, inside and outside your organisation). A recall may or may not reach it.',
  'gap.recipientsDisagree':
    'Microsoft 365 lists this message’s recipients differently from Outlook. Everyone either of them shows is in this list, but someone may still be missing.',
  // ---- end of issue #21 block ----
} as const;

export type MessageKey = keyof typeof en;
