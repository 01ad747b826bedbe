import type { searchVi } from './search-vi';

/** English texts of what a search understood, spread into `en`. */
export const searchEn: typeof searchVi = {
  searchUnderstood: {
    label: 'Understood:',
    literal: 'Search the words as typed',
    literalHint: 'Drop the filters read from the search box and match the words only',
    grade: 'Grade {{grade}}',
  },
};
