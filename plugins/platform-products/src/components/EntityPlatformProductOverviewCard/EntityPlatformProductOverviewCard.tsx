import { InfoCard } from '@backstage/core-components';
import {
  EntityRefLink,
  EntityRefLinks,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { Box, Grid, Typography } from '@material-ui/core';
import { ReactNode } from 'react';
import { isPlatformProduct } from '../../isPlatformProduct';
import { specRef } from '../shared/entityRefs';
import { ProductLinks } from './ProductLinks';

function Field(props: { label: string; children: ReactNode }) {
  return (
    <Grid item xs={12} sm={6}>
      <Typography component="dt" variant="caption" color="textSecondary">
        {props.label}
      </Typography>
      <Typography component="dd" variant="body2" style={{ margin: 0 }}>
        {props.children}
      </Typography>
    </Grid>
  );
}

/**
 * What a platform product is, who runs it and where to start: read from the entity itself,
 * so it shows even before the backend has computed anything.
 */
export function EntityPlatformProductOverviewCard() {
  const { entity } = useEntity();
  if (!isPlatformProduct(entity)) {
    return (
      <InfoCard title="Platform product">
        <Typography>
          This card is for PlatformProduct entities; {entity.kind} is not one.
        </Typography>
      </InfoCard>
    );
  }
  const { spec, metadata } = entity;
  const links = metadata.links ?? [];
  const ns = metadata.namespace;
  return (
    <InfoCard
      title={metadata.title ?? metadata.name}
      subheader="Platform product"
    >
      {metadata.description && (
        <Box mb={2}>
          <Typography variant="body1">{metadata.description}</Typography>
        </Box>
      )}
      <Grid container spacing={2} component="dl">
        <Field label="Owner">
          <EntityRefLink entityRef={specRef(spec.owner, 'group', ns)} />
        </Field>
        <Field label="Product manager">
          {spec.productManager ? (
            <EntityRefLink
              entityRef={specRef(spec.productManager, 'user', ns)}
            />
          ) : (
            'Not named (spec.productManager)'
          )}
        </Field>
        <Field label="Type">{spec.type}</Field>
        <Field label="Lifecycle">{spec.lifecycle}</Field>
        <Field label="Support">
          {spec.support?.channel ?? 'Not given (spec.support.channel)'}
          {spec.support?.responseTime &&
            `, answers within ${spec.support.responseTime}`}
        </Field>
        {spec.system && (
          <Field label="System">
            <EntityRefLink entityRef={specRef(spec.system, 'system', ns)} />
          </Field>
        )}
        {spec.parts && spec.parts.length > 0 && (
          <Grid item xs={12}>
            <Typography component="dt" variant="caption" color="textSecondary">
              Made of
            </Typography>
            <Typography component="dd" variant="body2" style={{ margin: 0 }}>
              <EntityRefLinks
                entityRefs={spec.parts.map(p => specRef(p, 'component', ns))}
              />
            </Typography>
          </Grid>
        )}
      </Grid>
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3">
          Links
        </Typography>
        {links.length > 0 ? (
          <ProductLinks links={links} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            No links yet. Add a getting-started guide under metadata.links with
            type: getting-started.
          </Typography>
        )}
      </Box>
    </InfoCard>
  );
}
