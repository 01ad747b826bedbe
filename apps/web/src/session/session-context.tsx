import type { Session, SessionUser } from '@hoclieu/contracts';
import type { Actor } from '@hoclieu/domain';
import { createContext, type ReactNode, useContext } from 'react';

const SessionContext = createContext<Session | null>(null);

/** Provided by the app layout once a session exists: every page below it can rely on a user. */
export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside the signed-in app layout');
  return session;
}

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
