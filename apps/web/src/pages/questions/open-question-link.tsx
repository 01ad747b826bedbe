import type { ReactNode } from 'react';
import { RouterAnchor } from '../../components/router-links';

/** The link from a question's card or queue entry to its own page. */
export function OpenQuestionLink({
  questionId,
  label,
  children,
}: {
  questionId: string;
  /** A fuller accessible name than the visible text, where several such links share it. */
  label?: string;
  children: ReactNode;
}) {
  return (
    <RouterAnchor
      to="/ngan-hang-cau-hoi/$questionId"
      params={{ questionId }}
      size="sm"
      fw={600}
      aria-label={label}
    >
      {children}
    </RouterAnchor>
  );
}
