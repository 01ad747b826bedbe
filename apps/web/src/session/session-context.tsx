import type { Session, SessionUser } from '@hoclieu/contracts';
import type { Actor } from '@hoclieu/domain';
import type { ReactNode } from 'react';
import { requiredContext } from '../app/required-context';

const sessionContext = requiredContext<Session>('useSession must be used inside the signed-in app layout');

/** Provided by the app layout once a session exists: every page below it can rely on a user. */
export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <sessionContext.Provider value={session}>{children}</sessionContext.Provider>;
}

export const useSession: () => Session = sessionContext.useRequired;

/** The user as the domain's authorization rules see them, to show only what the API would allow. */
function actorOf(user: SessionUser): Actor {
  return {
    userId: user.id,
    role: user.role,
    provinceId: user.province?.id ?? null,
    districtId: user.district?.id ?? null,
    schoolId: user.school?.id ?? null,
  };
}

export function useActor(): Actor {
  return actorOf(useSession().user);
}
