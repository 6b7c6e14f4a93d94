/** The seed licence 京B2-20224676 (DOMAIN.md §1), pinned with its content revision. */
import { pinLicence } from '../engine/licence.js';
import type { Licence, PinnedLicence } from '../engine/types.js';
import raw from './jingB2-20224676.json' with { type: 'json' };

/** The default licence of a deployment. */
export const seedLicence: PinnedLicence = pinLicence(raw as Licence);
