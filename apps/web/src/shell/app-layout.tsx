import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet } from '@tanstack/react-router';
import { useApi } from '../app/api-context';
import { ForcedPasswordChange } from '../pages/password/forced-password-change';
import { SessionProvider } from '../session/session-context';
import { sessionQueryOptions } from '../session/session-query';
import { AppFrame } from './app-frame';

/** The signed-in part of the app. A pending password change blocks every page until it is done. */
export function AppLayout() {
  const { data: session, isPending } = useQuery(sessionQueryOptions(useApi()));
  if (isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!session) return <Navigate to="/dang-nhap" />;
  return (
    <SessionProvider session={session}>
      {session.user.mustChangePassword ? (
        <ForcedPasswordChange />
      ) : (
        <AppFrame>
          <Outlet />
        </AppFrame>
      )}
    </SessionProvider>
  );
}
