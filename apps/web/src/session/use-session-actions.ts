import { endpoints, type Session } from '@hoclieu/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useApi } from '../app/api-context';
import { sessionKey } from './session-query';

/** Storing a new session (after login or a password change) and ending it. */
export function useSessionActions() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  function remember(session: Session) {
    api.setCsrfToken(session.csrfToken);
    queryClient.setQueryData(sessionKey, session);
  }

  async function logout() {
    try {
      await api.call(endpoints.auth.logout);
    } finally {
      api.setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
      await navigate({ to: '/dang-nhap' });
    }
  }

  return { remember, logout };
}
