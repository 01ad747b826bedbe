import { Box, type BoxProps } from '@mantine/core';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { sanitizeQuestionHtml } from './sanitize-question-html';

type Typesetter = typeof import('./typeset-math');

/**
 * KaTeX once loaded: later renders (a live preview, keystroke by keystroke) typeset before the
 * browser paints, instead of flashing the LaTeX source for a frame.
 */
let typesetter: Typesetter | null = null;
const loadTypesetter = () =>
  import('./typeset-math').then((module) => {
    typesetter = module;
    return module;
  });

interface RichContentProps extends BoxProps {
  /** Question HTML: text, paragraphs, tables, images and `.math[data-latex]` elements. */
  html: string;
  /** Folded words a search matched, marked in the text (never in formulas). */
  highlight?: string[];
}

/**
 * Shows question HTML with its math typeset by KaTeX. KaTeX is imported only when the HTML holds
 * math; until it arrives the LaTeX source shows in place (see `.math:empty` in app.css).
 */
export function RichContent({ html, highlight, className, ...props }: RichContentProps) {
  const ref = useRef<HTMLDivElement>(null);
  const marked = highlight?.join(' ') ?? '';
  const safe = useMemo(() => sanitizeQuestionHtml(html, marked.split(' ').filter(Boolean)), [html, marked]);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root?.querySelector('.math[data-latex]')) return;
    if (typesetter) {
      typesetter.typesetMath(root);
      return;
    }
    let current = true;
    void loadTypesetter().then(({ typesetMath }) => {
      if (current) typesetMath(root);
    });
    return () => {
      current = false;
    };
  }, [safe]);
  return (
    <Box
      ref={ref}
      className={className ? `rich-content ${className}` : 'rich-content'}
      dangerouslySetInnerHTML={{ __html: safe }}
      {...props}
    />
  );
}
