import { memo } from 'react';

interface ServerHtmlProps {
  html: string;
  className?: string;
  /** A span where the markup sits inside phrasing content (an option's label). */
  inline?: boolean;
}

/**
 * Question HTML from the attempt: sanitised and typeset (KaTeX) by the server (`studentPaper` in the
 * API), so it is shown as is, with no math library on the phone. Memoised: long papers re-render on
 * every keystroke.
 */
export const ServerHtml = memo(function ServerHtml({ html, className, inline = false }: ServerHtmlProps) {
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag
      className={className ? `quiz-html ${className}` : 'quiz-html'}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});
