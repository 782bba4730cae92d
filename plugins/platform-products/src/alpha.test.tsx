import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import plugin, {
  overviewEntityCard,
  scorecardRollupEntityCard,
  slaEntityCard,
} from './alpha';

describe('alpha plugin', () => {
  it('is the platform-products plugin with the API, page, tab and cards', () => {
    expect(plugin.id).toBe('platform-products');
    const ids = [
      'api:platform-products',
      'page:platform-products',
      'entity-content:platform-products',
      'entity-card:platform-products/overview',
      'entity-card:platform-products/adoption',
      'entity-card:platform-products/developer-satisfaction',
      'entity-card:platform-products/scorecard',
      'entity-card:platform-products/sla',
      'entity-card:platform-products/platforms-used',
      'entity-card:platform-products/scorecard-rollup',
    ];
    for (const id of ids) {
      expect(plugin.getExtension(id as any)).toBeDefined();
    }
  });

  it('shows each card only on its kinds', () => {
    const shownOn = (ext: any, kind: string) => {
      const filter = createExtensionTester(ext).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      );
      return (filter as (entity: object) => boolean)({
        apiVersion: 'v1',
        kind,
        metadata: { name: 'x' },
      });
    };
    expect(shownOn(overviewEntityCard, 'PlatformProduct')).toBe(true);
    expect(shownOn(overviewEntityCard, 'Component')).toBe(false);
    expect(shownOn(slaEntityCard, 'Component')).toBe(true);
    expect(shownOn(slaEntityCard, 'Group')).toBe(false);
    expect(shownOn(scorecardRollupEntityCard, 'Domain')).toBe(true);
    expect(shownOn(scorecardRollupEntityCard, 'Component')).toBe(false);
  });
});
