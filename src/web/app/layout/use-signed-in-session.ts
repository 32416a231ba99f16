import { useOutletContext } from 'react-router';
import type { SessionInfo } from '../../../contracts/index.js';

/** The session, for pages inside the app frame (which renders them only once signed in). */
export function useSignedInSession(): SessionInfo {
  return useOutletContext<SessionInfo>();
}
