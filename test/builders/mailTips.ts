/**
 * MailTips in the two shapes tests write: the entry Graph's getMailTips answers with (wire JSON,
 * microsoft-graph-docs-contrib api-reference/v1.0/resources/mailtips.md), and the answer the
 * adapter makes of it (`MailTip`, src/domain/scopeEvidence.ts). A new MailTips field gets its
 * default here, once, not in every test that writes an answer:
 *   aMailTip('sales@contoso.com').internal().group(12, 2).build()
 *   tipsFor(addresses)                       // one honest entry per asked address
 *   answeredTip('internal', 12, 2)           // what collectMailTips makes of such an entry
 */
import type { MailTip } from '../../src/domain/scopeEvidence';

/** One entry of a getMailTips answer's `value`, as Graph sends it. */
export type WireMailTip = {
  readonly emailAddress: { readonly address: string };
  readonly recipientScope?: string;
  readonly totalMemberCount?: number;
  readonly externalMemberCount?: number;
  readonly error?: { readonly code: string; readonly message: string };
};

export class MailTipBuilder {
  private recipientScope: string | undefined;
  private members: { total: number; external: number } | undefined;
  private failure: { code: string; message: string } | undefined;

  constructor(readonly address: string) {}

  /** Graph's recipientScope as sent: none, internal, external, externalPartner, externalNonPartner (flags). */
  scope(recipientScope: string): this {
    this.recipientScope = recipientScope;
    return this;
  }
  internal(): this {
    return this.scope('internal');
  }
  external(): this {
    return this.scope('external');
  }
  /** totalMemberCount and externalMemberCount (a person counts as a group of 1 with none outside). */
  group(totalMembers: number, externalMembers: number): this {
    this.members = { total: totalMembers, external: externalMembers };
    return this;
  }
  /** An error for this address instead of its tips (mailTipsError). */
  error(code: string, message = code): this {
    this.failure = { code, message };
    return this;
  }
  build(): WireMailTip {
    return {
      emailAddress: { address: this.address },
      ...(this.failure !== undefined ? { error: this.failure } : {}),
      ...(this.recipientScope !== undefined ? { recipientScope: this.recipientScope } : {}),
      ...(this.members !== undefined ? { totalMemberCount: this.members.total, externalMemberCount: this.members.external } : {}),
    };
  }
}

export const aMailTip = (address: string) => new MailTipBuilder(address);

/** Colleagues at contoso.com are inside, everyone else outside: the tenant most tests play. */
export const contosoScope = (address: string) => (address.endsWith('@contoso.com') ? 'internal' : 'external');

/** One honest entry per asked address, its scope from `scopeOf`. */
export const tipsFor = (addresses: readonly string[], scopeOf: (address: string) => string = contosoScope): WireMailTip[] =>
  addresses.map((address) => aMailTip(address).scope(scopeOf(address)).build());

/** What the adapter makes of an answered entry (collectMailTips): counts it did not get are null. */
export const answeredTip = (recipientScope: string, totalMemberCount: number | null = null, externalMemberCount: number | null = null): MailTip => ({
  kind: 'answered',
  recipientScope,
  totalMemberCount,
  externalMemberCount,
});
