import type { Catalogs } from '../../catalog/catalogs';
import type { CatalogName } from '../../model/track';

export function CatalogPicker({
  catalogs,
  value,
  onChange,
}: {
  catalogs: Catalogs;
  value: CatalogName;
  onChange: (name: CatalogName) => void;
}) {
  return (
    <label className="catalog-picker">
      Catalog
      <select
        value={value}
        onChange={(event) => {
          const picked = catalogs.all.find((c) => c.id === event.target.value);
          if (picked) onChange(picked.id);
        }}
      >
        {catalogs.all.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
