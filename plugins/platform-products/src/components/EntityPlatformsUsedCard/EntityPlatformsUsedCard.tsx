import { getCompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
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
import { formatNps, formatRatio } from '../shared/format';
import { SlaStatusLabel } from '../shared/statusLabels';

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
  const { kind, namespace, name } = getCompoundEntityRef(entity);

  const { value, loading, error } = useAsync(async () => {
    const { items } = await api.getEntityProducts({ kind, namespace, name });
    return items;
  }, [api, kind, namespace, name]);

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
        {value.map(product => (
          <ListItem key={product.productRef} divider alignItems="flex-start">
            <ListItemText
              disableTypography
              primary={
                <Typography variant="subtitle2">
                  <EntityRefLink
                    entityRef={product.productRef}
                    title={
                      product.title ?? parseEntityRef(product.productRef).name
                    }
                  />
                </Typography>
              }
              secondary={
                <>
                  <Typography variant="body2" color="textSecondary">
                    Adopted through {viaText(product.via)}
                    {!product.inPopulation &&
                      " (outside the product's population: not counted in its rate)"}
                  </Typography>
                  <Typography variant="body2" component="div">
                    Adoption {formatRatio(product.adoption.rate, 0)} · SLA:{' '}
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
