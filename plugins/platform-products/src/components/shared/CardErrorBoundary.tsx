import { Component, ReactNode } from 'react';
import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';

interface Props {
  title: string;
  children: ReactNode;
}

interface State {
  error?: Error;
}

/**
 * Keeps a card's rendering error inside the card: the entity page around it stays usable
 * and the error is shown the way Backstage shows request errors.
 */
export class CardErrorBoundary extends Component<Props, State> {
  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  state: State = {};

  render() {
    const { error } = this.state;
    if (error) {
      return (
        <InfoCard title={this.props.title}>
          <ResponseErrorPanel error={error} />
        </InfoCard>
      );
    }
    return this.props.children;
  }
}
