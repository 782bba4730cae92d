import { Content, Header, Page } from '@backstage/core-components';
import { PlatformProductsTable } from './PlatformProductsTable';

/** The products page of the legacy frontend system, with its own header. */
export function PlatformProductsPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Platform products"
        subtitle="Adoption, satisfaction, reliability and value of every internal platform"
      />
      <Content>
        <PlatformProductsTable />
      </Content>
    </Page>
  );
}
