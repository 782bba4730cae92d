import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  Table,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { platformProductsApiRef } from '../../api';
import { productColumns } from './productColumns';
import { toProductRow } from './productRows';

/** Every platform product with its headline metrics: sortable and filterable. */
export function PlatformProductsTable() {
  const api = useApi(platformProductsApiRef);
  // The list carries each product's recent adoption history: one request for the table.
  const { value, loading, error } = useAsync(async () => {
    const { items } = await api.listProducts();
    return items.map(toProductRow);
  }, [api]);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value || value.length === 0) {
    return (
      <EmptyState
        missing="content"
        title="No platform products yet"
        description="Describe a platform in a catalog-info.yaml with kind: PlatformProduct (apiVersion paved-road.io/v1alpha1), and allow the kind in catalog.rules."
      />
    );
  }
  return (
    <Table
      title={`Platform products (${value.length})`}
      options={{ paging: false, search: true, padding: 'dense' }}
      columns={productColumns}
      data={value}
      filters={[
        { column: 'Owner', type: 'multiple-select' },
        { column: 'Type', type: 'multiple-select' },
        { column: 'Lifecycle', type: 'multiple-select' },
      ]}
    />
  );
}
