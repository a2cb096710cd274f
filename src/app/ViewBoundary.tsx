// One view's failure never blanks the others: each view (top bar, palette, canvas, each side
// panel tab, Designs, Compare, About) renders inside a boundary of its own. A view that throws
// while rendering is replaced by a note saying so, with Try again and Save to file; the top bar
// and the other views go on working, and the design, in the store, is untouched.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { saveDesignToFile } from './files';
import { ViewFault } from './testHooks';

interface Props {
  /** The view, as the user knows it ("Results", "Designs"): named in the note. */
  name: string;
  /** The note takes the view's place: its class places it where the view was (a grid cell, an overlay). */
  className?: string;
  /** For a view the user can leave (Designs, Compare, About): a way out besides Try again. */
  onClose?(): void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The ${this.props.name} view failed:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    const { name, className, onClose, children } = this.props;
    if (!error) {
      return (
        <>
          <ViewFault view={name} />
          {children}
        </>
      );
    }
    return (
      <section className={`view-failed ${className ?? ''}`} aria-label={`${name} (failed)`}>
        <div role="alert" className="view-failed-note">
          <p className="view-failed-title">The {name} view stopped working</p>
          <p>{error.message || 'It failed without saying why.'}</p>
          <p className="view-failed-muted">Your design is safe and the rest of the app works. Try again, or save the design to a file.</p>
          <div className="view-failed-actions">
            <button type="button" onClick={() => this.setState({ error: null })}>
              Try again
            </button>
            <button type="button" onClick={() => saveDesignToFile()}>
              Save to file
            </button>
            {onClose && (
              <button type="button" onClick={onClose}>
                Close
              </button>
            )}
          </div>
        </div>
      </section>
    );
  }
}
