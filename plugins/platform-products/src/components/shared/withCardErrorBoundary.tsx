import { ComponentType } from 'react';
import { CardErrorBoundary } from './CardErrorBoundary';

/** Wraps a card so that an error while rendering it shows in its place. */
export function withCardErrorBoundary<P extends object>(
  title: string,
  Card: ComponentType<P>,
): (props: P) => JSX.Element {
  const Wrapped = (props: P) => (
    <CardErrorBoundary title={title}>
      <Card {...props} />
    </CardErrorBoundary>
  );
  Wrapped.displayName = `withCardErrorBoundary(${
    Card.displayName ?? Card.name
  })`;
  return Wrapped;
}
