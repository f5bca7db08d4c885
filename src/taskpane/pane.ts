import type { PaneActions, PaneEnvironment } from "./actions";
import type { PaneState } from "./state";

/**
 * What a panel works with: the state, the actions, and a way to run one and re-render. In its own
 * file so that the panels and live check use it without importing the pane that builds them.
 */
export interface Pane {
  state: PaneState;
  actions: PaneActions;
  env: PaneEnvironment;
  render(): void;
  /** Run an operation: busy while it runs, its outcome or its error on the status line. */
  run<T>(operation: () => Promise<T>, done: (result: T) => string): Promise<void>;
}
