import type { PaneActions, PaneEnvironment } from "./actions";
import type { PaneState } from "./state";

/**
 * What a panel and each of its sections work with: the state, the actions, and a way to run one
 * and re-render. Its own module, so that sections need not import the app that mounts them.
 */
export interface Pane {
  state: PaneState;
  actions: PaneActions;
  env: PaneEnvironment;
  render(): void;
  /** Run an operation: busy while it runs, its outcome or its error on the status line. */
  run<T>(operation: () => Promise<T>, done: (result: T) => string): Promise<void>;
}

/**
 * One part of a panel (docs/addin.md, "The task pane"): a function of the pane that draws its
 * elements, or nothing when it has nothing to show. A panel is a list of sections, so a new part
 * is a new file and one line in that list.
 */
export type Section = (pane: Pane) => Node | null | false;
