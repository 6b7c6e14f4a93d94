import type { Lang } from '../engine/types.js';
import type { Principal } from './keys.js';
import type { Services } from '../service/services.js';

/** Hono's environment for this app: the typed variables every handler may read. */
export interface AppEnv {
  Variables: {
    requestId: string;
    lang: Lang;
    principal: Principal;
    services: Services;
  };
}
