import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { securityHeaders } from '../../shared/security/headers';

export { CONTENT_SECURITY_POLICY };

/** Headers on every web-mode response (see shared/security/headers.ts). */
export const SECURITY_HEADERS = securityHeaders('no-store');
