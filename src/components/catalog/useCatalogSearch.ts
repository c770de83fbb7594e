import { useEffect, useMemo, useState } from 'react';
import type { CatalogProvider } from '../../catalog/provider';
import { createSearchController, type SearchStatus } from '../../catalog/searchController';

export const SEARCH_LIMIT = 20;

export function useCatalogSearch(provider: CatalogProvider) {
  const [status, setStatus] = useState<SearchStatus>({ kind: 'idle' });
  const controller = useMemo(
    () =>
      createSearchController({
        search: (term, signal) => provider.search(term, { signal, limit: SEARCH_LIMIT }),
        onChange: setStatus,
      }),
    [provider],
  );
  useEffect(() => controller.dispose, [controller]);
  return { status, controller };
}
