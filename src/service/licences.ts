import type { PinnedLicence } from '../engine/types.js';

/**
 * The licences a deployment knows. A decision is judged against every licence the company holds
 * (same holder as the requested licence), so that an EDI licence can cover what the ICP licence
 * does not.
 */
export interface LicenceRegistry {
  /** The id used when a request names none. */
  readonly defaultId: string;
  /** The current revision of a licence, or undefined. */
  get(id: string): Promise<PinnedLicence | undefined>;
  /** Every licence held by the holder of `id` (itself included), current revisions. */
  heldWith(id: string): Promise<PinnedLicence[]>;
  /** All licences, current revisions. */
  all(): Promise<PinnedLicence[]>;
}

/** A registry over a fixed list (the seed, or what tests give). */
export class StaticLicenceRegistry implements LicenceRegistry {
  private readonly byId: Map<string, PinnedLicence>;

  constructor(licences: PinnedLicence[], readonly defaultId: string) {
    this.byId = new Map(licences.map((l) => [l.id, l]));
  }

  async get(id: string) {
    return this.byId.get(id);
  }

  async heldWith(id: string) {
    const primary = this.byId.get(id);
    if (!primary) return [];
    return [...this.byId.values()].filter((l) => l.holder === primary.holder);
  }

  async all() {
    return [...this.byId.values()];
  }
}
