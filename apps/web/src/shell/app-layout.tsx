import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useApi } from '../app/api-context';
import { SessionProvider } from '../session/session-context';
import { sessionQueryOptions } from '../session/session-query';
import { AppFrame } from './app-frame';

/** Rarely needed (first sign-in with an issued password): its own chunk, not part of every page. */
const ForcedPasswordChange = lazy(() =>
  import('../pages/password/forced-password-change').then((module) => ({
    default: module.ForcedPasswordChange,
  })),
);

function Spinner() {
  return (
    <Center h="100vh">
      <Loader />
    </Center>
  );
}

/** The signed-in part of the app. A pending password change blocks every page until it is done. */
export function AppLayout() {
  const { data: session, isPending } = useQuery(sessionQueryOptions(useApi()));
  if (isPending) return <Spinner />;
  if (!session) return <Navigate to="/dang-nhap" />;
  return (
    <SessionProvider session={session}>
      {session.user.mustChangePassword ? (
        <Suspense fallback={<Spinner />}>
          <ForcedPasswordChange />
        </Suspense>
      ) : (
        <AppFrame>
          <Outlet />
        </AppFrame>
      )}
    </SessionProvider>
  );
}
