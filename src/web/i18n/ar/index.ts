import { arPages } from './pages.js';
import { arShell } from './shell.js';

/**
 * Arabic strings (Modern Standard Arabic). "Tenant" is rendered as «مؤسسة»: that is what a tenant is to
 * our customers, and the literal «مستأجر» reads as a property lease. Numbers are kept out of agreement
 * (after a colon) so one string serves every count.
 */
export const ar = { ...arShell, ...arPages };
