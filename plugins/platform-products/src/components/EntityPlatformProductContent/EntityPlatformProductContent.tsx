import { Grid } from '@material-ui/core';
import { EntityAdoptionCard } from '../EntityAdoptionCard';
import { EntityDeveloperSatisfactionCard } from '../EntityDeveloperSatisfactionCard';
import { EntityPlatformProductOverviewCard } from '../EntityPlatformProductOverviewCard';
import { EntityScorecardCard } from '../EntityScorecardCard';
import { EntitySlaCard } from '../EntitySlaCard';

/** The product's tab: what it is, who uses it, whether they like it, whether it keeps its promises. */
export function EntityPlatformProductContent() {
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={6}>
        <EntityPlatformProductOverviewCard />
      </Grid>
      <Grid item xs={12} md={6}>
        <EntityAdoptionCard />
      </Grid>
      <Grid item xs={12} md={6}>
        <EntityDeveloperSatisfactionCard />
      </Grid>
      <Grid item xs={12} md={6}>
        <EntitySlaCard />
      </Grid>
      <Grid item xs={12}>
        <EntityScorecardCard />
      </Grid>
    </Grid>
  );
}
