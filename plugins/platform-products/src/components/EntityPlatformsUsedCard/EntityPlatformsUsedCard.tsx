import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  EntityRefLink,
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import type { AdoptionVia } from '@paved-road/plugin-platform-products-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductsApiRef } from '../../api';
import { formatNps } from '../shared/format';
import { SlaStatusLabel } from '../shared/statusLabels';
import { adoptedProducts } from './adoptedProducts';

function viaText(via: AdoptionVia[]): string {
  return via
    .map(v =>
      v.method === 'annotation'
        ? 'paved-road.io/adopts annotation'
        : `${v.method} ${v.targetRef}`,
    )
    .join('; ');
}

/** On a component: the platform products it adopts, how, and how they are doing. */
export function EntityPlatformsUsedCard() {
  const { entity } = useEntity();
  const api = useApi(platformProductsApiRef);
  const entityRef = stringifyEntityRef(entity);

  // The adoption endpoint lists each product's adopters; the backend has no per-entity
  // "adopted products" endpoint, so ask each product (a handful in a company).
  const { value, loading, error } = useAsync(async () => {
    const { items } = await api.listProducts();
    const adoptions = await Promise.all(
      items.map(p => api.getProductAdoption(parseEntityRef(p.entityRef))),
    );
    return adoptedProducts(entityRef, items, adoptions);
  }, [api, entityRef]);

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value || value.length === 0) {
    content = (
      <>
        <Typography variant="body2">
          This entity adopts no platform product yet. Depend on a product's
          parts (dependsOn, consumesApis), or name the product in an annotation:
        </Typography>
        <MissingAnnotationEmptyState annotation="paved-road.io/adopts" />
      </>
    );
  } else {
    content = (
      <List dense disablePadding>
        {value.map(({ product, adopter }) => (
          <ListItem key={product.entityRef} divider alignItems="flex-start">
            <ListItemText
              disableTypography
              primary={
                <Typography variant="subtitle2">
                  <EntityRefLink
                    entityRef={product.entityRef}
                    title={product.title ?? product.name}
                  />
                </Typography>
              }
              secondary={
                <>
                  <Typography variant="body2" color="textSecondary">
                    Adopted through {viaText(adopter.via)}
                  </Typography>
                  <Typography variant="body2" component="div">
                    SLA:{' '}
                    {product.sla ? (
                      <SlaStatusLabel status={product.sla.status} />
                    ) : (
                      'none declared'
                    )}{' '}
                    · NPS {formatNps(product.satisfaction?.nps)}
                  </Typography>
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    );
  }
  return <InfoCard title="Platforms used">{content}</InfoCard>;
}
