export { PlatformProductsPage } from './PlatformProductsPage';
export { PlatformProductsTable } from './PlatformProductsTable';
