import { createContext, type ReactNode, useContext } from 'react';
import { appCatalogs, type Catalogs } from '../../catalog/catalogs';

const CatalogsContext = createContext<Catalogs | null>(null);

/** Tests hand in catalogs answering from fixtures; the app uses the page's shared ones. */
export function CatalogsProvider({ catalogs, children }: { catalogs: Catalogs; children: ReactNode }) {
  return <CatalogsContext.Provider value={catalogs}>{children}</CatalogsContext.Provider>;
}

export function useCatalogs(): Catalogs {
  return useContext(CatalogsContext) ?? appCatalogs();
}
