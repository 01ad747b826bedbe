import { foldDiacritics } from '@hoclieu/domain';
import type { SearchDocument } from './search-index.js';

/** Extracted text can be a whole textbook; past this the index grows for no better matches. */
export const MAX_BODY_CHARS = 100_000;

// Meilisearch refuses other ids; enforcing it in every adapter keeps them interchangeable.
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;

/** A document as the adapters store it: capped, folded for diacritics-insensitive matching. */
export interface IndexedDocument {
  id: string;
  title: string;
  body: string;
  tags: string[];
  facets: Record<string, string>;
  audience: string[];
  updatedAt: Date;
  foldedTitle: string;
  foldedTags: string[];
  foldedBody: string;
}

// PostgreSQL text cannot hold NUL, and PDF extraction sometimes yields it.
const clean = (text: string) => text.replaceAll('\u0000', ' ');

/** Text folded the same way as queries (see queryWords): "Địa lí" -> "dia li". */
const foldText = (text: string) => foldDiacritics(clean(text));

function indexedDocument(doc: SearchDocument): IndexedDocument {
  if (!DOCUMENT_ID.test(doc.id)) throw new Error(`Invalid search document id ${JSON.stringify(doc.id)}`);
  const updatedAt = new Date(doc.updatedAt);
  if (Number.isNaN(updatedAt.getTime())) {
    throw new Error(`Invalid updatedAt ${JSON.stringify(doc.updatedAt)} for document ${doc.id}`);
  }
  const body = clean(doc.body.slice(0, MAX_BODY_CHARS));
  const tags = doc.tags.map(clean);
  return {
    id: doc.id,
    title: clean(doc.title),
    body,
    tags,
    facets: facetStrings(doc.facets),
    audience: doc.audience,
    updatedAt,
    foldedTitle: foldText(doc.title),
    foldedTags: tags.map(foldText),
    foldedBody: foldText(body),
  };
}

/** What both engines store as it is, to filter on and to read back; each stores the folded text its own way. */
export const storedAsIs = ({ id, title, tags, facets, audience }: IndexedDocument) => ({
  id,
  title,
  tags,
  facets,
  audience,
});

/** Facet values as strings, nulls dropped: both engines then compare and count them alike. */
function facetStrings(facets: SearchDocument['facets']): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const [facet, value] of Object.entries(facets)) {
    if (value !== null && value !== undefined) strings[facet] = String(value);
  }
  return strings;
}

/** One document per id, the last given winning: a batch upsert must not touch a row twice. */
export function latestById(docs: SearchDocument[]): IndexedDocument[] {
  const byId = new Map<string, IndexedDocument>();
  for (const doc of docs) {
    byId.set(doc.id, indexedDocument(doc));
  }
  return [...byId.values()];
}
