/**
 * When this tab moves to a new version of Mixtape (issue 21.4). Every tab of the origin shares one service
 * worker: when one tab lets a waiting new version take over, it controls all of them at once (clientsClaim),
 * but a page only runs the new version after a reload. So a tab reloads only when its own listener pressed
 * "Reload to update" — never because another tab did. Not even once it is paused: a paused tab may be
 * mid-edit (a label half typed, a panel open), and the old page keeps working under the new worker (a part
 * the new version no longer has says "reload" on its own, components/lazyPart.tsx). Other tabs are told
 * that a new version took over, so they can offer the reload themselves.
 *
 * Pure: the update prompt feeds it what happened and performs the effect of the state it returns.
 */

/** What this tab knows of a newer version: none, one installed and waiting, or one already in control. */
export type NewVersion = 'none' | 'waiting' | 'took-over';

/**
 * What the prompt must do now: nothing, tell the waiting worker to take over (it then claims every tab,
 * which reports back as a controller change), or reload this page.
 */
export type UpdateEffect = 'none' | 'activate' | 'reload';

export interface UpdateState {
  readonly newVersion: NewVersion;
  /** This tab's listener pressed "Reload to update". */
  readonly asked: boolean;
  /** This tab's listener answered "Later" to what the prompt says now. */
  readonly later: boolean;
  /** Performed once per state that carries it. */
  readonly effect: UpdateEffect;
}

export type UpdateEvent =
  /** A new version is installed and waits (vite-plugin-pwa's onNeedRefresh; it may say so twice). */
  | { readonly type: 'waiting' }
  | { readonly type: 'later' }
  | { readonly type: 'reload-asked' }
  /**
   * Another worker now controls this page (`controllerchange`). `hadController` false is the first worker
   * claiming a first visit, not a new version.
   */
  | { readonly type: 'controller-changed'; readonly hadController: boolean };

export const NO_UPDATE: UpdateState = { newVersion: 'none', asked: false, later: false, effect: 'none' };

/**
 * The state after `event` (a reducer for React's useReducer). The effect `reload` follows only this tab's
 * own `reload-asked`: directly if the new version already took over, or once its `activate` has made the
 * new worker take over. Events that change nothing return `state` itself, so no effect runs twice.
 */
export function nextUpdateState(state: UpdateState, event: UpdateEvent): UpdateState {
  switch (event.type) {
    case 'waiting':
      // Said again for the same worker (installed, then waiting): a "Later" stands.
      return state.newVersion === 'waiting'
        ? state
        : { ...state, newVersion: 'waiting', later: false, effect: 'none' };
    case 'later':
      return { ...state, later: true, effect: 'none' };
    case 'reload-asked': {
      const effect =
        state.newVersion === 'waiting' ? 'activate' : state.newVersion === 'took-over' ? 'reload' : 'none';
      return { ...state, asked: true, later: false, effect };
    }
    case 'controller-changed':
      if (!event.hadController) return state;
      if (state.asked) return { ...state, newVersion: 'took-over', effect: 'reload' };
      return { ...state, newVersion: 'took-over', later: false, effect: 'none' };
  }
}

/** What the update prompt says for `state`, or undefined when it is not shown. */
export function updateMessage(state: UpdateState): string | undefined {
  if (state.later) return undefined;
  if (state.newVersion === 'waiting') return 'A new version of Mixtape is ready.';
  if (state.newVersion === 'took-over')
    return 'A new version of Mixtape took over in another tab. This tab stays as it is until you reload it.';
  return undefined;
}
