import { highlightParts } from './highlight-parts';

/** Text with the search's matched words in <mark>; rendered as text nodes, never as HTML. */
export function HighlightedText({ text, words }: { text: string; words: string[] | undefined }) {
  return (
    <>
      {highlightParts(text, words ?? []).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
