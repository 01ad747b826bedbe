import { endpoints, type Session } from '@hoclieu/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useApi } from '../app/api-context';
import { forgetOfflineCopies } from '../quiz-app/offline-worker';
import { sessionKey } from './session-query';

/** Storing a new session (after login or a password change) and ending it. */
export function useSessionActions() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  function remember(session: Session) {
    // A shared phone: the quiz pages' offline copies belong to whoever was signed in before.
    void forgetOfflineCopies();
    api.setCsrfToken(session.csrfToken);
    queryClient.setQueryData(sessionKey, session);
  }

  async function logout() {
    try {
      await api.call(endpoints.auth.logout);
    } finally {
      api.setCsrfToken(null);
      await forgetOfflineCopies();
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
      await navigate({ to: '/dang-nhap' });
    }
  }

  return { remember, logout };
}
